"""`hearth pull REPO [FILE | --quant Q4_K_M]`: download a model with a progress bar.

Exit status 0 when the model is on disk and verified, 1 when it failed (the
reason in words on stderr), 130 when stopped with Ctrl+C (the bytes stay; the
same command continues from them). The model's path is printed on stdout.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from hearth.errors import HearthError
from hearth.library.downloads import SpeedMeter
from hearth.library.model_download import human_size
from hearth.library.partials import bytes_on_disk
from hearth.library.retry import Retrying

BAR_WIDTH = 24
REDRAW_S = 0.2  # on a terminal
LINE_EVERY_S = 15.0  # in a log or a pipe: one line now and then


def add_pull_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `pull` to the `hearth` command's subparsers."""
    pull = subparsers.add_parser(
        "pull",
        help="download a GGUF model from Hugging Face",
        description="Download a GGUF model from Hugging Face (resumes, verifies SHA-256).",
    )
    pull.add_argument("repo", help="the model's repository, e.g. bartowski/Qwen3-4B-GGUF")
    pull.add_argument("file", nargs="?", default="", help="a .gguf file in it (split: part 1)")
    pull.add_argument("--quant", default="", help="the quantization to get, e.g. Q4_K_M")
    pull.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    pull.add_argument("--list", action="store_true", help="list the repository's GGUF models")
    return pull


def format_duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60:02d}s"
    return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"


class ProgressBar:
    """A one-line bar on a terminal; occasional plain lines anywhere else."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.meter = SpeedMeter()
        self._last = 0.0
        self._drawn = False

    def line(self, done: int, total: int) -> str:
        fraction = done / total if total else 1.0
        filled = int(fraction * BAR_WIDTH)
        speed = self.meter.speed()
        eta = self.meter.eta(total - done)
        text = (
            f"{self.label}  [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {fraction:4.0%}  "
            f"{human_size(done)} of {human_size(total)}"
        )
        if speed > 0:
            text += f"  {human_size(speed)}/s"
        if eta is not None and done < total:
            text += f"  {format_duration(eta)} left"
        return text

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        self.meter.add(done, now)
        interval = REDRAW_S if self.tty else LINE_EVERY_S
        if self._drawn and now - self._last < interval and done < total:
            return
        self._last = now
        self._drawn = True
        if self.tty:
            self.stream.write("\r" + self.line(done, total).ljust(100)[:110])
        else:
            self.stream.write(self.line(done, total) + "\n")
        self.stream.flush()

    def retrying(self, retry: Retrying) -> None:
        """A failed try: said at once (offline: the download waits for the network)."""
        self.meter.reset()
        seconds = f"{retry.wait_s:.0f} s"
        if retry.offline:
            text = f"Offline — cannot reach the hub; retrying in {seconds} (Ctrl+C stops)"
        else:
            text = f"Interrupted ({retry.error.kind}); retrying in {seconds}"
        line = f"{self.label}  {text}"
        self.stream.write("\r" + line.ljust(100)[:110] if self.tty else line + "\n")
        self.stream.flush()
        self._drawn = True
        self._last = 0.0  # the next bytes redraw the bar at once

    def finish(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def _list(models: list[Any], out: TextIO) -> None:
    for model in models:
        parts = f", {model.parts} parts" if model.parts > 1 else ""
        size = human_size(model.size)
        out.write(f"{model.quant or '-':<10} {size:>9}{parts}  {model.filename}\n")


def run_pull(args: argparse.Namespace) -> int:
    from hearth.library.downloads import download_model
    from hearth.library.hub import choose_model, current_connection, list_model_files
    from hearth.library.model_download import in_hf_cache
    from hearth.library.partials import final_path, is_finished

    err = sys.stderr
    try:
        conn = current_connection()
        models = list_model_files(args.repo, revision=args.revision, conn=conn)
        if args.list:
            _list(models, sys.stdout)
            return 0
        model = choose_model(models, args.repo, filename=args.file, quant=args.quant)
        if all(is_finished(f) for f in model.files):
            err.write(f"{model.display_name} is already downloaded.\n")
            print(final_path(model.files[0]))
            return 0
        cached = in_hf_cache(model)
        if cached is not None:
            err.write(f"{model.display_name} is already in the Hugging Face cache; used there.\n")
            print(cached)
            return 0
        parts = f" in {model.parts} parts" if model.parts > 1 else ""
        resumed = bytes_on_disk(model)
        again = f", continuing from {human_size(resumed)}" if resumed else ""
        err.write(
            f"Downloading {model.filename} ({human_size(model.size)}{parts}) "
            f"from {model.repo_id}{again}\n"
        )
        bar = ProgressBar(model.filename, err)
        try:
            path = download_model(model, conn=conn, on_progress=bar, on_retry=bar.retrying)
        finally:
            bar.finish()
    except KeyboardInterrupt:
        err.write("\nStopped. Run the same command again to continue where it left off.\n")
        return 130
    except HearthError as exc:
        err.write(f"hearth pull: {exc}\n")
        return 1
    err.write(f"Verified (SHA-256) and ready: {model.display_name}\n")
    print(path)
    return 0
