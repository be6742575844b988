"""The main window's pages (Chat, Discover, Downloads), built the first time they are shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QWidget


class PageSwitcher(QWidget):
    """A row of page buttons; the pages live in `stack`. `page_shown(str)` carries the name."""

    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.pages: dict[str, QWidget] = {}

    def add_page(self, name: str, label: str, page: QWidget | Callable[[], QWidget]) -> None:
        button = QPushButton(label)
        button.setCheckable(True)
        button.setFlat(True)
        button.clicked.connect(lambda: self.show_page(name))
        self._group.addButton(button)
        self._row.addWidget(button)
        self._buttons[name] = button
        if isinstance(page, QWidget):
            self.pages[name] = page
            self.stack.addWidget(page)
        else:
            self._factories[name] = page
        if len(self._buttons) == 1:
            button.setChecked(True)

    def finish(self) -> None:
        self._row.addStretch(1)

    def page(self, name: str) -> QWidget:
        """The page, built now if it has not been yet."""
        if name not in self.pages:
            page = self._factories.pop(name)()
            self.pages[name] = page
            self.stack.addWidget(page)
        return self.pages[name]

    def show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self.page(name))
        self._buttons[name].setChecked(True)
        self.page_shown.emit(name)

    def current(self) -> str:
        widget = self.stack.currentWidget()
        return next((n for n, p in self.pages.items() if p is widget), "")
