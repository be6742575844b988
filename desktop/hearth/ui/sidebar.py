"""The conversation list: search, new, rename, pin, delete (with undo), export."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth.chats import Conversation, SearchHit

SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConversationSidebar(QWidget):
    """Signals carry a conversation id: `opened(int)`, `rename_requested(int)`,
    `pin_requested(int, bool)`, `delete_requested(int)`, `export_requested(int)`;
    `new_requested()`; `search_changed(str)` (debounced) asks for results."""

    opened = Signal(int)
    new_requested = Signal()
    rename_requested = Signal(int)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    export_requested = Signal(int)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search chats (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        # Long titles end in "…" rather than scrolling the whole list sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout.addWidget(self.list, 1)
        self._pinned: dict[int, bool] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.query()))
        self.search.textChanged.connect(lambda _text: self._debounce.start())

    def query(self) -> str:
        return self.search.text().strip()

    def show_conversations(
        self, conversations: Sequence[Conversation], current: int | None
    ) -> None:
        self.list.clear()
        self._pinned = {c.id: c.pinned for c in conversations}
        for conversation in conversations:
            title = conversation.title or self.tr("New chat")
            item = QListWidgetItem(("📌 " if conversation.pinned else "") + title)
            item.setData(ID_ROLE, conversation.id)
            item.setToolTip(title)
            self.list.addItem(item)
            if conversation.id == current:
                self.list.setCurrentItem(item)

    def show_results(self, hits: Sequence[SearchHit]) -> None:
        self.list.clear()
        if not hits:
            empty = QListWidgetItem(self.tr("No chats match"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        best: dict[int, SearchHit] = {}
        for hit in hits:  # one row per conversation: its best (first) match
            best.setdefault(hit.conversation_id, hit)
        for hit in best.values():
            item = QListWidgetItem(f"{hit.title}\n    {hit.snippet}")
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            item.setToolTip(hit.snippet)
            self.list.addItem(item)

    @Slot(QListWidgetItem)
    def _activate(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(ID_ROLE)
        if isinstance(conversation_id, int):
            self.opened.emit(conversation_id)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    @Slot(QPoint)
    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        conversation_id = item.data(ID_ROLE) if item is not None else None
        if not isinstance(conversation_id, int):
            return
        menu = QMenu(self)
        pinned = self._pinned.get(conversation_id, False)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(conversation_id))
        menu.addAction(
            self.tr("Unpin") if pinned else self.tr("Pin to top"),
            lambda: self.pin_requested.emit(conversation_id, not pinned),
        )
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(conversation_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(conversation_id))
        menu.exec(self.list.mapToGlobal(position))
