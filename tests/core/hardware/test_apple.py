"""Apple Silicon: recorded sysctl values, Metal's working set, unified memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hearth.hardware import build_profile
from hearth.hardware.apple import (
    apply_unified_free,
    gpus_from_sysctl,
    metal_working_set,
    parse_sysctl,
    read_sysctl,
)
from hearth.hardware.probes import ReplayBackend
from hearth.hardware.profile import MemoryInfo

GIB = 1024**3


def test_m1_8gb_gpu_gets_two_thirds(replay: Callable[[str], ReplayBackend]) -> None:
    values = read_sysctl(replay("mac-m1-8gb"))
    assert values["hw.memsize"] == "8589934592"
    (gpu,) = gpus_from_sysctl(values)
    assert gpu.name == "Apple M1 GPU"
    assert gpu.vendor == "apple" and gpu.integrated and gpu.unified_memory
    assert gpu.vram_total_bytes == 8 * GIB * 2 // 3  # Metal reports 5461.33 MB
    assert gpu.driver_version == "macOS 14.6.1"


def test_m3_max_128gb_gpu_gets_three_quarters(replay: Callable[[str], ReplayBackend]) -> None:
    (gpu,) = gpus_from_sysctl(read_sysctl(replay("mac-m3max-128gb")))
    assert gpu.name == "Apple M3 Max GPU"
    assert gpu.vram_total_bytes == 96 * GIB  # Metal reports 98304 MB


def test_wired_limit_overrides_the_default(machine_copy: Callable[[str], Path]) -> None:
    root = machine_copy("mac-m3max-128gb")
    out = root / "commands/sysctl.out"
    out.write_text(
        out.read_text().replace("iogpu.wired_limit_mb: 0", "iogpu.wired_limit_mb: 122880")
    )
    (gpu,) = gpus_from_sysctl(read_sysctl(ReplayBackend(root)))
    assert gpu.vram_total_bytes == 120 * GIB


@pytest.mark.parametrize(
    ("memsize_gib", "limit_mb", "expected"),
    [
        (16, None, 16 * GIB * 2 // 3),
        (32, 0, 32 * GIB * 2 // 3),
        (36, None, 24 * GIB),
        (48, None, 36 * GIB),
        (64, None, 48 * GIB),
        (64, 57344, 56 * GIB),
        (8, 999999, 8 * GIB),  # never more than the RAM itself
    ],
)
def test_metal_working_set(memsize_gib: int, limit_mb: int | None, expected: int) -> None:
    assert metal_working_set(memsize_gib * GIB, limit_mb) == expected


def test_gpu_free_memory_is_bounded_by_available_ram(
    replay: Callable[[str], ReplayBackend],
) -> None:
    (gpu,) = gpus_from_sysctl(read_sysctl(replay("mac-m1-8gb")))
    apply_unified_free(gpu, MemoryInfo(total_bytes=8 * GIB, available_bytes=2 * GIB))
    assert gpu.vram_free_bytes == 2 * GIB  # not "free == total"
    apply_unified_free(gpu, MemoryInfo(total_bytes=8 * GIB, available_bytes=7 * GIB))
    assert gpu.vram_free_bytes == gpu.vram_total_bytes


def test_intel_mac_has_no_apple_gpu() -> None:
    values = parse_sysctl(
        "hw.memsize: 17179869184\nmachdep.cpu.brand_string: Intel(R) Core(TM) i7-9750H CPU @ "
        "2.60GHz\nhw.optional.avx2_0: 1\n"
    )
    assert gpus_from_sysctl(values) == []


def test_rosetta_is_noticed(machine_copy: Callable[[str], Path]) -> None:
    root = machine_copy("mac-m1-8gb")
    out = root / "commands/sysctl.out"
    out.write_text(
        out.read_text().replace("sysctl.proc_translated: 0", "sysctl.proc_translated: 1")
    )
    (root / "machine.json").write_text('{"system": "Darwin", "machine": "x86_64"}')
    profile = build_profile(ReplayBackend(root), measure_bandwidth=False)
    assert profile.arch == "arm64"
    assert [n.kind for n in profile.notes if "Rosetta" in n.text] == ["rosetta"]
