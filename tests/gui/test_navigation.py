"""The main window's pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot


def test_discover_page_opens_from_the_menu_and_lists_the_catalog(qtbot: QtBot, make_window) -> None:
    window = make_window(wait_loaded=False)
    assert window.pages.current() == "chat"
    window.actions_by_name["discover"].trigger()
    assert window.pages.current() == "discover"
    page = window.pages.page("discover")
    qtbot.waitUntil(lambda: len(page.cards) > 20, timeout=60_000)
    assert any("SmolLM2" in card.evaluation.entry.name for card in page.cards)
    window.actions_by_name["chat_page"].trigger()
    assert window.pages.current() == "chat"


def test_hub_search_page_downloads_through_the_library(
    qtbot: QtBot, make_window, starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hearth.hub import HubConnection
    from hearth.library.hub import list_model_files
    from tests.support.hub_server import HubServer

    server = HubServer().start()
    try:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        server.hub.add_file("tester/Smol-GGUF", "SmolLM2-135M-Instruct.Q4_1.gguf", starter_model)
        window = make_window(wait_loaded=False)
        window.actions_by_name["hub"].trigger()
        assert window.pages.current() == "hub"
        page = window.pages.page("hub")
        (model,) = list_model_files("tester/Smol-GGUF", conn=HubConnection(server.url, None))
        with qtbot.waitSignal(window.library.bridge().finished, timeout=60_000):
            page.download_requested.emit(model)
        assert window.pages.current() == "downloads"
        # The library is listed again on a worker (discovery walks other apps' folders).
        qtbot.waitUntil(
            lambda: any(
                m.name == "SmolLM2 135M Instruct" and m.source == "hearth" for m in window.models
            ),
            timeout=10_000,
        )
    finally:
        server.stop()
