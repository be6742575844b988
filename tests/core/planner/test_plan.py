"""Plans and verdicts on the fixture machines: what a person who knows the hardware expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hearth.catalog import default_catalog, model_info_for
from hearth.gguf import ModelInfo, read_model_info
from hearth.planner import plan
from hearth.planner.memory import split_memory
from hearth.planner.plan import DEFAULT_CTX_CAP
from tests.core.planner.profiles import NAMES, profile


def _info(entry_id: str, quant: str = "") -> ModelInfo:
    entry = default_catalog().get(entry_id)
    assert entry is not None
    chosen = entry.quant(quant) if quant else entry.quants[0]
    assert chosen is not None
    return model_info_for(entry, chosen)


def test_every_fixture_profile_loads() -> None:
    assert NAMES == [
        "desktop-rtx3060-12gb",
        "laptop-16gb",
        "laptop-4gb-cpu",
        "laptop-8gb",
        "mac-m1-8gb",
        "mac-m3max-128gb",
        "rx7900xtx-24gb",
    ]
    assert profile("desktop-rtx3060-12gb").gpus[0].vram_total_bytes == 12 << 30


@pytest.mark.parametrize(
    ("machine", "entry_id", "kind"),
    [
        # A 4 GB laptop without a GPU: small models on the CPU, nothing of 7B and up.
        ("laptop-4gb-cpu", "qwen3-0.6b", "cpu"),
        ("laptop-4gb-cpu", "llama-3.2-1b-instruct", "cpu"),
        ("laptop-4gb-cpu", "qwen3-8b", "too_large"),
        ("laptop-4gb-cpu", "mistral-7b-instruct-v0.3", "too_large"),
        # 8 GB: up to 7-8B at Q4 on the CPU; 12B and up do not fit.
        ("laptop-8gb", "qwen3-4b", "cpu"),
        ("laptop-8gb", "llama-3.1-8b-instruct-128k", "cpu"),
        ("laptop-8gb", "qwen3-14b", "too_large"),
        ("laptop-8gb", "gemma-3-12b-it", "too_large"),
        # 16 GB: 14B at Q4 fits (slowly); a 30B MoE at Q4 (18.6 GB) does not.
        ("laptop-16gb", "qwen3-14b", "cpu"),
        ("laptop-16gb", "qwen3-30b-a3b", "too_large"),
        # RTX 3060 12 GB + 32 GB RAM: 8-14B on the GPU, the 30B MoE split, 70B too large.
        ("desktop-rtx3060-12gb", "qwen3-8b", "gpu_full"),
        ("desktop-rtx3060-12gb", "qwen3-14b", "gpu_full"),
        ("desktop-rtx3060-12gb", "qwen3-30b-a3b", "gpu_partial"),
        ("desktop-rtx3060-12gb", "llama-3.3-70b-instruct", "too_large"),
        # RX 7900 XTX 24 GB: the 30B MoE fully on the GPU; 70B split with RAM.
        ("rx7900xtx-24gb", "qwen3-30b-a3b", "gpu_full"),
        ("rx7900xtx-24gb", "gemma-3-12b-it", "gpu_full"),
        ("rx7900xtx-24gb", "llama-3.3-70b-instruct", "gpu_partial"),
        # M1 8 GB: 4B comfortably in Metal's share, 12B and up do not fit.
        ("mac-m1-8gb", "qwen3-4b", "gpu_full"),
        ("mac-m1-8gb", "gemma-3-12b-it", "too_large"),
        ("mac-m1-8gb", "qwen3-14b", "too_large"),
        # M3 Max 128 GB: even 70B runs entirely on the GPU.
        ("mac-m3max-128gb", "llama-3.3-70b-instruct", "gpu_full"),
        ("mac-m3max-128gb", "qwen3-30b-a3b", "gpu_full"),
    ],
)
def test_verdicts(machine: str, entry_id: str, kind: str) -> None:
    result = plan(_info(entry_id), profile(machine))
    assert result.verdict.kind == kind, result.verdict.text


def test_verdict_texts() -> None:
    texts = {
        "gpu_full": r"Runs fully on your GPU — about \d+ tokens/s",
        "gpu_partial": r"Partial GPU offload \(\d+ of 48 layers\) — about \d+(\.\d)? tokens/s",
        "cpu": r"Runs on CPU — about \d+(\.\d)? tokens/s",
        "too_large": r"Too large — needs \d+\.\d GB, you have \d+\.\d GB",
    }
    plans = [
        plan(_info("qwen3-8b"), profile("desktop-rtx3060-12gb")),
        plan(_info("qwen3-30b-a3b"), profile("desktop-rtx3060-12gb")),
        plan(_info("qwen3-4b"), profile("laptop-8gb")),
        plan(_info("llama-3.3-70b-instruct"), profile("laptop-16gb")),
    ]
    assert {p.verdict.kind for p in plans} == set(texts)
    for result in plans:
        assert re.fullmatch(texts[result.verdict.kind], result.verdict.text), result.verdict.text
        assert result.verdict.to_dict()["params"]
    too_large = plans[3].verdict.params
    assert too_large["need_bytes"] > too_large["have_bytes"]
    partial = plans[1].verdict.params
    assert 0 < partial["layers"] < partial["n_layers"] == 48


def test_context_is_the_largest_that_fits_up_to_the_cap() -> None:
    machine = profile("laptop-8gb")
    info = _info("qwen3-8b")
    chosen = plan(info, machine)
    assert chosen.fits and chosen.n_ctx < DEFAULT_CTX_CAP
    # 256 tokens more would not have fitted in this machine's budget.
    ram, _ = split_memory(info, chosen.n_ctx + 256, 0)
    assert ram.total > chosen.budget.ram_budget
    assert plan(_info("qwen3-4b"), machine).n_ctx == DEFAULT_CTX_CAP
    assert plan(_info("olmo-2-1b-instruct"), machine).n_ctx == 4096  # its trained context


def test_asked_context_is_used_and_capped_by_the_trained_one(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    machine = profile("laptop-16gb")
    assert plan(info, machine, n_ctx=4096).n_ctx == 4096
    assert plan(info, machine, n_ctx=32768).n_ctx == 8192
    long_one = plan(_info("qwen3-8b"), profile("mac-m3max-128gb"), n_ctx=32768)
    assert long_one.n_ctx == 32768 and long_one.verdict.kind == "gpu_full"


def test_speed_follows_bandwidth_and_size() -> None:
    gpu = plan(_info("qwen3-8b"), profile("desktop-rtx3060-12gb")).tokens_per_s
    cpu = plan(_info("qwen3-8b"), profile("laptop-16gb")).tokens_per_s
    assert gpu and cpu and gpu > 5 * cpu
    small = plan(_info("qwen3-4b"), profile("laptop-16gb")).tokens_per_s
    assert small and small > cpu
    # A 30B MoE reads ~3B per token: faster than the dense 14B on the same GPU.
    moe = plan(_info("qwen3-30b-a3b"), profile("rx7900xtx-24gb")).tokens_per_s
    dense = plan(_info("qwen3-14b"), profile("rx7900xtx-24gb")).tokens_per_s
    assert moe and dense and moe > dense
    assert plan(_info("llama-3.3-70b-instruct"), profile("laptop-16gb")).tokens_per_s is None


def test_a_gpu_the_build_cannot_use_is_reported(starter_model: Path) -> None:
    machine = profile("desktop-rtx3060-12gb")
    machine.gpu_offload_supported = False
    result = plan(read_model_info(starter_model), machine)
    assert result.verdict.kind == "cpu" and result.gpu_layers == 0
    assert "RTX 3060" in result.verdict.params["gpu_unused"]


def test_a_device_tensor_limit_keeps_a_large_head_in_ram(gemma_model: Path) -> None:
    """A Vulkan device whose buffers hold at most 128 MiB (lavapipe, some drivers): the
    plan keeps Gemma's 170 MiB tied head in RAM, where llama.cpp leaves it."""
    info = read_model_info(gemma_model)
    machine = profile("rx7900xtx-24gb")
    unlimited = plan(info, machine, 4096)
    for device in machine.llama_gpu_devices():
        device.max_tensor_bytes = 128 << 20
    limited = plan(info, machine, 4096)
    assert limited.gpu_layers == unlimited.gpu_layers == info.block_count + 1
    assert unlimited.vram.weights - limited.vram.weights == info.output_bytes
    assert limited.ram.weights > unlimited.ram.weights
