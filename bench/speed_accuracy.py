"""How close the planner's speed predictions are to what the engine measures here,
before and after calibrating from one reply.

For the starter model (SmolLM2 135M) and Gemma 3 270M on the CPU at 1 and 2
threads, measures decode tokens/s (after the first token) and prompt tokens/s
(a fresh prompt of ~200 tokens over the time to its first token), the median
of REPLIES replies, and compares them with the planner's predictions:

- before: the planner's model alone (this machine's measured memory bandwidth);
- after: calibrated from one reply, the starter's at 2 threads, as the app does
  after a person's first reply (hardware/speed_samples.py).

Prints one row per model, threads and quantity, `before max_error: X%`, and as
the last line `max_error: X%` (the largest relative error after calibration).
Goal: 20% or less after calibration.

    .venv/bin/python bench/speed_accuracy.py [--replies 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from hearth.engine import ChatParams, Engine, EngineConfig, count_tokens, stream_chat
from hearth.gguf import ModelInfo, read_model_info
from hearth.hardware import detect, speed_samples
from hearth.hardware.profile import HardwareProfile, SpeedCalibration
from hearth.library.installed import starter_model_path
from hearth.planner.speed import predicted_prompt_speed, predicted_speed, reply_sample

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_accuracy import gemma_path

N_CTX = 2048
THREADS = (1, 2)
FACTS = " ".join(
    f"Fact {i}: the river near the old mill carries stones downstream in spring." for i in range(14)
)
PROMPT = f"{FACTS}\n\nRetell these facts as a long story about the river, in many sentences."
WARM_UP = [{"role": "user", "content": "Hi!"}]
MAX_TOKENS = 96


@dataclass
class Measured:
    model: str
    threads: int
    decode: float
    prompt: float
    prompt_tokens: int


def measure(path: Path, threads: int, replies: int) -> Measured:
    engine = Engine(EngineConfig(path, N_CTX, threads, 0))
    engine.start(timeout=300)
    decode, prompt = [], []
    try:
        params = ChatParams(temperature=0.0, max_tokens=MAX_TOKENS)
        for _ in stream_chat(engine.base_url, WARM_UP, params, engine.secret):
            pass
        tokens = count_tokens(engine.base_url, PROMPT, engine.secret)
        for index in range(replies):
            # A different first word each time: the engine reuses a cached prompt.
            message = [{"role": "user", "content": f"({index}) {PROMPT}"}]
            stream = stream_chat(engine.base_url, message, params, engine.secret)
            for _ in stream:
                pass
            if stream.stats.tokens_per_second:
                decode.append(stream.stats.tokens_per_second)
            if stream.stats.first_token_s:
                prompt.append(tokens / stream.stats.first_token_s)
    finally:
        engine.stop()
    if not decode or not prompt:
        sys.exit(f"{path.name} at {threads} threads gave no timed reply")
    return Measured(
        path.name, threads, statistics.median(decode), statistics.median(prompt), tokens
    )


def predictions(info: ModelInfo, profile: HardwareProfile, threads: int) -> tuple[float, float]:
    decode = predicted_speed(info, profile, N_CTX, 0, threads=threads)
    return decode, predicted_prompt_speed(info, profile, threads=threads)


def error(predicted: float, measured: float) -> float:
    return abs(predicted - measured) / measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=3)
    args = parser.parse_args()
    starter = starter_model_path()
    if starter is None:
        sys.exit("The starter model is not installed (python3 dev.py setup).")
    profile = detect()
    profile.speed = SpeedCalibration()  # the planner's model alone
    print(
        f"memory bandwidth: {profile.memory.bandwidth_gbps} GB/s"
        f" ({profile.memory.bandwidth_source}), {profile.cpu.physical_cores} cores"
    )
    paths = {starter.name: starter, "gemma": gemma_path()}
    infos = {name: read_model_info(path) for name, path in paths.items()}
    results = [
        (name, measure(path, t, args.replies)) for name, path in paths.items() for t in THREADS
    ]
    before = {
        (name, m.threads): predictions(infos[name], profile, m.threads) for name, m in results
    }
    reference = next(m for name, m in results if name == starter.name and m.threads == 2)
    sample = reply_sample(
        profile,
        infos[starter.name],
        starter.name,
        n_ctx=N_CTX,
        threads=2,
        gpu_layers=0,
        decode_tps=reference.decode,
        prompt_tokens=reference.prompt_tokens,
        prompt_seconds=reference.prompt_tokens / reference.prompt,
    )
    profile.speed = speed_samples.calibration([sample], sample.machine)
    print(f"calibrated from one reply of {starter.name} at 2 threads: {profile.speed.factors}")
    print(
        f"{'model':34} {'thr':>3} {'quantity':8} {'measured':>9} {'before':>9} {'err':>6}"
        f" {'after':>9} {'err':>6}"
    )
    errors_before, errors_after = [], []
    for name, m in results:
        after = predictions(infos[name], profile, m.threads)
        for what, measured_value, old, new in (
            ("decode", m.decode, before[(name, m.threads)][0], after[0]),
            ("prompt", m.prompt, before[(name, m.threads)][1], after[1]),
        ):
            errors_before.append(error(old, measured_value))
            errors_after.append(error(new, measured_value))
            print(
                f"{infos[name].name[:34]:34} {m.threads:>3} {what:8} {measured_value:>9.1f}"
                f" {old:>9.1f} {errors_before[-1] * 100:>5.0f}% {new:>9.1f}"
                f" {errors_after[-1] * 100:>5.0f}%"
            )
    print(f"before max_error: {max(errors_before) * 100:.1f}%")
    print(f"max_error: {max(errors_after) * 100:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
