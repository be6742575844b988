"""Evaluating the catalog on a machine, and ranking what fits for a use case.

Each entry is planned with every quant; the best quant is the highest-quality
one that fits and runs at a usable speed (else the one that fits best). The
ranking for a use prefers quality (the entry's score for that use, nudged by
the quant's precision) among usable entries, and breaks ties by speed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hearth.catalog.info import model_info_for
from hearth.catalog.model import USES, Catalog, CatalogEntry, Quant
from hearth.hardware.profile import HardwareProfile
from hearth.planner.budget import FALLBACK_CPU_BANDWIDTH_GBPS, gb
from hearth.planner.memory import MIB
from hearth.planner.plan import Plan, plan

# How much of a model's quality each precision keeps (Q8_0 is near-lossless).
_BITS_QUALITY = {2: 0.80, 3: 0.90, 4: 0.96, 5: 0.98, 6: 0.99, 8: 1.0, 16: 1.0, 32: 1.0}


# A plan leaving less than this share of its budget free is "tight", and is not
# recommended (Discover still lists it, with its verdict). The budgets already keep
# the system's share (RAM: 20%, at least 1.5 GB; VRAM: the runtime's and 512 MB);
# this margin is for what a person does beside the chat: a browser's tabs, an
# office document, an update, all of which grow after the model has loaded. A tenth
# of the budget, and never under 256 MB (a few browser tabs), on small machines too.
TIGHT_HEADROOM = 0.1
TIGHT_MIN_SPARE = 256 * MIB


def _limiting_budget(plan_: Plan) -> tuple[int, int]:
    """(budget, use) of what limits the plan: VRAM when on the GPU, else RAM."""
    budget = plan_.budget
    if plan_.gpu_layers > 0 and budget.vram_budget:
        return budget.vram_budget, plan_.vram.total
    return budget.ram_budget, plan_.ram.total


def spare_bytes(plan_: Plan) -> int:
    """What the limiting budget (VRAM when on the GPU, else RAM) has left."""
    limit, used = _limiting_budget(plan_)
    return limit - used


def headroom(plan_: Plan) -> float:
    """The share of the limiting budget (VRAM when on the GPU, else RAM) left free."""
    limit, used = _limiting_budget(plan_)
    return (limit - used) / max(1, limit)


def roomy(plan_: Plan) -> bool:
    """Whether the plan leaves the margin a recommendation keeps (TIGHT_HEADROOM)."""
    return headroom(plan_) >= TIGHT_HEADROOM and spare_bytes(plan_) >= TIGHT_MIN_SPARE


def quant_quality(quant: Quant) -> float:
    bits = int(quant.bits)
    return _BITS_QUALITY.get(bits, 0.96 if bits > 4 else 0.85)


@dataclass(frozen=True)
class Evaluation:
    """One catalog entry on this machine: the chosen quant, its plan, and the others'."""

    entry: CatalogEntry
    quant: Quant
    plan: Plan
    plans: dict[str, Plan]

    @property
    def fits(self) -> bool:
        return self.plan.fits

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entry.id,
            "name": self.entry.name,
            "family": self.entry.family,
            "license": self.entry.license,
            "params_b": self.entry.params_b,
            "active_params_b": self.entry.active_params_b,
            "repo": self.entry.repo,
            "quant": self.quant.name,
            "files": [f.to_dict() for f in self.quant.files],
            "size_bytes": self.quant.size,
            "strengths": dict(self.entry.strengths),
            "plan": self.plan.to_dict(),
            "quants": {name: p.verdict.to_dict() for name, p in self.plans.items()},
        }


@dataclass(frozen=True)
class Recommendation:
    evaluation: Evaluation
    use: str
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        data = self.evaluation.to_dict()
        data.update(use=self.use, score=round(self.score, 2), reason=self.reason)
        return data


def _choose(plans: dict[str, Plan], quants: tuple[Quant, ...]) -> Quant:
    by_name = {q.name: q for q in quants}
    usable = [by_name[n] for n, p in plans.items() if p.usable]
    if usable:
        return max(usable, key=lambda q: (quant_quality(q), -q.size))
    fitting = [by_name[n] for n, p in plans.items() if p.fits]
    if fitting:
        return max(fitting, key=lambda q: plans[q.name].tokens_per_s or 0.0)
    return min(quants, key=lambda q: q.size)


def evaluate_entry(
    entry: CatalogEntry, profile: HardwareProfile, n_ctx: int | None = None
) -> Evaluation:
    plans = {q.name: plan(model_info_for(entry, q), profile, n_ctx) for q in entry.quants}
    quant = _choose(plans, entry.quants)
    return Evaluation(entry, quant, plans[quant.name], plans)


def evaluate_catalog(
    catalog: Catalog | Iterable[CatalogEntry], profile: HardwareProfile, n_ctx: int | None = None
) -> list[Evaluation]:
    """Every entry evaluated on this machine, in catalog order."""
    return [evaluate_entry(entry, profile, n_ctx) for entry in catalog]


