"""The GPU code path for real: llama.cpp's Vulkan backend on Mesa's lavapipe.

Lavapipe is a Vulkan driver on the CPU, so every machine has this GPU; ggml lists
it only when asked (GGML_VK_VISIBLE_DEVICES), which these tests do and users never
need. Running out of device memory and losing the device come from a Vulkan layer
(tests/support/vulkan_limits.py). Lavapipe compiles each compute pipeline with
LLVM on first use, so a first reply on it takes tens of seconds: the tests that
need one are few.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dev_backends
import pytest

from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.engine.gpu_fallback import start_with_fallback
from hearth.engine.offload import OffloadFallback
from hearth.errors import EngineError
from hearth.hardware import llama_backends
from hearth.hardware.detector import build_profile
from hearth.hardware.probes import LiveBackend
from hearth.planner.engine_settings import planned_engine_config
from tests.conftest import TEST_THREADS
from tests.support import greedy_reply
from tests.support.vulkan_limits import vulkan_library, without_vulkan_devices

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
STARTER_LAYERS = 31  # SmolLM2-135M: 30 blocks and the output layer
# Allocations lavapipe grants under the test layer: the starter's full offload takes
# about 240 MB (weights 92, KV cache 45, compute 98 and host buffers 7 MiB), so it
# fails, and fewer layers fit.
TIGHT_DEVICE_BYTES = 200_000_000


def test_setup_builds_the_vulkan_backend() -> None:
    """dev.py builds it wherever Debian's archive is at hand (as on CI)."""
    if dev_backends.debian_suite() is None:
        pytest.skip("the Vulkan build tools come from Debian's archive")
    library = vulkan_library()
    assert library is not None, "python3 dev.py setup did not add libggml-vulkan to llama.cpp"


def test_the_probe_lists_lavapipe_and_the_planner_places_layers_on_it(
    lavapipe: None, starter_model: Path
) -> None:
    values = llama_backends.collect_llama()
    assert values["gpu_backends"] == values["gpu_backends_built"] == ["vulkan"]
    assert values["supports_gpu_offload"] is True
    vulkan = [d for d in values["devices"] if d["name"].startswith("Vulkan")]
    assert vulkan and "llvmpipe" in vulkan[0]["description"]
    assert vulkan[0]["type"] == "gpu" and vulkan[0]["memory_total"] > 0
    # Lavapipe's maxStorageBufferRange, read from the Vulkan driver by the probe.
    assert vulkan[0]["max_tensor_bytes"] == 128 * 1024 * 1024

    profile = build_profile(LiveBackend(), measure_bandwidth=False)
    gpu = next(g for g in profile.gpus if g.source == "llama.cpp")
    # Lavapipe's "VRAM" is the system RAM: one budget, as on unified-memory machines.
    assert gpu.unified_memory and gpu.vram_total_bytes == vulkan[0]["memory_total"]
    config = planned_engine_config(starter_model, n_threads=TEST_THREADS, profile=profile)
    assert config.gpu_layers == STARTER_LAYERS


def test_without_a_vulkan_driver_the_backend_is_skipped(
    lavapipe: None, monkeypatch: pytest.MonkeyPatch, starter_model: Path, tmp_path: Path
) -> None:
    for name, value in without_vulkan_devices().items():
        monkeypatch.setenv(name, value)
    values = llama_backends.collect_llama()
    assert values["gpu_backends"] == []
    assert values["supports_gpu_offload"] is False
    assert not [d for d in values["devices"] if d["name"].startswith("Vulkan")]
    profile = build_profile(LiveBackend(), measure_bandwidth=False)
    config = planned_engine_config(starter_model, n_threads=TEST_THREADS, profile=profile)
    assert config.gpu_layers == 0
    # Even asked for GPU layers, the engine loads and answers on the CPU.
    engine = Engine(
        EngineConfig(starter_model, 2048, TEST_THREADS, STARTER_LAYERS), tmp_path / "e.log"
    )
    engine.start(timeout=120)
    try:
        reply = "".join(
            stream_chat(engine.base_url, QUESTION, ChatParams(max_tokens=8), engine.secret)
        )
        assert reply.strip()
        assert engine.offload is not None and engine.offload.gpu_layers == 0
    finally:
        engine.stop()


