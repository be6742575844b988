"""Speeds measured on this machine, from real replies: what the planner learns from.

Each finished reply records its decode speed (and, when its whole prompt was
computed, its prompt speed) beside what the planner predicted for it before
any calibration. The ratio of the two, over the latest replies, is this
machine's efficiency against the planner's model: its memory, its cores, its
drivers, what usually runs beside Hearth. Predictions for every other model on
this machine are scaled by it, and a model that has replied here shows its
measured speed instead of a prediction.

Samples are kept per machine: a changed CPU, RAM size or GPU starts afresh.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.hardware.bandwidth import cache_key
from hearth.hardware.profile import HardwareProfile, SpeedCalibration

logger = logging.getLogger(__name__)

SAMPLES_FILE = "speed_samples.json"
MAX_SAMPLES = 200
# The latest replies of a kind that set its factor: recent enough to follow a
# driver update, enough that one odd reply does not move it much.
RECENT = 20
# A ratio outside this range says more about that reply (the machine was asleep,
# a tiny reply) than about the machine: such samples are not used.
PLAUSIBLE_RATIO = (0.1, 10.0)
# Replies shorter than this say little about decode speed (start-up dominates).
MIN_TOKENS = 8


@dataclass(frozen=True)
class SpeedSample:
    """One reply: where it ran and how fast, against the uncalibrated prediction."""

    machine: str  # machine_key(): samples of other hardware are not used
    model: str  # the GGUF's file name
    n_ctx: int
    threads: int
    gpu_layers: int  # as llama.cpp placed them (0: the CPU only)
    decode_tps: float
    predicted_decode_tps: float
    prompt_tps: float | None = None
    predicted_prompt_tps: float | None = None
    at: float = 0.0

    @property
    def side(self) -> str:
        return "gpu" if self.gpu_layers > 0 else "cpu"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeedSample:
        def number(key: str) -> float | None:
            value = data.get(key)
            return float(value) if isinstance(value, (int, float)) else None

        return cls(
            machine=str(data["machine"]),
            model=str(data["model"]),
            n_ctx=int(data["n_ctx"]),
            threads=int(data["threads"]),
            gpu_layers=int(data["gpu_layers"]),
            decode_tps=float(data["decode_tps"]),
            predicted_decode_tps=float(data["predicted_decode_tps"]),
            prompt_tps=number("prompt_tps"),
            predicted_prompt_tps=number("predicted_prompt_tps"),
            at=float(data.get("at") or 0.0),
        )


def machine_key(profile: HardwareProfile) -> str:
    """The bandwidth cache's hardware key, with the GPUs (replies run on them too)."""
    gpus = ",".join(sorted(g.name for g in profile.gpus))
    return f"{cache_key(profile.cpu, profile.memory)}|{gpus}"


def samples_path() -> Path:
    return paths.cache_dir() / SAMPLES_FILE


def load_samples(path: Path | None = None) -> list[SpeedSample]:
    """The recorded samples, oldest first; none when the file is missing or damaged."""
    try:
        raw = json.loads((path or samples_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    samples = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            samples.append(SpeedSample.from_dict(entry))
        except (KeyError, TypeError, ValueError):
            continue  # one damaged entry does not lose the others
    return samples


def record(sample: SpeedSample, path: Path | None = None) -> None:
    """Add a sample, keeping the latest MAX_SAMPLES; written whole, then renamed."""
    if sample.decode_tps <= 0 or sample.predicted_decode_tps <= 0:
        return
    target = path or samples_path()
    stamped = sample if sample.at else SpeedSample(**{**asdict(sample), "at": time.time()})
    kept = [*load_samples(target), stamped][-MAX_SAMPLES:]
    tmp = target.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps([asdict(s) for s in kept]), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        logger.warning("Could not keep the measured speed: %s", exc)


def _ratio(measured: float | None, predicted: float | None) -> float | None:
    if not measured or not predicted:
        return None
    ratio = measured / predicted
    low, high = PLAUSIBLE_RATIO
    return ratio if low <= ratio <= high else None


def calibration(samples: list[SpeedSample], machine: str) -> SpeedCalibration:
    """Factors (measured over predicted, the median of the latest RECENT of each kind)
    and the latest measured decode speed of each model, from this machine's samples."""
    ours = [s for s in samples if s.machine == machine]
    ratios: dict[str, list[float]] = {}
    measured: dict[str, float] = {}
    for sample in ours:
        for kind, ratio in (
            (f"{sample.side}_decode", _ratio(sample.decode_tps, sample.predicted_decode_tps)),
            (f"{sample.side}_prompt", _ratio(sample.prompt_tps, sample.predicted_prompt_tps)),
        ):
            if ratio is not None:
                ratios.setdefault(kind, []).append(ratio)
        measured[sample.model] = round(sample.decode_tps, 1)
    factors = {kind: statistics.median(values[-RECENT:]) for kind, values in ratios.items()}
    return SpeedCalibration(factors=factors, samples=len(ours), measured=measured)


def current(profile: HardwareProfile, path: Path | None = None) -> SpeedCalibration:
    """What this machine's recorded replies say (empty before the first reply)."""
    return calibration(load_samples(path), machine_key(profile))
