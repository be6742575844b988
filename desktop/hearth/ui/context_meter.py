"""The status bar's meter of how much of the model's context a chat uses."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QProgressBar, QWidget


class ContextMeter(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(190)
        self.setToolTip(self.tr("How much of the model's context this chat uses"))
        self.show_usage(0, 0)

    @Slot(int, int)
    def show_usage(self, used: int, total: int) -> None:
        self.setRange(0, max(total, 1))
        self.setValue(min(used, max(total, 1)))
        self.setFormat(
            self.tr("{used} / {total} tokens").format(used=f"{used:,}", total=f"{total:,}")
        )
