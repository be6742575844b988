"""detect(): run every probe that applies to this OS in parallel, each with its own
time limit, and assemble a HardwareProfile. A probe that fails or times out
becomes "unknown" plus a log warning; detection itself never raises."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from hearth.hardware import apple, bandwidth, llama_backends, speed_samples
from hearth.hardware.amd import probe_amd
from hearth.hardware.cpu import normalise_arch, probe_cpu
from hearth.hardware.intel import probe_intel
from hearth.hardware.memory import probe_memory
from hearth.hardware.notes import NoteContext, build_notes
from hearth.hardware.nvidia import probe_nvidia
from hearth.hardware.probes import (
    LiveBackend,
    Pending,
    ProbeBackend,
    ProbeTimeoutError,
    ProbeUnavailableError,
)
from hearth.hardware.profile import CpuInfo, GpuInfo, HardwareNote, HardwareProfile, MemoryInfo
from hearth.hardware.sysfs import PciDevice, pci_display_devices
from hearth.hardware.windows import collect_dxgi, gpus_from_dxgi

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds each probe may take before it is given up as unknown.
PROBE_TIMEOUTS: dict[str, float] = {
    "sysctl": 3.0,
    "cpu": 3.0,
    "memory": 3.0,
    "nvidia": 6.0,
    "amd": 3.0,
    "intel": 3.0,
    "pci": 3.0,
    "dxgi": 4.0,
    # On a first start this includes the CPU code's self-test (cpu_code.py, ~3 s here,
    # more on an old laptop); later starts read its verdict.
    "llama.cpp": llama_backends.LLAMA_TIMEOUT + 20.0,
    "bandwidth": 3.0,
}
OS_NAMES = {"Linux": "linux", "Darwin": "macos", "Windows": "windows"}

_lock = threading.Lock()
_cached: HardwareProfile | None = None


def detect(refresh: bool = False) -> HardwareProfile:
    """The machine's profile, detected once per session (refresh=True detects again).

    Never raises and never hangs: every probe has a time limit, and a failed
    probe leaves its part unknown.
    """
    global _cached
    with _lock:
        if _cached is None or refresh:
            _cached = build_profile(LiveBackend())
        # Replies since the last call may have measured new speeds (a small file).
        _cached.speed = speed_samples.current(_cached)
        return _cached


class _Probes:
    """Starts probes on their own threads and collects them, recording failures."""

    def __init__(self, timeouts: dict[str, float]) -> None:
        self.timeouts = timeouts
        self.pending: dict[str, Pending[Any]] = {}
        self.failures: dict[str, str] = {}
        self.unavailable: set[str] = set()

    def start(self, name: str, fn: Callable[[], Any]) -> None:
        self.pending[name] = Pending(name, fn, self.timeouts.get(name, 3.0))

    def get(self, name: str, default: T) -> T:
        pending = self.pending.get(name)
        if pending is None:
            return default
        try:
            return pending.result()
        except ProbeUnavailableError as exc:
            logger.debug("Hardware probe %s: %s", name, exc)
            self.unavailable.add(name)
        except ProbeTimeoutError as exc:
            logger.warning("Hardware probe %s gave up: %s", name, exc)
            self.failures[name] = str(exc)
        except Exception as exc:
            # The traceback goes to the log file; the user sees one line in the notes.
            logger.warning("Hardware probe %s failed: %s", name, exc, exc_info=exc)
            self.failures[name] = str(exc) or type(exc).__name__
        return default


def cached() -> HardwareProfile | None:
    """The profile detect() made this session, without detecting; None before it ran."""
    with _lock:
        return _cached


def forget() -> None:
    """Detect again next time (what llama.cpp runs here has changed)."""
    global _cached
    with _lock:
        _cached = None


def build_profile(
    backend: ProbeBackend,
    *,
    measure_bandwidth: bool = True,
    timeouts: dict[str, float] | None = None,
) -> HardwareProfile:
    """Detect everything through `backend` (live, or a replay in tests)."""
    started = time.perf_counter()
    try:
        profile = _build(backend, measure_bandwidth, {**PROBE_TIMEOUTS, **(timeouts or {})})
    except Exception as exc:  # a bug in assembly must not cost the caller its profile
        logger.warning("Hardware detection failed: %s", exc, exc_info=exc)
        profile = HardwareProfile(
            os="unknown",
            os_version=None,
            arch="unknown",
            notes=[
                HardwareNote(
                    "detection_failed",
                    "Hearth could not read this computer's hardware; see Hearth's log.",
                )
            ],
            unknown=["all"],
        )
    profile.detect_seconds = round(time.perf_counter() - started, 4)
    return profile


def _build(backend: ProbeBackend, measure: bool, timeouts: dict[str, float]) -> HardwareProfile:
    system = backend.system
    probes = _Probes(timeouts)
    if system == "Darwin":
        probes.start("sysctl", lambda: apple.read_sysctl(backend))
    else:
        probes.start("cpu", lambda: probe_cpu(backend))
    probes.start("memory", lambda: probe_memory(backend))
    probes.start("llama.cpp", lambda: backend.values("llama", llama_backends.collect_llama))
    if system in ("Linux", "Windows"):
        probes.start("nvidia", lambda: probe_nvidia(backend))
    if system == "Linux":
        probes.start("amd", lambda: probe_amd(backend))
        probes.start("intel", lambda: probe_intel(backend))
        probes.start("pci", lambda: pci_display_devices(backend))
    if system == "Windows":
        probes.start("dxgi", lambda: gpus_from_dxgi(backend.values("dxgi", collect_dxgi)))

    sysctl: dict[str, str] = probes.get("sysctl", {})
    cpu = probe_cpu(backend, sysctl) if sysctl else probes.get("cpu", CpuInfo())
    memory = probes.get("memory", MemoryInfo())
    if memory.total_bytes is None and sysctl:
        memory = apple.memory_from_sysctl(sysctl)

    gpus = _gather_gpus(probes, sysctl)
    for gpu in gpus:
        if gpu.vendor == "apple":
            apple.apply_unified_free(gpu, memory)

    # Collected before the bandwidth test starts, so the llama.cpp child does not
    # compete with it for cores and skew the measurement.
    llama: dict[str, Any] = probes.get("llama.cpp", {})
    llama_devices = llama_backends.devices_from_values(llama)
    gpus += llama_backends.gpus_only_llama_sees(llama_devices, gpus)
    probes.start("bandwidth", lambda: bandwidth.cpu_bandwidth(cpu, memory, measure=measure))
    memory.bandwidth_gbps, memory.bandwidth_source = probes.get("bandwidth", (None, None))
    for gpu in gpus:
        if gpu.bandwidth_gbps is None:
            gpu.bandwidth_gbps = bandwidth.gpu_bandwidth(gpu, cpu)
        if gpu.bandwidth_gbps is None and gpu.integrated:
            # An integrated GPU reads the same RAM as the CPU, at about the same speed.
            gpu.bandwidth_gbps = memory.bandwidth_gbps

    arch = normalise_arch(backend.machine)
    if sysctl and apple.runs_translated(sysctl):
        arch = "arm64"  # the hardware; the note below explains the x86 Python
    profile = HardwareProfile(
        os=OS_NAMES.get(system, system.lower() or "unknown"),
        os_version=backend.release or None,
        arch=arch,
        cpu=cpu,
        memory=memory,
        gpus=gpus,
        llama_devices=llama_devices,
        gpu_offload_supported=llama_backends.offload_from_values(llama),
        llama_cpp_version=llama.get("version"),
        llama_cpu_variant=llama.get("cpu_variant"),
        llama_cpu_ruled_out=dict(llama.get("cpu_ruled_out") or {}),
        unknown=sorted(probes.failures),
    )
    context = NoteContext(
        failures=probes.failures,
        llama_installed="llama.cpp" not in probes.unavailable,
        pci_devices=probes.get("pci", list[PciDevice]()),
        rosetta=bool(sysctl) and apple.runs_translated(sysctl),
        gpu_backends_built=list(llama.get("gpu_backends_built") or []),
        gpu_backends_loaded=list(llama.get("gpu_backends") or []),
    )
    profile.notes = build_notes(profile, context)
    return profile


def _gather_gpus(probes: _Probes, sysctl: dict[str, str]) -> list[GpuInfo]:
    nvidia: list[GpuInfo] = probes.get("nvidia", [])
    gpus = list(nvidia)
    gpus += probes.get("amd", list[GpuInfo]())
    gpus += probes.get("intel", list[GpuInfo]())
    if sysctl:
        gpus += apple.gpus_from_sysctl(sysctl)
    for gpu in probes.get("dxgi", list[GpuInfo]()):
        # NVML already described NVIDIA cards, with more detail than DXGI has.
        if gpu.vendor == "nvidia" and nvidia:
            continue
        gpus.append(gpu)
    return gpus