def _greedy(model: Path, gpu_layers: int, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, greedy_reply.__file__, str(model), str(gpu_layers), "24"],
        capture_output=True,
        text=True,
        env=env,
        timeout=400,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_engine_runs_every_layer_on_lavapipe_and_answers_as_the_cpu(
    lavapipe: None, starter_model: Path, tmp_path: Path
) -> None:
    profile = build_profile(LiveBackend(), measure_bandwidth=False)
    config = planned_engine_config(starter_model, n_threads=TEST_THREADS, profile=profile)
    engine = Engine(config, tmp_path / "engine.log")
    engine.start(timeout=120)
    try:
        assert engine.offload is not None
        assert (engine.offload.gpu_layers, engine.offload.layers) == (31, 31)
        assert engine.offload.devices[0].startswith("Vulkan0 (llvmpipe")
        assert "hearth: 31 of 31 layers on Vulkan0 (llvmpipe" in engine.log_text()
        params = ChatParams(temperature=0.0, max_tokens=12)
        reply = "".join(stream_chat(engine.base_url, QUESTION, params, engine.secret))
        assert "Paris" in reply
    finally:
        engine.stop()

    # Token by token against the CPU, each in a process of its own.
    on_gpu = _greedy(starter_model, 99, dict(os.environ))
    cpu_env = {k: v for k, v in os.environ.items() if not k.startswith(("GGML_VK", "VK_"))}
    on_cpu = _greedy(starter_model, 0, cpu_env)
    gpu_tokens, cpu_tokens = on_gpu["tokens"], on_cpu["tokens"]
    assert isinstance(gpu_tokens, list) and isinstance(cpu_tokens, list)
    if gpu_tokens == cpu_tokens:
        return
    # A divergence is allowed only where the CPU itself had a near tie between the
    # two tokens: rounding in a different order, not a wrong computation.
    pairs = enumerate(zip(gpu_tokens, cpu_tokens, strict=False))
    step = next((i for i, (a, b) in pairs if a != b), min(len(gpu_tokens), len(cpu_tokens)))
    assert step < min(len(gpu_tokens), len(cpu_tokens)), f"one reply stopped at step {step}"
    cpu_step = on_cpu["steps"][step]  # type: ignore[index]
    assert gpu_tokens[step] in cpu_step["top"], (
        f"lavapipe chose token {gpu_tokens[step]} at step {step}; the CPU's best two "
        f"were {cpu_step['top']}"
    )
    assert cpu_step["margin"] < 0.5, (
        f"replies diverge at step {step} although the CPU's margin was {cpu_step['margin']:.2f}"
    )


@contextmanager
def _loaded_with_fallback(
    model: Path, folder: Path
) -> Iterator[tuple[Engine, OffloadFallback | None]]:
    """The starter planned onto every GPU layer, loaded with fewer where the GPU refuses."""
    config = EngineConfig(model, 2048, TEST_THREADS, STARTER_LAYERS)
    engine, fallback = start_with_fallback(config, 120, folder / "engine.log")
    try:
        yield engine, fallback
    finally:
        engine.stop()


@pytest.mark.error_logs_expected
def test_a_gpu_that_runs_out_of_memory_loads_fewer_layers(
    tight_gpu: None, monkeypatch: pytest.MonkeyPatch, starter_model: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEARTH_TEST_VK_ALLOW_BYTES", str(TIGHT_DEVICE_BYTES))
    with _loaded_with_fallback(starter_model, tmp_path) as (engine, fallback):
        assert fallback is not None and not fallback.device_lost
        assert fallback.requested == STARTER_LAYERS
        assert 0 < fallback.now < STARTER_LAYERS
        assert "allocate" in fallback.reason
        assert engine.offload is not None and engine.offload.gpu_layers == fallback.now


@pytest.mark.error_logs_expected
def test_a_gpu_with_no_room_at_all_leaves_the_model_on_the_cpu(
    tight_gpu: None, monkeypatch: pytest.MonkeyPatch, starter_model: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEARTH_TEST_VK_ALLOW_BYTES", "1000000")
    with _loaded_with_fallback(starter_model, tmp_path) as (engine, fallback):
        assert fallback is not None and fallback.now == 0
        assert engine.offload is not None and engine.offload.on_cpu_only
        reply = "".join(
            stream_chat(engine.base_url, QUESTION, ChatParams(max_tokens=8), engine.secret)
        )
        assert reply.strip()


@pytest.mark.error_logs_expected
def test_a_gpu_lost_mid_reply_moves_the_model_to_the_cpu(
    tight_gpu: None, monkeypatch: pytest.MonkeyPatch, starter_model: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEARTH_TEST_VK_LOSE_AFTER", "5")
    config = EngineConfig(starter_model, 2048, TEST_THREADS, STARTER_LAYERS)
    engine = Engine(config, tmp_path / "engine.log")
    engine.start(timeout=120)
    with pytest.raises(EngineError) as lost:
        "".join(stream_chat(engine.base_url, QUESTION, ChatParams(max_tokens=8), engine.secret))
    assert lost.value.kind == "engine_connection_lost"
    restart = engine.after_crash()
    assert restart is not None
    fallback, cpu_config = restart
    assert getattr(fallback, "device_lost", False) and "DeviceLost" in fallback.reason  # type: ignore[union-attr]
    assert cpu_config.gpu_layers == 0
    again = Engine(cpu_config, engine.log_path)
    again.start(timeout=120)
    try:
        reply = "".join(
            stream_chat(again.base_url, QUESTION, ChatParams(max_tokens=8), again.secret)
        )
        assert reply.strip()
    finally:
        again.stop()


def test_hearth_chat_survives_a_lost_gpu(
    tight_gpu: None, monkeypatch: pytest.MonkeyPatch, starter_model: Path
) -> None:
    """As a user at the terminal: the reply comes, and stderr says what happened."""
    monkeypatch.setenv("HEARTH_TEST_VK_LOSE_AFTER", "5")
    model = str(starter_model)
    done = subprocess.run(
        [sys.executable, "-m", "hearth", "chat", model, "--prompt", "Hi", "--max-tokens", "6"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "31 of 31 layers on Vulkan0" in done.stderr
    assert "the GPU stopped answering" in done.stderr
    assert "the model now runs on the CPU alone" in done.stderr
    assert done.stdout.strip()
