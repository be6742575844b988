"""System memory from /proc/meminfo and from psutil values."""

from __future__ import annotations

from collections.abc import Callable

from hearth.hardware.memory import memory_from_values, parse_meminfo, probe_memory
from hearth.hardware.probes import ReplayBackend

from .conftest import FIXTURES


def test_meminfo_uses_mem_available_not_mem_free() -> None:
    info = parse_meminfo((FIXTURES / "nvidia-1gpu-rtx4090/fs/proc/meminfo").read_text())
    assert info.total_bytes == 65_470_916 * 1024
    assert info.available_bytes == 58_112_604 * 1024
    assert info.swap_total_bytes == 8_388_604 * 1024


def test_meminfo_of_old_kernels_estimates_available() -> None:
    text = "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 200 kB\n"
    assert parse_meminfo(text).available_bytes == 350 * 1024


def test_memory_values_from_psutil_on_macos(replay: Callable[[str], ReplayBackend]) -> None:
    info = probe_memory(replay("mac-m1-8gb"))
    assert info.total_bytes == 8 * 1024**3
    assert info.available_bytes == 2_785_017_856  # not "free == total"
    assert memory_from_values({}).total_bytes is None
