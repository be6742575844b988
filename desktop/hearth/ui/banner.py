"""A message strip above the input: what went wrong, and the one button that helps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        dark = QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        colours = ("#4a3b1f", "#a8782f") if dark else ("#fff4e5", "#f0b35a")
        self.setStyleSheet(
            f"QFrame {{ background: {colours[0]}; border: 1px solid {colours[1]}; }}"
        )
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button_text)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()
