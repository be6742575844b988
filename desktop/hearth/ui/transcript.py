"""The conversation as the user sees it: one MessageView per message, the reply streaming in.

Only the newest messages are built when a conversation opens (a button loads
earlier ones), so a long conversation opens as fast as a short one. While a
reply streams, its Markdown is re-rendered at most every RENDER_INTERVAL_S and
the view follows the reply only while the user is already at the bottom.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, cast, get_args

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hearth.chats.reply_parse import ReplyFormat
from hearth.ui.message_view import MessageView

if TYPE_CHECKING:
    from hearth.ui.markdown_render import MarkdownRenderer

RENDER_INTERVAL_S = 0.05


class MessageLike(Protocol):
    id: int
    role: str
    content: str
    model_name: str
    status: str
    stats: dict[str, object]


class TranscriptView(QScrollArea):
    """Signals: `edit_requested(int)`, `regenerate_requested(int)`, `delete_requested(int)`
    with a message id, and `load_earlier_requested()`."""

    edit_requested = Signal(int)
    regenerate_requested = Signal(int)
    delete_requested = Signal(int)
    load_earlier_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._renderer: MarkdownRenderer | None = None
        container = QWidget()
        self._layout = QVBoxLayout(container)
        self._layout.setSpacing(4)
        self.earlier_button = QPushButton(self.tr("Show earlier messages"))
        self.earlier_button.clicked.connect(self.load_earlier_requested)
        self.earlier_button.hide()
        self._layout.addWidget(self.earlier_button)
        self.empty_hint = QLabel(
            self.tr("Type a message below to start a chat.\nEverything stays on this computer.")
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: palette(mid); font-size: 15px; padding: 40px;")
        self._layout.addWidget(self.empty_hint)
        self._layout.addStretch(1)
        self.setWidget(container)
        self._views: list[QWidget] = []
        self._reply: MessageView | None = None
        self._reply_parts: list[str] = []
        self._rendered_at = 0.0
        self._follow = True
        self.verticalScrollBar().rangeChanged.connect(self._keep_following)
        self.verticalScrollBar().valueChanged.connect(self._track_follow)

    @property
    def renderer(self) -> MarkdownRenderer:
        """Made on first use: the Markdown and highlighting libraries cost ~60 ms to load,
        which an empty window at start-up need not pay."""
        if self._renderer is None:
            from hearth.ui import markdown_render

            dark = QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            self._renderer = markdown_render.MarkdownRenderer(dark=dark, copy_label=self.tr("Copy"))
        return self._renderer

    # ----- building ---------------------------------------------------------

    def clear(self) -> None:
        for view in self._views:
            view.deleteLater()
        self._views.clear()
        self.empty_hint.show()
        self._reply = None
        self.earlier_button.hide()
        self._follow = True

    def _author(self, message: MessageLike) -> str:
        if message.role == "user":
            return self.tr("You")
        return message.model_name or self.tr("Assistant")

    def _make_view(self, message: MessageLike) -> MessageView:
        view = MessageView(message.role, self._author(message), self.renderer, message.id)
        view.edit_requested.connect(self.edit_requested)
        view.regenerate_requested.connect(self.regenerate_requested)
        view.delete_requested.connect(self.delete_requested)
        thinking = (message.stats or {}).get("thinking_s")
        if isinstance(thinking, (int, float)):
            view.thinking_seconds = float(thinking)
        fmt = (message.stats or {}).get("reply_format")
        if isinstance(fmt, str) and fmt in get_args(ReplyFormat):
            view.reply_format = cast("ReplyFormat", fmt)
        view.set_text(message.content)
        view.set_details(self.describe(message))
        return view

    def describe(self, message: MessageLike) -> str:
        """The grey details beside the author: speed, and how the reply ended."""
        parts: list[str] = []
        stats = message.stats or {}
        tokens, speed, ttft = stats.get("tokens"), stats.get("tokens_per_s"), stats.get("ttft_s")
        if isinstance(tokens, int) and tokens:
            parts.append(self.tr("1 token") if tokens == 1 else self.tr("%n tokens", "", tokens))
        if isinstance(speed, (int, float)) and speed:
            parts.append(self.tr("{speed:.1f} tokens/s").format(speed=speed))
        if isinstance(ttft, (int, float)):
            parts.append(self.tr("first token {ms:.0f} ms").format(ms=ttft * 1000))
        if message.status == "stopped":
            parts.append(self.tr("stopped"))
        elif message.status in ("interrupted", "streaming"):
            parts.append(self.tr("interrupted"))
        elif stats.get("finish_reason") == "length":
            parts.append(self.tr("cut at its length limit"))
        return " · ".join(parts)

    def _insert(self, index: int, view: QWidget) -> None:
        # Layout: [earlier button] [views...] [empty hint] [stretch]
        self._layout.insertWidget(1 + index, view)
        self._views.insert(index, view)
        self.empty_hint.hide()

    def show_messages(self, messages: Sequence[MessageLike], has_earlier: bool) -> None:
        self.clear()
        for message in messages:
            self._insert(len(self._views), self._make_view(message))
        self.earlier_button.setVisible(has_earlier)
        self._follow = True

    def prepend_messages(self, messages: Sequence[MessageLike], has_earlier: bool) -> None:
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        for index, message in enumerate(messages):
            self._insert(index, self._make_view(message))
        self.earlier_button.setVisible(has_earlier)
        QApplication.processEvents()
        bar.setValue(bar.maximum() - from_bottom)

    def add_message(self, message: MessageLike) -> MessageView:
        view = self._make_view(message)
        self._insert(len(self._views), view)
        return view

    def add_notice(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: palette(mid); font-style: italic;")
        self._insert(len(self._views), label)
        return label

    def view_for(self, message_id: int) -> MessageView | None:
        for view in self._views:
            if isinstance(view, MessageView) and view.message_id == message_id:
                return view
        return None

    def remove_from(self, message_id: int) -> None:
        """Remove the view of `message_id` and everything after it."""
        for index, view in enumerate(self._views):
            if isinstance(view, MessageView) and view.message_id == message_id:
                for later in self._views[index:]:
                    later.deleteLater()
                del self._views[index:]
                self.empty_hint.setVisible(not self._views)
                return

    def remove_message(self, message_id: int) -> None:
        view = self.view_for(message_id)
        if view is not None:
            self._views.remove(view)
            view.deleteLater()
            self.empty_hint.setVisible(not self._views)

    def message_views(self) -> list[MessageView]:
        return [v for v in self._views if isinstance(v, MessageView)]

    # ----- streaming --------------------------------------------------------

    def begin_reply(
        self, author: str, message_id: int | None = None, reply_format: ReplyFormat | None = None
    ) -> MessageView:
        view = MessageView("assistant", author, self.renderer, message_id)
        view.reply_format = reply_format
        view.started_at = time.monotonic()
        view.edit_requested.connect(self.edit_requested)
        view.regenerate_requested.connect(self.regenerate_requested)
        view.delete_requested.connect(self.delete_requested)
        view.set_actions_enabled(False)
        self._insert(len(self._views), view)
        self._reply = view
        self._reply_parts = []
        self._rendered_at = 0.0
        return view

    @Slot(str)
    def append_reply(self, text: str) -> None:
        if self._reply is None or not text:
            return
        self._reply_parts.append(text)
        now = time.monotonic()
        if now - self._rendered_at >= RENDER_INTERVAL_S:
            self._rendered_at = now
            self._reply.stream_text(self.reply_text())

    def end_reply(self, details: str = "") -> str:
        """Show the whole reply, its details, and hand back its text."""
        text = self.reply_text()
        if self._reply is not None:
            # The tail only (the rest is already shown), tags held back flushed.
            self._reply.stream_text(text, complete=True)
            self._reply.set_details(details)
            self._reply.set_actions_enabled(True)
        self._reply = None
        return text

    def reply_thinking_seconds(self) -> float | None:
        return self._reply.thinking_seconds if self._reply is not None else None

    def reply_text(self) -> str:
        return "".join(self._reply_parts)

    def plain_text(self) -> str:
        """Everything shown, as text (for tests and accessibility checks)."""
        lines: list[str] = []
        for view in self._views:
            if isinstance(view, MessageView):
                lines += [view.author.text(), view.details.text(), view.body.toPlainText()]
            elif isinstance(view, QLabel):
                lines.append(view.text())
        return "\n".join(lines)

    # ----- following the reply ------------------------------------------

    @Slot(int)
    def _track_follow(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 8

    @Slot(int, int)
    def _keep_following(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)
