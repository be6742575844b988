"""Every llama.cpp CPU variant this processor runs, timed; and the one Hearth chose.

Each variant ggml scores above 0 here runs the same work in its own child
(hearth.hardware.cpu_selftest: the starter model, a prompt batch and
single-token decodes), `--rounds` times, interleaved so that a busy moment
hits every variant alike; the best round of each counts. Prints a table of
prompt and decode tokens/s, Hearth's choice (hardware/cpu_code.py) and its
self-test time, and last `best_vs_chosen: X.XX` = the chosen variant's decode
speed over the fastest one's (goal: 0.95 or better).

    .venv/bin/python bench/cpu_variants.py [--rounds 3] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hearth import settings
from hearth.hardware import cpu_code, cpu_selftest, ggml_probe, llama_backends
from hearth.resources import starter_model_path

DECODE_STEPS = 48  # enough single-token decodes for a steady figure


def run_variant(libdir: Path, variant: str, model: Path, threads: int) -> dict[str, float] | None:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                *(sys.executable, "-m", "hearth.hardware.cpu_selftest", str(libdir), variant),
                *(str(model), str(Path(folder) / "logits.f32"), str(threads), str(DECODE_STEPS)),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(cpu_selftest.MARKER):
            values = json.loads(line[len(cpu_selftest.MARKER) :])
            if "decode_tps" in values:
                return values
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=settings.physical_cores())
    args = parser.parse_args()
    libdir = llama_backends.find_lib_dir()
    model = starter_model_path()
    assert libdir is not None and model is not None, "run dev.py first"
    chosen = cpu_code.choose(libdir, model)
    scores = ggml_probe.variant_scores(str(libdir))
    runnable = sorted((v for v, s in scores.items() if s > 0), key=lambda v: -scores[v])
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for variant in runnable:
            if variant in chosen.ruled_out:
                continue
            values = run_variant(libdir, variant, model, args.threads)
            if values is None:
                continue
            kept = best.setdefault(variant, values)
            for key in ("prompt_tps", "decode_tps"):
                kept[key] = max(kept[key], values[key])
    for variant, values in best.items():
        # Hearth prefers a variant measured faster than ggml's pick (cpu_code.py).
        cpu_code.record_speeds(
            variant, {k: values[k] for k in ("prompt_tps", "decode_tps", "threads")}
        )
    print(f"{'variant':<16}{'score':>8}{'prompt tok/s':>15}{'decode tok/s':>15}  note")
    for variant in runnable:
        note = "chosen" if variant == chosen.variant else ""
        if variant == chosen.ggml_pick:
            note += (", " if note else "") + "ggml's pick"
        if variant in chosen.ruled_out:
            print(f"{variant:<16}{scores[variant]:>8}{'-':>15}{'-':>15}  ruled out: "
                  + chosen.ruled_out[variant].describe())  # fmt: skip
            continue
        values = best.get(variant)
        if values is None:
            print(f"{variant:<16}{scores[variant]:>8}{'failed':>15}{'':>15}  {note}")
            continue
        print(
            f"{variant:<16}{scores[variant]:>8}{values['prompt_tps']:>15.1f}"
            f"{values['decode_tps']:>15.1f}  {note}"
        )
    print(f"threads: {args.threads}, rounds: {args.rounds}, best round of each")
    print(f"self-test on first start: {chosen.selftest_s} s")
    now = cpu_code.choose(libdir, model).variant
    if now != chosen.variant:
        print(f"from now on Hearth uses {now}: measured faster than {chosen.variant}")
    fastest = max(best.values(), key=lambda v: v["decode_tps"])["decode_tps"]
    assert chosen.variant is not None and chosen.variant in best
    print(f"best_vs_chosen: {best[chosen.variant]['decode_tps'] / fastest:.2f}")


if __name__ == "__main__":
    main()
