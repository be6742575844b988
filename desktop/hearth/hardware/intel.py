"""Intel GPUs on Linux (Arc cards and integrated graphics) from sysfs.

Shown so the user knows what they have; llama.cpp can use them only through a
SYCL or Vulkan build, which the notes explain. Names come from the PCI device id
(sysfs carries no marketing name for Intel); the xe driver reports VRAM per tile.
"""

from __future__ import annotations

from hearth.hardware.probes import ProbeBackend
from hearth.hardware.profile import GpuInfo
from hearth.hardware.sysfs import VENDOR_INTEL, drm_cards, read_int

GIB = 1024**3

# Discrete cards: device id -> (name, VRAM bytes when every board of it has the same).
DISCRETE = {
    0x56A0: ("Intel Arc A770 Graphics", None),  # 8 GB and 16 GB boards share the id
    0x56A1: ("Intel Arc A750 Graphics", 8 * GIB),
    0x56A2: ("Intel Arc A580 Graphics", 8 * GIB),
    0x56A5: ("Intel Arc A380 Graphics", 6 * GIB),
    0x56A6: ("Intel Arc A310 Graphics", 4 * GIB),
    0x5690: ("Intel Arc A770M Graphics", 16 * GIB),
    0x5691: ("Intel Arc A730M Graphics", 12 * GIB),
    0x5692: ("Intel Arc A550M Graphics", 8 * GIB),
    0x5693: ("Intel Arc A370M Graphics", 4 * GIB),
    0x5694: ("Intel Arc A350M Graphics", 4 * GIB),
    0x56C0: ("Intel Data Center GPU Flex 170", 16 * GIB),
    0x56C1: ("Intel Data Center GPU Flex 140", 12 * GIB),
    0xE20B: ("Intel Arc B580 Graphics", 12 * GIB),
    0xE20C: ("Intel Arc B570 Graphics", 10 * GIB),
    0xE211: ("Intel Arc Pro B60 Graphics", 24 * GIB),
}

INTEGRATED = {
    0x3E92: "Intel UHD Graphics 630",
    0x3E9B: "Intel UHD Graphics 630",
    0x9BC5: "Intel UHD Graphics 630",
    0x4680: "Intel UHD Graphics 770",
    0x4690: "Intel UHD Graphics 770",
    0x4692: "Intel UHD Graphics 730",
    0xA780: "Intel UHD Graphics 770",
    0x9A49: "Intel Iris Xe Graphics",
    0x9A40: "Intel Iris Xe Graphics",
    0x46A6: "Intel Iris Xe Graphics",
    0x46A8: "Intel Iris Xe Graphics",
    0xA7A0: "Intel Iris Xe Graphics",
    0xA7A1: "Intel Iris Xe Graphics",
    0x7D55: "Intel Arc Graphics (Meteor Lake)",
    0x7DD5: "Intel Graphics (Meteor Lake)",
    0x64A0: "Intel Arc 140V/130V Graphics (Lunar Lake)",
    0x7D51: "Intel Arc 140T Graphics (Arrow Lake)",
    0xB0B0: "Intel Arc B390 Graphics (Panther Lake)",
}


def _xe_vram(backend: ProbeBackend, device_path: str) -> int | None:
    """Sum of the xe driver's per-tile VRAM sizes (i915 has no such file)."""
    total = 0
    for entry in backend.list_dir(device_path):
        if entry.startswith("tile"):
            size = read_int(backend, f"{device_path}/{entry}/physical_vram_size_bytes")
            total += size or 0
    return total or None


def probe_intel(backend: ProbeBackend) -> list[GpuInfo]:
    """Intel GPUs bound to i915 or xe."""
    gpus = []
    for index, card in enumerate(drm_cards(backend, VENDOR_INTEL)):
        if card.driver not in (None, "i915", "xe"):
            continue
        discrete = card.device_id in DISCRETE
        if discrete:
            name, table_vram = DISCRETE[card.device_id]
            vram = _xe_vram(backend, card.path) or table_vram
        else:
            name = INTEGRATED.get(card.device_id, f"Intel Graphics (device {card.device_id:#06x})")
            vram = None  # integrated: no VRAM of its own, it shares system RAM
        gpus.append(
            GpuInfo(
                vendor="intel",
                name=name,
                vram_total_bytes=vram,
                integrated=not discrete,
                unified_memory=not discrete,
                driver_version=(
                    f"{card.driver} (Linux {backend.release})" if card.driver else None
                ),
                pci_bus_id=card.slot,
                index=index,
                source="sysfs",
            )
        )
    return gpus
