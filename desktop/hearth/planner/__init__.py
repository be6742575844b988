"""The fit planner: memory and speed of a model on this machine, verdicts, recommendations.

`plan(model_info, profile, n_ctx=None)` gives a `Plan` (context, GPU layers,
predicted RAM/VRAM split, tokens/s, verdict); `engine_settings` turns a plan
into what the engine loads with. `recommend(catalog, profile, use)` ranks catalog
entries for a use case with one-line reasons.
"""

from hearth.planner.budget import Budget, machine_budget
from hearth.planner.memory import MemorySplit
from hearth.planner.plan import Plan, Verdict, plan

__all__ = ["Budget", "MemorySplit", "Plan", "Verdict", "machine_budget", "plan"]
