from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from hearth import settings as settings_mod
from hearth.engine import ChatParams
from hearth.library import InstalledModel
from hearth.ui.main_window import MainWindow
from tests.conftest import TEST_THREADS

LOAD_TIMEOUT_MS = 120_000


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Open the real main window (with a real engine) the way the app does."""

    def make(
        models: list[InstalledModel] | None = None,
        wait_loaded: bool = True,
        first_run: bool = False,
    ) -> MainWindow:
        # Not a first run unless asked: the welcome would cover every other test's window.
        settings = settings_mod.Settings(
            n_threads=TEST_THREADS, n_ctx=2048, welcome_done=not first_run
        )
        settings_mod.save(settings)
        window = MainWindow(models)
        window.chat.default_params = ChatParams(temperature=0, max_tokens=48)
        qtbot.addWidget(window)
        if wait_loaded:
            with qtbot.waitSignal(window.engines.loaded, timeout=LOAD_TIMEOUT_MS):
                window.show()
        else:
            window.show()
        return window

    yield make
