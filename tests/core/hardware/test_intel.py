"""Intel GPUs from sysfs: integrated graphics and Arc cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hearth.hardware.intel import probe_intel
from hearth.hardware.probes import ReplayBackend

GIB = 1024**3


def test_laptop_iris_xe_beside_nvidia(replay: Callable[[str], ReplayBackend]) -> None:
    (gpu,) = probe_intel(replay("laptop-nvidia-intel"))  # the NVIDIA card is not Intel's
    assert gpu.name == "Intel Iris Xe Graphics"
    assert gpu.integrated and gpu.unified_memory
    assert gpu.vram_total_bytes is None
    assert gpu.pci_bus_id == "0000:00:02.0"
    assert gpu.driver_version == "i915 (Linux 6.9.3-76060903-generic)"


def _arc_card(root: Path, device_id: int, driver: str, tile_bytes: int | None) -> None:
    dev = root / "fs/sys/class/drm/card0/device"
    dev.mkdir(parents=True)
    (dev / "vendor").write_text("0x8086\n")
    (dev / "device").write_text(f"{device_id:#06x}\n")
    (dev / "uevent").write_text(f"DRIVER={driver}\nPCI_SLOT_NAME=0000:03:00.0\n")
    if tile_bytes is not None:
        (dev / "tile0").mkdir()
        (dev / "tile0/physical_vram_size_bytes").write_text(f"{tile_bytes}\n")


def test_arc_b580_on_xe_reports_vram_per_tile(tmp_path: Path) -> None:
    _arc_card(tmp_path, 0xE20B, "xe", 12 * GIB)
    (gpu,) = probe_intel(ReplayBackend(tmp_path))
    assert gpu.name == "Intel Arc B580 Graphics"
    assert not gpu.integrated
    assert gpu.vram_total_bytes == 12 * GIB


def test_arc_a770_on_i915_has_ambiguous_vram(tmp_path: Path) -> None:
    _arc_card(tmp_path, 0x56A0, "i915", None)
    (gpu,) = probe_intel(ReplayBackend(tmp_path))
    assert gpu.name == "Intel Arc A770 Graphics"
    assert gpu.vram_total_bytes is None  # 8 GB and 16 GB boards share the id


def test_unknown_intel_device_is_still_shown(tmp_path: Path) -> None:
    _arc_card(tmp_path, 0x1234, "i915", None)
    (gpu,) = probe_intel(ReplayBackend(tmp_path))
    assert gpu.name == "Intel Graphics (device 0x1234)"
    assert gpu.integrated
