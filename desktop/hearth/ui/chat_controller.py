"""The chat flow: what is sent, what is kept, and what the transcript shows.

Every user message is committed to the store before the engine sees it; a
reply is stored as "streaming" from its first moment and saved again every
second, so a killed app or engine loses at most a second of it and the
reply is shown as interrupted next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from hearth.chats import ChatStore, Conversation, Message
from hearth.chats.context import fit_to_context
from hearth.chats.conversation import conversation_messages
from hearth.engine import ChatParams, StreamStats, count_tokens
from hearth.errors import HearthError
from hearth.ui.messages import cpu_code_fallback, offload_fallback
from hearth.ui.transcript import TranscriptView
from hearth.ui.workers import (
    Call,
    EngineController,
    OffloadChange,
    PreparedPrompt,
    ReplyStreamer,
)

if TYPE_CHECKING:
    from hearth.hardware.cpu_code import CrashFallback

log = logging.getLogger(__name__)

SAVE_INTERVAL_MS = 1000
SHOWN_MESSAGES = 40  # built when a conversation opens; older ones on request


class ChatController(QObject):
    """Signals: `status(str)` a passing status-bar message; `conversations_changed()`
    (titles, order); `conversation_opened(object)` the Conversation or None;
    `busy_changed(bool)` a reply started or ended; `context_used(int, int)` tokens
    used and available; `failed(object)` a HearthError to show."""

    status = Signal(str)
    conversations_changed = Signal()
    conversation_opened = Signal(object)
    busy_changed = Signal(bool)
    context_used = Signal(int, int)
    failed = Signal(object)

    def __init__(
        self,
        store: ChatStore,
        engines: EngineController,
        transcript: TranscriptView,
        request_load: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.engines = engines
        self.transcript = transcript
        self.request_load = request_load
        self.conversation: Conversation | None = None
        self.streamer = ReplyStreamer(self)
        self.default_params = ChatParams()
        self._reply: Message | None = None
        self._waiting_for_engine = False
        # One automatic retry per reply after the engine died of bad CPU code.
        self._crash_retry_used = False
        self._failure: HearthError | None = None
        self._wordless_reply: int | None = None
        self._token_counts: dict[str, int] = {}
        # The engine whose first reply was measured: later replies reuse its cached
        # conversation, so their time to the first token is not the prompt's.
        self._measured_engine: object | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_INTERVAL_MS)
        self._save_timer.timeout.connect(self._save_partial)
        self.streamer.prepared.connect(self._on_prepared)
        self.streamer.text_ready.connect(self.transcript.append_reply)
        self.streamer.finished.connect(self._on_finished)
        self.streamer.failed.connect(self._on_failed)
        self.streamer.queued.connect(self._on_queued)
        self.engines.loaded.connect(self._on_engine_loaded)
        self.engines.load_failed.connect(self._on_engine_failed)
        self.engines.recovered.connect(self._on_engine_recovered)
        self.engines.offload_reduced.connect(self._on_offload_reduced)
        self.engines.not_recovered.connect(self._on_engine_not_recovered)
        transcript.load_earlier_requested.connect(self.load_earlier)

    # ----- conversations ----------------------------------------------------

    def is_busy(self) -> bool:
        return self.streamer.is_active() or self._waiting_for_engine

    def params(self) -> ChatParams:
        if self.conversation is None:
            return self.default_params
        return ChatParams.from_dict(self.conversation.params or self.default_params.to_dict())

    def new_conversation(self) -> None:
        """An empty chat; it is stored when its first message is sent."""
        self.stop()
        self.conversation = None
        self.transcript.clear()
        self.conversation_opened.emit(None)
        self.context_used.emit(0, self._n_ctx())

    def open(self, conversation_id: int) -> None:
        self.stop()
        self.conversation = self.store.get_conversation(conversation_id)
        total = self.store.count_messages(conversation_id)
        shown = self.store.messages(conversation_id, limit=SHOWN_MESSAGES)
        self.transcript.show_messages(shown, has_earlier=total > len(shown))
        self.conversation_opened.emit(self.conversation)

    @Slot()
    def load_earlier(self) -> None:
        views = self.transcript.message_views()
        if self.conversation is None or not views or views[0].message_id is None:
            return
        earlier = self.store.messages(
            self.conversation.id, limit=SHOWN_MESSAGES, before_id=views[0].message_id
        )
        first_id = earlier[0].id if earlier else None
        has_more = bool(first_id) and bool(
            self.store.messages(self.conversation.id, limit=1, before_id=first_id)
        )
        self.transcript.prepend_messages(earlier, has_earlier=has_more)

    def update_settings(self, **changes: Any) -> None:
        """Store per-conversation settings (system prompt, params, n_ctx)."""
        if self.conversation is None:
            self.conversation = self.store.create_conversation(model_id="", **changes)
            self.conversations_changed.emit()
        else:
            self.store.update_settings(self.conversation.id, **changes)
        self.conversation = self.store.get_conversation(self.conversation.id)

    # ----- sending ------------------------------------------------------------

    def send(self, text: str, model_id: str) -> bool:
        """Commit the user's message and start the reply (now, or once a model is loaded)."""
        if self.is_busy():
            return False
        if self.conversation is None:
            self.conversation = self.store.create_conversation(
                model_id=model_id, params=self.default_params.to_dict()
            )
        message = self.store.add_message(self.conversation.id, "user", text)
        self.store.update_settings(self.conversation.id, model_id=model_id)
        self.conversation = self.store.get_conversation(self.conversation.id)
        self.transcript.add_message(message)
        self.conversations_changed.emit()
        self._crash_retry_used = False
        self._start_reply()
        return True

    def _history(self) -> list[dict[str, str]]:
        assert self.conversation is not None
        turns = [(m.role, m.content) for m in self.store.messages(self.conversation.id)]
        return conversation_messages(self.conversation.system_prompt, turns, self.engines.traits)

    def wanted_thinking(self) -> bool | str | None:
        """This conversation's thinking switch (None: the model's default)."""
        value = (self.conversation.params or {}).get("thinking") if self.conversation else None
        return value if isinstance(value, (bool, str)) else None

    def _start_reply(self) -> None:
        engine = self.engines.engine
        wanted_ctx = self.conversation.n_ctx if self.conversation else None
        if engine is not None and wanted_ctx and engine.config.n_ctx != wanted_ctx:
            engine = None  # this conversation asks for another context length: reload
            if not self.engines.is_loading():
                self.request_load()
        note = self.tr("Your message will be sent when {model} has loaded.")
        switch = self.engines.traits.thinking
        if engine is not None and switch is not None:
            wanted = self.wanted_thinking()
            loaded = dict(engine.config.template_kwargs).get(switch.kwarg)
            if wanted is not None and wanted != loaded:
                engine = None  # chat templates take the switch at load time only
                if not self.engines.is_loading():
                    self.request_load()
                note = self.tr(
                    "{model} reloads to apply this conversation's thinking setting; "
                    "your message is sent then."
                )
        if engine is None or not engine.is_running():
            self._waiting_for_engine = True
            self.busy_changed.emit(True)
            if not self.engines.is_loading():
                self.request_load()
            self.status.emit(note.format(model=self.engines.model_name))
            return
        self._waiting_for_engine = False
        assert self.conversation is not None
        name = self.engines.model_name
        self._reply = self.store.add_message(
            self.conversation.id, "assistant", "", model_name=name, status="streaming"
        )
        self.transcript.begin_reply(name, self._reply.id, self.engines.traits.reply_format)
        # The engine's per-launch secret: the user's key is for other apps.
        base_url, key, n_ctx = engine.base_url, engine.secret, engine.config.n_ctx
        params = self.params()
        reserve = params.max_tokens or max(256, n_ctx // 4)

        def prepare(messages: list[dict[str, str]]) -> PreparedPrompt:
            # On the streamer's worker thread: counting asks the engine's tokenizer.
            def count(text: str) -> int:
                if text not in self._token_counts:
                    self._token_counts[text] = count_tokens(base_url, text, key)
                return self._token_counts[text]

            kept, dropped = fit_to_context(messages, n_ctx, reserve, count)
            used = sum(count(m["content"]) + 8 for m in kept)
            return PreparedPrompt(kept, dropped, used)

        self.streamer.start(base_url, self._history(), params, key, prepare)
        self._save_timer.start()
        self.busy_changed.emit(True)

    def _n_ctx(self) -> int:
        engine = self.engines.engine
        return engine.config.n_ctx if engine is not None else 0

    @Slot(object)
    def _on_prepared(self, prepared: PreparedPrompt) -> None:
        if prepared.dropped:
            self.transcript.add_notice(
                self.tr(
                    "The conversation is longer than this model can read at once: the oldest "
                    "{n} messages were left out of what it sees (they are still here)."
                ).format(n=prepared.dropped)
            )
        self._prompt_tokens = prepared.prompt_tokens or 0
        self.context_used.emit(self._prompt_tokens, self._n_ctx())

    @Slot()
    def _on_queued(self) -> None:
        self.status.emit(self.tr("Waiting for another app's request to finish…"))

    @Slot(str)
    def _on_engine_loaded(self, _name: str) -> None:
        if self._waiting_for_engine and self.conversation is not None:
            self._start_reply()

    @Slot(object)
    def _on_engine_failed(self, _error: HearthError) -> None:
        if self._waiting_for_engine:
            self._waiting_for_engine = False
            self.busy_changed.emit(False)

    def stop(self) -> None:
        if self._waiting_for_engine:
            self._waiting_for_engine = False
            self.busy_changed.emit(False)
        self.streamer.stop()

    # ----- a reply ends ---------------------------------------------------------

    @Slot()
    def _save_partial(self) -> None:
        if self._reply is not None:
            self.store.update_message(self._reply.id, content=self.transcript.reply_text())

    def _finish(self, status: str, stats: StreamStats) -> None:
        self._save_timer.stop()
        reply, self._reply = self._reply, None
        if reply is None:
            return
        values: dict[str, Any] = {
            "tokens": stats.tokens,
            "finish_reason": stats.finish_reason,
            "reply_format": self.engines.traits.reply_format,
        }
        if stats.tokens_per_second:
            values["tokens_per_s"] = round(stats.tokens_per_second, 2)
        if stats.first_token_s is not None:
            values["ttft_s"] = round(stats.first_token_s, 3)
        thinking = self.transcript.reply_thinking_seconds()
        if thinking is not None:
            values["thinking_s"] = round(thinking, 1)
        text = self.transcript.reply_text()
        if not text and status != "complete":
            self.store.delete_message(reply.id)
            self.transcript.end_reply(
                self.tr("stopped before the first word")
                if status == "stopped"
                else self.tr("interrupted before the first word")
            )
        else:
            self.store.update_message(reply.id, content=text, status=status, stats=values)
            reply.content, reply.status, reply.stats = text, status, values
            self.transcript.end_reply(self.transcript.describe(reply))
        self.context_used.emit(getattr(self, "_prompt_tokens", 0) + stats.tokens, self._n_ctx())
        if status == "complete" and not stats.queued:
            self._record_speed(stats)
        if stats.queued:  # "waiting for another app" is over
            self.status.emit(self.tr("{model} — ready").format(model=self.engines.model_name))
        self.busy_changed.emit(False)
        self.conversations_changed.emit()

    def _record_speed(self, stats: StreamStats) -> None:
        """Teach the planner this machine's speed from the reply (on a worker thread)."""
        from hearth.hardware import detector, speed_samples

        engine, profile = self.engines.engine, detector.cached()
        if engine is None or profile is None or not stats.tokens_per_second:
            return  # no profile yet: the engine was not planned, nothing to compare with
        config, offload = engine.config, engine.offload
        # Resolved on this thread: the worker may finish after the home has changed.
        path = speed_samples.samples_path()
        first = engine is not self._measured_engine
        self._measured_engine = engine
        prompt_tokens = getattr(self, "_prompt_tokens", 0) if first else None

        def work() -> None:
            from hearth.planner.calibration import record_reply

            record_reply(
                config.model_path,
                n_ctx=config.n_ctx,
                threads=config.n_threads,
                gpu_layers=offload.gpu_layers if offload else config.gpu_layers,
                tokens=stats.tokens,
                decode_tps=stats.tokens_per_second,
                prompt_tokens=prompt_tokens,
                prompt_seconds=stats.first_token_s,
                profile=profile,
                path=path,
            )

        QThreadPool.globalInstance().start(Call(work))

    @Slot(object)
    def _on_finished(self, stats: StreamStats) -> None:
        self._finish("stopped" if stats.cancelled else "complete", stats)

    @Slot(object, object)
    def _on_failed(self, error: HearthError, stats: StreamStats) -> None:
        wordless = self._reply.id if self._reply and not self.transcript.reply_text() else None
        self._finish("interrupted", stats)
        engine = self.engines.engine
        lost = error.kind == "engine_connection_lost"
        if not lost or self._crash_retry_used or engine is None or self.conversation is None:
            self.failed.emit(error)
            return
        # The engine may have died of CPU code this processor cannot run: the
        # controller checks, falls back and reloads, and the reply is asked again.
        self._crash_retry_used = True
        self._failure = error
        self._wordless_reply = wordless
        self._waiting_for_engine = True
        self.busy_changed.emit(True)
        self.engines.recover(engine)

    @Slot(object)
    def _on_engine_recovered(self, fallback: CrashFallback) -> None:
        if self._waiting_for_engine:
            if self._wordless_reply is not None:  # asked again: "interrupted" said nothing
                self.transcript.remove_message(self._wordless_reply)
            self.transcript.add_notice(
                cpu_code_fallback(fallback.crashed, fallback.signal, fallback.now)
            )

    @Slot(object)
    def _on_offload_reduced(self, change: OffloadChange) -> None:
        # Mid-reply (a lost GPU) the reply is asked again on the CPU; at a load, the
        # conversation shows why the model is slower than planned.
        if self._waiting_for_engine and self._wordless_reply is not None:
            self.transcript.remove_message(self._wordless_reply)
            self._wordless_reply = None
        self.transcript.add_notice(
            offload_fallback(change.fallback, change.speed_before, change.speed_after)
        )

    @Slot()
    def _on_engine_not_recovered(self) -> None:
        error, self._failure = self._failure, None
        if self._waiting_for_engine:
            self._waiting_for_engine = False
            self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(error)

    # ----- actions on messages -----------------------------------------------

    def regenerate(self, message_id: int) -> None:
        """Write the reply `message_id` (and drop what followed it) again."""
        if self.is_busy() or self.conversation is None:
            return
        self.store.delete_messages_after(message_id)
        self.store.delete_message(message_id)
        self.transcript.remove_from(message_id)
        self._crash_retry_used = False
        self._start_reply()

    def take_for_edit(self, message_id: int) -> str:
        """Remove a user message and what followed; return its text for the input box."""
        if self.is_busy() or self.conversation is None:
            return ""
        view = self.transcript.view_for(message_id)
        text = view.text if view is not None else ""
        self.store.delete_messages_after(message_id)
        self.store.delete_message(message_id)
        self.transcript.remove_from(message_id)
        self.status.emit(self.tr("Edit your message and send it again."))
        return text

    def delete_message(self, message_id: int) -> None:
        if self.is_busy():
            return
        self.store.delete_message(message_id)
        self.transcript.remove_message(message_id)
