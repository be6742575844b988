"""What a machine offers a model: memory budgets and bandwidth, read from a HardwareProfile."""

from __future__ import annotations

from dataclasses import dataclass, field

from hearth.hardware.profile import GpuInfo, HardwareProfile
from hearth.planner.memory import GIB, MIB

# Memory the system and everyday apps keep, whatever is free right now.
OS_RESERVE_MIN = int(1.5 * GIB)
OS_RESERVE_FRACTION = 0.2
# What the CUDA/HIP runtime itself takes on each device (context, cuBLAS workspace).
GPU_RUNTIME_RESERVE = int(0.45 * GIB)
# Headroom kept free on a GPU beyond the predicted use.
GPU_MARGIN = 512 * MIB
# Fractions of peak bandwidth that token generation reaches (weights streamed once per token).
GPU_EFFICIENCY = 0.65
CPU_EFFICIENCY = 0.55
# Memory bandwidth assumed when the profile does not know it (a dual-channel laptop).
FALLBACK_CPU_BANDWIDTH_GBPS = 25.0
FALLBACK_GPU_BANDWIDTH_GBPS = 200.0


@dataclass(frozen=True)
class Budget:
    """Bytes a plan may use on each side, and how fast each side reads memory."""

    ram_total: int
    ram_budget: int  # what a model may take without pushing the system into swap
    ram_available: int | None  # free right now (other apps included)
    gpu: GpuInfo | None  # the GPU layers go to; None = CPU only
    gpu_label: str
    vram_total: int
    vram_budget: int  # after the runtime reserve and the margin
    gpu_reserve: int
    unified: bool  # GPU and CPU draw on the same memory (Apple silicon)
    cpu_bandwidth_gbps: float
    gpu_bandwidth_gbps: float
    gpu_unused_reason: str = ""  # set when a GPU exists but cannot be used
    # The largest tensor llama.cpp's backend keeps on the GPU (see LlamaDevice).
    gpu_max_tensor_bytes: int | None = None
    cpu_cores: int = 1  # physical: what the engine's threads default to
    # Measured over predicted speed on this machine ("cpu_decode", ...; see
    # hardware/speed_samples.py): 1.0 where no reply has measured it yet.
    speed_factors: dict[str, float] = field(default_factory=dict)
    # Decode tokens/s replies measured here, by model file name.
    measured_speeds: dict[str, float] = field(default_factory=dict)


def _usable_gpu(profile: HardwareProfile) -> tuple[GpuInfo | None, str]:
    candidates = [g for g in profile.gpus if g.vram_total_bytes]
    if not candidates:
        return None, ""
    best = max(candidates, key=lambda g: (g.unified_memory or not g.integrated, g.vram_total_bytes))
    if best.integrated and not best.unified_memory:
        return None, ""  # an iGPU without its own memory brings no speed-up here
    if profile.gpu_offload_supported is not True or not profile.llama_gpu_devices():
        return None, f"this llama.cpp build cannot use the {best.name}"
    return best, ""


def _tensor_limit(profile: HardwareProfile) -> int | None:
    """The smallest per-tensor limit of the devices llama.cpp splits layers across."""
    limits = [d.max_tensor_bytes for d in profile.llama_gpu_devices() if d.max_tensor_bytes]
    return min(limits) if limits else None


def machine_budget(profile: HardwareProfile) -> Budget:
    mem = profile.memory
    total = mem.total_bytes or 8 * GIB
    reserve = max(OS_RESERVE_MIN, int(total * OS_RESERVE_FRACTION))
    ram_budget = max(0, total - reserve)
    gpu, unused = _usable_gpu(profile)
    cpu_bw = mem.bandwidth_gbps or FALLBACK_CPU_BANDWIDTH_GBPS
    cores = profile.cpu.physical_cores or profile.cpu.logical_cores or 1
    if gpu is None:
        return Budget(
            ram_total=total,
            ram_budget=ram_budget,
            ram_available=mem.available_bytes,
            gpu=None,
            gpu_label="",
            vram_total=0,
            vram_budget=0,
            gpu_reserve=0,
            unified=False,
            cpu_bandwidth_gbps=cpu_bw,
            gpu_bandwidth_gbps=0.0,
            gpu_unused_reason=unused,
            cpu_cores=cores,
            speed_factors=dict(profile.speed.factors),
            measured_speeds=dict(profile.speed.measured),
        )
    vram_total = gpu.vram_total_bytes or 0
    if gpu.unified_memory:
        # Metal's working-set limit already leaves room for the system.
        reserve_gpu = 0
        vram_budget = min(vram_total, ram_budget)
    else:
        reserve_gpu = GPU_RUNTIME_RESERVE
        free = gpu.vram_free_bytes if gpu.vram_free_bytes is not None else vram_total
        vram_budget = max(0, min(vram_total, free) - reserve_gpu - GPU_MARGIN)
    return Budget(
        ram_total=total,
        ram_budget=ram_budget,
        ram_available=mem.available_bytes,
        gpu=gpu,
        gpu_label=gpu.name,
        vram_total=vram_total,
        vram_budget=vram_budget,
        gpu_reserve=reserve_gpu,
        unified=gpu.unified_memory,
        cpu_bandwidth_gbps=cpu_bw,
        gpu_bandwidth_gbps=gpu.bandwidth_gbps or FALLBACK_GPU_BANDWIDTH_GBPS,
        gpu_max_tensor_bytes=_tensor_limit(profile),
        cpu_cores=cores,
        speed_factors=dict(profile.speed.factors),
        measured_speeds=dict(profile.speed.measured),
    )


def gb(value: int) -> str:
    """Bytes as a person reads memory sizes: "4.7 GB" (GiB, as operating systems show)."""
    return f"{value / GIB:.1f} GB"
