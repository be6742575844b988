"""plan(): how to run one model file on one machine, and what that will cost.

The context length is the largest that fits (in steps of 256) up to a default
cap and the model's trained context; at that length as many layers as fit go
to the GPU. A plan that fits only by giving up full GPU offload, when a shorter
(but still comfortable) context would keep everything on the GPU, takes the
shorter context: speed matters more than a context nobody fills.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hearth.gguf.model_info import ModelInfo
from hearth.hardware.profile import HardwareProfile
from hearth.planner.budget import Budget, gb, machine_budget
from hearth.planner.memory import DEFAULT_UBATCH, KV_CELL_PAD, MemorySplit, split_memory
from hearth.planner.speed import decode_speed

DEFAULT_CTX_CAP = 8192
MIN_CTX = 2048
COMFORTABLE_CTX = 4096
# Below this a reply of a few hundred words takes minutes: shown, but not recommended.
USABLE_TOKENS_PER_S = 4.0


# Where a model runs here; the GUI words each (ui/messages.verdict_text).
VerdictKind = Literal["gpu_full", "gpu_partial", "cpu", "too_large"]


@dataclass(frozen=True)
class Verdict:
    """What a person is told: a kind for the GUI, its numbers, and an English sentence."""

    kind: VerdictKind
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "params": self.params}


@dataclass(frozen=True)
class Plan:
    """How the engine should load a model here, and the predicted cost."""

    model_name: str
    n_ctx: int
    gpu_layers: int  # llama.cpp's n_gpu_layers: block_count + 1 puts the head there too
    n_layers: int
    kv_type: str
    flash_attn: bool
    n_ubatch: int
    ram: MemorySplit
    vram: MemorySplit
    budget: Budget
    tokens_per_s: float | None
    verdict: Verdict
    model_path: Path | None = None

    @property
    def fits(self) -> bool:
        return self.verdict.kind != "too_large"

    @property
    def usable(self) -> bool:
        return self.fits and (self.tokens_per_s or 0) >= USABLE_TOKENS_PER_S

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model_name,
            "n_ctx": self.n_ctx,
            "gpu_layers": self.gpu_layers,
            "n_layers": self.n_layers,
            "kv_type": self.kv_type,
            "flash_attn": self.flash_attn,
            "ram": self.ram.to_dict(),
            "vram": self.vram.to_dict(),
            "ram_budget": self.budget.ram_budget,
            "vram_budget": self.budget.vram_budget,
            "tokens_per_s": None if self.tokens_per_s is None else round(self.tokens_per_s, 1),
            "verdict": self.verdict.to_dict(),
        }


def _fits(ram: MemorySplit, vram: MemorySplit, budget: Budget) -> bool:
    if budget.unified:
        return vram.total <= budget.vram_budget and ram.total + vram.total <= budget.ram_budget
    return ram.total <= budget.ram_budget and vram.total <= budget.vram_budget


def cpu_repacks(profile: HardwareProfile) -> bool:
    """Whether llama.cpp's CPU backend keeps repacked copies of Q4 matrices on this CPU."""
    features = set(profile.cpu.features)
    if profile.arch == "x86_64":
        return "avx2" in features
    return profile.arch == "arm64" and bool(features & {"dotprod", "i8mm", "sve"})


@dataclass
class _Option:
    n_ctx: int
    gpu_layers: int
    ram: MemorySplit
    vram: MemorySplit


def _best_offload(info: ModelInfo, n_ctx: int, budget: Budget, **kw: Any) -> _Option | None:
    """The most layers on the GPU that fit at this context (None: not even CPU-only fits)."""
    full = info.block_count + 1
    candidates = range(full, -1, -1) if budget.gpu is not None else range(0, -1, -1)
    for layers in candidates:
        ram, vram = split_memory(info, n_ctx, layers, gpu_reserve=budget.gpu_reserve, **kw)
        if _fits(ram, vram, budget):
            return _Option(n_ctx, layers, ram, vram)
    return None


