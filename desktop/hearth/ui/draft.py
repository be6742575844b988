"""The message being typed survives a crash: it is saved as it is typed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from hearth import paths

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500
DRAFT_FILE = "draft.txt"


class DraftKeeper(QObject):
    """Restores the input box's text at start and saves it (atomically) while typing.

    Signal `save_failed(str)`: a sentence for the user, said once per session, when
    the draft cannot be saved (a full disk, a folder without write access).
    """

    save_failed = Signal(str)

    def __init__(self, box: QPlainTextEdit) -> None:
        super().__init__(box)
        self.box = box
        self.path: Path = paths.data_dir() / DRAFT_FILE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self._warned = False
        try:
            box.setPlainText(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("Could not read the saved draft %s: %s", self.path, exc)
        box.textChanged.connect(self._timer.start)

    @Slot()
    def save(self) -> None:
        text = self.box.toPlainText()
        try:
            if not text:
                self.path.unlink(missing_ok=True)
                return
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("Could not save the draft: %s", exc)
            if not self._warned:
                self._warned = True
                self.save_failed.emit(
                    self.tr(
                        "What you type cannot be kept if Hearth closes: saving the draft "
                        "failed ({error})."
                    ).format(error=exc.strerror or exc)
                )
