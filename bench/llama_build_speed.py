"""The release llama.cpp build (portable, CPU variant picked at run time) against another
build of the same version, usually a plain `pip install` one compiled with -march=native.

Each build runs in its own fresh process, alternating, with the starter model:
generation tokens/s (median of 5 replies of up to 160 tokens) and prompt tokens/s
(median of 3 evaluations of ~320 tokens). Ratio = release / reference.

    pip install --no-deps --target /tmp/native llama-cpp-python==0.3.36   # ~10 min compile
    .venv/bin/python bench/llama_build_speed.py --reference /tmp/native [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

MEASURE = """
import json, statistics, sys, time
import llama_cpp
from llama_cpp import Llama
if sys.argv[2] == "release":
    from hearth.engine import ggml_backends
    ggml_backends.ensure_loaded()
llm = Llama(model_path=sys.argv[1], n_ctx=1024, n_threads=2, verbose=False, seed=1)
rates = []
for _ in range(5):
    started = time.perf_counter()
    out = llm.create_chat_completion(
        [{"role": "user", "content": "Write a long story about a lighthouse keeper."}],
        max_tokens=160, temperature=0, seed=1,
    )
    rates.append(out["usage"]["completion_tokens"] / (time.perf_counter() - started))
tokens = llm.tokenize(("the lighthouse keeper counts the waves. " * 40).encode())
prompt = []
for _ in range(3):
    llm.reset()
    started = time.perf_counter()
    llm.eval(tokens)
    prompt.append(len(tokens) / (time.perf_counter() - started))
print(json.dumps({"gen": statistics.median(rates), "prompt": statistics.median(prompt)}))
"""


def run(model: Path, which: str, reference: Path) -> dict[str, float]:
    env = dict(os.environ)
    if which == "reference":
        env["PYTHONPATH"] = str(reference)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(model), which],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", type=Path, required=True, help="folder holding llama_cpp")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from hearth.library.installed import starter_model_path

    model = starter_model_path()  # the bundled SmolLM2 135M
    assert model is not None, "the starter model is not installed"
    results: dict[str, list[dict[str, float]]] = {"release": [], "reference": []}
    for _ in range(args.rounds):
        for which in results:
            results[which].append(run(model, which, args.reference))
    for key in ("gen", "prompt"):
        release = statistics.median(r[key] for r in results["release"])
        reference = statistics.median(r[key] for r in results["reference"])
        print(
            f"{key:>6}: release {release:.1f} tok/s, reference {reference:.1f} tok/s, "
            f"ratio {release / reference:.2f}"
        )


if __name__ == "__main__":
    main()
