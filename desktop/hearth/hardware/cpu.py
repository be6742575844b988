"""The CPU: brand, core counts and the instruction-set extensions llama.cpp uses.

Linux reads /proc/cpuinfo, macOS its sysctl values (see apple.py), Windows the
registry and IsProcessorFeaturePresent. Core counts come from psutil, the same
numbers every other tool on the machine shows.
"""

from __future__ import annotations

import os
import re
from typing import Any

from hearth.hardware.probes import ProbeBackend, ProbeUnavailableError
from hearth.hardware.profile import CpuInfo

# (our name, /proc/cpuinfo flag). Order is the order shown to the user.
X86_FLAGS = (
    ("sse3", "pni"),
    ("ssse3", "ssse3"),
    ("avx", "avx"),
    ("avx2", "avx2"),
    ("fma", "fma"),
    ("f16c", "f16c"),
    ("avx_vnni", "avx_vnni"),
    ("avx512f", "avx512f"),
    ("avx512bw", "avx512bw"),
    ("avx512vl", "avx512vl"),
    ("avx512dq", "avx512dq"),
    ("avx512_vnni", "avx512_vnni"),
    ("avx512_bf16", "avx512_bf16"),
    ("avx512_fp16", "avx512_fp16"),
    ("avx512_vbmi", "avx512vbmi"),
    ("amx_tile", "amx_tile"),
    ("amx_int8", "amx_int8"),
    ("amx_bf16", "amx_bf16"),
)
ARM_FLAGS = (
    ("neon", "asimd"),
    ("dotprod", "asimddp"),
    ("fp16", "asimdhp"),
    ("i8mm", "i8mm"),
    ("bf16", "bf16"),
    ("sve", "sve"),
    ("sve2", "sve2"),
    ("sme", "sme"),
)
FEATURE_ORDER = tuple(name for name, _ in X86_FLAGS + ARM_FLAGS)

# Arm's "CPU part" numbers (implementer 0x41) for boards whose cpuinfo has no model name.
ARM_PARTS = {
    "0xd03": "Cortex-A53",
    "0xd05": "Cortex-A55",
    "0xd08": "Cortex-A72",
    "0xd0b": "Cortex-A76",
    "0xd0c": "Neoverse-N1",
    "0xd0d": "Cortex-A77",
    "0xd40": "Neoverse-V1",
    "0xd41": "Cortex-A78",
    "0xd49": "Neoverse-N2",
    "0xd4f": "Neoverse-V2",
    "0xd80": "Cortex-A520",
    "0xd81": "Cortex-A720",
}


def normalise_arch(machine: str) -> str:
    """One spelling per architecture: x86_64 and arm64."""
    lowered = machine.lower()
    if lowered in ("x86_64", "amd64", "x64"):
        return "x86_64"
    if lowered in ("arm64", "aarch64", "armv8", "arm64e"):
        return "arm64"
    return lowered or "unknown"


def order_features(features: set[str]) -> list[str]:
    """Known features in a stable order, then any others alphabetically."""
    known = [name for name in FEATURE_ORDER if name in features]
    return known + sorted(features - set(FEATURE_ORDER))


def parse_cpuinfo(text: str) -> dict[str, Any]:
    """Brand, features and core counts from Linux /proc/cpuinfo."""
    brand: str | None = None
    flags: set[str] = set()
    logical = 0
    cores: set[tuple[str, str]] = set()
    physical_id = ""
    implementer = part = ""
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key = key.strip().lower()
        value = value.strip()
        if key == "processor":
            logical += 1
        elif key == "model name" and brand is None:
            brand = value
        elif key in ("flags", "features") and not flags:
            flags = set(value.split())
        elif key == "physical id":
            physical_id = value
        elif key == "core id":
            cores.add((physical_id, value))
        elif key == "cpu implementer" and not implementer:
            implementer = value
        elif key == "cpu part" and not part:
            part = value
    if brand is None and part:
        name = ARM_PARTS.get(part.lower()) if implementer.lower() == "0x41" else None
        brand = name or f"Arm CPU (implementer {implementer}, part {part})"
    table = X86_FLAGS if "avx" in flags or "sse2" in flags else ARM_FLAGS
    features = {ours for ours, theirs in table if theirs in flags}
    return {
        "brand": re.sub(r"\s+", " ", brand).strip() if brand else None,
        "features": order_features(features),
        "logical": logical or None,
        "physical": len(cores) or None,
    }


def collect_counts() -> dict[str, int | None]:
    """Live core counts, as psutil (and so Task Manager, top, Activity Monitor) see them."""
    import psutil

    return {"physical": psutil.cpu_count(logical=False), "logical": os.cpu_count()}


def features_from_sysctl(values: dict[str, str]) -> list[str]:
    """Features from macOS `hw.optional.*` sysctl values."""
    on = {key for key, value in values.items() if value.strip() == "1"}
    mapping = {
        "neon": ("hw.optional.neon",),
        "dotprod": ("hw.optional.arm.FEAT_DotProd",),
        "fp16": ("hw.optional.arm.FEAT_FP16", "hw.optional.neon_fp16"),
        "i8mm": ("hw.optional.arm.FEAT_I8MM",),
        "bf16": ("hw.optional.arm.FEAT_BF16",),
        "sme": ("hw.optional.arm.FEAT_SME",),
        "avx": ("hw.optional.avx1_0",),
        "avx2": ("hw.optional.avx2_0",),
        "fma": ("hw.optional.fma",),
        "f16c": ("hw.optional.f16c",),
        "avx512f": ("hw.optional.avx512f",),
        "avx512bw": ("hw.optional.avx512bw",),
        "avx512vl": ("hw.optional.avx512vl",),
    }
    return order_features({ours for ours, keys in mapping.items() if on.intersection(keys)})


def cpu_from_sysctl(values: dict[str, str]) -> CpuInfo:
    """CpuInfo from macOS sysctl values (brand, counts, performance cores, features)."""

    def number(key: str) -> int | None:
        raw = values.get(key, "").strip()
        return int(raw) if raw.isdigit() else None

    levels = number("hw.nperflevels") or 1
    return CpuInfo(
        brand=values.get("machdep.cpu.brand_string", "").strip() or None,
        physical_cores=number("hw.physicalcpu"),
        logical_cores=number("hw.logicalcpu"),
        performance_cores=number("hw.perflevel0.physicalcpu") if levels > 1 else None,
        features=features_from_sysctl(values),
    )


def probe_cpu(backend: ProbeBackend, sysctl: dict[str, str] | None = None) -> CpuInfo:
    """Detect the CPU. `sysctl` carries the values apple.py already read on macOS."""
    if backend.system == "Darwin" and sysctl:
        return cpu_from_sysctl(sysctl)
    if backend.system == "Windows":
        from hearth.hardware.windows import collect_cpu

        info = backend.values("windows_cpu", collect_cpu)
        cpu = CpuInfo(
            brand=(info.get("brand") or "").strip() or None,
            features=order_features(set(info.get("features") or [])),
        )
    else:
        parsed = parse_cpuinfo(backend.read_text("/proc/cpuinfo") or "")
        cpu = CpuInfo(
            brand=parsed["brand"],
            physical_cores=parsed["physical"],
            logical_cores=parsed["logical"],
            features=parsed["features"],
        )
    try:
        counts = backend.values("cpu_counts", collect_counts)
    except ProbeUnavailableError:
        return cpu  # a replay without recorded counts keeps the cpuinfo ones
    cpu.physical_cores = counts.get("physical") or cpu.physical_cores
    cpu.logical_cores = counts.get("logical") or cpu.logical_cores
    return cpu