def reason(evaluation: Evaluation) -> str:
    """One line a person understands: where it runs, the room to spare, the speed."""
    plan_ = evaluation.plan
    kind = plan_.verdict.kind
    budget = plan_.budget
    rate = plan_.tokens_per_s or 0.0
    speed = f"about {rate:.0f} tokens/s" if rate >= 10 else f"about {rate:.1f} tokens/s"
    if kind == "too_large":
        return plan_.verdict.text
    if kind == "gpu_full":
        spare = budget.vram_budget - plan_.vram.total
        memory = "memory" if budget.unified else "GPU"
        return f"fits your {gb(budget.vram_total)} {memory} with {gb(spare)} to spare, {speed}"
    if kind == "gpu_partial":
        return (
            f"{plan_.gpu_layers} of {plan_.n_layers} layers on your GPU, the rest in RAM, {speed}"
        )
    spare = budget.ram_budget - plan_.ram.total
    return f"runs on your CPU with {gb(spare)} of RAM to spare, {speed}"


def recommend(
    evaluations: list[Evaluation], use: str = "chat", limit: int = 5
) -> list[Recommendation]:
    """The best entries for `use` that run at a usable speed here with room to spare
    (see TIGHT_HEADROOM), best first."""
    if use not in USES:
        raise ValueError(f"use must be one of {', '.join(USES)}")
    ranked: list[Recommendation] = []
    for evaluation in evaluations:
        entry = evaluation.entry
        if not evaluation.plan.usable or entry.score(use) <= 0 or "test-model" in entry.tags:
            continue
        if not roomy(evaluation.plan):
            continue  # it runs, but leaves the machine no room for anything else
        score = entry.score(use) * quant_quality(evaluation.quant)
        ranked.append(Recommendation(evaluation, use, score, reason(evaluation)))
    ranked.sort(key=lambda r: (r.score, r.evaluation.plan.tokens_per_s or 0.0), reverse=True)
    return ranked[:limit]


# A first model should arrive in one sitting, answer faster than people read,
# leave the computer room for its other programs and be clearly better than the
# built-in one (the catalog's toy models rate under 4 of 10 for chat); bigger
# ones are a click away on the Discover page once the person knows Hearth.
FIRST_MODEL_MAX_DOWNLOAD = 8 * 10**9
FIRST_MODEL_MIN_TOKENS_PER_S = 7.0
FIRST_MODEL_MIN_STRENGTH = 4


def first_model(evaluations: list[Evaluation]) -> Evaluation | None:
    """The model to suggest first, or None when nothing runs here better than the built-in one.

    The planner's ranking for chat, narrowed to downloads (not the bundled
    model) that are comfortable as a first model; the planner's best when none is.
    """
    ranked = [
        r.evaluation
        for r in recommend(evaluations, "chat", len(evaluations))
        if r.evaluation.entry.source == "hub"
    ]
    best = [e for e in ranked if comfortable(e)] or ranked
    return best[0] if best else None


def comfortable(evaluation: Evaluation) -> bool:
    """A quick download of a real chat model that answers faster than people read, with room."""
    return (
        evaluation.entry.score("chat") >= FIRST_MODEL_MIN_STRENGTH
        and evaluation.quant.size <= FIRST_MODEL_MAX_DOWNLOAD
        and (evaluation.plan.tokens_per_s or 0.0) >= FIRST_MODEL_MIN_TOKENS_PER_S
        and roomy(evaluation.plan)
    )


# The first pick must not change from one start to the next on the same machine,
# but a measured memory bandwidth varies by half with what else the machine is
# doing (#16: 12.9, 34.1 and 40.8 GB/s on three first starts), and a pick that
# followed it flipped between models. So the first pick is planned with a steady
# bandwidth for what runs from system RAM: an ordinary dual-channel laptop's. A
# GPU keeps its own (its specifications or its driver's clocks, which do not vary).
# The figures shown, and Discover's ranking, use what was measured.
FIRST_PICK_CPU_BANDWIDTH_GBPS = FALLBACK_CPU_BANDWIDTH_GBPS


def steady_profile(profile: HardwareProfile) -> HardwareProfile:
    """The profile the first pick is planned on: measured RAM bandwidth made steady."""
    steady = copy.deepcopy(profile)
    measured = profile.memory.bandwidth_gbps
    if profile.memory.bandwidth_source == "measured" or measured is None:
        steady.memory.bandwidth_gbps = FIRST_PICK_CPU_BANDWIDTH_GBPS
        for gpu in steady.gpus:
            # An integrated GPU without a table figure was given the RAM's.
            if gpu.integrated and gpu.bandwidth_gbps in (measured, None):
                gpu.bandwidth_gbps = FIRST_PICK_CPU_BANDWIDTH_GBPS
    return steady


def stable_first_model(
    catalog: Catalog | Iterable[CatalogEntry],
    profile: HardwareProfile,
    evaluations: list[Evaluation],
    n_ctx: int | None = None,
) -> Evaluation | None:
    """first_model() planned on steady_profile(), returned with this machine's plan
    (its real speed and room) for the entry and quant it picked."""
    pick = first_model(evaluate_catalog(catalog, steady_profile(profile), n_ctx))
    if pick is None:
        return None
    actual = next((e for e in evaluations if e.entry.id == pick.entry.id), None)
    if actual is None or pick.quant.name not in actual.plans:
        return pick
    return Evaluation(actual.entry, pick.quant, actual.plans[pick.quant.name], actual.plans)
