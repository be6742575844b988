"""Reasoning in the window: shown collapsed for every format, switched per conversation."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from hearth.library import InstalledModel
from hearth.ui.transcript import TranscriptView
from tests.gui.test_main_window import REPLY_TIMEOUT_MS, stored, type_and_enter
from tests.support.templated import CHAT_TEMPLATES, templated_starter

TEMPLATES = CHAT_TEMPLATES
HARMONY = (
    "<|channel|>analysis<|message|>The user wants a fruit.<|end|>"
    "<|start|>assistant<|channel|>final<|message|>A **pear**."
)
OPEN_THINK = "Okay, a fruit.\n</think>\n\nA **pear**."


def _stream(qtbot: QtBot, text: str, fmt: str) -> TranscriptView:
    transcript = TranscriptView()
    qtbot.addWidget(transcript)
    view = transcript.begin_reply("Model", None, fmt)  # type: ignore[arg-type]
    for at in range(0, len(text), 3):  # tags split across chunks
        transcript.append_reply(text[at : at + 3])
    transcript.end_reply("done")
    assert view.thinking_toggle.isVisibleTo(transcript)
    assert view.thinking_seconds is not None
    assert "Thought for" in view.thinking_toggle.text()
    view.thinking_toggle.setChecked(True)
    assert view.thinking_body.text() in ("The user wants a fruit.", "Okay, a fruit.")
    shown = view.body.toPlainText()
    assert shown.strip() == "A pear."
    return transcript


def test_harmony_and_forced_open_thinking_are_shown_collapsed(qtbot: QtBot) -> None:
    for text, fmt in ((HARMONY, "harmony"), (OPEN_THINK, "think_open")):
        transcript = _stream(qtbot, text, fmt)
        assert "<|" not in transcript.plain_text() and "think>" not in transcript.plain_text()


def test_a_stored_reply_is_split_by_the_format_it_was_written_in(qtbot: QtBot) -> None:
    transcript = TranscriptView()
    qtbot.addWidget(transcript)

    stored_reply = SimpleNamespace(
        id=7,
        role="assistant",
        content=HARMONY,
        model_name="gpt-oss",
        status="complete",
        stats={"reply_format": "harmony", "thinking_s": 2.0},
    )
    transcript.show_messages([stored_reply], has_earlier=False)  # type: ignore[list-item]
    view = transcript.message_views()[0]
    assert view.body.toPlainText().strip() == "A pear."
    assert view.thinking_toggle.text() == "Thought for 2 s"


def test_answer_directly_reloads_with_the_switch_and_says_so(
    qtbot: QtBot, make_window, starter_model: Path, tmp_path: Path
) -> None:
    template = TEMPLATES / "Qwen-Qwen3-0.6B.jinja"
    path = templated_starter(starter_model, template, tmp_path / "qwen3-templated.gguf")
    model = InstalledModel("qwen3-look", "Qwen3 look-alike", "Q4_1", path, 1, "imported")
    window = make_window([model])
    panel = window.conversation_panel
    assert window.engines.traits.thinking is not None and not panel.thinking.isHidden()
    choices = [panel.thinking.itemData(i) for i in range(panel.thinking.count())]
    assert choices == [None, True, False]
    assert window.engines.engine.config.template_kwargs == ()

    type_and_enter(qtbot, window, "Hi")  # starts the conversation
    qtbot.waitUntil(lambda: not window.chat.is_busy(), timeout=REPLY_TIMEOUT_MS)
    panel.thinking.setCurrentIndex(choices.index(False))
    qtbot.waitUntil(lambda: window.chat.wanted_thinking() is False, timeout=3000)
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS * 2):
        type_and_enter(qtbot, window, "Name a fruit.")
    assert window.engines.engine.config.template_kwargs == (("enable_thinking", False),)
    assert [m.role for m in stored(window)] == ["user", "assistant", "user", "assistant"]
    assert stored(window)[-1].stats["reply_format"] == "think"
