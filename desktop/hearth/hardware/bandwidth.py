"""Memory bandwidth, the number that sets token-generation speed.

GPUs: NVML's clocks give it exactly (nvidia.py); otherwise a table of vendor
specifications (peak GB/s) for common cards and for Apple chips. The CPU's is
measured with a short multi-threaded copy and cached on disk, keyed by the CPU
and RAM size so new hardware is measured again.

What else the machine does only ever lowers a copy's speed, so the measurement
keeps the best of several short bursts spread over a moment, and the cache keeps
the best figure ever measured here. A measurement taken while other programs
kept the CPU busy is marked so, and measured again on the next starts (up to
REMEASURE_TIMES) until one is taken at rest: a busy first start is never cached
for good as the machine's speed.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.hardware.profile import CpuInfo, GpuInfo, MemoryInfo

logger = logging.getLogger(__name__)

CACHE_FILE = "memory_bandwidth.json"
MIB = 1024 * 1024
ROUNDS = 3  # copies per thread per timing, so thread start-up cost stays negligible
BURSTS = 4  # short measurements, spread so a moment of load does not decide
BURST_S = 0.04
BURST_PAUSE_S = 0.03
# Other programs' CPU use, in cores, above which a measurement counts as under load.
BUSY_CORES = 0.5
REMEASURE_TIMES = 3

# Peak memory bandwidth in GB/s from the vendors' specifications. Keys are the
# name's distinctive words; the entry whose words are all in the name and which
# has the most words wins ("rtx 4080 super" beats "rtx 4080").
GPU_TABLE: dict[str, float] = {
    # NVIDIA GeForce
    "rtx 5090": 1792, "rtx 5080": 960, "rtx 5070 ti": 896, "rtx 5070": 672,
    "rtx 5060 ti": 448, "rtx 5060": 448, "rtx 5090 laptop": 896,
    "rtx 4090": 1008, "rtx 4090 d": 1008, "rtx 4080 super": 736, "rtx 4080": 717,
    "rtx 4070 ti super": 672, "rtx 4070 ti": 504, "rtx 4070 super": 504, "rtx 4070": 504,
    "rtx 4060 ti": 288, "rtx 4060": 272, "rtx 4090 laptop": 576, "rtx 4080 laptop": 432,
    "rtx 4070 laptop": 256, "rtx 4060 laptop": 256, "rtx 4050 laptop": 192,
    "rtx 3090 ti": 1008, "rtx 3090": 936, "rtx 3080 ti": 912, "rtx 3080": 760,
    "rtx 3070 ti": 608, "rtx 3070": 448, "rtx 3060 ti": 448, "rtx 3060": 360, "rtx 3050": 224,
    "rtx 3070 laptop": 448, "rtx 3060 laptop": 336,
    "rtx 2080 ti": 616, "rtx 2080 super": 496, "rtx 2080": 448, "rtx 2070 super": 448,
    "rtx 2070": 448, "rtx 2060 super": 448, "rtx 2060": 336, "titan rtx": 672,
    "gtx 1080 ti": 484, "gtx 1080": 320, "gtx 1070": 256, "gtx 1660 ti": 288,
    "gtx 1660 super": 336, "gtx 1660": 192, "gtx 1650": 128,
    # NVIDIA workstation and data centre
    "rtx pro 6000": 1792, "rtx 6000 ada": 960, "rtx 5000 ada": 576, "rtx 4000 ada": 360,
    "rtx a6000": 768, "rtx a5000": 768, "rtx a4000": 448, "rtx a2000": 288,
    "quadro rtx 8000": 672, "quadro rtx 6000": 672,
    "b200": 8000, "h200": 4800, "gh200": 4000, "h100": 3350, "h100 pcie": 2000,
    "h100 nvl": 3900, "a100": 1555, "a100 40gb": 1555, "a100 80gb": 2039,
    "a100 80gb pcie": 1935, "l40s": 864, "l40": 864, "l4": 300, "a40": 696, "a30": 933,
    "a10": 600, "a10g": 600, "t4": 320, "v100": 900, "p100": 732, "p40": 347, "gb10": 273,
    # AMD
    "rx 9070 xt": 640, "rx 9070": 640, "rx 9060 xt": 322,
    "rx 7900 xtx": 960, "rx 7900 xt": 800, "rx 7900 gre": 576, "rx 7800 xt": 624,
    "rx 7700 xt": 432, "rx 7600 xt": 288, "rx 7600": 288,
    "rx 6950 xt": 576, "rx 6900 xt": 512, "rx 6800 xt": 512, "rx 6800": 512,
    "rx 6750 xt": 432, "rx 6700 xt": 384, "rx 6700": 320, "rx 6650 xt": 280,
    "rx 6600 xt": 256, "rx 6600": 224, "vii": 1024,
    "pro w7900": 864, "pro w7800": 576, "pro w6800": 512,
    "instinct mi300x": 5300, "instinct mi300a": 5300, "instinct mi250x": 3277,
    "instinct mi250": 3277, "instinct mi210": 1638, "instinct mi100": 1229,
    "8060s": 256, "8050s": 256,
    # Intel
    "arc a770": 560, "arc a750": 512, "arc a580": 512, "arc a380": 186, "arc a310": 124,
    "arc b580": 456, "arc b570": 380, "arc pro b60": 456,
}  # fmt: skip

# Apple chips: unified memory bandwidth in GB/s. The M3 Max and M4 Max come in
# two bins told apart by CPU cores (14-core: narrower memory bus).
APPLE_TABLE: dict[str, float] = {
    "m1": 68.25, "m1 pro": 200, "m1 max": 400, "m1 ultra": 800,
    "m2": 100, "m2 pro": 200, "m2 max": 400, "m2 ultra": 800,
    "m3": 100, "m3 pro": 150, "m3 max": 400, "m3 ultra": 819,
    "m4": 120, "m4 pro": 273, "m4 max": 546, "m5": 153,
}  # fmt: skip
APPLE_BINNED = {"m3 max": (14, 300.0), "m4 max": (14, 410.0)}

_NOISE = {"nvidia", "geforce", "amd", "radeon", "tm", "r", "graphics", "generation", "intel"}


def _tokens(name: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", name.lower()) if t and t not in _NOISE}


def table_bandwidth(name: str) -> float | None:
    """Spec bandwidth of a GPU by its name, or None when the table does not know it."""
    words = _tokens(name)
    best: tuple[int, float] | None = None
    for key, gbps in GPU_TABLE.items():
        key_words = key.split()
        if set(key_words) <= words and (best is None or len(key_words) > best[0]):
            best = (len(key_words), float(gbps))
    return best[1] if best else None


def apple_bandwidth(brand: str | None, physical_cores: int | None) -> float | None:
    """Unified memory bandwidth of an Apple chip from its brand ("Apple M3 Max")."""
    match = re.match(r"apple\s+(m\d+(?:\s+(?:pro|max|ultra))?)", (brand or "").strip().lower())
    if not match:
        return None
    chip = match.group(1)
    if chip in APPLE_BINNED and physical_cores is not None:
        cores, gbps = APPLE_BINNED[chip]
        if physical_cores <= cores:
            return gbps
    value = APPLE_TABLE.get(chip)
    return None if value is None else float(value)


def gpu_bandwidth(gpu: GpuInfo, cpu: CpuInfo) -> float | None:
    """Bandwidth for a GPU without a measured value: Apple chip table, else GPU table."""
    if gpu.vendor == "apple":
        return apple_bandwidth(cpu.brand, cpu.physical_cores)
    return table_bandwidth(gpu.name)


def measure_copy_bandwidth(threads: int = 2, budget_s: float = 0.1) -> float:
    """GB/s moved (read + write) by `threads` threads copying RAM-sized buffers.

    Several threads, because one core cannot saturate a modern memory bus and
    llama.cpp uses them all. numpy's copy releases the GIL; without numpy a
    single-threaded bytearray copy gives a lower bound. The first copy only
    faults the pages in and is not timed.
    """
    size = 32 * MIB  # per buffer: src + dst exceed a typical last-level cache slice
    try:
        import numpy as np
    except ImportError:
        src, dst = bytearray(size), bytearray(size)
        view = memoryview(dst)
        view[:] = src
        best = 0.0
        deadline = time.perf_counter() + budget_s
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            view[:] = src
            best = max(best, 2 * size / (time.perf_counter() - start) / 1e9)
        return round(best, 1)

    buffers = [(np.ones(size, np.uint8), np.ones(size, np.uint8)) for _ in range(threads)]

    def one_round() -> float:
        barrier = threading.Barrier(threads + 1)

        def work(pair: tuple[Any, Any]) -> None:
            barrier.wait()
            for _ in range(ROUNDS):
                np.copyto(pair[1], pair[0])

        workers = [threading.Thread(target=work, args=(pair,)) for pair in buffers]
        for worker in workers:
            worker.start()
        barrier.wait()
        start = time.perf_counter()
        for worker in workers:
            worker.join()
        return 2 * size * threads * ROUNDS / (time.perf_counter() - start) / 1e9

    one_round()  # warm-up: caches, page tables, thread start-up
    best = 0.0
    deadline = time.perf_counter() + budget_s
    while time.perf_counter() < deadline or best == 0.0:
        best = max(best, one_round())
    return round(best, 1)


def cache_key(cpu: CpuInfo, memory: MemoryInfo) -> str:
    """What a measurement belongs to: new hardware (CPU, RAM size) is measured again."""
    gib = round((memory.total_bytes or 0) / 1024**3)
    return f"{cpu.brand}|{cpu.logical_cores}|{gib}GiB"


def other_programs_cores(measure: Callable[[], float]) -> tuple[float, float]:
    """(result of `measure`, CPU cores other programs kept busy meanwhile)."""
    import psutil

    own = psutil.Process()
    system_before, own_before = psutil.cpu_times(), own.cpu_times()
    started = time.perf_counter()
    result = measure()
    wall = max(1e-6, time.perf_counter() - started)
    system_after, own_after = psutil.cpu_times(), own.cpu_times()
    busy = sum(
        getattr(system_after, f) - getattr(system_before, f) for f in ("user", "system", "nice")
        if hasattr(system_after, f)
    )  # fmt: skip
    ours = (own_after.user - own_before.user) + (own_after.system - own_before.system)
    return result, max(0.0, busy - ours) / wall


def measure_at_rest(threads: int) -> tuple[float, bool]:
    """(best GB/s of BURSTS short measurements, whether other programs kept the CPU busy)."""

    def bursts() -> float:
        best = 0.0
        for index in range(BURSTS):
            if index:
                time.sleep(BURST_PAUSE_S)
            best = max(best, measure_copy_bandwidth(threads, BURST_S))
        return best

    gbps, others = other_programs_cores(bursts)
    return gbps, others > BUSY_CORES


def _read_cache(path: Path, key: str) -> dict[str, Any] | None:
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(cached, dict) or cached.get("key") != key or not cached.get("gbps"):
        return None
    return cached


def cpu_bandwidth(
    cpu: CpuInfo, memory: MemoryInfo, *, measure: bool = True
) -> tuple[float | None, str | None]:
    """(GB/s, "measured" or "table") for system RAM; measured, then from the cache.

    A figure taken under load is measured again on later calls, and the best one kept.
    """
    key = cache_key(cpu, memory)
    path = paths.cache_dir() / CACHE_FILE
    cached = _read_cache(path, key)
    remeasure = (
        cached is not None
        and bool(cached.get("under_load"))
        and int(cached.get("times", 1)) < REMEASURE_TIMES
    )
    if cached is not None and not (measure and remeasure):
        return float(cached["gbps"]), "measured"
    if measure:
        threads = max(1, min(cpu.logical_cores or 1, 8))
        gbps, under_load = measure_at_rest(threads)
        if cached is not None:
            if gbps < float(cached["gbps"]):
                gbps = float(cached["gbps"])  # never worse than the machine has shown
            under_load = under_load and bool(cached.get("under_load"))
        record = {
            "key": key,
            "gbps": gbps,
            "threads": threads,
            "under_load": under_load,
            "times": (int(cached.get("times", 1)) if cached else 0) + 1,
            "measured_at": time.time(),
        }
        try:
            path.write_text(json.dumps(record), encoding="utf-8")
        except OSError as exc:
            logger.warning("Could not cache the memory bandwidth: %s", exc)
        return gbps, "measured"
    apple = apple_bandwidth(cpu.brand, cpu.physical_cores)
    return (apple, "table") if apple else (None, None)
