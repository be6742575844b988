"""Conversation actions in the real window with the real starter model."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth.engine import ChatParams
from hearth.ui.menus import shortcut_rows
from tests.gui.test_main_window import REPLY_TIMEOUT_MS, stored, type_and_enter


def _chat(qtbot: QtBot, window, text: str) -> None:
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, text)


def test_regenerate_edit_and_delete(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.chat.default_params = ChatParams(temperature=1.0, max_tokens=24)
    _chat(qtbot, window, "Tell me a fact.")
    first = stored(window)
    last_view = window.transcript.message_views()[-1]
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        qtbot.mouseClick(last_view.buttons["regenerate"], Qt.MouseButton.LeftButton)
    again = stored(window)
    assert [m.role for m in again] == ["user", "assistant"]
    assert again[1].id != first[1].id and again[1].content

    user_view = window.transcript.message_views()[0]
    qtbot.mouseClick(user_view.buttons["edit"], Qt.MouseButton.LeftButton)
    assert window.input.toPlainText() == "Tell me a fact."
    assert stored(window) == []
    window.input.clear()
    _chat(qtbot, window, "Tell me a joke.")
    assert stored(window)[0].content == "Tell me a joke."

    reply_view = window.transcript.message_views()[-1]
    qtbot.mouseClick(reply_view.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [m.role for m in stored(window)] == ["user"]
    qtbot.waitUntil(lambda: len(window.transcript.message_views()) == 1, timeout=2000)


def test_search_open_delete_undo_and_export(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    window = make_window()
    _chat(qtbot, window, "Tell me about lighthouses")
    lighthouse = window.chat.conversation.id
    window.actions_by_name["new_chat"].trigger()
    assert window.transcript.message_views() == []
    _chat(qtbot, window, "What is bread?")
    assert window.sidebar.list.count() == 2

    qtbot.keyClicks(window.sidebar.search, "lighthouses")
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=3000)
    item = window.sidebar.list.item(0)
    assert "lighthouses" in item.text()
    window.sidebar.list.itemClicked.emit(item)
    assert window.chat.conversation.id == lighthouse
    assert "Tell me about lighthouses" in window.transcript.plain_text()
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=3000)

    window.conversations.delete(lighthouse)
    assert window.sidebar.list.count() == 1
    assert window.chat.conversation is None
    assert window.conversations.undo_button.isVisible()
    qtbot.mouseClick(window.conversations.undo_button, Qt.MouseButton.LeftButton)
    assert window.sidebar.list.count() == 2
    assert window.chat.conversation.id == lighthouse

    markdown = window.conversations.export(lighthouse, str(tmp_path / "chat.md"))
    assert markdown is not None and "Tell me about lighthouses" in markdown.read_text()
    as_json = window.conversations.export(lighthouse, str(tmp_path / "chat.json"))
    assert as_json is not None
    assert json.loads(as_json.read_text())["messages"][0]["content"] == (
        "Tell me about lighthouses"
    )


def test_long_conversation_is_trimmed_to_the_context_with_a_marker(
    qtbot: QtBot, make_window
) -> None:
    window = make_window()
    conversation = window.store.create_conversation(
        title="Long", params=ChatParams(temperature=0, max_tokens=32).to_dict(), n_ctx=512
    )
    for turn in range(6):
        window.store.add_message(conversation.id, "user", f"Question {turn}: " + "tea " * 120)
        window.store.add_message(conversation.id, "assistant", "Answer: " + "leaf " * 120)
    window.chat.open(conversation.id)
    failures: list[object] = []
    window.chat.failed.connect(failures.append)
    _chat(qtbot, window, "And now a short question?")
    assert window.engines.engine.config.n_ctx == 512  # the conversation's own context length
    assert failures == []
    assert "were left out of what it sees" in window.transcript.plain_text()
    assert stored(window)[-1].role == "assistant" and stored(window)[-1].content
    assert window.context_meter.value() <= 512


def test_thinking_is_shown_collapsed(qtbot: QtBot) -> None:
    from hearth.ui.markdown_render import MarkdownRenderer
    from hearth.ui.message_view import MessageView

    view = MessageView("assistant", "R1", MarkdownRenderer(), 1)
    qtbot.addWidget(view)
    view.show()
    view.stream_text("<think>Let me count the r's")  # still writing
    assert view.thinking_toggle.isVisible() and view.thinking_toggle.text() == "Thinking…"
    view.thinking_seconds = 12
    view.set_text("<think>Let me count the r's.</think>\n\nThere are **three**.")
    assert view.thinking_toggle.text() == "Thought for 12 s"
    assert not view.thinking_body.isVisible()
    assert view.body.toPlainText().strip() == "There are three."
    view.thinking_toggle.click()
    assert view.thinking_body.isVisible() and "count the r" in view.thinking_body.text()


def test_code_block_copy_link(qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    from hearth.ui.markdown_render import MarkdownRenderer
    from hearth.ui.message_view import MessageView

    view = MessageView("assistant", "Model", MarkdownRenderer(), 1)
    qtbot.addWidget(view)
    view.set_text("Here:\n\n```python\nprint('hi')\n```\n")
    assert "print('hi')" in view.body.toPlainText()
    view.body.anchorClicked.emit(QUrl("copy:0"))
    assert QApplication.clipboard().text() == "print('hi')\n"


def test_shortcuts_are_listed(qtbot: QtBot, make_window) -> None:
    window = make_window(wait_loaded=False)
    rows = dict((what, keys) for what, keys in shortcut_rows(window.actions_by_name))
    assert rows["New chat"] == "Ctrl+N"
    assert rows["Stop reply"] == "Esc"
    assert rows["Search chats"] == "Ctrl+F"
    assert rows["Choose model"] == "Ctrl+M"


def test_idle_model_is_unloaded_and_comes_back_on_send(qtbot: QtBot, make_window) -> None:
    window = make_window()
    pid = window.engines.engine.pid
    window._last_activity -= 31 * 60  # idle past the default 30 minutes
    with qtbot.waitSignal(window.engines.unloaded, timeout=2000):
        window._unload_if_idle()
    assert window.engines.engine is None
    assert "unloaded" in window.model_status.text()
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Hello again")
    assert window.engines.engine.pid != pid
    assert stored(window)[-1].role == "assistant"
