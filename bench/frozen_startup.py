"""Start-up of the frozen app against the same version run from the virtual environment.

Both are started the way users start them (`hearth` with no arguments: the
window), alternating, until the window is shown and the event loop idle
(HEARTH_EXIT_WHEN_IDLE makes run_gui print its RSS and quit there). "Cold"
runs drop the OS file cache first (root only), as after a reboot or a fresh
install; "warm" runs are the median of N.

    .venv/bin/python bench/frozen_startup.py [--frozen build/pyinstaller/dist/hearth/hearth]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("IDLE"):
            elapsed = time.perf_counter() - started
            process.wait(30)
            return elapsed, int(line.split()[1])
    raise RuntimeError(f"{command[0]}: the window never became idle (exit {process.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--frozen", type=Path, default=ROOT / "build" / "pyinstaller" / "dist" / "hearth" / "hearth"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="hearth-bench-")
    env = dict(os.environ, HEARTH_HOME=home, HEARTH_EXIT_WHEN_IDLE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As an installed app runs: bytecode written, no first-run welcome.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["HEARTH_HOME"] = home
    from hearth import settings

    settings.save(settings.Settings(welcome_done=True))
    commands = {"venv": [str(Path(sys.prefix) / "bin" / "hearth")], "frozen": [str(args.frozen)]}
    for command in commands.values():
        start(command, env)  # writes bytecode / settles, not counted
    cold: dict[str, tuple[float, int] | None] = {}
    for name, command in commands.items():
        cold[name] = start(command, env) if drop_caches() else None
    warm: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            warm[name].append(start(command, env))
    for name in commands:
        seconds = statistics.median(t for t, _ in warm[name])
        rss = statistics.median(r for _, r in warm[name]) / 1e6
        first = cold[name]
        cold_text = f"cold {first[0]:.2f} s, " if first else "cold: not measured (needs root), "
        print(f"{name:>6}: {cold_text}warm {seconds:.2f} s (median of {args.runs}), {rss:.0f} MB")
    if cold["venv"] and cold["frozen"]:
        print(f"cold ratio frozen/venv: {cold['frozen'][0] / cold['venv'][0]:.2f}")
    ratio = statistics.median(t for t, _ in warm["frozen"]) / statistics.median(
        t for t, _ in warm["venv"]
    )
    print(f"warm ratio frozen/venv: {ratio:.2f}")


if __name__ == "__main__":
    main()
