"""The window on a GPU (lavapipe): where the layers run, and a GPU lost mid-reply."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hearth.engine.offload import OffloadFallback
from hearth.ui.messages import offload_fallback
from tests.gui.test_main_window import answered_after_a_fallback


@pytest.mark.error_logs_expected
def test_a_gpu_lost_mid_reply_is_said_and_the_reply_comes_from_the_cpu(
    qtbot: QtBot,
    make_window,
    tight_gpu: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEARTH_TEST_VK_LOSE_AFTER", "5")
    window = make_window()
    # The plan put every layer on the GPU, and the status bar says where they run.
    assert window.engines.engine.config.gpu_layers == 31
    assert "all 31 layers on Vulkan0 (llvmpipe" in window.model_status.text()
    shown = answered_after_a_fallback(qtbot, window, "What is the capital of France?")
    assert (
        "Your GPU stopped responding during the reply (vk::Queue::submit: ErrorDeviceLost)" in shown
    )
    assert "Expect about" in shown and "tokens/s instead of" in shown
    assert not window.engines.engine.config.use_gpu
    assert window.engines.engine.offload is not None
    assert window.engines.engine.offload.on_cpu_only
    qtbot.waitUntil(lambda: "on the CPU" in window.model_status.text())


def test_the_wording_of_each_gpu_fallback(qtbot: QtBot) -> None:
    fewer = offload_fallback(OffloadFallback(31, 15, "out of memory"), 80.0, 20.4)
    assert fewer == (
        "Your GPU could not hold all 31 layers of this model (out of memory). 15 run on "
        "the GPU now, the rest on the CPU. Expect about 20 tokens/s instead of 80."
    )
    none = offload_fallback(OffloadFallback(31, 0, "out of memory"), None, None)
    assert (
        none == "Your GPU could not load this model (out of memory), so it runs on the CPU alone."
    )
