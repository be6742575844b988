"""Hardware notes and memory bars worded by the window from their kinds (#14)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest

from hearth.hardware import build_profile
from hearth.hardware.notes import NoteContext, build_notes
from hearth.hardware.probes import ReplayBackend
from hearth.hardware.profile import (
    CpuInfo,
    GpuInfo,
    HardwareNote,
    HardwareProfile,
    MemoryBarKind,
    NoteKind,
)
from hearth.hardware.sysfs import PciDevice
from hearth.ui.hardware_wordings import BAR_WORDINGS, NOTE_WORDINGS, bar_label, note_text

MACHINES = ["laptop-nvidia-intel", "mac-m1-8gb", "amd-8700g-apu", "nvidia-2gpu-rtx3090"]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "hardware"


@pytest.fixture
def replay() -> Callable[[str], ReplayBackend]:
    """A recorded machine (tests/fixtures/hardware) through the live parsing code."""
    return lambda name: ReplayBackend(FIXTURES / name)


def test_every_note_and_bar_kind_has_a_wording() -> None:
    assert set(NOTE_WORDINGS) == set(get_args(NoteKind))
    assert set(BAR_WORDINGS) == set(get_args(MemoryBarKind))


def _every_kind_of_note() -> list[HardwareNote]:
    profile = HardwareProfile(
        os="linux", os_version=None, arch="x86_64", cpu=CpuInfo(features=["sse4_2"]),
        gpus=[GpuInfo(vendor="nvidia", name="NVIDIA GeForce GTX 1080", driver_version="470.1")],
    )  # fmt: skip
    context = NoteContext(
        failures={"nvidia": "nvidia-smi exited 9", "amd": "timed out"},
        llama_installed=False,
        pci_devices=[
            PciDevice("/x", 0x10DE, 0x2684, 0xA1, None, "0000:01:00.0"),
            PciDevice("/y", 0x10DE, 0x2204, 0xA1, "nouveau", "0000:02:00.0"),
        ],
        rosetta=True,
        gpu_backends_built=["cuda", "vulkan"],
        gpu_backends_loaded=["vulkan"],
    )
    return build_notes(profile, context)


def test_each_note_reads_whole_in_the_window(
    replay: Callable[[str], ReplayBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _every_kind_of_note()
    for machine in MACHINES:
        notes += build_profile(replay(machine), measure_bandwidth=False).notes
    kinds = {n.kind for n in notes}
    assert kinds >= {"rosetta", "gpu_unused", "cuda_driver_old", "gpu_nouveau", "cpu_no_avx2"}
    for frozen in (False, True):
        monkeypatch.setattr(sys, "frozen", frozen, raising=False)
        for note in notes:
            text = note_text(note)
            assert text and not re.search(r"\{[a-z_]+\}", text), text
            # The names and figures of the core's sentence are in the window's too.
            for value in note.params.values():
                if isinstance(value, str) and value and note.kind != "gpu_unused":
                    assert value in text or value in ("vulkan", "cpu", "nvidia", "amd"), text
    unused = next(n for n in notes if n.kind == "gpu_unused")
    assert "Hearth for NVIDIA" in note_text(unused)  # frozen: the installer's download
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    assert "-DGGML_CUDA=on" in note_text(unused)  # from source: the pip command


def test_an_older_profiles_sentence_is_shown_as_it_is() -> None:
    assert note_text(HardwareNote("other", "Saved by Hearth 0.0.9.")) == "Saved by Hearth 0.0.9."


def test_memory_bars_are_named_by_kind(replay: Callable[[str], ReplayBackend]) -> None:
    mac = build_profile(replay("mac-m1-8gb"), measure_bandwidth=False).memory_bars()
    assert [(b.kind, bar_label(b)) for b in mac] == [
        ("unified", "Unified memory"),
        ("gpu_share", "Apple M1 GPU (GPU share)"),
    ]
    apu = build_profile(replay("amd-8700g-apu"), measure_bandwidth=False).memory_bars()
    assert apu[0].kind == "ram" and "shared" in [b.kind for b in apu]
    assert bar_label(apu[0]) == "System memory (RAM)"
