"""Hearth's engine path against llama-cpp-python in-process, on the same model.

Alternates pairs of runs of (a) `Llama.create_chat_completion(stream=True)` in
this process and (b) Hearth's engine (child process + streaming client), same
GGUF, prompt, thread count, temperature 0 and max tokens. Prints the medians
of tokens/s (after the first token) and time to first token, and as the last
line `ratio: X.XX` = (b) tokens/s over (a) tokens/s. Target: 0.97 or better.

    .venv/bin/python bench/engine_throughput.py [--pairs 5] [--threads N] [--max-tokens 128]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from hearth import settings
from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.library.installed import starter_model_path

PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper and a storm."}]


def in_process_run(llm: Any, max_tokens: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = last = 0.0
    tokens = 0
    for chunk in llm.create_chat_completion(
        messages=PROMPT, stream=True, temperature=0.0, max_tokens=max_tokens
    ):
        if chunk["choices"][0]["delta"].get("content"):
            now = time.perf_counter() - started
            if tokens == 0:
                first = now
            last = now
            tokens += 1
    return (tokens - 1) / (last - first), first, tokens


def engine_run(engine: Engine, max_tokens: int) -> tuple[float, float, int]:
    stream = stream_chat(
        engine.base_url, PROMPT, ChatParams(temperature=0.0, max_tokens=max_tokens), engine.secret
    )
    for _ in stream:
        pass
    stats = stream.stats
    assert stats.tokens_per_second and stats.first_token_s is not None
    return stats.tokens_per_second, stats.first_token_s, stats.tokens


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=settings.physical_cores())
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    model = args.model or starter_model_path()
    assert model is not None, "starter model not installed"

    from llama_cpp import Llama

    from hearth.engine import ggml_backends

    ggml_backends.ensure_loaded()  # as the engine child does (release builds need it)
    llm = Llama(
        model_path=str(model),
        n_ctx=args.n_ctx,
        n_threads=args.threads,
        n_threads_batch=args.threads,
        verbose=False,
    )
    engine = Engine(EngineConfig(model_path=model, n_ctx=args.n_ctx, n_threads=args.threads))
    engine.start(timeout=300)
    print(f"model {model.name}, threads {args.threads}, max tokens {args.max_tokens}")
    try:
        # One warm-up of each, not counted: first-run page faults and caches.
        in_process_run(llm, 16)
        engine_run(engine, 16)
        rows: dict[str, list[tuple[float, float, int]]] = {"in-process": [], "engine": []}
        for pair in range(args.pairs):
            order = ("in-process", "engine") if pair % 2 == 0 else ("engine", "in-process")
            for name in order:
                run = (
                    in_process_run(llm, args.max_tokens)
                    if name == "in-process"
                    else engine_run(engine, args.max_tokens)
                )
                rows[name].append(run)
                print(
                    f"pair {pair + 1} {name:>10}: {run[0]:7.1f} tok/s, "
                    f"first token {run[1] * 1000:6.1f} ms, {run[2]} tokens"
                )
    finally:
        engine.stop()
    medians = {}
    for name, runs in rows.items():
        speed = statistics.median(r[0] for r in runs)
        ttft = statistics.median(r[1] for r in runs)
        medians[name] = speed
        print(f"median {name:>10}: {speed:7.1f} tok/s, first token {ttft * 1000:6.1f} ms")
    print(f"ratio: {medians['engine'] / medians['in-process']:.2f}")


if __name__ == "__main__":
    main()
