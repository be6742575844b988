"""detect(): whole recorded machines, broken and hanging probes, and this machine for real."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psutil
import pytest

from hearth.hardware import build_profile, detect
from hearth.hardware.probes import CommandResult, LiveBackend, ReplayBackend

from .conftest import FIXTURES

GIB = 1024**3


@pytest.mark.parametrize(
    ("machine", "os_name", "arch", "gpus", "llama_gpus"),
    [
        ("nvidia-0gpu", "linux", "x86_64", [], 0),
        ("nvidia-1gpu-rtx4090", "linux", "x86_64", [("nvidia", "NVIDIA GeForce RTX 4090")], 1),
        (
            "nvidia-2gpu-rtx3090",
            "linux",
            "x86_64",
            [("nvidia", "NVIDIA GeForce RTX 3090"), ("nvidia", "NVIDIA GeForce RTX 3090")],
            2,
        ),
        (
            "laptop-nvidia-intel",
            "linux",
            "x86_64",
            [("nvidia", "NVIDIA GeForce RTX 4060 Laptop GPU"), ("intel", "Intel Iris Xe Graphics")],
            0,
        ),
        ("amd-rx7900xtx", "linux", "x86_64", [("amd", "AMD Radeon RX 7900 XTX")], 1),
        ("amd-8700g-apu", "linux", "x86_64", [("amd", "AMD Radeon 780M Graphics")], 1),
        ("mac-m1-8gb", "macos", "arm64", [("apple", "Apple M1 GPU")], 1),
        ("mac-m3max-128gb", "macos", "arm64", [("apple", "Apple M3 Max GPU")], 1),
        (
            "windows-dxgi",
            "windows",
            "x86_64",
            [("amd", "AMD Radeon RX 6700 XT"), ("intel", "Intel(R) UHD Graphics 770")],
            0,
        ),
        ("linux-arm64-graviton3", "linux", "arm64", [], 0),
    ],
)
def test_recorded_machines(
    machine: str,
    os_name: str,
    arch: str,
    gpus: list[tuple[str, str]],
    llama_gpus: int,
    replay: Callable[[str], ReplayBackend],
) -> None:
    profile = build_profile(replay(machine), measure_bandwidth=False)
    assert (profile.os, profile.arch) == (os_name, arch)
    assert [(g.vendor, g.name) for g in profile.gpus] == gpus
    assert len(profile.llama_gpu_devices()) == llama_gpus
    assert profile.unknown == []
    assert profile.cpu.brand and profile.cpu.logical_cores and profile.memory.total_bytes
    assert any(d.type == "cpu" for d in profile.llama_devices)


def test_mac_profile_is_one_memory_budget(replay: Callable[[str], ReplayBackend]) -> None:
    profile = build_profile(replay("mac-m1-8gb"), measure_bandwidth=False)
    (gpu,) = profile.gpus
    assert gpu.vram_free_bytes == profile.memory.available_bytes == 2_785_017_856
    assert gpu.bandwidth_gbps == 68.25
    assert profile.memory.bandwidth_gbps == 68.25 and profile.memory.bandwidth_source == "table"


def test_integrated_gpu_without_table_entry_reads_ram_speed(
    replay: Callable[[str], ReplayBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hearth.hardware import bandwidth

    monkeypatch.setattr(bandwidth, "measure_copy_bandwidth", lambda *a, **k: 61.0)
    profile = build_profile(replay("amd-8700g-apu"))
    assert profile.memory.bandwidth_gbps == 61.0
    assert profile.gpus[0].bandwidth_gbps == 61.0


class Hostile(ReplayBackend):
    """A machine where reading anything raises or hangs."""

    def __init__(self, root: Path, mode: str) -> None:
        super().__init__(root)
        self.mode = mode

    def _trouble(self) -> None:
        if self.mode == "hang":
            time.sleep(30)
        raise OSError("the driver crashed")

    def read_text(self, path: str) -> str | None:
        self._trouble()
        return None

    def list_dir(self, path: str) -> list[str]:
        self._trouble()
        return []

    def run(self, argv: Sequence[str], timeout: float = 4.0) -> CommandResult:
        self._trouble()
        raise AssertionError

    def values(self, name: str, collect: Callable[[], Any]) -> Any:
        self._trouble()


@pytest.mark.parametrize("machine", ["laptop-nvidia-intel", "mac-m1-8gb", "windows-dxgi"])
def test_every_probe_broken_still_returns_a_profile(
    machine: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hearth.hardware"):
        profile = build_profile(Hostile(FIXTURES / machine, "raise"), measure_bandwidth=False)
    assert profile.gpus == []
    assert profile.cpu.brand is None and profile.memory.total_bytes is None
    assert "llama.cpp" in profile.unknown and "memory" in profile.unknown
    assert any("Hardware probe" in r.getMessage() for r in caplog.records)
    assert all(r.levelno == logging.WARNING for r in caplog.records)
    assert any("could not" in note.text for note in profile.notes)


def test_hanging_probes_time_out(caplog: pytest.LogCaptureFixture) -> None:
    timeouts = dict.fromkeys(
        ("sysctl", "cpu", "memory", "nvidia", "amd", "intel", "pci", "llama.cpp", "bandwidth"),
        0.3,
    )
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="hearth.hardware"):
        profile = build_profile(
            Hostile(FIXTURES / "laptop-nvidia-intel", "hang"),
            measure_bandwidth=False,
            timeouts=timeouts,
        )
    # Probes run in parallel, so the limits do not add up.
    assert time.monotonic() - started < 3
    assert {"nvidia", "amd", "intel", "memory", "llama.cpp"} <= set(profile.unknown)
    assert any("did not answer within 0.3 s" in r.getMessage() for r in caplog.records)


def test_a_bug_in_assembly_is_contained(
    replay: Callable[[str], ReplayBackend],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from hearth.hardware import detector as detect_module

    def broken(*args: object) -> list[str]:
        raise KeyError("oops")

    monkeypatch.setattr(detect_module, "build_notes", broken)
    profile = build_profile(replay("nvidia-0gpu"), measure_bandwidth=False)
    assert profile.unknown == ["all"]
    assert profile.detect_seconds is not None


def test_detect_is_cached_for_the_session() -> None:
    first = detect()
    assert detect() is first
    again = detect(refresh=True)
    assert again is not first
    assert detect() is again


# ------------------------------------------------------------------ this machine, for real


def _meminfo_total() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no MemTotal")


@pytest.mark.skipif(not Path("/proc/meminfo").exists(), reason="Linux only")
def test_live_profile_of_this_machine() -> None:
    profile = detect()
    assert profile.os == "linux"
    assert profile.cpu.logical_cores == os.cpu_count()
    assert profile.cpu.physical_cores == psutil.cpu_count(logical=False)
    assert profile.memory.total_bytes == _meminfo_total()
    assert 0 < (profile.memory.available_bytes or 0) <= profile.memory.total_bytes
    assert profile.cpu.brand
    assert profile.unknown == []
    # llama.cpp's own CPU backend is there.
    assert "CPU" in [d.name for d in profile.llama_devices if d.type == "cpu"]
    assert profile.gpu_offload_supported is not None


@pytest.mark.skipif(not Path("/proc/meminfo").exists(), reason="Linux only")
def test_live_profile_invents_no_gpu() -> None:
    profile = detect()
    has_nvidia = Path("/dev/nvidiactl").exists()
    has_drm = Path("/sys/class/drm").exists() and any(
        p.name.startswith("card") for p in Path("/sys/class/drm").iterdir()
    )
    if not has_nvidia and not has_drm:
        assert profile.gpus == []
        assert profile.llama_gpu_devices() == []
        assert profile.gpu_offload_supported is False
    for gpu in profile.gpus:  # on a GPU machine: every GPU has a name and memory
        assert gpu.name and gpu.vram_total_bytes


def test_live_detect_is_fast_once_bandwidth_is_cached() -> None:
    detect()  # may measure the memory bandwidth once and cache it
    started = time.perf_counter()
    profile = detect(refresh=True)
    elapsed = time.perf_counter() - started
    assert profile.memory.bandwidth_source == "measured"
    assert elapsed < 1.0, f"detect() took {elapsed:.2f} s"


def test_live_backend_timeouts_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    """A live probe that hangs (here: the llama.cpp child) becomes unknown in time."""
    from hearth.hardware import llama_backends

    def hang(timeout: float = 10.0) -> dict[str, Any]:
        time.sleep(30)
        return {}

    monkeypatch.setattr(llama_backends, "collect_llama", hang)
    started = time.monotonic()
    profile = build_profile(LiveBackend(), measure_bandwidth=False, timeouts={"llama.cpp": 0.3})
    assert time.monotonic() - started < 3
    assert "llama.cpp" in profile.unknown
    assert profile.llama_devices == [] and profile.gpu_offload_supported is None
    assert profile.memory.total_bytes  # the other probes still answered
