"""A crash handler that shows what happened instead of letting the window vanish.

Any exception that escapes a slot or a thread is logged with its traceback and
shown in a dialog; the window and the conversation stay as they were.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from hearth.logging_setup import app_log_path

log = logging.getLogger("hearth.crash")


class CrashReporter(QObject):
    """Receives unhandled exceptions from any thread; `report` carries the traceback text."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show)
        self.shown = 0
        self._dialog: QMessageBox | None = None  # kept: a dialog without a reference vanishes

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("Unhandled error:\n%s", text)
        self.report.emit(text)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, text: str) -> None:
        self.shown += 1
        if QApplication.instance() is None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Something went wrong inside Hearth. Your conversation is still here.\n"
                "The details were written to {log}."
            ).format(log=app_log_path())
        )
        box.setDetailedText(text)
        self._dialog = box
        box.open()
