"""A plan becomes the engine's settings in one place (planner/engine_settings.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from hearth.engine import EngineConfig
from hearth.errors import ModelError
from hearth.gguf import read_model_info
from hearth.planner import Verdict, plan
from hearth.planner.engine_settings import FALLBACK_CTX, engine_config, planned_engine_config
from tests.core.planner.profiles import profile


def test_a_plan_becomes_an_engine_config(starter_model: Path) -> None:
    machine = profile("laptop-8gb")
    expected = plan(read_model_info(starter_model), machine, model_path=starter_model)
    config = planned_engine_config(starter_model, n_threads=2, port=8080, profile=machine)
    assert config == EngineConfig(starter_model, expected.n_ctx, 2, 0, "127.0.0.1", 8080)
    assert engine_config(starter_model, expected, n_threads=2, port=8080) == config


def test_the_plans_gpu_layers_and_a_chosen_context_are_kept(starter_model: Path) -> None:
    gpu = plan(read_model_info(starter_model), profile("desktop-rtx3060-12gb"))
    assert gpu.to_dict()["verdict"]["kind"] == "gpu_full"
    config = planned_engine_config(
        starter_model, n_threads=4, n_ctx=2048, profile=profile("desktop-rtx3060-12gb")
    )
    assert (config.n_ctx, config.gpu_layers) == (2048, 31)  # 30 blocks + the output head


def test_a_plan_that_does_not_fit_is_refused_in_its_own_words(starter_model: Path) -> None:
    fits = plan(read_model_info(starter_model), profile("laptop-8gb"))
    too_large = replace(fits, verdict=Verdict("too_large", "Too large", {"need_bytes": 1}))
    with pytest.raises(ModelError) as refused:
        engine_config(starter_model, too_large, n_threads=1)
    assert refused.value.kind == "model_too_large"
    assert refused.value.message == "Too large"
    assert refused.value.params == {
        "name": starter_model.name,
        "verdict": "too_large",
        "need_bytes": 1,
    }


def test_a_file_without_a_readable_header_gets_the_fallback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a gguf")
    config = planned_engine_config(broken, n_threads=3, profile=profile("laptop-8gb"))
    assert (config.n_ctx, config.gpu_layers, config.n_threads) == (FALLBACK_CTX, 0, 3)
