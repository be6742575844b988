"""Apple Silicon: the chip, and how much of its unified memory Metal lets the GPU use.

Everything comes from one `sysctl` call. RAM and VRAM are one budget here: the
GPU's share is Metal's recommended working set (about 2/3 of RAM up to 36 GB,
3/4 above), which `sudo sysctl iogpu.wired_limit_mb=N` overrides, and what is
free for it can never exceed what the system has available.
"""

from __future__ import annotations

from hearth.hardware.probes import ProbeBackend
from hearth.hardware.profile import GpuInfo, MemoryInfo

GIB = 1024**3
MIB = 1024**2

SYSCTL_KEYS = (
    "hw.memsize",
    "hw.optional.arm64",
    "machdep.cpu.brand_string",
    "iogpu.wired_limit_mb",
    "hw.model",
    "hw.physicalcpu",
    "hw.logicalcpu",
    "hw.nperflevels",
    "hw.perflevel0.physicalcpu",
    "hw.perflevel1.physicalcpu",
    "hw.optional.neon",
    "hw.optional.arm.FEAT_DotProd",
    "hw.optional.arm.FEAT_FP16",
    "hw.optional.arm.FEAT_I8MM",
    "hw.optional.arm.FEAT_BF16",
    "hw.optional.arm.FEAT_SME",
    "hw.optional.avx1_0",
    "hw.optional.avx2_0",
    "hw.optional.fma",
    "hw.optional.avx512f",
    "sysctl.proc_translated",
    "kern.osproductversion",
)


def parse_sysctl(text: str) -> dict[str, str]:
    """`sysctl name1 name2 ...` output: "name: value" lines (unknown names are skipped)."""
    values = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            values[key.strip()] = value.strip()
    return values


def read_sysctl(backend: ProbeBackend) -> dict[str, str]:
    """The sysctl values Hearth uses, in one command.

    sysctl exits non-zero when a name is unknown on this Mac (iogpu.wired_limit_mb
    before macOS 14, the hw.optional.arm.* names on Intel) yet prints the rest.
    """
    result = backend.run(["sysctl", *SYSCTL_KEYS])
    return parse_sysctl(result.stdout)


def _int(values: dict[str, str], key: str) -> int | None:
    raw = values.get(key, "").strip()
    return int(raw) if raw.lstrip("-").isdigit() else None


def is_apple_silicon(values: dict[str, str]) -> bool:
    return _int(values, "hw.optional.arm64") == 1


def metal_working_set(memsize: int, wired_limit_mb: int | None = None) -> int:
    """Bytes Metal recommends the GPU keep resident (recommendedMaxWorkingSetSize)."""
    if wired_limit_mb and wired_limit_mb > 0:
        return min(wired_limit_mb * MIB, memsize)
    if memsize <= 36 * GIB:
        return memsize * 2 // 3
    return memsize * 3 // 4


def chip_name(values: dict[str, str]) -> str | None:
    """ "Apple M3 Max" from the brand string; None on Intel Macs."""
    brand = values.get("machdep.cpu.brand_string", "").strip()
    return brand if brand.startswith("Apple") else None


def gpus_from_sysctl(values: dict[str, str]) -> list[GpuInfo]:
    """The Apple GPU of an Apple Silicon Mac (Intel Macs get none from here)."""
    memsize = _int(values, "hw.memsize")
    if not is_apple_silicon(values) or not memsize:
        return []
    chip = chip_name(values) or "Apple Silicon"
    return [
        GpuInfo(
            vendor="apple",
            name=f"{chip} GPU",
            vram_total_bytes=metal_working_set(memsize, _int(values, "iogpu.wired_limit_mb")),
            integrated=True,
            unified_memory=True,
            driver_version=(
                f"macOS {values['kern.osproductversion']}"
                if values.get("kern.osproductversion")
                else None
            ),
            architecture="metal",
            index=0,
            source="sysctl",
        )
    ]


def runs_translated(values: dict[str, str]) -> bool:
    """True when this Python is an x86_64 build running under Rosetta 2."""
    return _int(values, "sysctl.proc_translated") == 1


def memory_from_sysctl(values: dict[str, str]) -> MemoryInfo:
    """Only the total; available RAM needs the VM statistics psutil reads."""
    return MemoryInfo(total_bytes=_int(values, "hw.memsize"))


def apply_unified_free(gpu: GpuInfo, memory: MemoryInfo) -> None:
    """A unified-memory GPU can use no more than the RAM the system has available now.

    Setting free equal to total (as some tools do on Macs) overstates it badly
    when other apps hold memory.
    """
    if gpu.vram_total_bytes is None or memory.available_bytes is None:
        return
    gpu.vram_free_bytes = min(gpu.vram_total_bytes, memory.available_bytes)
