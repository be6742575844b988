"""Memory formulas against the buffer sizes llama.cpp (llama-cpp-python 0.3.36) logs.

The expected numbers are llama.cpp's own log lines when Hearth's engine loads
these files at these contexts ("CPU KV buffer size = 45.00 MiB", ...); see
bench/fit_accuracy.py, which measures them again on the real engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth.gguf import read_model_info
from hearth.planner.memory import (
    MIB,
    compute_buffer_bytes,
    host_attention_bytes,
    kv_cache_bytes,
    output_buffer_bytes,
    split_memory,
)


@pytest.mark.parametrize(
    ("n_ctx", "kv_mib", "compute_mib"),
    [(2048, 45.0, 99.375), (8192, 180.0, 166.375), (32768, 720.0, 646.375)],
)
def test_starter_model_matches_llama_cpp(
    starter_model: Path, n_ctx: int, kv_mib: float, compute_mib: float
) -> None:
    info = read_model_info(starter_model)
    assert kv_cache_bytes(info, n_ctx) == kv_mib * MIB
    assert compute_buffer_bytes(info, n_ctx) == compute_mib * MIB
    assert output_buffer_bytes(info) == 49152 * 4  # "CPU output buffer size = 0.19 MiB"


@pytest.mark.parametrize(("n_ctx", "kv_mib"), [(2048, 36.0), (8192, 144.0), (32768, 576.0)])
def test_gemma_matches_llama_cpp(gemma_model: Path, n_ctx: int, kv_mib: float) -> None:
    info = read_model_info(gemma_model)
    # llama.cpp keeps a full-size SWA cache by default: 3 global + 15 windowed layers, all n_ctx.
    assert kv_cache_bytes(info, n_ctx) == kv_mib * MIB
    # "CPU compute buffer size = 514.50 MiB" at every context: the logits of a whole ubatch.
    assert abs(compute_buffer_bytes(info, n_ctx) - 514.5 * MIB) < 2 * MIB


def test_sliding_window_cache_when_not_full_size(gemma_model: Path) -> None:
    info = read_model_info(gemma_model)
    full = kv_cache_bytes(info, 32768, swa_full=True)
    small = kv_cache_bytes(info, 32768, swa_full=False)
    per_cell_layer = 2 * 256 * 2  # K and V, one head of 256, f16
    # 15 windowed layers hold window 512 + ubatch 512 = 1024 cells instead of 32768.
    assert full - small == 15 * (32768 - 1024) * per_cell_layer


def test_quantized_kv_and_flash_attention(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    f16 = kv_cache_bytes(info, 8192, "f16")
    assert kv_cache_bytes(info, 8192, "q8_0") == f16 * 34 // 64
    assert kv_cache_bytes(info, 8192, "q4_0") == f16 * 18 // 64
    assert compute_buffer_bytes(info, 32768, flash_attn=True) < compute_buffer_bytes(info, 32768)
    # A chat computes one row of logits, not a ubatch of them.
    assert compute_buffer_bytes(info, 2048, n_outputs=1) < compute_buffer_bytes(info, 2048)


def test_context_is_counted_in_cells_of_256(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    assert kv_cache_bytes(info, 2000) == kv_cache_bytes(info, 2048)
    assert kv_cache_bytes(info, 2049) == kv_cache_bytes(info, 2304)


def test_split_between_ram_and_vram(gemma_model: Path) -> None:
    info = read_model_info(gemma_model)
    n = info.block_count
    cpu_ram, cpu_vram = split_memory(info, 4096, 0)
    assert cpu_vram.total == 0
    assert cpu_ram.weights == info.weights_bytes + sum(info.layer_repack_bytes)
    assert cpu_ram.kv_cache == kv_cache_bytes(info, 4096)
    full_ram, full_vram = split_memory(info, 4096, n + 1, gpu_reserve=123)
    assert full_ram.weights == info.embedding_bytes  # token embeddings stay in RAM
    assert full_ram.kv_cache == 0
    assert full_vram.kv_cache == kv_cache_bytes(info, 4096)
    assert full_vram.weights == sum(info.layer_bytes) + info.output_bytes
    assert full_vram.compute == compute_buffer_bytes(info, 4096)
    assert full_vram.overhead == 123
    half_ram, half_vram = split_memory(info, 4096, n // 2, cpu_repack=False)
    assert half_ram.kv_cache + half_vram.kv_cache == kv_cache_bytes(info, 4096)
    layers = sum(info.layer_bytes)
    assert half_ram.weights + half_vram.weights == info.weights_bytes
    assert 0 < half_vram.weights < layers


LAVAPIPE_TENSOR_LIMIT = 128 * MIB  # its maxStorageBufferRange


@pytest.mark.parametrize(("n_ctx", "compute_mib"), [(2048, 33.5), (8192, 105.5), (32768, 17.3)])
def test_gemma_on_a_device_with_a_tensor_limit(
    gemma_model: Path, n_ctx: int, compute_mib: float
) -> None:
    """llama.cpp's Vulkan0 buffers on lavapipe (bench/fit_accuracy.py): the tied output
    head (170 MiB) stays in RAM, and at 32k the attention scores (384 MiB) run on the
    CPU, so the device's compute buffer shrinks instead of growing."""
    info = read_model_info(gemma_model)
    ram, vram = split_memory(
        info, n_ctx, info.block_count + 1, max_tensor_bytes=LAVAPIPE_TENSOR_LIMIT
    )
    assert vram.weights == sum(info.layer_bytes)  # "Vulkan0 model buffer size = 65.22 MiB"
    assert ram.weights == info.output_bytes  # the tied embeddings, with the output norm
    assert abs(vram.compute - compute_mib * MIB) < 10 * MIB
    _, unlimited = split_memory(info, n_ctx, info.block_count + 1)
    assert unlimited.weights == vram.weights + info.output_bytes
    pushed = host_attention_bytes(info, n_ctx, False, max_tensor_bytes=LAVAPIPE_TENSOR_LIMIT)
    assert (pushed > 0) == (n_ctx == 32768)
    assert ram.compute >= pushed


def test_starter_logits_stay_on_the_device_and_its_8k_scores_do_not(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    # Vulkan0 compute buffer: 98.2 MiB at 2k, 97.1 MiB at 8k (scores of 144 MiB moved).
    for n_ctx, logged_mib in ((2048, 98.2), (8192, 97.1)):
        predicted = compute_buffer_bytes(info, n_ctx, max_tensor_bytes=LAVAPIPE_TENSOR_LIMIT)
        assert abs(predicted - logged_mib * MIB) < 3 * MIB
    assert compute_buffer_bytes(info, 8192) > 160 * MIB  # where the limit does not apply
