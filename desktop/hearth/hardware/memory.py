"""System memory: total, available (what can be used without swapping), swap.

Linux reads /proc/meminfo directly (MemAvailable is the kernel's own estimate of
what a new program can get); other systems ask psutil, whose "available" is the
platform's equivalent (on macOS free + inactive, never simply total).
"""

from __future__ import annotations

from typing import Any

from hearth.hardware.probes import ProbeBackend
from hearth.hardware.profile import MemoryInfo


def parse_meminfo(text: str) -> MemoryInfo:
    """MemoryInfo from Linux /proc/meminfo (values there are in KiB)."""
    values: dict[str, int] = {}
    for line in text.splitlines():
        key, sep, rest = line.partition(":")
        parts = rest.split()
        if sep and parts and parts[0].isdigit():
            scale = 1024 if len(parts) > 1 and parts[1].lower() == "kb" else 1
            values[key.strip()] = int(parts[0]) * scale
    available = values.get("MemAvailable")
    if available is None and "MemFree" in values:
        # Kernels before 3.14 lack MemAvailable; this is the estimate they used.
        available = values["MemFree"] + values.get("Buffers", 0) + values.get("Cached", 0)
    return MemoryInfo(
        total_bytes=values.get("MemTotal"),
        available_bytes=available,
        swap_total_bytes=values.get("SwapTotal"),
        swap_free_bytes=values.get("SwapFree"),
    )


def collect_psutil() -> dict[str, Any]:
    """Live memory numbers from psutil, as a JSON-able dict (the replayable form)."""
    import psutil

    vm = psutil.virtual_memory()
    swap = psutil.swap_memory()
    return {
        "total": vm.total,
        "available": vm.available,
        "swap_total": swap.total,
        "swap_free": swap.free,
    }


def memory_from_values(values: dict[str, Any]) -> MemoryInfo:
    def get(key: str) -> int | None:
        value = values.get(key)
        return None if value is None else int(value)

    return MemoryInfo(
        total_bytes=get("total"),
        available_bytes=get("available"),
        swap_total_bytes=get("swap_total"),
        swap_free_bytes=get("swap_free"),
    )


def probe_memory(backend: ProbeBackend) -> MemoryInfo:
    """Detect system memory."""
    if backend.system == "Linux":
        text = backend.read_text("/proc/meminfo")
        if text:
            info = parse_meminfo(text)
            if info.total_bytes:
                return info
    return memory_from_values(backend.values("memory", collect_psutil))
