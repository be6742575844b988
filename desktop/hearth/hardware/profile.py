"""What Hearth knows about the machine: plain dataclasses that round-trip through JSON.

A value of None means "unknown" (the probe could not tell), never zero.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

SCHEMA_VERSION = 1

# Device kinds as llama.cpp names them (enum ggml_backend_dev_type).
LLAMA_DEVICE_TYPES = ("cpu", "gpu", "igpu", "accel", "meta")
GPU_VENDORS = ("nvidia", "amd", "intel", "apple", "other")


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _opt_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


@dataclass
class CpuInfo:
    """The processor as llama.cpp's CPU backend will see it."""

    brand: str | None = None
    physical_cores: int | None = None
    logical_cores: int | None = None
    # Cores of the fast kind on hybrid chips (Apple P-cores); None when not hybrid or unknown.
    performance_cores: int | None = None
    # Instruction-set extensions llama.cpp's kernels use: avx2, fma, avx512f, neon, sve, ...
    features: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CpuInfo:
        return cls(
            brand=_opt_str(data.get("brand")),
            physical_cores=_opt_int(data.get("physical_cores")),
            logical_cores=_opt_int(data.get("logical_cores")),
            performance_cores=_opt_int(data.get("performance_cores")),
            features=[str(f) for f in data.get("features") or []],
        )


@dataclass
class MemoryInfo:
    """System RAM. `available_bytes` is what can be used without swapping, not "free"."""

    total_bytes: int | None = None
    available_bytes: int | None = None
    swap_total_bytes: int | None = None
    swap_free_bytes: int | None = None
    # Memory bandwidth the CPU reaches, for speed estimates of layers kept in RAM.
    bandwidth_gbps: float | None = None
    bandwidth_source: str | None = None  # "measured", "table" or None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MemoryInfo:
        return cls(
            total_bytes=_opt_int(data.get("total_bytes")),
            available_bytes=_opt_int(data.get("available_bytes")),
            swap_total_bytes=_opt_int(data.get("swap_total_bytes")),
            swap_free_bytes=_opt_int(data.get("swap_free_bytes")),
            bandwidth_gbps=_opt_float(data.get("bandwidth_gbps")),
            bandwidth_source=_opt_str(data.get("bandwidth_source")),
        )


@dataclass
class GpuProcess:
    """A process holding GPU memory (NVML reports these; other apps' VRAM counts)."""

    pid: int
    used_bytes: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GpuProcess:
        return cls(pid=int(data["pid"]), used_bytes=_opt_int(data.get("used_bytes")))


@dataclass
class GpuInfo:
    """One GPU as its vendor's own tools describe it."""

    vendor: str  # one of GPU_VENDORS
    name: str
    vram_total_bytes: int | None = None
    vram_free_bytes: int | None = None
    integrated: bool = False
    # True when the GPU draws on system RAM (Apple, AMD APUs, Grace): RAM and VRAM are one budget.
    unified_memory: bool = False
    driver_version: str | None = None
    # CUDA compute capability ("8.9") or AMD gfx target ("gfx1100").
    architecture: str | None = None
    pci_bus_id: str | None = None
    bandwidth_gbps: float | None = None
    # System memory the GPU may also map (AMD GTT, Windows "shared GPU memory").
    shared_total_bytes: int | None = None
    shared_free_bytes: int | None = None
    index: int | None = None
    source: str | None = None  # which probe said so: nvml, nvidia-smi, sysfs, sysctl, dxgi
    processes: list[GpuProcess] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GpuInfo:
        return cls(
            vendor=str(data.get("vendor", "other")),
            name=str(data.get("name", "")),
            vram_total_bytes=_opt_int(data.get("vram_total_bytes")),
            vram_free_bytes=_opt_int(data.get("vram_free_bytes")),
            integrated=bool(data.get("integrated", False)),
            unified_memory=bool(data.get("unified_memory", False)),
            driver_version=_opt_str(data.get("driver_version")),
            architecture=_opt_str(data.get("architecture")),
            pci_bus_id=_opt_str(data.get("pci_bus_id")),
            bandwidth_gbps=_opt_float(data.get("bandwidth_gbps")),
            shared_total_bytes=_opt_int(data.get("shared_total_bytes")),
            shared_free_bytes=_opt_int(data.get("shared_free_bytes")),
            index=_opt_int(data.get("index")),
            source=_opt_str(data.get("source")),
            processes=[GpuProcess.from_dict(p) for p in data.get("processes") or []],
        )


