"""AMD on Linux: recorded KFD topology and amdgpu sysfs trees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hearth.hardware.amd import (
    gfx_target,
    parse_amdgpu_ids,
    parse_properties,
    pci_slot_from_location,
    probe_amd,
)
from hearth.hardware.probes import ReplayBackend

from .conftest import FIXTURES

GIB = 1024**3


def test_discrete_rx_7900_xtx(replay: Callable[[str], ReplayBackend]) -> None:
    (gpu,) = probe_amd(replay("amd-rx7900xtx"))
    assert gpu.vendor == "amd"
    assert gpu.name == "AMD Radeon RX 7900 XTX"
    assert gpu.architecture == "gfx1100"
    assert gpu.vram_total_bytes == 25_753_026_560
    assert gpu.vram_free_bytes == 25_753_026_560 - 1_374_928_896
    assert not gpu.integrated and not gpu.unified_memory
    assert gpu.pci_bus_id == "0000:03:00.0"
    assert gpu.driver_version == "amdgpu (Linux 6.8.0-51-generic)"


def test_apu_ryzen_8700g(replay: Callable[[str], ReplayBackend]) -> None:
    (gpu,) = probe_amd(replay("amd-8700g-apu"))
    assert gpu.name == "AMD Radeon 780M Graphics"
    assert gpu.architecture == "gfx1103"
    assert gpu.integrated and gpu.unified_memory
    # A small carve-out of "VRAM" plus system memory mapped through GTT.
    assert gpu.vram_total_bytes == 512 * 1024**2
    assert gpu.shared_total_bytes == 16_302_764_032
    assert gpu.shared_free_bytes == 16_302_764_032 - 81_920_000
    assert gpu.pci_bus_id == "0000:0e:00.0"


def test_no_amd_card_means_no_amd_gpu(replay: Callable[[str], ReplayBackend]) -> None:
    assert probe_amd(replay("laptop-nvidia-intel")) == []
    assert probe_amd(replay("nvidia-1gpu-rtx4090")) == []


def test_name_without_amdgpu_ids_falls_back(machine_copy: Callable[[str], Path]) -> None:
    root = machine_copy("amd-rx7900xtx")
    (root / "fs/usr/share/libdrm/amdgpu.ids").unlink()
    (gpu,) = probe_amd(ReplayBackend(root))
    assert gpu.name == "AMD Radeon RX 7900 series"


def test_card_without_kfd_still_shown(machine_copy: Callable[[str], Path]) -> None:
    root = machine_copy("amd-rx7900xtx")
    for node in ("0", "1"):
        (root / f"fs/sys/class/kfd/kfd/topology/nodes/{node}/properties").unlink()
    (gpu,) = probe_amd(ReplayBackend(root))
    assert gpu.architecture is None
    assert gpu.vram_total_bytes == 25_753_026_560


@pytest.mark.parametrize(
    ("version", "target"),
    [
        (110000, "gfx1100"),
        (110003, "gfx1103"),
        (110501, "gfx1151"),
        (90010, "gfx90a"),
        (90402, "gfx942"),
        (100300, "gfx1030"),
        (120001, "gfx1201"),
        (0, None),
    ],
)
def test_gfx_target_names(version: int, target: str | None) -> None:
    assert gfx_target(version) == target


def test_kfd_properties_and_location() -> None:
    text = (FIXTURES / "amd-rx7900xtx/fs/sys/class/kfd/kfd/topology/nodes/1/properties").read_text()
    props = parse_properties(text)
    assert props["simd_count"] == 192
    assert props["device_id"] == 0x744C
    assert pci_slot_from_location(props["domain"], props["location_id"]) == "0000:03:00.0"
    assert pci_slot_from_location(1, (0xC1 << 8) | (0x1F << 3) | 7) == "0001:c1:1f.7"


def test_amdgpu_ids_by_revision_then_by_device() -> None:
    ids = parse_amdgpu_ids((FIXTURES / "amd-rx7900xtx/fs/usr/share/libdrm/amdgpu.ids").read_text())
    assert ids[(0x744C, 0xC8)] == "AMD Radeon RX 7900 XTX"
    assert ids[(0x744C, 0xCC)] == "AMD Radeon RX 7900 XT"
    assert ids[(0x744C, None)] == "AMD Radeon RX 7900 XTX"
