"""A reply cut off by CPU code this processor cannot run is asked again, in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth.hardware import cpu_code
from hearth.hardware.cpu_code import CpuCode
from tests.gui.test_main_window import answered_after_a_fallback
from tests.support.cpu_variants import expected_cpu_variant
from tests.support.trap_variant import TRAP_VARIANT, lib_dir_with_trap


def test_the_window_falls_back_and_answers(
    qtbot: QtBot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    libdir = lib_dir_with_trap(tmp_path, "trap")
    monkeypatch.setenv("LLAMA_CPP_LIB_PATH", str(libdir))
    # Chosen as if the self-test had passed it: the fault first shows in a reply.
    cpu_code._write_cache(cpu_code.fingerprint(libdir), CpuCode(variant=TRAP_VARIANT))
    window = make_window()
    assert window.engines.engine.cpu_variant == TRAP_VARIANT
    shown = answered_after_a_fallback(qtbot, window, "What is the capital of France?")
    assert f"({TRAP_VARIANT}, SIGILL)" in shown
    assert f"now uses the {cpu_code.variant_name(expected_cpu_variant())} code" in shown
    assert window.engines.engine.cpu_variant == expected_cpu_variant()
    assert not window.chat.is_busy()
    # Help > This computer shows the code in use now, and what is not used and why.
    from hearth.hardware import detect

    profile = detect()
    assert profile.llama_cpu_variant == expected_cpu_variant()
    assert profile.llama_cpu_ruled_out[TRAP_VARIANT]["kind"] == "reply_crash"
    # The cut-off reply said nothing: only the notice and the answer are shown.
    assert len(window.transcript.message_views()) == 2
