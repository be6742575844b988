"""The main window's pages."""

from __future__ import annotations

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
