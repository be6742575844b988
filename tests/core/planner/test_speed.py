"""The speed model, and how one real reply calibrates it for every model on the machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth.gguf import read_model_info
from hearth.hardware import speed_samples
from hearth.planner import plan
from hearth.planner.calibration import record_reply
from hearth.planner.speed import predicted_prompt_speed, predicted_speed, thread_share
from tests.core.planner.profiles import profile


def test_fewer_threads_are_slower_but_not_in_proportion(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    machine = profile("laptop-8gb")  # 4 physical cores
    assert machine.cpu.physical_cores == 4
    all_cores = predicted_speed(info, machine, 2048, 0)
    one = predicted_speed(info, machine, 2048, 0, threads=1)
    assert all_cores / 4 < one < all_cores
    assert predicted_speed(info, machine, 2048, 0, threads=16) == all_cores
    assert thread_share(1, 4) == 0.5 and thread_share(None, 4) == 1.0
    # Prompts are computed, not read: they follow the threads.
    prompt_one = predicted_prompt_speed(info, machine, threads=1)
    assert predicted_prompt_speed(info, machine, threads=4) == pytest.approx(4 * prompt_one)


def test_one_reply_calibrates_this_model_and_the_others(
    starter_model: Path, gemma_model: Path, hearth_home: Path
) -> None:
    """The starter measured at half the predicted speed: its own prediction becomes
    what was measured, and Gemma's (never run here) moves by the same factor."""
    machine = profile("laptop-8gb")
    starter, gemma = read_model_info(starter_model), read_model_info(gemma_model)
    before = {m.name: plan(m, machine, 2048).tokens_per_s for m in (starter, gemma)}
    assert before[starter.name] and before[gemma.name]
    measured = predicted_speed(starter, machine, 2048, 0, threads=4) / 2
    sample = record_reply(
        starter_model, n_ctx=2048, threads=4, gpu_layers=0, tokens=64,
        decode_tps=measured, prompt_tokens=300, prompt_seconds=1.5, profile=machine,
    )  # fmt: skip
    assert sample is not None and sample.prompt_tps == pytest.approx(200.0)
    machine.speed = speed_samples.current(machine)
    assert machine.speed.factors["cpu_decode"] == pytest.approx(0.5)
    assert machine.speed.measured == {starter_model.name: round(measured, 1)}
    after = {m.name: plan(m, machine, 2048).tokens_per_s for m in (starter, gemma)}
    assert after[starter.name] == pytest.approx(measured)
    assert after[gemma.name] == pytest.approx(before[gemma.name] / 2)  # type: ignore[operator]
    prompt = predicted_prompt_speed(starter, machine, threads=4)
    assert prompt == pytest.approx(200.0)
    assert predicted_prompt_speed(starter, machine, threads=4, calibrated=False) != prompt


def test_a_short_or_unreadable_reply_teaches_nothing(starter_model: Path, tmp_path: Path) -> None:
    machine = profile("laptop-8gb")
    short = record_reply(
        starter_model, n_ctx=2048, threads=4, gpu_layers=0, tokens=3, decode_tps=50.0,
        profile=machine,
    )  # fmt: skip
    gone = record_reply(
        tmp_path / "deleted.gguf", n_ctx=2048, threads=4, gpu_layers=0, tokens=64,
        decode_tps=50.0, profile=machine,
    )  # fmt: skip
    assert short is None and gone is None
    assert speed_samples.load_samples() == []
