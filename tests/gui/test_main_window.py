"""The real window, the real starter model, driven by keyboard and mouse."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth.engine import ChatParams
from hearth.hardware.speed_samples import MIN_TOKENS, load_samples
from hearth.library.installed import describe
from hearth.ui.chat_input import ChatInput

REPLY_TIMEOUT_MS = 90_000
LONG_PROMPT = "Write a very long story about a lighthouse keeper."


def type_and_enter(qtbot: QtBot, window, text: str) -> None:
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def stored(window) -> list:
    assert window.chat.conversation is not None
    return window.store.messages(window.chat.conversation.id)


def answered_after_a_fallback(qtbot: QtBot, window, question: str) -> str:
    """Ask `question` of an engine that will die mid-reply: the window falls back
    and the reply completes, with no failure said. What the transcript shows."""
    failures: list[object] = []
    window.chat.failed.connect(failures.append)
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS * 2):
        type_and_enter(qtbot, window, question)
    assert failures == []
    messages = stored(window)
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[1].content.strip() and messages[1].status == "complete"
    return window.transcript.plain_text()


def test_enter_sends_and_shift_enter_adds_a_line(qtbot: QtBot) -> None:
    box = ChatInput()
    qtbot.addWidget(box)
    sent: list[str] = []
    box.submitted.connect(lambda: sent.append(box.toPlainText()))
    qtbot.keyClicks(box, "first line")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "second")
    assert sent == []
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert sent == ["first line\nsecond"]


def test_input_grows_with_its_text_up_to_a_limit(qtbot: QtBot) -> None:
    box = ChatInput()
    box.resize(400, 100)
    qtbot.addWidget(box)
    box.show()
    empty = box.height()
    box.setPlainText("one\ntwo\nthree\nfour")
    four_lines = box.height()
    box.setPlainText("\n".join(str(n) for n in range(40)))
    assert empty < four_lines < box.height()
    assert box.height() <= 8 * box.fontMetrics().lineSpacing() + 40


def test_hello_streams_a_reply_and_keeps_it(qtbot: QtBot, make_window) -> None:
    window = make_window()
    assert window.model_picker.currentText() == "SmolLM2 135M Instruct · Q4_1"
    assert "ready" in window.model_status.text()
    chunks: list[str] = []
    window.streamer.text_ready.connect(chunks.append)
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Hello")
        assert window.input.toPlainText() == ""
        assert window.stop_button.isEnabled()
    reply = "".join(chunks)
    assert reply.strip()
    text = window.transcript.plain_text()
    assert "Hello" in text and "SmolLM2 135M Instruct · Q4_1" in text
    messages = stored(window)
    assert [(m.role, m.status) for m in messages] == [
        ("user", "complete"),
        ("assistant", "complete"),
    ]
    assert messages[1].content == reply
    assert messages[1].model_name == "SmolLM2 135M Instruct · Q4_1"
    # Tokens arrive batched for the screen: at least one per batch.
    assert messages[1].stats["tokens"] >= len(chunks) > 0
    assert "tokens/s" in window.speed_status.text()
    # The reply teaches the planner this machine's speed (#16), off the GUI thread.
    if messages[1].stats["tokens"] >= MIN_TOKENS:
        qtbot.waitUntil(lambda: len(load_samples()) == 1, timeout=30_000)
        (sample,) = load_samples()
        assert sample.model == "SmolLM2-135M-Instruct.Q4_1.gguf"
        assert sample.decode_tps == pytest.approx(messages[1].stats["tokens_per_s"], rel=0.01)
        assert sample.predicted_decode_tps > 0 and sample.gpu_layers == 0
    else:
        assert load_samples() == []
    assert not window.stop_button.isEnabled()
    assert window.sidebar.list.count() == 1
    assert "Hello" in window.sidebar.list.item(0).text()
    assert 0 < window.context_meter.value() <= window.context_meter.maximum() == 2048


def test_message_typed_while_loading_is_sent_once_loaded(qtbot: QtBot, make_window) -> None:
    window = make_window(wait_loaded=False)
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Hi there")
    assert [m.role for m in stored(window)] == ["user", "assistant"]


def test_stop_mid_reply_then_the_next_message_works(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.chat.default_params = ChatParams(max_tokens=1500)
    type_and_enter(qtbot, window, LONG_PROMPT)
    qtbot.waitUntil(lambda: len(window.transcript.reply_text()) > 20, timeout=REPLY_TIMEOUT_MS)
    started = time.perf_counter()
    with qtbot.waitSignal(window.streamer.finished, timeout=2000) as stopped:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - started < 0.5
    assert stopped.args[0].cancelled
    kept = stored(window)[-1]
    assert (kept.role, kept.status) == ("assistant", "stopped") and kept.content
    assert "stopped" in window.transcript.message_views()[-1].details.text()

    window.chat.update_settings(params=ChatParams(temperature=0, max_tokens=16).to_dict())
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Thanks!")
    assert stored(window)[-1].role == "assistant" and stored(window)[-1].content


@pytest.mark.error_logs_expected
def test_broken_model_file_shows_a_message_and_the_window_stays(
    qtbot: QtBot, make_window, tmp_path: Path
) -> None:
    broken = tmp_path / "Broken-Model-Q4_K_M.gguf"
    broken.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 128)
    window = make_window([describe(broken, "hearth")], wait_loaded=False)
    qtbot.waitUntil(window.banner.isVisible, timeout=60_000)
    assert "could not be loaded" in window.banner_text.text()
    assert "Broken-Model-Q4_K_M.gguf" in window.banner_text.text()
    assert "not loaded" in window.model_status.text()
    assert window.isVisible()
    qtbot.keyClicks(window.input, "still here")
    assert window.input.toPlainText() == "still here"


@pytest.mark.error_logs_expected
def test_engine_killed_mid_reply_keeps_the_text_and_reload_works(qtbot: QtBot, make_window) -> None:
    window = make_window()
    window.chat.default_params = ChatParams(max_tokens=1500)
    type_and_enter(qtbot, window, LONG_PROMPT)
    qtbot.waitUntil(lambda: len(window.transcript.reply_text()) > 20, timeout=REPLY_TIMEOUT_MS)
    with qtbot.waitSignal(window.streamer.failed, timeout=10_000):
        window.engines.engine.kill()
    partial = stored(window)[-1]
    assert (partial.role, partial.status) == ("assistant", "interrupted")
    assert len(partial.content) > 20
    assert partial.content in window.transcript.plain_text()
    assert "interrupted" in window.transcript.message_views()[-1].details.text()
    # Killed, not a crash of its CPU code (that would be retried on other code, once):
    # the window says so as soon as the engine's exit is checked.
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert window.reload_button.isVisible()
    assert "stopped unexpectedly" in window.model_status.text()

    with qtbot.waitSignal(window.engines.loaded, timeout=120_000):
        qtbot.mouseClick(window.reload_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    window.chat.update_settings(params=ChatParams(temperature=0, max_tokens=16).to_dict())
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Are you back?")
    assert stored(window)[-1].role == "assistant"


def test_switching_models_loads_the_new_one_and_the_next_reply_uses_it(
    qtbot: QtBot, make_window, starter_model: Path
) -> None:
    import shutil

    from hearth import paths, settings
    from hearth.library import list_installed

    shutil.copyfile(starter_model, paths.models_dir() / "Second-Model-Q4_1.gguf")
    window = make_window(list_installed())
    assert window.model_picker.count() == 2
    with qtbot.waitSignal(window.engines.loaded, timeout=120_000) as loaded:
        window.model_picker.setCurrentIndex(1)
    assert loaded.args == ["Second Model · Q4_1"]
    assert "Second Model" in window.model_status.text()
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Hello")
    assert stored(window)[-1].model_name == "Second Model · Q4_1"
    assert "Second Model · Q4_1" in window.transcript.plain_text()
    assert settings.load().last_model == "second-model-q4-1"


def test_a_draft_survives_a_crash(qtbot: QtBot, make_window) -> None:
    from hearth.ui.draft import DraftKeeper

    window = make_window(wait_loaded=False)
    qtbot.keyClicks(window.input, "half a thought")
    qtbot.waitUntil(window.draft.path.exists, timeout=3000)
    assert window.draft.path.read_text(encoding="utf-8") == "half a thought"
    # A new input box (as after a crash and a restart) brings the draft back.
    box = ChatInput()
    qtbot.addWidget(box)
    DraftKeeper(box)
    assert box.toPlainText() == "half a thought"
    window.input.clear()
    qtbot.waitUntil(lambda: not window.draft.path.exists(), timeout=3000)


def test_the_app_icon_renders_at_menu_and_taskbar_sizes(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon

    from hearth.resources import icon_path

    icon = QIcon(str(icon_path()))
    for size in (16, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the flame's centre is opaque, the corner transparent.
        assert image.pixelColor(size // 2, size * 2 // 3).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0


def test_a_reply_queued_behind_another_apps_request_says_so(qtbot: QtBot, make_window) -> None:
    import threading

    from hearth.engine import stream_chat

    window = make_window()
    engine = window.engines.engine
    other = stream_chat(engine.base_url, [{"role": "user", "content": LONG_PROMPT}],
                        ChatParams(max_tokens=120), engine.secret)  # fmt: skip
    pieces = iter(other)
    next(pieces)  # the other request is generating
    rest = threading.Thread(target=lambda: list(pieces))
    rest.start()
    with qtbot.waitSignal(window.streamer.finished, timeout=REPLY_TIMEOUT_MS):
        type_and_enter(qtbot, window, "Hello")
        qtbot.waitUntil(
            lambda: "Waiting for another app" in window.model_status.text(), timeout=10_000
        )
    rest.join(60)
    assert other.stats.finish_reason in ("stop", "length")  # not cut off by the window
    assert stored(window)[-1].content and "ready" in window.model_status.text()


def test_a_draft_that_cannot_be_saved_is_said_once(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from hearth.ui.draft import DraftKeeper

    box = QPlainTextEdit()
    qtbot.addWidget(box)
    keeper = DraftKeeper(box)
    keeper.path.mkdir()  # where the file should go, a folder: saving fails
    said: list[str] = []
    keeper.save_failed.connect(said.append)
    for text in ("a", "ab"):
        box.setPlainText(text)
        keeper.save()
    assert len(said) == 1 and "cannot be kept" in said[0]
