"""One CPU variant's self-test, run in a short-lived child (see cpu_code.py for why).

    python -m hearth.hardware.cpu_selftest LIBDIR VARIANT MODEL OUT [THREADS [STEPS]]
    hearth --cpu-selftest LIBDIR VARIANT MODEL OUT [THREADS [STEPS]]      (frozen app)

VARIANT is a variant's name, "best:" followed by the variants to skip (the
best-scoring one ggml would load, except those), or "reference" (the first of
REFERENCE_VARIANTS this processor runs). The child loads that CPU library by
file, runs a prompt of PROMPT_TOKENS tokens as one batch (the batched matmul
paths, AMX included: the starter is Q4_1, an AMX type; it does not use the
repacked Q4_0/Q4_K layouts) and STEPS (default DECODE_STEPS) single-token
decodes of the prompt's next tokens (the same input for every variant), writes
the logits after each step to OUT (float32) and prints one marked JSON line
with the variant, ggml's scores and the speeds. A variant that cannot run here
kills this child by a signal; the parent reads that as the verdict.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from hearth.hardware import ggml_probe

MARKER = "HEARTH-CPU-SELFTEST "
FLAG = "--cpu-selftest"
PROMPT_TOKENS = 72
DECODE_STEPS = 4
# Ordinary prose: it tokenizes to well over PROMPT_TOKENS in any vocabulary.
PROMPT = (
    "The river rose slowly through the night, and by morning the old stone bridge "
    "stood in water up to its arches. People from the village gathered on the hill "
    "to watch the current carry branches, fences and a small wooden boat past the "
    "mill. Nobody spoke much. The miller counted the sacks he had saved, the baker "
    "handed out bread, and the children tried to guess how high the water would go "
    "before the rain finally stopped and the sun came back over the valley."
)
# The lowest code there is: nothing to fall back to below these.
FLOOR_VARIANTS = ("sse42", "x64")
# What other variants' results are compared with: plain AVX code, whose kernels
# share nothing with the AVX2, AVX-512 and AMX ones, and runs the self-test in
# about 2 s where SSE4.2 code takes 6 (a 135M model on one 2020s core).
REFERENCE_VARIANTS = ("ivybridge", "sandybridge", "sse42", "x64")


def pick_variant(wanted: str, scores: dict[str, int]) -> str:
    """The variant `wanted` names among those that score above 0 on this CPU."""
    runnable = {name: score for name, score in scores.items() if score > 0}
    if wanted == "reference":
        return next(name for name in REFERENCE_VARIANTS if name in runnable)
    if wanted.startswith("best:"):
        best = ggml_probe.best_variant(scores, skipped=filter(None, wanted[5:].split(",")))
        if best is None:
            raise ValueError(f"no CPU variant runs here besides {wanted[5:]}")
        return best
    return wanted


def run(
    libdir: str, wanted: str, model: str, out: str, threads: int, steps: int = DECODE_STEPS
) -> dict[str, Any]:
    scores = ggml_probe.variant_scores(libdir)
    variant = pick_variant(wanted, scores)
    # Said before the work starts: a child killed by a signal still names its variant.
    sys.stdout.write(MARKER + json.dumps({"variant": variant, "scores": scores}) + "\n")
    sys.stdout.flush()
    ggml_probe.load_backends(libdir, ggml_probe.binder(libdir), variant, gpu=False)

    import numpy as np
    from llama_cpp import Llama

    llm = Llama(
        model_path=model,
        n_ctx=256,
        n_batch=128,
        n_ubatch=128,
        n_threads=threads,
        n_threads_batch=threads,
        n_gpu_layers=0,
        logits_all=False,
        verbose=False,
    )
    text = llm.tokenize(PROMPT.encode(), add_bos=True)
    tokens, following = text[:PROMPT_TOKENS], text[PROMPT_TOKENS:]
    rows: list[Any] = []

    def last_logits() -> Any:
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).copy()

    started = time.perf_counter()
    llm.eval(tokens)
    prompt_s = time.perf_counter() - started
    rows.append(last_logits())
    started = time.perf_counter()
    for step in range(steps):
        # The text's own next token, not this variant's guess: a near tie that
        # tips the other way must not make two correct variants' inputs differ.
        llm.eval([following[step] if step < len(following) else int(np.argmax(rows[-1]))])
        rows.append(last_logits())
    decode_s = time.perf_counter() - started
    with open(out, "wb") as handle:
        handle.write(np.stack(rows).astype(np.float32).tobytes())
    return {
        "variant": variant,
        "scores": scores,
        "threads": threads,
        "rows": len(rows),
        "prompt_tokens": len(tokens),
        "prompt_tps": len(tokens) / prompt_s if prompt_s > 0 else None,
        "decode_tps": steps / decode_s if decode_s > 0 else None,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    libdir, wanted, model, out = args[:4]
    threads = int(args[4]) if len(args) > 4 else 1
    steps = int(args[5]) if len(args) > 5 else DECODE_STEPS
    result = run(libdir, wanted, model, out, threads, steps)
    sys.stdout.write(MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