@dataclass
class LlamaDevice:
    """A device the installed llama.cpp build registered (what it can actually use)."""

    name: str  # "CPU", "CUDA0", "Metal", "Vulkan0", "ROCm0"
    description: str
    type: str  # one of LLAMA_DEVICE_TYPES, or "unknown"
    memory_total_bytes: int | None = None
    memory_free_bytes: int | None = None
    # The largest tensor the backend keeps on this device (Vulkan's per-buffer limit);
    # operations on larger ones run on the CPU. None: no limit known.
    max_tensor_bytes: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LlamaDevice:
        return cls(
            name=str(data.get("name", "")),
            description=str(data.get("description", "")),
            type=str(data.get("type", "unknown")),
            memory_total_bytes=_opt_int(data.get("memory_total_bytes")),
            memory_free_bytes=_opt_int(data.get("memory_free_bytes")),
            max_tensor_bytes=_opt_int(data.get("max_tensor_bytes")),
        )


# What a hardware note is about (hardware/notes.py makes them); "other" is a note
# saved as a bare sentence by an older Hearth.
NoteKind = Literal[
    "rosetta",
    "nvidia_unanswered",
    "llama_missing",
    "llama_unreadable",
    "gpu_unused",
    "gpu_hidden",
    "cuda_driver_old",
    "cuda_failed",
    "gpu_no_driver",
    "gpu_nouveau",
    "shared_memory_apple",
    "shared_memory_apu",
    "cpu_no_avx2",
    "probes_failed",
    "detection_failed",
    "other",
]
NOTE_KINDS: tuple[NoteKind, ...] = get_args(NoteKind)


@dataclass(frozen=True)
class HardwareNote:
    """One thing the user should know about this machine: its kind and params, and the
    English sentence the command line prints (str() gives it)."""

    kind: NoteKind
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text

    @classmethod
    def from_value(cls, data: Any) -> HardwareNote:
        if isinstance(data, dict):
            kind = data.get("kind")
            return cls(
                kind if kind in NOTE_KINDS else "other",
                str(data.get("text", "")),
                dict(data.get("params") or {}),
            )
        return cls("other", str(data))


@dataclass
class SpeedCalibration:
    """What replies on this machine measured against the planner's predictions
    (hardware/speed_samples.py). Empty until the first reply."""

    # Measured over predicted tokens/s: "cpu_decode", "gpu_decode", "cpu_prompt", ...
    factors: dict[str, float] = field(default_factory=dict)
    samples: int = 0
    # The latest measured decode tokens/s of each model that replied here, by file name.
    measured: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeedCalibration:
        return cls(
            factors={str(k): float(v) for k, v in (data.get("factors") or {}).items()},
            samples=int(data.get("samples") or 0),
            measured={str(k): float(v) for k, v in (data.get("measured") or {}).items()},
        )


# "ram": system memory; "unified": memory CPU and GPU share (Apple); "vram": a GPU's
# own; "gpu_share": the part of unified memory the GPU may use; "shared": system
# memory an integrated GPU may map (AMD GTT).
MemoryBarKind = Literal["ram", "unified", "vram", "gpu_share", "shared"]


@dataclass
class MemoryBar:
    """One bar of the GUI's Hardware panel: how full a device's memory is."""

    name: str  # in English, for the command line (the GUI words it by kind)
    used_bytes: int | None
    total_bytes: int
    kind: MemoryBarKind
    device: str = ""  # the GPU's name, for the GPU kinds


