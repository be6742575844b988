"""How long hardware detection takes: median of 5 runs, cold and warm.

    .venv/bin/python bench/detect_speed.py

cold, first ever:  a new process with an empty HEARTH_HOME, so detect() also runs
                   the one-time memory bandwidth test and caches it.
cold:              a new process whose bandwidth result is cached (every later app start).
warm:              detect(refresh=True) again in a process that has detected once.
Each process's import of hearth.hardware is reported separately.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
CHILD = """
import json, time
t0 = time.perf_counter()
from hearth.hardware import detect
t1 = time.perf_counter()
detect()
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "detect": t2 - t1}))
"""


def run_child(home: Path) -> dict[str, float]:
    env = {**os.environ, "HEARTH_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        first = [run_child(Path(tmp) / f"fresh{i}") for i in range(RUNS)]
        cached_home = Path(tmp) / "cached"
        run_child(cached_home)  # measures and caches the bandwidth once
        cold = [run_child(cached_home) for _ in range(RUNS)]

        os.environ["HEARTH_HOME"] = str(cached_home)
        from hearth.hardware import detect

        detect()
        warm = []
        for _ in range(RUNS):
            started = time.perf_counter()
            profile = detect(refresh=True)
            warm.append(time.perf_counter() - started)

    cpu = profile.cpu
    print(f"detect() on {cpu.brand} ({cpu.logical_cores} threads), median of {RUNS}:")
    print(f"  cold, first ever (measures bandwidth): {median_ms([r['detect'] for r in first])}")
    print(f"  cold (bandwidth cached):               {median_ms([r['detect'] for r in cold])}")
    print(f"  warm (refresh=True):                   {median_ms(warm)}")
    print(f"  import hearth.hardware:                {median_ms([r['import'] for r in cold])}")
    ratio = statistics.median([r["detect"] for r in cold]) / statistics.median(warm)
    print(f"  cold / warm: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
