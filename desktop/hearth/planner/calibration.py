"""Calibration from real use: each finished reply teaches the planner this machine.

The GUI calls record_reply() (off its thread) when a reply ends, with the
profile the engine was planned on; detect() then
carries the new factors in profile.speed, and every plan made after it predicts
with them (planner/speed.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from hearth.errors import HearthError
from hearth.gguf import read_model_info
from hearth.hardware import speed_samples
from hearth.hardware.profile import HardwareProfile
from hearth.hardware.speed_samples import MIN_TOKENS, SpeedSample
from hearth.planner.speed import reply_sample

log = logging.getLogger(__name__)


def record_reply(
    model_path: Path,
    *,
    n_ctx: int,
    threads: int,
    gpu_layers: int,
    tokens: int,
    decode_tps: float | None,
    prompt_tokens: int | None = None,
    prompt_seconds: float | None = None,
    profile: HardwareProfile,
    path: Path | None = None,
) -> SpeedSample | None:
    """Keep what a finished reply measured (in `path`, by default this user's
    samples file); None when it says too little (a reply of a few tokens) or the
    model file cannot be read any more."""
    if not decode_tps or tokens < MIN_TOKENS:
        return None
    try:
        info = read_model_info(model_path)
    except (HearthError, OSError) as exc:
        log.info("Speed not recorded: %s", exc)
        return None
    sample = reply_sample(
        profile,
        info,
        model_path.name,
        n_ctx=n_ctx,
        threads=threads,
        gpu_layers=gpu_layers,
        decode_tps=decode_tps,
        prompt_tokens=prompt_tokens,
        prompt_seconds=prompt_seconds,
    )
    speed_samples.record(sample, path)
    return sample