def _contexts(cap: int) -> list[int]:
    steps = [cap]
    ctx = cap
    while ctx > MIN_CTX:
        ctx = max(MIN_CTX, (ctx * 3 // 4) // KV_CELL_PAD * KV_CELL_PAD)
        steps.append(ctx)
    return steps


def plan(
    info: ModelInfo,
    profile: HardwareProfile,
    n_ctx: int | None = None,
    *,
    ctx_cap: int = DEFAULT_CTX_CAP,
    kv_type: str = "f16",
    flash_attn: bool = False,
    swa_full: bool = True,
    n_ubatch: int = DEFAULT_UBATCH,
    model_path: Path | None = None,
) -> Plan:
    """The plan for `info` on `profile`; n_ctx fixes the context, else the largest that fits.

    The defaults match what Hearth's engine does today (f16 KV cache, no flash
    attention, llama.cpp's full-size sliding-window cache).
    """
    budget = machine_budget(profile)
    kw: dict[str, Any] = {
        "kv_type": kv_type,
        "flash_attn": flash_attn,
        "swa_full": swa_full,
        "n_ubatch": n_ubatch,
        "cpu_repack": cpu_repacks(profile),
        "max_tensor_bytes": budget.gpu_max_tensor_bytes,
    }
    trained = info.context_length or ctx_cap
    if n_ctx is not None:
        contexts = [max(256, min(n_ctx, trained))]
    else:
        contexts = _contexts(min(ctx_cap, trained))
    options = [_best_offload(info, ctx, budget, **kw) for ctx in contexts]
    fitting = [o for o in options if o]
    first = next((i for i, o in enumerate(options) if o), None)
    if first:  # refine between the first fitting step and the one above it, 256 at a time
        low, high = contexts[first], contexts[first - 1]
        while high - low > KV_CELL_PAD:
            middle = (low + high) // 2 // KV_CELL_PAD * KV_CELL_PAD
            option = _best_offload(info, middle, budget, **kw)
            if option is not None and option.gpu_layers >= fitting[0].gpu_layers:
                low, fitting[0] = middle, option
            else:
                high = middle
    if not fitting:
        ctx = contexts[-1]
        layers = info.block_count + 1 if budget.gpu is not None else 0
        ram, vram = split_memory(info, ctx, layers, gpu_reserve=budget.gpu_reserve, **kw)
        return _make(info, budget, _Option(ctx, layers, ram, vram), False, kv_type, kw, model_path)
    chosen = fitting[0]
    if chosen.gpu_layers <= info.block_count:
        full = [
            o for o in fitting if o.gpu_layers > info.block_count and o.n_ctx >= COMFORTABLE_CTX
        ]
        chosen = full[0] if full else chosen
    return _make(info, budget, chosen, True, kv_type, kw, model_path)


def _make(
    info: ModelInfo,
    budget: Budget,
    option: _Option,
    fits: bool,
    kv_type: str,
    kw: dict[str, Any],
    model_path: Path | None,
) -> Plan:
    speed = decode_speed(info, option.n_ctx, option.gpu_layers, budget, kv_type) if fits else None
    verdict = _verdict(info, budget, option, fits, speed)
    return Plan(
        model_name=info.name,
        n_ctx=option.n_ctx,
        gpu_layers=option.gpu_layers,
        n_layers=info.block_count,
        kv_type=kv_type,
        flash_attn=bool(kw["flash_attn"]),
        n_ubatch=int(kw["n_ubatch"]),
        ram=option.ram,
        vram=option.vram,
        budget=budget,
        tokens_per_s=speed,
        verdict=verdict,
        model_path=model_path,
    )


def _verdict(
    info: ModelInfo, budget: Budget, option: _Option, fits: bool, speed: float | None
) -> Verdict:
    n = info.block_count
    if not fits:
        need = option.ram.total + option.vram.total
        have = budget.ram_budget + (0 if budget.unified else budget.vram_budget)
        return Verdict(
            "too_large",
            f"Too large — needs {gb(need)}, you have {gb(have)}",
            {"need_bytes": need, "have_bytes": have, "n_ctx": option.n_ctx},
        )
    rate = round(speed or 0.0, 1)
    rate_text = f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}"
    params: dict[str, Any] = {"tokens_per_s": rate, "n_ctx": option.n_ctx}
    if option.gpu_layers > n:
        spare = budget.vram_budget - option.vram.total
        params.update(spare_bytes=spare, gpu=budget.gpu_label)
        return Verdict("gpu_full", f"Runs fully on your GPU — about {rate_text} tokens/s", params)
    if option.gpu_layers > 0:
        params.update(layers=option.gpu_layers, n_layers=n, gpu=budget.gpu_label)
        return Verdict(
            "gpu_partial",
            f"Partial GPU offload ({option.gpu_layers} of {n} layers) — about {rate_text} tokens/s",
            params,
        )
    params.update(spare_bytes=budget.ram_budget - option.ram.total)
    if budget.gpu_unused_reason:
        params["gpu_unused"] = budget.gpu_unused_reason
    return Verdict("cpu", f"Runs on CPU — about {rate_text} tokens/s", params)
