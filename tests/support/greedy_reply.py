"""Greedy decoding with llama.cpp, step by step, for comparing two backends.

Run as a script in its own process (the backends a process loads are fixed for
its life): `python greedy_reply.py MODEL GPU_LAYERS STEPS`. Prints one JSON
object: the chosen tokens, and at each step the two best candidates and how far
apart their logits were, so a divergence between the CPU and a GPU can be told
from a near tie (rounding) or a real fault.
"""

from __future__ import annotations

import json
import sys

PROMPT = "<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n"


def main() -> int:
    model, gpu_layers, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    import numpy as np

    from hearth.engine import ggml_backends

    ggml_backends.ensure_loaded()
    import llama_cpp
    from llama_cpp import Llama

    llm = Llama(model, n_ctx=512, n_gpu_layers=gpu_layers, n_threads=2, verbose=False)
    tokens = llm.tokenize(PROMPT.encode(), add_bos=False, special=True)
    chosen, steps_seen = [], []
    llm.eval(tokens)
    for _ in range(steps):
        pointer = llama_cpp.llama_get_logits_ith(llm._ctx.ctx, -1)
        logits = np.ctypeslib.as_array(pointer, shape=(llm.n_vocab(),)).astype(np.float64)
        first, second = (int(i) for i in np.argsort(logits)[::-1][:2])
        steps_seen.append({"top": [first, second], "margin": float(logits[first] - logits[second])})
        chosen.append(first)
        if first == llm.token_eos():
            break
        llm.eval([first])
    text = llm.detokenize(chosen).decode("utf-8", "replace")
    print(json.dumps({"tokens": chosen, "steps": steps_seen, "text": text}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
