"""How fast a model answers on a machine: decode and prompt tokens/s.

Decode reads every active weight once per token, so it follows memory
bandwidth; prompt processing computes about two operations per weight per
token, so it follows the cores. Both are scaled by what real replies measured
on this machine (Budget.speed_factors, from hardware/speed_samples.py), so a
prediction for a model never run here rests on what the others did.
"""

from __future__ import annotations

from hearth.gguf.model_info import ModelInfo
from hearth.hardware.profile import HardwareProfile
from hearth.hardware.speed_samples import SpeedSample, machine_key
from hearth.planner.budget import CPU_EFFICIENCY, GPU_EFFICIENCY, Budget, machine_budget
from hearth.planner.memory import kv_cache_bytes

# Fixed cost of each layer per token (kernel launches; on the CPU, a dozen small
# operations each ended by a barrier across the threads), which bounds the speed
# of small models that bandwidth alone would make absurdly fast. The CPU figure
# fits the starter (30 layers) and Gemma 3 270M (18) together on a 2-core VM
# (bench/speed_accuracy.py); replies here calibrate the rest.
GPU_LAYER_OVERHEAD_S = 25e-6
CPU_LAYER_OVERHEAD_S = 200e-6
MOE_EFFICIENCY = 0.6
# Prompts: each token is multiplied through every layer's matrices (two operations
# per weight; the token embeddings are only looked up, and the output head runs
# for the last token alone), plus a per-layer cost per token (norms, attention,
# activations). What one thread sustains, before a reply here has measured it.
CPU_PROMPT_GFLOPS_PER_THREAD = 20.0
CPU_PROMPT_LAYER_S = 250e-6


def thread_share(threads: int | None, cores: int) -> float:
    """The share of the machine's speed `threads` threads reach (all cores: 1.0).

    Fewer threads than cores read memory more slowly, though not in proportion:
    one core alone draws more than its share of the bus.
    """
    if threads is None or threads >= cores:
        return 1.0
    return (max(1, threads) / cores) ** 0.5


def _factor(budget: Budget, kind: str, calibrated: bool) -> float:
    return budget.speed_factors.get(kind, 1.0) if calibrated else 1.0


def decode_speed(
    info: ModelInfo,
    n_ctx: int,
    gpu_layers: int,
    budget: Budget,
    kv_type: str = "f16",
    threads: int | None = None,
    calibrated: bool = True,
) -> float:
    """Tokens/s from memory bandwidth: each token reads the active weights and part of the KV."""
    n = info.block_count
    on_gpu = max(0, min(gpu_layers, n))
    active = info.active_bytes_per_token()
    per_layer = (active - info.output_bytes) / n
    # A chat fills its context gradually: count the cache a quarter full.
    kv = kv_cache_bytes(info, n_ctx, kv_type) / 4 / n
    gpu_bytes = on_gpu * (per_layer + kv) + (info.output_bytes if gpu_layers > n else 0)
    cpu_bytes = (n - on_gpu) * (per_layer + kv) + (0 if gpu_layers > n else info.output_bytes)
    share = thread_share(threads, budget.cpu_cores)
    seconds = cpu_bytes / (budget.cpu_bandwidth_gbps * 1e9 * CPU_EFFICIENCY * share)
    seconds += (n - on_gpu) * CPU_LAYER_OVERHEAD_S / share
    if gpu_bytes:
        seconds += gpu_bytes / (budget.gpu_bandwidth_gbps * 1e9 * GPU_EFFICIENCY)
        seconds += on_gpu * GPU_LAYER_OVERHEAD_S
    speed = 1.0 / seconds if seconds > 0 else 0.0
    # Routing tokens to experts costs more than the bytes they read (measured
    # MoE speeds run at roughly 60% of what bandwidth alone predicts).
    if info.is_moe:
        speed *= MOE_EFFICIENCY
    side = "gpu" if gpu_layers > 0 and budget.gpu is not None else "cpu"
    return speed * _factor(budget, f"{side}_decode", calibrated)


def predicted_speed(
    info: ModelInfo,
    profile: HardwareProfile,
    n_ctx: int,
    gpu_layers: int,
    kv_type: str = "f16",
    *,
    threads: int | None = None,
    calibrated: bool = True,
) -> float:
    """Decode tokens/s for `info` with `gpu_layers` on this machine's GPU (0: CPU only)."""
    budget = machine_budget(profile)
    layers = gpu_layers if budget.gpu is not None else 0
    return decode_speed(info, n_ctx, layers, budget, kv_type, threads, calibrated)


def predicted_prompt_speed(
    info: ModelInfo,
    profile: HardwareProfile,
    *,
    threads: int | None = None,
    calibrated: bool = True,
) -> float:
    """Prompt tokens/s on the CPU: the layers' matrices and per-layer work, per thread."""
    budget = machine_budget(profile)
    used = min(threads or budget.cpu_cores, budget.cpu_cores)
    lookup = info.vocab_size * info.embedding_length * (1 if info.output_tied else 2)
    matrices = max(0, info.parameter_count - lookup)
    if info.is_moe:
        matrices = int(
            matrices * min(1.0, info.active_bytes_per_token() / max(1, info.weights_bytes))
        )
    thread_seconds = 2 * matrices / (CPU_PROMPT_GFLOPS_PER_THREAD * 1e9)
    thread_seconds += info.block_count * CPU_PROMPT_LAYER_S
    return used / thread_seconds * _factor(budget, "cpu_prompt", calibrated)


# A prompt shorter than this is mostly start-up time, not computation.
MIN_PROMPT_TOKENS = 64


def reply_sample(
    profile: HardwareProfile,
    info: ModelInfo,
    model_name: str,
    *,
    n_ctx: int,
    threads: int,
    gpu_layers: int,
    decode_tps: float,
    prompt_tokens: int | None = None,
    prompt_seconds: float | None = None,
) -> SpeedSample:
    """What a finished reply measured, beside the uncalibrated predictions for it.

    prompt_tokens and prompt_seconds only when the engine computed the whole prompt
    (its first reply since loading: later ones reuse the cached conversation).
    """
    prompt_tps = predicted_prompt = None
    if prompt_tokens and prompt_seconds and prompt_tokens >= MIN_PROMPT_TOKENS and not gpu_layers:
        prompt_tps = prompt_tokens / prompt_seconds
        predicted_prompt = predicted_prompt_speed(info, profile, threads=threads, calibrated=False)
    predicted = predicted_speed(info, profile, n_ctx, gpu_layers, threads=threads, calibrated=False)
    return SpeedSample(
        machine=machine_key(profile),
        model=model_name,
        n_ctx=n_ctx,
        threads=threads,
        gpu_layers=gpu_layers,
        decode_tps=decode_tps,
        predicted_decode_tps=predicted,
        prompt_tps=prompt_tps,
        predicted_prompt_tps=predicted_prompt,
    )
