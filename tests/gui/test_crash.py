"""The crash handler shows what happened and keeps the window and its text."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hearth import logging_setup
from hearth.ui.chat_input import ChatInput
from hearth.ui.crash import CrashReporter


@pytest.fixture
def reporter() -> CrashReporter:
    saved = sys.excepthook, threading.excepthook
    crash = CrashReporter()
    crash.install()
    yield crash
    sys.excepthook, threading.excepthook = saved


def _dialog() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    return next((b for b in boxes if b.isVisible()), None)


@pytest.mark.error_logs_expected
def test_error_in_a_thread_is_shown_and_logged(
    qtbot: QtBot, reporter: CrashReporter, hearth_home: Path
) -> None:
    logging_setup.configure()
    window = ChatInput()
    qtbot.addWidget(window)
    window.show()
    window.setPlainText("half-written message")

    def broken() -> None:
        raise ValueError("disk on fire")

    worker = threading.Thread(target=broken)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
    box = _dialog()
    assert box is not None
    assert "Your conversation is still here" in box.text()
    assert "disk on fire" in box.detailedText()
    box.close()
    assert window.isVisible()
    assert window.toPlainText() == "half-written message"
    assert "ValueError: disk on fire" in logging_setup.app_log_path().read_text()
    assert reporter.shown == 1


@pytest.mark.error_logs_expected
def test_error_on_the_gui_thread_is_shown(qtbot: QtBot, reporter: CrashReporter) -> None:
    try:
        raise KeyError("missing")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
    box = _dialog()
    assert box is not None and "KeyError" in box.detailedText()
    box.close()
