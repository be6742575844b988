"""How the window is put together: narrow collaborators, nothing slow on the GUI thread."""

from __future__ import annotations

import inspect
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth import library
from hearth.library import installed, tokens
from hearth.settings import Settings
from hearth.ui import menus, single_instance
from hearth.ui.conversations_ui import ConversationActions
from hearth.ui.library_ui import LibraryActions
from hearth.ui.main_window import MainWindow
from hearth.ui.model_loader import ModelLoader
from hearth.ui.settings_dialog import SettingsDialog
from hearth.ui.welcome import WelcomeDialog

WINDOW_HELPERS = [
    ConversationActions.__init__,
    LibraryActions.__init__,
    ModelLoader.__init__,
    WelcomeDialog.__init__,
    menus.build,
    single_instance.connect_window,
    single_instance.FileOpenFilter.__init__,
]


@pytest.mark.parametrize("helper", WINDOW_HELPERS, ids=lambda f: f.__qualname__)
def test_window_helpers_take_their_collaborators_not_the_window(helper: Callable) -> None:
    """Each helper says what it uses; one given the whole MainWindow could reach anything."""
    for name, parameter in inspect.signature(helper).parameters.items():
        # The menus take the QMainWindow for its menu bar, not Hearth's MainWindow.
        assert not re.search(r"\bMainWindow\b", str(parameter.annotation)), name


def _record_threads(monkeypatch: pytest.MonkeyPatch, name: str, *modules: object) -> list[bool]:
    """Patch `name` in each module (and wherever hearth.ui imported it by name) to note,
    for each call, whether it ran on the GUI thread."""
    real = getattr(modules[0], name)
    on_gui_thread: list[bool] = []

    def recording(*args: object, **kwargs: object) -> object:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    ui_modules = [m for n, m in sys.modules.items() if n.startswith("hearth.ui.")]
    for module in [*modules, *ui_modules]:
        if getattr(module, name, None) is real:
            monkeypatch.setattr(module, name, recording)
    return on_gui_thread


def test_installed_models_are_listed_off_the_gui_thread(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    starter_model: Path,
) -> None:
    """list_installed() walks other apps' folders: never on the GUI thread."""
    calls = _record_threads(monkeypatch, "list_installed", library, installed)
    window = make_window(wait_loaded=False, first_run=True)  # the welcome needs the list too
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=10_000)
    assert window.current_model() is not None
    with qtbot.waitSignal(window.model_loader.listed, timeout=10_000):
        window.refresh_models(select=starter_model)
    assert calls and not any(calls), f"GUI-thread calls: {calls}"


def test_a_refresh_keeps_the_newest_listing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    """Two refreshes in a row: the later one's answer stands, whatever order they end in."""
    window = make_window(models=[], wait_loaded=False)
    with qtbot.waitSignal(window.model_loader.listed, timeout=10_000) as listed:
        window.refresh_models()
        window.refresh_models(select=starter_model)
    assert listed.signal_triggered
    assert window.current_model() is not None
    assert window.current_model().path == starter_model  # type: ignore[union-attr]


def test_the_keyring_is_read_off_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked keychain can block for as long as its password prompt is open."""
    tokens.set_token("sk-local", tokens.SERVE_KEY_ACCOUNT)
    reads = _record_threads(monkeypatch, "get_token", tokens)
    dialog = SettingsDialog(Settings(serve_enabled=True))
    qtbot.addWidget(dialog)
    assert not dialog.api_key.isEnabled()  # until the keyring answers: nothing typed is lost
    with qtbot.waitSignal(dialog.secrets_shown, timeout=5000):
        pass
    assert dialog.api_key.text() == "sk-local" and dialog.api_key.isEnabled()
    assert reads and not any(reads)
    assert dialog.secret_changes() is None
    dialog.api_key.setText("sk-new")
    assert dialog.changed_engine_settings()


def test_the_window_loads_only_once_it_is_shown_and_the_list_is_in(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model_loader.listed, timeout=10_000):
        pass
    assert window.current_model() is not None
    assert not window.engines.is_loading()  # not on screen yet: nothing loads
    with qtbot.waitSignal(window.engines.loading, timeout=5000):
        window.show()


def test_a_new_serve_key_is_saved_off_the_gui_thread_then_the_engine_reloads(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    writes = _record_threads(monkeypatch, "set_token", tokens)

    def accept(dialog: SettingsDialog) -> int:
        """The person waits for the saved key to show, types a new one, and presses OK."""
        with qtbot.waitSignal(dialog.secrets_shown, timeout=5000):
            pass
        dialog.api_key.setText("sk-new")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    with qtbot.waitSignal(window.engines.loaded, timeout=120_000):
        window.open_settings()
    assert writes == [False]
    assert tokens.get_token(tokens.SERVE_KEY_ACCOUNT) == "sk-new"
