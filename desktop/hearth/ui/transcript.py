"""The conversation as the user sees it, with the reply streaming in.

Streamed text is appended at the end of the document with a cursor (cost
proportional to the new text, not to the whole transcript), and the view
follows the reply only while the user is already at the bottom.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget


class TranscriptView(QTextBrowser):
    """Read-only transcript; `begin_reply` / `append_reply` / `end_reply` stream a reply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)
        self._reply_text: list[str] = []

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _append_html(self, markup: str) -> None:
        follow = self._at_bottom()
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertHtml(markup)
        if follow:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def add_user_message(self, text: str) -> None:
        body = html.escape(text).replace("\n", "<br>")
        self._append_html(f"<p><b>{html.escape(self.tr('You'))}</b><br>{body}</p>")

    def begin_reply(self, author: str) -> None:
        self._reply_text = []
        self._append_html(f"<p><b>{html.escape(author)}</b></p>")
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()

    def append_reply(self, text: str) -> None:
        if not text:
            return
        follow = self._at_bottom()
        self._reply_text.append(text)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text, QTextCharFormat())
        if follow:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def end_reply(self, note: str = "") -> str:
        """Close the reply (with an optional grey note) and return its full text."""
        if note:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            fmt = QTextCharFormat()
            fmt.setForeground(QColor("#777777"))
            fmt.setFontItalic(True)
            cursor.insertText(f"  [{note}]", fmt)
        return self.reply_text()

    def reply_text(self) -> str:
        return "".join(self._reply_text)
