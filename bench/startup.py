"""Time from process start to Hearth's main window shown and idle, and its idle RSS.

Measured next to a bare PySide6 window in the same run, each started as a
fresh Python process (interpreter start included for both), alternating,
median of N. Target: within 0.35 s of the bare window and under 150 MB RSS.
With --language (zh_CN by default), Hearth also starts in that language in the
same alternation, and the cost of loading its translation is printed.

    .venv/bin/python bench/startup.py [--runs 5] [--language zh_CN]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPORT = """
def _report():
    import psutil
    print("IDLE", psutil.Process().memory_info().rss, flush=True)
    app.closeAllWindows()
    app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, _report))
sys.exit(app.exec())
"""

BARE = (
    """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(900, 680)
window.show()
"""
    + REPORT
)

# The same steps as hearth.ui.app.run_gui, with the idle report added.
HEARTH = (
    """
import sys
from PySide6.QtCore import QTimer
from hearth.ui.app import create_app
from hearth.ui.crash import CrashReporter
from hearth.ui.main_window import MainWindow
app = create_app()
crash = CrashReporter()
crash.install()
window = MainWindow()
window.show()
"""
    + REPORT
)


def measure(code: str, env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("IDLE"):
            elapsed = time.perf_counter() - started
            rss = int(line.split()[1])
            process.wait(30)
            return elapsed, rss
    raise RuntimeError(f"window never became idle (exit {process.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app starts from compiled bytecode; a machine that forbids
    # writing it (PYTHONDONTWRITEBYTECODE) would charge Hearth a compile of every
    # module at each start, which no user pays. The warm-up runs below write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-bench-")
    # A returning user's start: the first-run welcome (and its planning) is not part of it.
    os.environ["HEARTH_HOME"] = env["HEARTH_HOME"]
    from hearth import settings
    from hearth.hardware import cpu_code

    settings.save(settings.Settings(welcome_done=True, language="en"))
    cpu_code.choose()  # as after a first start: the CPU code's self-test is behind it
    # The same returning user, in another language (its own home, its own settings).
    translated_env = dict(env, HEARTH_HOME=tempfile.mkdtemp(prefix="hearth-bench-"))
    os.environ["HEARTH_HOME"] = translated_env["HEARTH_HOME"]
    settings.save(settings.Settings(welcome_done=True, language=args.language))
    cpu_code.choose()
    translated = f"hearth {args.language}"
    runs = {"bare": (BARE, env), "hearth": (HEARTH, env), translated: (HEARTH, translated_env)}
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in runs}
    for code, run_env in runs.values():
        measure(code, run_env)  # warm the OS file cache for each, not counted
    for run in range(args.runs):
        order = list(runs) if run % 2 == 0 else list(reversed(runs))
        for name in order:
            results[name].append(measure(*runs[name]))
    medians = {}
    for name, rows in results.items():
        seconds = statistics.median(r[0] for r in rows)
        rss = statistics.median(r[1] for r in rows) / 1e6
        medians[name] = (seconds, rss)
        print(
            f"{name:>12}: shown and idle in {seconds:.3f} s (median of {len(rows)}), "
            f"idle RSS {rss:.0f} MB"
        )
    gap = medians["hearth"][0] - medians["bare"][0]
    print(
        f"hearth - bare: {gap:+.3f} s (target <= 0.35 s); hearth RSS {medians['hearth'][1]:.0f} MB"
        " (target < 150 MB)"
    )
    extra = medians[translated][0] - medians["hearth"][0]
    print(f"{translated} - hearth: {extra:+.3f} s (loading the translation)")


if __name__ == "__main__":
    main()
