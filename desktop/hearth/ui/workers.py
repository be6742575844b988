"""QObject adapters that run the core's blocking work off the GUI thread.

`EngineController` loads and stops engines on a one-thread pool (so a model
switch never overlaps a load); `ReplyStreamer` runs one ChatStream on a pool
thread and hands its text to the GUI in batches on a timer, so the GUI thread
does one update per frame however fast tokens arrive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from hearth.chats.chat_template import PLAIN, TemplateTraits
from hearth.engine import ChatParams, ChatStream, Engine, EngineConfig, StreamStats, stream_chat
from hearth.engine.gpu_fallback import start_with_fallback
from hearth.engine.offload import OffloadFallback
from hearth.errors import EngineError, HearthError

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 33  # about 30 updates a second: smooth to the eye, cheap for the GUI


class Call(QRunnable):
    """A plain function run on a QThreadPool.

    The pool owns the C++ runnable, not the Python object: without a reference of
    our own, Python may collect the wrapper (and its function) before the pool
    runs it ("'Call' object has no attribute '_fn'", seen under load).
    """

    _pending: ClassVar[set[Call]] = set()
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn
        with Call._lock:
            Call._pending.add(self)

    def run(self) -> None:
        try:
            self._fn()
        finally:
            with Call._lock:
                Call._pending.discard(self)


class Relay(QObject):
    """Runs a function on the global pool; `done(object)` carries its result to the GUI thread.

    Not parented to what it serves, and kept by it: a window or dialog closed
    (and deleted) while the work runs would otherwise take the sender away
    mid-emit; a deleted receiver simply gets nothing.
    """

    done = Signal(object)

    def run(self, fn: Callable[[], object]) -> None:
        def work() -> None:
            result = fn()
            if not shiboken6.isValid(self):
                return  # what it served was closed meanwhile: nobody waits for the result
            try:
                self.done.emit(result)
            except RuntimeError:  # deleted between the check and the emit
                log.debug("A finished task's relay was deleted; its result is dropped")

        QThreadPool.globalInstance().start(Call(work))


@dataclass(frozen=True)
class OffloadChange:
    """Fewer layers on the GPU than planned, and the predicted tokens/s before and after."""

    fallback: OffloadFallback
    speed_before: float | None
    speed_after: float | None


class EngineController(QObject):
    """Owns the running engine.

    Signals: `loading(str name)`, `loaded(str name)`, `load_failed(object error)`
    where error is a HearthError, `unloaded()` after an idle unload;
    `recovered(object)` with the CrashFallback when an engine that died of bad CPU
    code is being restarted on other code (`loaded` follows), `not_recovered()`
    when `recover()` found nothing to fall back to; `offload_reduced(object)` with
    an OffloadChange when the GPU took fewer layers than planned (a load that
    failed there, or a device lost mid-reply: `loaded` follows).
    """

    loading = Signal(str)
    loaded = Signal(str)
    load_failed = Signal(object)
    unloaded = Signal()
    recovered = Signal(object)
    not_recovered = Signal()
    offload_reduced = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._engine: Engine | None = None
        self._starting: Engine | None = None
        self._generation = 0
        self._loads_pending = 0
        self._lock = threading.Lock()
        self._timeout = 180.0
        self.model_name = ""
        # The loaded model's chat template: its roles, reply format, thinking switch.
        self.traits: TemplateTraits = PLAIN

    @property
    def engine(self) -> Engine | None:
        return self._engine

    def is_ready(self) -> bool:
        return self._engine is not None and self._engine.is_running()

    def is_loading(self) -> bool:
        return self._loads_pending > 0

    def load(
        self, config: EngineConfig | Callable[[], EngineConfig], name: str, timeout: float
    ) -> None:
        """Stop the current engine (if any) and load `config` in the background.

        `config` may be a function making the config (on the worker thread: planning
        reads the model's header and may detect the hardware).
        """
        with self._lock:
            self._generation += 1
            generation = self._generation
            old = [e for e in (self._engine, self._starting) if e is not None]
            self._engine = None
            self._loads_pending += 1
        self.model_name = name
        self._timeout = timeout
        self.loading.emit(name)
        for engine in old:
            # Also cancels a load still in progress: its start() sees the child exit.
            threading.Thread(target=engine.stop, daemon=True).start()

        def work() -> None:
            error: HearthError | None = None
            try:
                wanted = config() if callable(config) else config
            except Exception as exc:  # planning failed: say so, never leave "loading…"
                if not isinstance(exc, HearthError):
                    log.exception("Could not prepare to load %s", name)
                    exc = EngineError("model_load_failed", str(exc), name=name, reason=str(exc))
                with self._lock:
                    self._loads_pending -= 1
                    current = generation == self._generation
                if current:
                    self.load_failed.emit(exc)
                return

            def starting(engine: Engine) -> bool:
                # Each try is cancellable: a newer load or shutdown stops `_starting`.
                with self._lock:
                    if generation != self._generation:
                        return False
                    self._starting = engine
                    return True

            engine: Engine | None = None
            fallback: OffloadFallback | None = None
            try:
                engine, fallback = start_with_fallback(wanted, timeout, starting=starting)
            except HearthError as exc:
                error = exc
            except Exception as exc:  # never leave the window waiting forever
                log.exception("Unexpected error while loading %s", wanted.model_path)
                error = EngineError("model_load_failed", str(exc), name=name, reason=str(exc))
            with self._lock:
                self._loads_pending -= 1
                current = generation == self._generation
                if engine is not None and self._starting is engine:
                    self._starting = None
                if current and error is None and engine is not None:
                    self._engine = engine
                    self.traits = engine.traits
            if not current:
                if engine is not None:
                    engine.stop()
                return
            if error is not None or engine is None:
                if error is not None and error.kind != "engine_cancelled":
                    self.load_failed.emit(error)
                return
            if fallback is not None:
                self._tell_offload_reduced(engine, fallback)
            self.loaded.emit(name)

        self._pool.start(Call(work))

    def _tell_offload_reduced(self, engine: Engine, fallback: OffloadFallback) -> None:
        """Say what running fewer layers on the GPU costs (on the pool: reads the header)."""
        from hearth.planner.engine_settings import offload_speeds

        config = engine.config
        before, after = offload_speeds(
            config.model_path, config.n_ctx, (fallback.requested, fallback.now)
        )
        self.offload_reduced.emit(OffloadChange(fallback, before, after))

    def recover(self, engine: Engine) -> None:
        """After a reply failed: if `engine` died of bad CPU code, rule that code out
        and load the same model on the next (self-tested; seconds, on the pool)."""
        name, timeout = self.model_name, self._timeout

        def work() -> None:
            restart = None
            try:
                restart = engine.after_crash()
            except Exception:
                log.exception("Could not fall back to other CPU code")
            if restart is None:
                self.not_recovered.emit()
                return
            fallback, config = restart
            if isinstance(fallback, OffloadFallback):
                self._tell_offload_reduced(engine, fallback)
            else:
                self.recovered.emit(fallback)
            self.load(config, name, timeout)

        self._pool.start(Call(work))

    def unload(self) -> None:
        """Give the model's memory back (after an idle time); the next send loads it again."""
        with self._lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            threading.Thread(target=engine.stop, daemon=True).start()
            self.unloaded.emit()

    def shutdown(self) -> None:
        """Stop the engine now (blocking briefly): used when the window closes."""
        with self._lock:
            self._generation += 1
            engines = [e for e in (self._engine, self._starting) if e is not None]
            self._engine = self._starting = None
        for engine in engines:
            engine.stop(timeout=2.0)
        self._pool.waitForDone(3000)


@dataclass
class PreparedPrompt:
    """What the model is actually sent, after fitting the conversation to its context."""

    messages: list[dict[str, str]]
    dropped: int = 0  # oldest turns left out
    prompt_tokens: int | None = None


Prepare = Callable[[list[dict[str, str]]], PreparedPrompt]


class ReplyStreamer(QObject):
    """Streams one reply at a time.

    Signals: `prepared(object)` with the PreparedPrompt (before the first token),
    `text_ready(str)` batched text, `finished(object)` with the StreamStats (its
    `cancelled` says whether Stop ended it), `failed(object, object)` with the
    HearthError and the StreamStats so far, `queued()` when the engine is busy with
    another app's request and this reply waits its turn.
    """

    queued = Signal()
    prepared = Signal(object)
    text_ready = Signal(str)
    finished = Signal(object)
    failed = Signal(object, object)
    _worker_done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        self._lock = threading.Lock()
        self._stream: ChatStream | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_INTERVAL_MS)
        self._timer.timeout.connect(self._flush)
        self._worker_done.connect(self._on_worker_done)

    def is_active(self) -> bool:
        return self._stream is not None

    def start(
        self,
        base_url: str,
        messages: list[dict[str, str]],
        params: ChatParams,
        api_key: str | None = None,
        prepare: Prepare | None = None,
    ) -> None:
        """Stream a reply to `messages`; `prepare` (run on the worker) may trim them."""
        if self._stream is not None:
            raise RuntimeError("a reply is already streaming")
        stream = stream_chat(base_url, messages, params, api_key)
        stream.on_queued = self.queued.emit  # from the worker thread: a queued signal
        self._stream = stream

        def work() -> None:
            error: HearthError | None = None
            try:
                if prepare is not None:
                    ready = prepare(messages)
                    stream.messages = ready.messages
                    self.prepared.emit(ready)
                for piece in stream:
                    with self._lock:
                        self._pending.append(piece)
            except HearthError as exc:
                error = exc
            except Exception as exc:
                log.exception("Unexpected error while streaming a reply")
                error = EngineError("engine_connection_lost", str(exc), detail=str(exc))
            self._worker_done.emit(error)

        self._timer.start()
        QThreadPool.globalInstance().start(Call(work))

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.cancel()

    @Slot()
    def _flush(self) -> None:
        with self._lock:
            text = "".join(self._pending)
            self._pending.clear()
        if text:
            self.text_ready.emit(text)

    @Slot(object)
    def _on_worker_done(self, error: HearthError | None) -> None:
        self._timer.stop()
        self._flush()
        stream, self._stream = self._stream, None
        stats = stream.stats if stream is not None else StreamStats()
        if error is None:
            self.finished.emit(stats)
        else:
            self.failed.emit(error, stats)