@dataclass
class HardwareProfile:
    """Everything detect() found. None means unknown; see `unknown` for failed probes."""

    os: str  # "linux", "macos", "windows" or platform.system() lower-cased
    os_version: str | None
    arch: str  # "x86_64" or "arm64" (normalised), else as reported
    cpu: CpuInfo = field(default_factory=CpuInfo)
    memory: MemoryInfo = field(default_factory=MemoryInfo)
    gpus: list[GpuInfo] = field(default_factory=list)
    llama_devices: list[LlamaDevice] = field(default_factory=list)
    # None when the llama.cpp build could not be inspected.
    gpu_offload_supported: bool | None = None
    llama_cpp_version: str | None = None
    # The CPU backend variant ggml loaded for this CPU ("haswell", "skylakex", ...)
    # in release builds, which carry one per instruction-set level; None otherwise.
    llama_cpu_variant: str | None = None
    # Variants Hearth does not use here, each with why ({"kind": ..., "params": {...}},
    # see hardware/cpu_code.py): they crashed or computed wrong on this machine.
    llama_cpu_ruled_out: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What the user should know about this machine, most important first.
    notes: list[HardwareNote] = field(default_factory=list)
    # Probes that failed or timed out ("nvidia", "llama.cpp", ...).
    unknown: list[str] = field(default_factory=list)
    detect_seconds: float | None = None
    # How fast models have run here, from real replies; the planner scales by it.
    speed: SpeedCalibration = field(default_factory=SpeedCalibration)

    @property
    def has_unified_memory(self) -> bool:
        return any(gpu.unified_memory for gpu in self.gpus)

    def llama_gpu_devices(self) -> list[LlamaDevice]:
        """The GPU-like devices this llama.cpp build can offload layers to."""
        return [d for d in self.llama_devices if d.type in ("gpu", "igpu")]

    def memory_bars(self) -> list[MemoryBar]:
        """Per-device memory use for the GUI: RAM first, then each GPU's memory."""
        bars: list[MemoryBar] = []
        mem = self.memory
        if mem.total_bytes:
            used = None if mem.available_bytes is None else mem.total_bytes - mem.available_bytes
            apple = any(g.vendor == "apple" for g in self.gpus)
            bars.append(
                MemoryBar(
                    "Unified memory" if apple else "System memory (RAM)",
                    used,
                    mem.total_bytes,
                    "unified" if apple else "ram",
                )
            )
        for gpu in self.gpus:
            if gpu.vram_total_bytes:
                used = (
                    None
                    if gpu.vram_free_bytes is None
                    else max(0, gpu.vram_total_bytes - gpu.vram_free_bytes)
                )
                if gpu.vendor == "apple":
                    bar = MemoryBar(
                        f"{gpu.name} (GPU share)", used, gpu.vram_total_bytes, "gpu_share", gpu.name
                    )
                else:
                    bar = MemoryBar(gpu.name, used, gpu.vram_total_bytes, "vram", gpu.name)
                bars.append(bar)
            # An integrated GPU's real budget is the system memory it may map (AMD GTT).
            if gpu.integrated and gpu.vendor != "apple" and gpu.shared_total_bytes:
                used = (
                    None
                    if gpu.shared_free_bytes is None
                    else max(0, gpu.shared_total_bytes - gpu.shared_free_bytes)
                )
                bars.append(
                    MemoryBar(
                        f"{gpu.name} (shared)", used, gpu.shared_total_bytes, "shared", gpu.name
                    )
                )
        return bars

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["schema"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HardwareProfile:
        return cls(
            os=str(data.get("os", "unknown")),
            os_version=_opt_str(data.get("os_version")),
            arch=str(data.get("arch", "unknown")),
            cpu=CpuInfo.from_dict(data.get("cpu") or {}),
            memory=MemoryInfo.from_dict(data.get("memory") or {}),
            gpus=[GpuInfo.from_dict(g) for g in data.get("gpus") or []],
            llama_devices=[LlamaDevice.from_dict(d) for d in data.get("llama_devices") or []],
            gpu_offload_supported=_opt_bool(data.get("gpu_offload_supported")),
            llama_cpp_version=_opt_str(data.get("llama_cpp_version")),
            llama_cpu_variant=_opt_str(data.get("llama_cpu_variant")),
            llama_cpu_ruled_out=dict(data.get("llama_cpu_ruled_out") or {}),
            notes=[HardwareNote.from_value(n) for n in data.get("notes") or []],
            unknown=[str(u) for u in data.get("unknown") or []],
            detect_seconds=_opt_float(data.get("detect_seconds")),
            speed=SpeedCalibration.from_dict(data.get("speed") or {}),
        )
