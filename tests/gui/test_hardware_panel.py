"""The Hardware panel over real detection and over a recorded machine."""

from __future__ import annotations

from pathlib import Path

import psutil
from PySide6.QtWidgets import QLabel, QProgressBar
from pytestqt.qtbot import QtBot

from hearth.hardware import build_profile
from hearth.hardware.probes import ReplayBackend
from hearth.ui.hardware_panel import HardwarePanel

FIXTURES = Path(__file__).parents[1] / "fixtures" / "hardware"


def _bars(panel: HardwarePanel) -> list[QProgressBar]:
    return panel.bars_box.findChildren(QProgressBar)


def test_panel_detects_this_machine_when_opened(qtbot: QtBot) -> None:
    panel = HardwarePanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loader.ready, timeout=30_000):
        panel.show()
    assert panel.profile is not None
    bars = _bars(panel)
    # RAM first, then what this machine's GPUs have, if any: none invented, none missed.
    assert len(bars) == len(panel.profile.memory_bars()) >= 1
    total_gb = psutil.virtual_memory().total / 1024**3
    assert f"of {total_gb:.1f} GB" in bars[0].text()
    labels = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "CPU" in labels  # llama.cpp's CPU device


def test_panel_shows_each_gpu_and_the_note_about_an_unusable_one(qtbot: QtBot) -> None:
    profile = build_profile(
        ReplayBackend(FIXTURES / "laptop-nvidia-intel"), measure_bandwidth=False
    )
    panel = HardwarePanel()
    qtbot.addWidget(panel)
    panel.show_profile(profile)
    bars = _bars(panel)
    assert len(bars) == len(profile.memory_bars()) >= 2
    assert any("RTX 4060" in label.text() for label in panel.findChildren(QLabel))
    assert profile.notes
    assert "CUDA" in panel.notes.text()
