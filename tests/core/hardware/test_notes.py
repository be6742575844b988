"""Notes: what the profile means for the user, in sentences shown as-is."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hearth.hardware import build_profile
from hearth.hardware.notes import NoteContext, build_notes
from hearth.hardware.probes import ReplayBackend
from hearth.hardware.profile import CpuInfo, GpuInfo, HardwareNote, HardwareProfile, LlamaDevice
from hearth.hardware.sysfs import PciDevice


def notes_of(replay: Callable[[str], ReplayBackend], machine: str) -> list[str]:
    return [note.text for note in build_profile(replay(machine), measure_bandwidth=False).notes]


def texts(notes: list[HardwareNote]) -> list[str]:
    return [note.text for note in notes]


def test_nvidia_gpu_with_cpu_only_build(replay: Callable[[str], ReplayBackend]) -> None:
    profile = build_profile(replay("laptop-nvidia-intel"), measure_bandwidth=False)
    assert [(n.kind, n.params["gpu"]) for n in profile.notes] == [
        ("gpu_unused", "NVIDIA GeForce RTX 4060 Laptop GPU")
    ]
    # A profile saved as JSON keeps its notes' kinds; an older one's sentences read as "other".
    again = HardwareProfile.from_dict(json.loads(json.dumps(profile.to_dict())))
    assert again.notes == profile.notes
    assert HardwareNote.from_value("An old sentence.") == HardwareNote("other", "An old sentence.")
    notes = notes_of(replay, "laptop-nvidia-intel")
    assert len(notes) == 1  # the Iris Xe beside the RTX is not worth a warning
    assert notes[0].startswith(
        "Your NVIDIA GeForce RTX 4060 Laptop GPU is not used: this llama.cpp build has no CUDA "
        "backend"
    )
    assert "-DGGML_CUDA=on" in notes[0]


def test_an_installed_hearth_points_to_its_nvidia_download_not_pip(
    replay: Callable[[str], ReplayBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    (note,) = notes_of(replay, "laptop-nvidia-intel")
    assert note.startswith("Your NVIDIA GeForce RTX 4060 Laptop GPU is not used")
    assert 'Install "Hearth for NVIDIA"' in note
    assert "pip" not in note and "CMAKE_ARGS" not in note


def test_amd_gpu_with_cpu_only_build_on_windows(replay: Callable[[str], ReplayBackend]) -> None:
    (note,) = notes_of(replay, "windows-dxgi")
    assert note.startswith("Your AMD Radeon RX 6700 XT is not used")
    assert "ROCm or Vulkan" in note


def test_usable_gpus_need_no_warning(replay: Callable[[str], ReplayBackend]) -> None:
    for machine in ("nvidia-1gpu-rtx4090", "nvidia-2gpu-rtx3090", "amd-rx7900xtx", "nvidia-0gpu"):
        assert notes_of(replay, machine) == [], machine


def test_shared_memory_is_explained(replay: Callable[[str], ReplayBackend]) -> None:
    (mac,) = notes_of(replay, "mac-m3max-128gb")
    assert "up to 96.0 GB of your 128.0 GB" in mac
    (apu,) = notes_of(replay, "amd-8700g-apu")
    assert "AMD Radeon 780M Graphics shares system memory" in apu


def test_gpu_hidden_from_llama_cpp(machine_copy: Callable[[str], Path]) -> None:
    root = machine_copy("nvidia-2gpu-rtx3090")
    llama = root / "values/llama.json"
    text = llama.read_text()
    start = text.index('    {\n      "name": "CUDA1"')
    end = text.index('    {\n      "name": "CPU"')
    llama.write_text(text[:start] + text[end:])
    notes = build_profile(ReplayBackend(root), measure_bandwidth=False).notes
    assert any("llama.cpp can use 1 of your 2 NVIDIA GPUs" in n.text for n in notes), notes
    assert [n.kind for n in notes] == ["gpu_hidden"]


def _profile(gpus: list[GpuInfo], devices: list[LlamaDevice]) -> HardwareProfile:
    return HardwareProfile(
        os="linux", os_version=None, arch="x86_64", cpu=CpuInfo(features=["avx2"]),
        gpus=gpus, llama_devices=devices,
    )  # fmt: skip


def test_lone_integrated_gpu_is_mentioned() -> None:
    iris = GpuInfo(vendor="intel", name="Intel Iris Xe Graphics", integrated=True)
    cpu_only = [LlamaDevice(name="CPU", description="x", type="cpu")]
    (note,) = texts(build_notes(_profile([iris], cpu_only), NoteContext()))
    assert "Iris Xe Graphics is not used" in note and "gain over the CPU is often small" in note


def test_gpu_without_driver_and_with_nouveau() -> None:
    pci = [
        PciDevice("/x", 0x10DE, 0x2684, 0xA1, None, "0000:01:00.0"),
        PciDevice("/y", 0x10DE, 0x2204, 0xA1, "nouveau", "0000:02:00.0"),
        PciDevice("/z", 0x1A03, 0x2000, 0x41, "ast", "0000:05:00.0"),  # a server's BMC: ignored
    ]
    found = build_notes(_profile([], []), NoteContext(pci_devices=pci))
    assert [n.kind for n in found] == ["gpu_no_driver", "gpu_nouveau"]
    notes = texts(found)
    assert len(notes) == 2
    assert "PCI 0000:01:00.0" in notes[0] and "no driver is loaded" in notes[0]
    assert "nouveau" in notes[1]


def test_failures_and_missing_llama_cpp() -> None:
    context = NoteContext(
        failures={"nvidia": "nvidia-smi exited 9: NVIDIA-SMI has failed", "amd": "boom"},
        llama_installed=False,
    )
    found = build_notes(_profile([], []), context)
    assert [n.kind for n in found] == ["nvidia_unanswered", "llama_missing", "probes_failed"]
    notes = texts(found)
    assert notes[0].startswith("The NVIDIA driver did not answer (nvidia-smi exited 9")
    assert "llama-cpp-python package) is not installed" in notes[1]
    assert notes[2].startswith("Some hardware could not be read (amd)")


def test_cpu_without_avx2() -> None:
    profile = _profile([], [])
    profile.cpu = CpuInfo(features=["sse3", "ssse3", "avx"])
    assert [n.kind for n in build_notes(profile, NoteContext())] == ["cpu_no_avx2"]


@pytest.mark.parametrize(
    ("driver", "loaded", "expected"),
    [
        ("470.256.02", ["vulkan"], "too old for CUDA 12, which needs 525.60.13 or newer"),
        ("550.54.14", ["vulkan"], "CUDA could not start on your NVIDIA GeForce GTX 1080"),
        ("470.256.02", [], "only on the CPU"),
    ],
)
def test_a_cuda_build_on_a_driver_cuda_cannot_use(
    driver: str, loaded: list[str], expected: str
) -> None:
    """ "Hearth for NVIDIA" whose CUDA backend found no GPU: the probe loaded Vulkan
    (or nothing) instead, and the note says why and what it costs."""
    card = GpuInfo(vendor="nvidia", name="NVIDIA GeForce GTX 1080", driver_version=driver)
    vulkan = [LlamaDevice(name="Vulkan0", description="NVIDIA GeForce GTX 1080", type="gpu")]
    context = NoteContext(gpu_backends_built=["cuda", "vulkan"], gpu_backends_loaded=loaded)
    found = build_notes(_profile([card], vulkan if loaded else []), context)
    kind = "cuda_failed" if driver.startswith("550") else "cuda_driver_old"
    assert [n.kind for n in found] == [kind]
    notes = texts(found)
    assert any(expected in note for note in notes), notes
    if loaded:
        assert any("through Vulkan, which is slower" in note for note in notes)


def test_no_cuda_note_when_cuda_runs_or_is_not_built() -> None:
    card = GpuInfo(vendor="nvidia", name="NVIDIA GeForce RTX 4090", driver_version="470.1")
    cuda = [LlamaDevice(name="CUDA0", description="NVIDIA GeForce RTX 4090", type="gpu")]
    running = NoteContext(gpu_backends_built=["cuda"], gpu_backends_loaded=["cuda"])
    assert build_notes(_profile([card], cuda), running) == []
    vulkan = [LlamaDevice(name="Vulkan0", description="NVIDIA GeForce RTX 4090", type="gpu")]
    standard = NoteContext(gpu_backends_built=["vulkan"], gpu_backends_loaded=["vulkan"])
    assert build_notes(_profile([card], vulkan), standard) == []
