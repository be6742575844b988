"""The engine's settings for a model file on this machine, from the fit plan.

Context length and GPU layers come from the planner (the user's context, when
they set one, is kept); a model the plan says cannot fit is refused with the
plan's own words before llama.cpp tries and the machine starts swapping.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hearth.engine.host import EngineConfig
from hearth.errors import HearthError, ModelError
from hearth.gguf.model_info import read_model_info
from hearth.hardware import HardwareProfile, detect
from hearth.planner.plan import Plan, plan
from hearth.planner.speed import predicted_speed

log = logging.getLogger(__name__)

FALLBACK_CTX = 4096


def planned_engine_config(
    model_path: Path,
    *,
    n_threads: int,
    n_ctx: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    api_key: str | None = None,
    profile: HardwareProfile | None = None,
) -> EngineConfig:
    """Blocking (reads the header, may detect the hardware): call off the GUI thread."""
    try:
        info = read_model_info(model_path)
    except (HearthError, OSError) as exc:
        # llama.cpp will say more precisely what is wrong with the file.
        log.warning("No plan for %s: %s", model_path, exc)
        return EngineConfig(model_path, n_ctx or FALLBACK_CTX, n_threads, 0, host, port, api_key)
    chosen = plan(info, profile or detect(), n_ctx=n_ctx or None, model_path=model_path)
    return engine_config(
        model_path, chosen, n_threads=n_threads, host=host, port=port, api_key=api_key
    )


def engine_config(
    model_path: Path,
    chosen: Plan,
    *,
    n_threads: int,
    host: str = "127.0.0.1",
    port: int = 0,
    api_key: str | None = None,
) -> EngineConfig:
    """The engine's settings with the plan's context and GPU layers: the one place a plan
    becomes an EngineConfig. A plan that does not fit is a ModelError "model_too_large"."""
    if not chosen.fits:
        raise ModelError(
            "model_too_large",
            chosen.verdict.text,
            name=model_path.name,
            verdict=chosen.verdict.kind,
            **chosen.verdict.params,
        )
    log.info(
        "Plan for %s: %s (context %d, %d GPU layers)",
        model_path.name,
        chosen.verdict.text,
        chosen.n_ctx,
        chosen.gpu_layers,
    )
    return EngineConfig(model_path, chosen.n_ctx, n_threads, chosen.gpu_layers, host, port, api_key)


def offload_speeds(
    model_path: Path,
    n_ctx: int,
    layer_counts: tuple[int, ...],
    profile: HardwareProfile | None = None,
) -> tuple[float | None, ...]:
    """Predicted tokens/s with each of `layer_counts` on the GPU: what a fallback to
    fewer GPU layers costs. None where the model's header cannot be read.

    Blocking (reads the header, may detect the hardware): call off the GUI thread.
    """
    try:
        info = read_model_info(model_path)
    except (HearthError, OSError):
        return tuple(None for _ in layer_counts)
    machine = profile or detect()
    return tuple(predicted_speed(info, machine, n_ctx, layers) for layers in layer_counts)
