"""One message in the transcript: author line, collapsible thinking, Markdown body, actions."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QUrl, Signal, SignalInstance, Slot
from PySide6.QtGui import QGuiApplication, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hearth.chats.reply_parse import ReplyFormat
from hearth.ui.markdown_render import (
    COPY_SCHEME,
    MarkdownRenderer,
    settled_length,
    split_thinking,
)


class AutoHeightBrowser(QTextBrowser):
    """A text browser as tall as its text, so the transcript scrolls, not each message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setOpenLinks(False)
        self.viewport().setAutoFillBackground(False)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    @Slot()
    def _fit(self) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()


class MessageView(QFrame):
    """Shows one message. Signals carry the message id: `edit_requested(int)`,
    `regenerate_requested(int)`, `delete_requested(int)`."""

    edit_requested = Signal(int)
    regenerate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(
        self,
        role: str,
        author: str,
        renderer: MarkdownRenderer,
        message_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.message_id = message_id
        self.text = ""
        self._renderer = renderer
        self._code_blocks: list[str] = []
        # While streaming: how much of the answer is rendered for good, its code
        # blocks, and where the re-rendered tail starts in the document.
        self._settled = 0
        self._settled_blocks: list[str] = []
        self._tail_at = 0
        self._thinking = ""
        self.thinking_seconds: float | None = None
        # How the model marks its thinking (None: judged from the text), and when
        # a streamed reply began (to say how long it thought).
        self.reply_format: ReplyFormat | None = None
        self.started_at: float | None = None
        self.setObjectName("message-" + role)
        if role == "user":
            # The user's own words on a tinted card, replies on the page itself.
            self.setStyleSheet(
                "QFrame#message-user { background: palette(alternate-base); border-radius: 6px; }"
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)

        top = QHBoxLayout()
        self.author = QLabel(f"<b>{html.escape(author)}</b>")
        self.details = QLabel()
        self.details.setStyleSheet("color: palette(mid);")
        # The details give way (cut short) before the action buttons do.
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.author)
        top.addWidget(self.details, 1)
        self.buttons = self._build_actions(top)
        layout.addLayout(top)

        self.thinking_toggle = QToolButton()
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_toggle.setAutoRaise(True)
        self.thinking_toggle.toggled.connect(self._toggle_thinking)
        self.thinking_toggle.hide()
        self.thinking_body = QLabel()
        self.thinking_body.setWordWrap(True)
        self.thinking_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thinking_body.setStyleSheet("color: palette(mid); margin-left: 12px;")
        self.thinking_body.hide()
        layout.addWidget(self.thinking_toggle)
        layout.addWidget(self.thinking_body)

        self.body = AutoHeightBrowser()
        self.body.anchorClicked.connect(self._link_clicked)
        layout.addWidget(self.body)

    def _build_actions(self, row: QHBoxLayout) -> dict[str, QToolButton]:
        actions: dict[str, QToolButton] = {}
        labels = {
            "copy": (self.tr("Copy"), self.tr("Copy this message")),
            "edit": (self.tr("Edit"), self.tr("Edit this message and send it again")),
            "regenerate": (self.tr("Regenerate"), self.tr("Write this reply again")),
            "delete": (self.tr("Delete"), self.tr("Delete this message")),
        }
        for key, (label, tip) in labels.items():
            if key == "edit" and self.role != "user":
                continue
            if key == "regenerate" and self.role != "assistant":
                continue
            button = QToolButton()
            button.setText(label)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            row.addWidget(button)
            actions[key] = button
        actions["copy"].clicked.connect(self.copy_all)
        if "edit" in actions:
            actions["edit"].clicked.connect(lambda: self._emit(self.edit_requested))
        if "regenerate" in actions:
            actions["regenerate"].clicked.connect(lambda: self._emit(self.regenerate_requested))
        actions["delete"].clicked.connect(lambda: self._emit(self.delete_requested))
        return actions

    def _emit(self, signal: SignalInstance) -> None:
        if self.message_id is not None:
            signal.emit(self.message_id)

    def set_actions_enabled(self, enabled: bool) -> None:
        for key, button in self.buttons.items():
            button.setEnabled(enabled or key == "copy")

    def set_text(self, text: str) -> None:
        """Show `text` (Markdown for replies, plain for the user's own words)."""
        self.text = text
        self._settled = 0
        if self.role != "assistant":
            escaped = html.escape(text).replace("\n", "<br>")
            self.body.setHtml(f"<p>{escaped}</p>")
            return
        answer = self._show_thinking(text, complete=True)
        rendered = self._renderer.render(answer)
        self._code_blocks = rendered.code_blocks
        self.body.setHtml(rendered.html)

    def stream_text(self, text: str, complete: bool = False) -> None:
        """Show a reply still being written, re-rendering only its unfinished end.

        Finished blocks are rendered once and appended; only the last block is
        replaced on each update, so an update costs the same at the end of a
        long reply as at its start. `complete`: this is the whole reply.
        """
        self.text = text
        answer = self._show_thinking(text, complete)
        settled = settled_length(answer)
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self._tail_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if settled > self._settled:
            rendered = self._renderer.render(
                answer[self._settled : settled], len(self._settled_blocks)
            )
            self._settled_blocks += rendered.code_blocks
            cursor.insertHtml(rendered.html)
            self._settled = settled
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self._tail_at = cursor.position()
        tail = self._renderer.render(answer[self._settled :], len(self._settled_blocks))
        self._code_blocks = self._settled_blocks + tail.code_blocks
        cursor.insertHtml(tail.html)

    def _show_thinking(self, text: str, complete: bool) -> str:
        parts = split_thinking(text, self.reply_format, complete)
        self._thinking = parts.thinking
        if (
            self.started_at is not None
            and self.thinking_seconds is None
            and parts.thinking
            and not parts.still_thinking
            and parts.answer
        ):
            self.thinking_seconds = time.monotonic() - self.started_at
        if parts.thinking or parts.still_thinking:
            self.thinking_toggle.show()
            self._update_thinking_label(parts.still_thinking)
            if self.thinking_toggle.isChecked():
                self.thinking_body.setText(parts.thinking)
        return parts.answer

    def _update_thinking_label(self, still: bool) -> None:
        if still:
            label = self.tr("Thinking…")
        elif self.thinking_seconds is not None:
            label = self.tr("Thought for {seconds:.0f} s").format(seconds=self.thinking_seconds)
        else:
            label = self.tr("Thoughts")
        self.thinking_toggle.setText(label)

    @Slot(bool)
    def _toggle_thinking(self, shown: bool) -> None:
        self.thinking_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.thinking_body.setText(self._thinking)
        self.thinking_body.setVisible(shown)

    def set_details(self, text: str) -> None:
        self.details.setText(html.escape(text))

    @Slot()
    def copy_all(self) -> None:
        if self.role == "assistant":
            answer = split_thinking(self.text, self.reply_format).answer
        else:
            answer = self.text
        QGuiApplication.clipboard().setText(answer)

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            index = int(url.path() or -1)
            if 0 <= index < len(self._code_blocks):
                QGuiApplication.clipboard().setText(self._code_blocks[index])
            return
        from PySide6.QtGui import QDesktopServices

        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
