"""Linux sysfs helpers shared by the AMD and Intel probes and the missing-driver check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearth.hardware.probes import ProbeBackend

DRM = "/sys/class/drm"
PCI_DEVICES = "/sys/bus/pci/devices"

VENDOR_NVIDIA = 0x10DE
VENDOR_AMD = 0x1002
VENDOR_INTEL = 0x8086
VENDOR_NAMES = {VENDOR_NVIDIA: "nvidia", VENDOR_AMD: "amd", VENDOR_INTEL: "intel"}


def read_int(backend: ProbeBackend, path: str) -> int | None:
    """An integer file: decimal, or hexadecimal with 0x (as sysfs ids are written)."""
    text = backend.read_text(path)
    if text is None:
        return None
    text = text.strip()
    try:
        return int(text, 16) if text.lower().startswith("0x") else int(text)
    except ValueError:
        return None


def parse_uevent(text: str | None) -> dict[str, str]:
    values = {}
    for line in (text or "").splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    return values


@dataclass(frozen=True)
class PciDevice:
    """A PCI function as sysfs shows it (a DRM card's `device`, or a bus entry)."""

    path: str  # the sysfs folder holding vendor, device, uevent, ...
    vendor_id: int
    device_id: int
    revision: int | None
    driver: str | None
    slot: str | None  # "0000:03:00.0"


def read_pci_device(backend: ProbeBackend, path: str) -> PciDevice | None:
    vendor = read_int(backend, f"{path}/vendor")
    device = read_int(backend, f"{path}/device")
    if vendor is None or device is None:
        return None
    uevent = parse_uevent(backend.read_text(f"{path}/uevent"))
    slot = uevent.get("PCI_SLOT_NAME")
    return PciDevice(
        path=path,
        vendor_id=vendor,
        device_id=device,
        revision=read_int(backend, f"{path}/revision"),
        driver=uevent.get("DRIVER"),
        slot=slot.lower() if slot else None,
    )


def drm_cards(backend: ProbeBackend, vendor_id: int | None = None) -> list[PciDevice]:
    """The PCI devices behind /sys/class/drm/cardN (connectors like card0-DP-1 skipped)."""
    cards = []
    for name in backend.list_dir(DRM):
        if not re.fullmatch(r"card\d+", name):
            continue
        device = read_pci_device(backend, f"{DRM}/{name}/device")
        if device is not None and (vendor_id is None or device.vendor_id == vendor_id):
            cards.append(device)
    return cards


def pci_display_devices(backend: ProbeBackend) -> list[PciDevice]:
    """Every display controller on the PCI bus, with or without a driver bound.

    Finds a GPU whose driver is missing, which /sys/class/drm cannot show.
    """
    found = []
    for name in backend.list_dir(PCI_DEVICES):
        path = f"{PCI_DEVICES}/{name}"
        pci_class = read_int(backend, f"{path}/class")
        # 0x03xxxx: display controllers (VGA, 3D, other).
        if pci_class is None or pci_class >> 16 != 0x03:
            continue
        device = read_pci_device(backend, path)
        if device is not None:
            found.append(
                PciDevice(
                    device.path,
                    device.vendor_id,
                    device.device_id,
                    device.revision,
                    device.driver,
                    device.slot or name.lower(),
                )
            )
    return found
