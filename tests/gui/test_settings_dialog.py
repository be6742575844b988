from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth.settings import Settings, physical_cores
from hearth.ui.settings_dialog import SettingsDialog


def test_threads_default_to_automatic_and_changes_are_detected(qtbot: QtBot) -> None:
    original = Settings(n_ctx=4096, last_model="x")
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.threads.value() == 0
    assert dialog.threads.text() == f"Automatic ({physical_cores()})"
    assert not dialog.changed_engine_settings()
    dialog.threads.setValue(1)
    dialog.context.setValue(2048)
    assert dialog.changed_engine_settings()
    result = dialog.result_settings()
    assert (result.n_threads, result.n_ctx, result.last_model) == (1, 2048, "x")
    assert original.n_threads == 0  # the dialog edits a copy
