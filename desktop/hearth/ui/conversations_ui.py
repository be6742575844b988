"""What the sidebar's commands do: open, new, rename, pin, delete with undo, export, search."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QWidget,
)

from hearth.chats import ChatStore, Conversation
from hearth.chats.export import export_to_file
from hearth.errors import HearthError
from hearth.ui.chat_controller import ChatController
from hearth.ui.conversation_panel import ConversationPanel
from hearth.ui.messages import user_message
from hearth.ui.sidebar import ConversationSidebar

log = logging.getLogger(__name__)

UNDO_SECONDS = 10


class ConversationActions(QObject):
    """The sidebar's and the conversation panel's commands, on the store and the chat.

    Signal: `title_changed(str)` the window title for the open conversation.
    `reload_model` is called when a change needs the engine loaded again;
    `parent` is also the parent of the dialogs it opens.
    """

    title_changed = Signal(str)

    def __init__(
        self,
        store: ChatStore,
        chat: ChatController,
        sidebar: ConversationSidebar,
        panel: ConversationPanel,
        status_bar: QStatusBar,
        reload_model: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.chat = chat
        self.sidebar = sidebar
        self.panel = panel
        self.status_bar = status_bar
        self.reload_model = reload_model
        self.dialog_parent = parent
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        status_bar.addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self._deleted: int | None = None
        sidebar.opened.connect(self.open)
        sidebar.new_requested.connect(chat.new_conversation)
        sidebar.rename_requested.connect(self.rename)
        sidebar.pin_requested.connect(self.pin)
        sidebar.delete_requested.connect(self.delete)
        sidebar.export_requested.connect(self.export)
        sidebar.search_changed.connect(lambda _query: self.refresh_sidebar())
        chat.conversations_changed.connect(self.refresh_sidebar)
        chat.conversation_opened.connect(self._on_opened)
        panel.changed.connect(self._settings_changed)

    @Slot()
    def refresh_sidebar(self) -> None:
        query = self.sidebar.query()
        if query:
            self.sidebar.show_results(self.store.search(query))
            return
        current = self.chat.conversation.id if self.chat.conversation else None
        self.sidebar.show_conversations(self.store.list_conversations(), current)

    @Slot(object)
    def _on_opened(self, conversation: Conversation | None) -> None:
        params = self.chat.params()
        if conversation is None:
            self.panel.show_settings("", params, None)
            self.title_changed.emit(self.tr("Hearth"))
        else:
            self.panel.show_settings(
                conversation.system_prompt,
                params,
                conversation.n_ctx,
                self.chat.wanted_thinking(),
            )
            self.title_changed.emit(self.tr("{title} — Hearth").format(title=conversation.title))
        self.refresh_sidebar()

    @Slot(dict)
    def _settings_changed(self, changes: dict[str, Any]) -> None:
        chat = self.chat
        old_ctx = chat.conversation.n_ctx if chat.conversation else None
        chat.update_settings(**changes)
        if changes.get("n_ctx") != old_ctx:
            self.reload_model()  # the engine's context length is set when it loads

    @Slot(int)
    def open(self, conversation_id: int) -> None:
        chat = self.chat
        if chat.conversation is not None and chat.conversation.id == conversation_id:
            return
        try:
            chat.open(conversation_id)
        except HearthError as exc:
            self.status_bar.showMessage(user_message(exc), 8000)

    @Slot(int)
    def rename(self, conversation_id: int) -> None:
        store = self.store
        title, ok = QInputDialog.getText(
            self.dialog_parent,
            self.tr("Rename chat"),
            self.tr("Name:"),
            QLineEdit.EchoMode.Normal,
            store.get_conversation(conversation_id).title,
        )
        if ok and title.strip():
            store.rename(conversation_id, title.strip())
            self.refresh_sidebar()

    @Slot(int, bool)
    def pin(self, conversation_id: int, pinned: bool) -> None:
        self.store.set_pinned(conversation_id, pinned)
        self.refresh_sidebar()

    @Slot(int)
    def delete(self, conversation_id: int) -> None:
        store, chat = self.store, self.chat
        title = store.get_conversation(conversation_id).title
        store.delete_conversation(conversation_id)
        if chat.conversation is not None and chat.conversation.id == conversation_id:
            chat.new_conversation()
        self._deleted = conversation_id
        self.status_bar.showMessage(
            self.tr("Deleted “{title}”.").format(title=title), UNDO_SECONDS * 1000
        )
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)
        self.refresh_sidebar()

    @Slot()
    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        self.store.undo_delete(self._deleted)
        self.chat.open(self._deleted)
        self._deleted = None
        self.undo_button.hide()
        self.status_bar.clearMessage()
        self.refresh_sidebar()

    def export_current(self) -> None:
        conversation = self.chat.conversation
        if conversation is None:
            self.status_bar.showMessage(self.tr("There is nothing to export yet."), 5000)
            return
        self.export(conversation.id)

    @Slot(int)
    def export(self, conversation_id: int, path: str | None = None) -> Path | None:
        store = self.store
        conversation = store.get_conversation(conversation_id)
        if path is None:
            safe = "".join(c for c in conversation.title if c.isalnum() or c in " -_").strip()
            path, _ = QFileDialog.getSaveFileName(
                self.dialog_parent,
                self.tr("Export chat"),
                str(Path.home() / f"{safe or 'chat'}.md"),
                self.tr("Markdown (*.md);;JSON (*.json)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() not in (".md", ".json"):
            target = target.with_suffix(".md")
        try:
            export_to_file(target, conversation, store.messages(conversation_id))
        except OSError as exc:
            log.warning("Export to %s failed: %s", target, exc)
            QMessageBox.warning(
                self.dialog_parent,
                self.tr("Export failed"),
                self.tr("The chat could not be saved to {path}: {error}").format(
                    path=target, error=exc
                ),
            )
            return None
        self.status_bar.showMessage(self.tr("Saved to {path}").format(path=target), 6000)
        return target
