"""The same GGUF with no layers and with every layer on the GPU: tokens/s of each,
and the planner's VRAM prediction against what llama.cpp allocates on the device.

The GPU is the first one llama.cpp lists here; on a machine without one, Mesa's
lavapipe (a Vulkan driver on the CPU, set up by `python3 dev.py test`), which is
slower than the CPU code: the figures are printed as they are. With
`--llama-bench PATH` (llama.cpp's own benchmark, built for the same GPU), its
decode speed at `-ngl 99` on the same GGUF is measured too, and the last line is
`ratio: X.XX` = Hearth's full-offload decode tokens/s over llama-bench's.

    .venv/bin/python bench/gpu_offload.py [--model GGUF] [--threads N] [--max-tokens 16]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.gguf import read_model_info
from hearth.hardware.llama_backends import collect_llama, devices_from_values, is_software_device
from hearth.hardware.profile import LlamaDevice
from hearth.library.installed import starter_model_path

# fit_accuracy's rows and log reader; the tests' lavapipe helpers beside bench/.
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fit_accuracy import device_rows, environment, print_rows

PROMPT = [{"role": "user", "content": "Write a short story about a lighthouse keeper."}]
# A different first message, so the measured reply's prompt is not already cached.
WARM_UP = [{"role": "user", "content": "Hello!"}]


def find_gpu() -> tuple[LlamaDevice, dict[str, str]] | None:
    """A real GPU llama.cpp lists here, else lavapipe (with the variables that show it)."""
    devices = devices_from_values(collect_llama())
    real = [d for d in devices if d.type == "gpu" and not is_software_device(d)]
    if real:
        return real[0], {}
    from tests.support.vulkan_limits import lavapipe_available, lavapipe_env, vulkan_library

    if vulkan_library() is None or not lavapipe_available():
        return None
    env = lavapipe_env()
    with environment(env):
        devices = devices_from_values(collect_llama())
    found = [d for d in devices if d.type == "gpu"]
    return (found[0], env) if found else None


def run(config: EngineConfig, max_tokens: int, env: dict[str, str]) -> tuple[Engine, float, float]:
    """(engine, decode tokens/s, seconds to the first token) of one reply, after a
    warm-up reply."""
    log_path = Path(tempfile.mkdtemp()) / "engine.log"
    with environment(env):
        engine = Engine(config, log_path=log_path)
        engine.start(timeout=600)
    try:
        params = ChatParams(temperature=0.0, max_tokens=max_tokens)
        for _ in stream_chat(engine.base_url, WARM_UP, params, engine.secret):
            pass  # compiles the GPU's pipelines (lavapipe: tens of seconds)
        stream = stream_chat(engine.base_url, PROMPT, params, engine.secret)
        for _ in stream:
            pass
        stats = stream.stats
    finally:
        engine.stop()
    return engine, stats.tokens_per_second or 0.0, stats.first_token_s or 0.0


def llama_bench(binary: str, model: Path, threads: int, max_tokens: int) -> float:
    command = [binary, "-m", str(model), "-ngl", "99", "-p", "0", "-n", str(max_tokens)]
    out = subprocess.run(
        [*command, "-t", str(threads), "-o", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(json.loads(out.stdout)[0]["avg_ts"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=16)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--llama-bench", default=shutil.which("llama-bench"))
    args = parser.parse_args()
    model = args.model or starter_model_path()
    if model is None:
        sys.exit("The starter model is not installed (python3 dev.py setup).")
    found = find_gpu()
    if found is None:
        print("no GPU and no lavapipe here: nothing to offload to")
        return 0
    device, env = found
    print(f"device: {device.name} ({device.description})")
    info = read_model_info(model)
    full = info.block_count + 1
    cpu_config = EngineConfig(model, args.n_ctx, args.threads, 0, use_gpu=False)
    _cpu, cpu_decode, cpu_first = run(cpu_config, args.max_tokens, env)
    gpu_config = EngineConfig(model, args.n_ctx, args.threads, full)
    engine, gpu_decode, gpu_first = run(gpu_config, args.max_tokens, env)
    placement = engine.offload.describe() if engine.offload else "not said in the log"
    print(f"placement: {placement}")
    print(f"{'layers on the GPU':>20} {'decode tok/s':>13} {'first token s':>14}")
    print(f"{0:>20} {cpu_decode:>13.1f} {cpu_first:>14.2f}")
    print(f"{full:>20} {gpu_decode:>13.1f} {gpu_first:>14.2f}")
    print(f"GPU over CPU, decode: {gpu_decode / max(cpu_decode, 1e-9):.2f}")
    print_rows(
        device_rows(info, args.n_ctx, device.name, device.max_tensor_bytes, engine.log_text())
    )
    if args.llama_bench:
        reference = llama_bench(args.llama_bench, model, args.threads, args.max_tokens)
        print(f"llama-bench -ngl 99 decode: {reference:.1f} tok/s")
        print(f"ratio: {gpu_decode / reference:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
