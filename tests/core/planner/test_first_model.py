"""The first model the welcome suggests: a quick download that answers faster than reading."""

from __future__ import annotations

import pytest

from hearth.catalog import default_catalog
from hearth.planner.recommend import (
    FIRST_MODEL_MAX_DOWNLOAD,
    FIRST_MODEL_MIN_TOKENS_PER_S,
    TIGHT_HEADROOM,
    comfortable,
    evaluate_catalog,
    first_model,
    headroom,
    recommend,
)
from tests.core.planner.profiles import NAMES, profile


@pytest.mark.parametrize("machine", NAMES)
def test_the_first_model_is_a_quick_download_that_answers_faster_than_reading(
    machine: str,
) -> None:
    evaluations = evaluate_catalog(default_catalog(), profile(machine))
    choice = first_model(evaluations)
    assert choice is not None and choice.entry.source == "hub"
    assert choice.quant.size <= FIRST_MODEL_MAX_DOWNLOAD
    assert (choice.plan.tokens_per_s or 0) >= FIRST_MODEL_MIN_TOKENS_PER_S
    assert headroom(choice.plan) >= TIGHT_HEADROOM
    # Among those, the planner's order: nothing it ranks higher is as comfortable.
    ranked = [r.evaluation for r in recommend(evaluations, "chat", len(evaluations))]
    before = ranked[: ranked.index(choice)]
    assert not any(comfortable(e) and e.entry.source == "hub" for e in before)


def test_a_slow_computer_gets_the_planners_best_rather_than_a_toy() -> None:
    slow = profile("laptop-4gb-cpu")
    slow.memory.bandwidth_gbps = 6.0  # nothing worth having answers faster than reading here
    evaluations = evaluate_catalog(default_catalog(), slow)
    choice = first_model(evaluations)
    assert choice is not None and not comfortable(choice)
    assert choice == recommend(evaluations, "chat", 1)[0].evaluation
    assert choice.entry.score("chat") >= 3  # not SmolLM2 360M, merely because it is fast
