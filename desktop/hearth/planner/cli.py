"""`hearth recommend [--json] [--ctx N] [--use USE] [--profile FILE]`.

Text: the best models for each use (or the one asked for) with a one-line
reason, then every catalog entry with its verdict. JSON: the machine's
budgets, the recommendations and every catalog entry evaluated.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hearth.catalog.model import USES
from hearth.errors import HearthError
from hearth.planner.budget import gb
from hearth.planner.recommend import Evaluation, evaluate_catalog, recommend

TOP = 5


def add_recommend_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `recommend` subcommand to the `hearth` command's subparsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "recommend", help="which models run well on this computer, and how fast"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--ctx",
        type=int,
        default=None,
        help="context length in tokens (default: the largest that fits)",
    )
    parser.add_argument("--use", choices=USES, default=None, help="rank for this use only")
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="plan for the machine in this JSON file (from `hearth detect --json`)",
    )
    return parser


def _profile(path: Path | None) -> Any:
    from hearth.hardware import HardwareProfile, detect

    if path is None:
        return detect()
    try:
        return HardwareProfile.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise HearthError(
            "profile_unreadable",
            f"{path} is not a hardware profile from `hearth detect --json`: {exc}",
            path=str(path),
        ) from exc


def _machine(evaluations: list[Evaluation]) -> dict[str, Any]:
    if not evaluations:
        return {}
    budget = evaluations[0].plan.budget
    return {
        "ram_total_bytes": budget.ram_total,
        "ram_budget_bytes": budget.ram_budget,
        "gpu": budget.gpu_label or None,
        "vram_total_bytes": budget.vram_total,
        "vram_budget_bytes": budget.vram_budget,
        "unified_memory": budget.unified,
        "gpu_unused_reason": budget.gpu_unused_reason or None,
    }


def _describe_machine(machine: dict[str, Any]) -> str:
    text = f"RAM {gb(machine['ram_total_bytes'])} ({gb(machine['ram_budget_bytes'])} for models)"
    if machine.get("gpu"):
        text += f"; GPU {machine['gpu']}, {gb(machine['vram_total_bytes'])}"
    elif machine.get("gpu_unused_reason"):
        text += f"; GPU not used: {machine['gpu_unused_reason']}"
    else:
        text += "; no GPU Hearth can use"
    return text


def run_recommend(args: argparse.Namespace) -> int:
    """Print the recommendations; 0 on success, 1 when the catalog or profile cannot be read."""
    from hearth.catalog import default_catalog

    try:
        catalog = default_catalog()
        profile = _profile(getattr(args, "profile", None))
    except HearthError as exc:
        print(f"hearth: {exc}")
        return 1
    evaluations = evaluate_catalog(catalog, profile, args.ctx)
    uses = [args.use] if args.use else list(USES)
    ranked = {use: recommend(evaluations, use, TOP) for use in uses}
    machine = _machine(evaluations)
    if args.json:
        payload = {
            "machine": machine,
            "n_ctx": args.ctx,
            "recommendations": {use: [r.to_dict() for r in recs] for use, recs in ranked.items()},
            "entries": [e.to_dict() for e in evaluations],
        }
        print(json.dumps(payload, indent=2))
        return 0
    print(f"This computer: {_describe_machine(machine)}")
    for use, recs in ranked.items():
        print(f"\nBest for {use}:")
        if not recs:
            print("  Nothing in the catalog runs at a usable speed here.")
        for rec in recs:
            entry = rec.evaluation.entry
            print(f"  {entry.name} {rec.evaluation.quant.name}: {rec.reason}")
    print("\nEvery model in the catalog:")
    width = max(len(e.entry.name) for e in evaluations) + 8
    for evaluation in evaluations:
        label = f"{evaluation.entry.name} {evaluation.quant.name}"
        size = f"{evaluation.quant.size / 1e9:.1f} GB"
        print(f"  {label:<{width}} {size:>8}  {evaluation.plan.verdict.text}")
    return 0
