from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth.settings import Settings, physical_cores
from hearth.ui.settings_dialog import SettingsDialog, save_secrets


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


def test_token_goes_to_the_keyring_not_the_settings_file(qtbot: QtBot) -> None:
    import keyring

    from hearth import settings as settings_mod
    from hearth.library import tokens
    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.token.setText("hf_abc123")
        dialog.hub_endpoint.setText("https://hf-mirror.example")
        changes = dialog.secret_changes()
        assert changes is not None and save_secrets(changes) == ""
        settings_mod.save(dialog.result_settings())
        assert tokens.get_token() == "hf_abc123"
        text = settings_mod.settings_path().read_text()
        assert "hf_abc123" not in text and "hf-mirror.example" in text
    finally:
        keyring.set_keyring(previous)
