"""Many clients on one engine: what the queue costs, measured in one run.

1, 4 and 8 concurrent clients each send `--requests` streamed chat requests
(starter model, temperature 0) to one engine, as other apps do through
`hearth serve`. Prints per load: completed requests, total tokens/s, p50/p95
time to first token; and last `total_vs_single: X.XX` = total tokens/s under
the heaviest load over one client alone (goal 0.9 or better: a queue must not
cost throughput).

    .venv/bin/python bench/serve_load.py [--requests 5] [--max-tokens 64] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from hearth import settings
from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.resources import starter_model_path

KEY = "bench-key"
PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper."}]


def load(engine: Engine, clients: int, requests: int, params: ChatParams) -> dict[str, float]:
    ttfts: list[float] = []
    tokens = 0
    completed = 0
    lock = threading.Lock()

    def client() -> None:
        nonlocal tokens, completed
        for _ in range(requests):
            asked = time.perf_counter()
            stream = stream_chat(engine.base_url, PROMPT, params, KEY)
            first = None
            for _piece in stream:
                if first is None:
                    first = time.perf_counter() - asked
            with lock:
                tokens += stream.stats.tokens
                completed += stream.stats.finish_reason is not None
                if first is not None:
                    ttfts.append(first)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ttfts.sort()
    return {
        "completed": completed,
        "tokens_per_s": tokens / elapsed,
        "p50_ttft": statistics.median(ttfts),
        "p95_ttft": ttfts[min(len(ttfts) - 1, int(0.95 * len(ttfts)))],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=settings.physical_cores())
    args = parser.parse_args()
    model = starter_model_path()
    assert model is not None, "run dev.py first"
    engine = Engine(EngineConfig(model, n_ctx=2048, n_threads=args.threads, api_key=KEY))
    engine.start()
    params = ChatParams(temperature=0, max_tokens=args.max_tokens)
    try:
        results = {}
        for clients in (1, 4, 8):
            results[clients] = load(engine, clients, args.requests, params)
            r = results[clients]
            print(
                f"{clients} client(s) x {args.requests}: {r['completed']:.0f} completed, "
                f"{r['tokens_per_s']:.1f} tok/s in total, time to first token "
                f"p50 {r['p50_ttft']:.2f} s, p95 {r['p95_ttft']:.2f} s"
            )
    finally:
        engine.stop()
    ratio = results[8]["tokens_per_s"] / results[1]["tokens_per_s"]
    print(f"total_vs_single: {ratio:.2f}")


if __name__ == "__main__":
    main()
