"""AMD GPUs on Linux, read the way ROCm's own tools read them.

The KFD topology (/sys/class/kfd/kfd/topology/nodes/*/properties) lists the GPUs
ROCm can compute on, with their gfx target; each node is matched by PCI location
to its DRM card, whose amdgpu files give VRAM (mem_info_vram_*) and, for APUs,
the system memory the GPU maps (mem_info_gtt_*). Marketing names come from
libdrm's amdgpu.ids, as rocminfo's do.
"""

from __future__ import annotations

from hearth.hardware.probes import ProbeBackend
from hearth.hardware.profile import GpuInfo
from hearth.hardware.sysfs import VENDOR_AMD, PciDevice, drm_cards, read_int

KFD_NODES = "/sys/class/kfd/kfd/topology/nodes"
AMDGPU_IDS_PATHS = (
    "/usr/share/libdrm/amdgpu.ids",
    "/opt/amdgpu/share/libdrm/amdgpu.ids",
    "/usr/local/share/libdrm/amdgpu.ids",
)

# gfx targets that only exist as integrated GPUs (APUs).
APU_TARGETS = frozenset(
    {
        "gfx801",
        "gfx902",
        "gfx909",
        "gfx90c",
        "gfx1013",
        "gfx1033",
        "gfx1035",
        "gfx1036",
        "gfx1037",
        "gfx1103",
        "gfx1150",
        "gfx1151",
        "gfx1152",
        "gfx1153",
    }
)

# A few names for systems whose amdgpu.ids predates their GPU.
FALLBACK_NAMES = {
    0x744C: "AMD Radeon RX 7900 series",
    0x7448: "AMD Radeon Pro W7900",
    0x747E: "AMD Radeon RX 7800/7700 series",
    0x7480: "AMD Radeon RX 7600 series",
    0x7550: "AMD Radeon RX 9070 series",
    0x73BF: "AMD Radeon RX 6800/6900 series",
    0x73DF: "AMD Radeon RX 6700 series",
    0x15BF: "AMD Radeon 780M/760M Graphics",
    0x150E: "AMD Radeon 890M/880M Graphics",
    0x1586: "AMD Radeon 8060S/8050S Graphics",
    0x164E: "AMD Radeon Graphics (Ryzen 7000/9000 desktop)",
    0x74A1: "AMD Instinct MI300X",
}


def parse_properties(text: str) -> dict[str, int]:
    """KFD `properties` files: one "name value" pair per line."""
    values = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("-").isdigit():
            values[parts[0]] = int(parts[1])
    return values


def gfx_target(version: int) -> str | None:
    """KFD's gfx_target_version (e.g. 110003) as an LLVM target name (gfx1103)."""
    if version <= 0:
        return None
    major, minor, step = version // 10000, (version // 100) % 100, version % 100
    return f"gfx{major}{minor:x}{step:x}"


def pci_slot_from_location(domain: int, location_id: int) -> str:
    """KFD's location_id packs bus/device/function as (bus << 8) | (dev << 3) | fn."""
    bus, dev, fn = location_id >> 8, (location_id >> 3) & 0x1F, location_id & 0x7
    return f"{domain:04x}:{bus:02x}:{dev:02x}.{fn:x}"


def parse_amdgpu_ids(text: str) -> dict[tuple[int, int | None], str]:
    """libdrm's amdgpu.ids: "device_id,<tab>revision_id,<tab>product_name" lines."""
    names: dict[tuple[int, int | None], str] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(",", 2)]
        if len(parts) != 3:
            continue
        try:
            device, revision = int(parts[0], 16), int(parts[1], 16)
        except ValueError:
            continue
        names[(device, revision)] = parts[2]
        names.setdefault((device, None), parts[2])
    return names


def _marketing_name(backend: ProbeBackend, card: PciDevice, ids: dict) -> str | None:
    product = (backend.read_text(f"{card.path}/product_name") or "").strip()
    if product:
        return product
    return ids.get((card.device_id, card.revision)) or ids.get((card.device_id, None))


def _load_ids(backend: ProbeBackend) -> dict[tuple[int, int | None], str]:
    for path in AMDGPU_IDS_PATHS:
        text = backend.read_text(path)
        if text:
            return parse_amdgpu_ids(text)
    return {}


def _kfd_gpu_nodes(backend: ProbeBackend) -> dict[str, dict[str, int]]:
    """KFD GPU nodes keyed by PCI slot (CPU-only nodes have no SIMDs)."""
    nodes = {}
    for node in backend.list_dir(KFD_NODES):
        props = parse_properties(backend.read_text(f"{KFD_NODES}/{node}/properties") or "")
        if props.get("simd_count", 0) > 0 and props.get("vendor_id", VENDOR_AMD) == VENDOR_AMD:
            slot = pci_slot_from_location(props.get("domain", 0), props.get("location_id", 0))
            nodes[slot] = props
    return nodes


def _driver_version(backend: ProbeBackend) -> str:
    packaged = (backend.read_text("/sys/module/amdgpu/version") or "").strip()
    if packaged:
        return packaged  # the DKMS driver from AMD's installer
    return f"amdgpu (Linux {backend.release})" if backend.release else "amdgpu"


def probe_amd(backend: ProbeBackend) -> list[GpuInfo]:
    """AMD GPUs driven by amdgpu, with ROCm's view of each where KFD is present."""
    cards = [c for c in drm_cards(backend, VENDOR_AMD) if c.driver in (None, "amdgpu")]
    if not cards:
        return []
    nodes = _kfd_gpu_nodes(backend)
    ids = _load_ids(backend)
    driver = _driver_version(backend)
    gpus = []
    for index, card in enumerate(cards):
        props = nodes.get(card.slot or "", {})
        target = gfx_target(props.get("gfx_target_version", 0))
        # An APU's GPU node also carries CPU cores when the BIOS CRAT table is used.
        integrated = target in APU_TARGETS or props.get("cpu_cores_count", 0) > 0
        vram_total = read_int(backend, f"{card.path}/mem_info_vram_total")
        vram_used = read_int(backend, f"{card.path}/mem_info_vram_used")
        gtt_total = read_int(backend, f"{card.path}/mem_info_gtt_total")
        gtt_used = read_int(backend, f"{card.path}/mem_info_gtt_used")
        name = (
            _marketing_name(backend, card, ids)
            or FALLBACK_NAMES.get(card.device_id)
            or f"AMD GPU {target or hex(card.device_id)}"
        )
        gpus.append(
            GpuInfo(
                vendor="amd",
                name=name,
                vram_total_bytes=vram_total,
                vram_free_bytes=(
                    None
                    if vram_total is None or vram_used is None
                    else max(0, vram_total - vram_used)
                ),
                integrated=integrated,
                unified_memory=integrated,
                driver_version=driver,
                architecture=target,
                pci_bus_id=card.slot,
                shared_total_bytes=gtt_total,
                shared_free_bytes=(
                    None if gtt_total is None or gtt_used is None else max(0, gtt_total - gtt_used)
                ),
                index=index,
                source="sysfs",
            )
        )
    return gpus
