"""HardwareProfile: JSON round trip and the GUI's memory bars."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from hearth.hardware import build_profile
from hearth.hardware.probes import ReplayBackend
from hearth.hardware.profile import GpuInfo, HardwareProfile, MemoryInfo

from .conftest import MACHINES

GIB = 1024**3


@pytest.mark.parametrize("machine", MACHINES)
def test_profile_round_trips_through_json(
    machine: str, replay: Callable[[str], ReplayBackend]
) -> None:
    profile = build_profile(replay(machine), measure_bandwidth=False)
    text = json.dumps(profile.to_dict())
    again = HardwareProfile.from_dict(json.loads(text))
    assert again == profile
    assert again.to_dict() == profile.to_dict()
    assert json.loads(text)["schema"] == 1


def test_from_dict_tolerates_missing_and_extra_keys() -> None:
    profile = HardwareProfile.from_dict(
        {"os": "linux", "gpus": [{"vendor": "nvidia", "name": "X", "new_field": 1}], "later": 2}
    )
    assert profile.arch == "unknown"
    assert profile.cpu.features == []
    assert profile.gpus[0].vram_total_bytes is None
    assert profile.gpu_offload_supported is None


def test_memory_bars_per_device_not_summed(replay: Callable[[str], ReplayBackend]) -> None:
    profile = build_profile(replay("nvidia-2gpu-rtx3090"), measure_bandwidth=False)
    bars = profile.memory_bars()
    assert [b.kind for b in bars] == ["ram", "vram", "vram"]
    ram, gpu0, gpu1 = bars
    assert ram.total_bytes == 131_654_400 * 1024
    assert ram.used_bytes == (131_654_400 - 101_839_712) * 1024
    # Another program holds 17 GB of the first card; the second is nearly empty.
    assert gpu0.used_bytes == 18_440_192_000
    assert gpu1.used_bytes == 335_544_320
    assert gpu0.total_bytes == gpu1.total_bytes == 24 * GIB


def test_memory_bars_for_unified_and_apu(replay: Callable[[str], ReplayBackend]) -> None:
    mac = build_profile(replay("mac-m1-8gb"), measure_bandwidth=False).memory_bars()
    assert [b.kind for b in mac] == ["unified", "gpu_share"]
    assert mac[0].name == "Unified memory"
    apu = build_profile(replay("amd-8700g-apu"), measure_bandwidth=False).memory_bars()
    assert [b.kind for b in apu] == ["ram", "vram", "shared"]
    assert apu[2].total_bytes == 16_302_764_032


def test_memory_bar_with_unknown_free_memory() -> None:
    profile = HardwareProfile(
        os="linux",
        os_version=None,
        arch="x86_64",
        memory=MemoryInfo(total_bytes=8 * GIB),
        gpus=[GpuInfo(vendor="intel", name="Arc", vram_total_bytes=12 * GIB)],
    )
    bars = profile.memory_bars()
    assert [(b.used_bytes, b.total_bytes) for b in bars] == [(None, 8 * GIB), (None, 12 * GIB)]
