"""Download throughput: Hearth's downloader (resumable, SHA-256 verified) vs plain hf_hub_download.

The same file (a generated GGUF, 128 MB by default) from the same local hub
server (tests/support/hub_server.py, run as its own process), each run into
a fresh folder, alternating which goes first in each pair. Both runs include
their metadata call (Hearth lists the repository; huggingface_hub sends its
HEAD). Prints each run, the medians, and last `ratio: X.XX` (Hearth over
plain; target 0.9 or better).

    .venv/bin/python bench/download_throughput.py [--pairs 5] [--size-mb 128] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"  # Hearth's call draws none either

from tests.support.gguf_files import make_gguf  # noqa: E402

REPO = "bench/Throughput-GGUF"
FILE = "Throughput-Model-Q4_K_M.gguf"
SETTLE_S = 1.0  # between runs: the previous run's freed pages are reclaimed by then


def start_server(source: Path) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.support.hub_server", f"{REPO}={source}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line.startswith("PORT "):
        server.kill()
        raise SystemExit(f"the hub server did not start: {line!r}")
    return server, f"http://127.0.0.1:{int(line.split()[1])}"


def hearth_run(url: str, work: Path) -> float:
    from hearth.hub import HubConnection
    from hearth.library.downloads import download_model
    from hearth.library.hub import list_model_files

    os.environ["HEARTH_HOME"] = str(work)
    start = time.perf_counter()
    conn = HubConnection(url, None)
    (model,) = list_model_files(REPO, conn=conn)
    download_model(model, conn=conn)  # raises unless the SHA-256 matches
    return time.perf_counter() - start


def plain_run(url: str, work: Path) -> float:
    from huggingface_hub import hf_hub_download

    start = time.perf_counter()
    hf_hub_download(REPO, FILE, cache_dir=work, endpoint=url)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--size-mb", type=int, default=128)
    parser.add_argument("--dir", type=Path, default=None, help="where files are written")
    args = parser.parse_args()
    if args.pairs < 3 or args.size_mb < 100:
        raise SystemExit("use at least 3 pairs and a file of at least 100 MB")
    base = Path(tempfile.mkdtemp(prefix="hearth-dl-bench-", dir=args.dir))
    source = base / FILE
    size = args.size_mb * 1_000_000
    make_gguf(source, size, name="Throughput Model", seed=7)
    server, url = start_server(source)
    runs: dict[str, list[float]] = {"hearth": [], "plain": []}
    try:
        # One untimed run each: imports, the server's page cache, connection setup.
        hearth_run(url, base / "warm-hearth")
        plain_run(url, base / "warm-plain")
        for pair in range(args.pairs):
            order = ["hearth", "plain"] if pair % 2 == 0 else ["plain", "hearth"]
            for name in order:
                work = base / f"{name}-{pair}"
                if hasattr(os, "sync"):
                    os.sync()  # no writeback of an earlier run lands in this one
                time.sleep(SETTLE_S)
                seconds = (hearth_run if name == "hearth" else plain_run)(url, work)
                shutil.rmtree(work)
                speed = size / seconds / 1e6
                runs[name].append(speed)
                print(f"pair {pair + 1} {name:>6}: {speed:7.1f} MB/s ({seconds:.2f} s)", flush=True)
    finally:
        server.kill()
        server.wait(10)
        shutil.rmtree(base, ignore_errors=True)
    medians = {name: statistics.median(speeds) for name, speeds in runs.items()}
    for name, speed in medians.items():
        print(f"median {name:>6}: {speed:7.1f} MB/s")
    print(f"ratio: {medians['hearth'] / medians['plain']:.2f}")


if __name__ == "__main__":
    main()
