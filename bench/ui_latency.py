"""The longest stall of the GUI thread while a reply streams at full speed.

Opens the real window (offscreen) with the starter model, sends a prompt for a
long reply, and measures event-loop lateness with a 4 ms timer: how much later
than due each tick ran. The same timer over the same span with the window idle
is the reference for this machine's noise. Target: the longest stall while
streaming under 16 ms (one frame at 60 Hz).

    .venv/bin/python bench/ui_latency.py [--tokens 600]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEARTH_HOME", tempfile.mkdtemp(prefix="hearth-bench-"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

from hearth import settings
from hearth.engine import ChatParams
from hearth.ui.app import create_app, finish_process, freeze_startup_objects
from hearth.ui.main_window import MainWindow

TICK_MS = 4
PROMPT = "Write a long, detailed story about a lighthouse keeper, with a Python code example."


class LatenessProbe:
    """Ticks every TICK_MS and records how late each tick ran."""

    def __init__(self) -> None:
        self.late_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.late_ms.clear()
        self._clock.start()
        self._last = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.late_ms.append(max(0.0, now - self._last - TICK_MS))
        self._last = now


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def summary(name: str, late: list[float]) -> float:
    worst = max(late) if late else 0.0
    if os.environ.get("HEARTH_BENCH_DETAIL"):
        top = sorted(range(len(late)), key=late.__getitem__)[-5:]
        print("   worst ticks (index, ms):", [(i, round(late[i], 1)) for i in top])
    p99 = statistics.quantiles(late, n=100)[98] if len(late) > 100 else worst
    print(f"{name:>10}: {len(late)} ticks, longest stall {worst:6.1f} ms, p99 {p99:5.1f} ms")
    return worst


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=600)
    parser.add_argument("--threads", type=int, default=0, help="engine threads (0: automatic)")
    args = parser.parse_args()
    settings.save(settings.Settings(n_ctx=4096, n_threads=args.threads, welcome_done=True))
    app = create_app()
    window = MainWindow()
    window.chat.default_params = ChatParams(temperature=0.8, max_tokens=args.tokens, seed=7)
    loop = QEventLoop()
    window.engines.loaded.connect(loop.quit)
    window.show()
    freeze_startup_objects()  # as hearth.ui.app.run_gui does
    loop.exec()
    probe = LatenessProbe()

    done = QEventLoop()
    window.streamer.finished.connect(done.quit)
    window.input.setPlainText(PROMPT)
    started = time.perf_counter()
    window.send()
    send_ms = (time.perf_counter() - started) * 1000
    probe.start()  # from here on the reply streams
    done.exec()
    probe.stop()
    streaming = list(probe.late_ms)
    seconds = time.perf_counter() - started
    reply = window.store.messages(window.chat.conversation.id)[-1]
    print(
        f"reply: {reply.stats.get('tokens')} tokens in {seconds:.1f} s "
        f"({reply.stats.get('tokens_per_s')} tokens/s), {len(reply.content)} characters"
    )

    probe.start()
    wait(min(seconds, 10))
    probe.stop()
    idle = list(probe.late_ms)
    summary("idle", idle)
    worst = summary("streaming", streaming)
    print(f"pressing Enter (store the message, start the reply): {send_ms:.1f} ms")
    window.close()
    app.processEvents()
    print(f"longest stall while streaming: {worst:.1f} ms (target < 16 ms)")
    finish_process(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
