"""How many bytes llama.cpp allocates for a model: weights, KV cache, compute buffer.

The formulas follow what llama.cpp itself sizes (see ARCHITECTURE.md, "Fit
estimate"), and were checked against the buffer sizes it logs when it loads the
starter model and Gemma 3 270M (bench/fit_accuracy.py):

- KV cache: per layer, cells x KV heads x (key_len x s_K + value_len x s_V);
  cells = the context rounded up to 256; sliding-window layers hold the whole
  context when llama.cpp keeps a "full-size SWA cache" (its default, which the
  engine uses), else min(context, window + ubatch).
- compute buffer: the larger of two peaks of the worst-case graph: the logits
  (4 bytes x ubatch x vocabulary) and, without flash attention, the attention
  scores (4 bytes x ubatch x context x (heads + one mask per cache kind)).
- output buffer: one row of logits (4 bytes x vocabulary).
- engine overhead: the engine process's own memory beyond llama.cpp's buffers
  (tokenizer tables, Python objects of the server), measured on this engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from hearth.gguf.model_info import ModelInfo
from hearth.gguf.tensors import bytes_per_element

GIB = 1 << 30
MIB = 1 << 20
KV_CELL_PAD = 256
DEFAULT_UBATCH = 512
KV_TYPES = ("f16", "q8_0", "q4_0")
# Engine process memory beyond llama.cpp's buffers: a fixed part and a part per
# vocabulary entry (llama.cpp's token tables, the server's tokenizer objects).
# Calibrated with bench/fit_accuracy.py against the engine's measured RSS.
ENGINE_OVERHEAD_FIXED = 16 * MIB
ENGINE_OVERHEAD_PER_TOKEN = 200
# Scratch of the attention and feed-forward steps per ubatch token, in floats:
# 3 x width + feed-forward width fits llama.cpp's logged compute buffers.
_SCRATCH_WIDTHS = 3


def pad(value: int, multiple: int) -> int:
    return -(-value // multiple) * multiple


def kv_bytes_per_value(kv_type: str) -> float:
    return bytes_per_element(kv_type)


def kv_cells(info: ModelInfo, n_ctx: int, layer: int, swa_full: bool, n_ubatch: int) -> int:
    """Cache cells llama.cpp gives one layer for a context of n_ctx tokens."""
    cells = pad(n_ctx, KV_CELL_PAD)
    is_swa = layer < len(info.swa_layers) and info.swa_layers[layer]
    if is_swa and not swa_full and info.sliding_window:
        return min(cells, pad(info.sliding_window + n_ubatch, KV_CELL_PAD))
    return cells


def kv_layer_bytes(
    info: ModelInfo,
    n_ctx: int,
    layer: int,
    kv_type: str = "f16",
    swa_full: bool = True,
    n_ubatch: int = DEFAULT_UBATCH,
) -> int:
    k_values, v_values = info.kv_elements_per_token(layer)
    per_value = kv_bytes_per_value(kv_type)
    cells = kv_cells(info, n_ctx, layer, swa_full, n_ubatch)
    return int(cells * (k_values + v_values) * per_value)


def kv_cache_bytes(
    info: ModelInfo,
    n_ctx: int,
    kv_type: str = "f16",
    swa_full: bool = True,
    n_ubatch: int = DEFAULT_UBATCH,
    layers: range | None = None,
) -> int:
    """KV cache of the given layers (all by default) for a context of n_ctx tokens."""
    chosen = layers if layers is not None else range(info.block_count)
    return sum(kv_layer_bytes(info, n_ctx, il, kv_type, swa_full, n_ubatch) for il in chosen)


def _cache_kinds(info: ModelInfo) -> int:
    """Attention masks in the graph: one per cache kind (full and sliding-window)."""
    has_swa = any(info.swa_layers)
    has_full = not all(info.swa_layers) if info.swa_layers else True
    return int(has_swa) + int(has_full)


def _fits(tensor_bytes: int, max_tensor_bytes: int | None) -> bool:
    return max_tensor_bytes is None or tensor_bytes <= max_tensor_bytes


def attention_scores_bytes(info: ModelInfo, n_ctx: int, n_ubatch: int = DEFAULT_UBATCH) -> int:
    """The largest attention tensor of the graph without flash attention: the scores
    of a ubatch against the whole cache, for every head."""
    ubatch = min(n_ubatch, pad(n_ctx, KV_CELL_PAD))
    return 4 * ubatch * pad(n_ctx, KV_CELL_PAD) * info.head_count


def compute_buffer_bytes(
    info: ModelInfo,
    n_ctx: int,
    flash_attn: bool = False,
    n_ubatch: int = DEFAULT_UBATCH,
    n_outputs: int | None = None,
    max_tensor_bytes: int | None = None,
) -> int:
    """llama.cpp's compute buffer: the peak of its worst-case graph.

    n_outputs is the rows of logits the graph computes: llama.cpp reserves for
    a whole ubatch (the default); a chat only ever needs one.
    max_tensor_bytes: a device's per-tensor limit (Vulkan's maxStorageBufferRange).
    The scheduler runs operations on larger tensors on the CPU, so the logits (with
    an output head over the limit) or the attention scores leave this buffer.
    """
    ubatch = min(n_ubatch, pad(n_ctx, KV_CELL_PAD))
    outputs = ubatch if n_outputs is None else n_outputs
    n_kv = pad(n_ctx, KV_CELL_PAD)
    width = info.embedding_length
    ff = info.feed_forward_length
    if info.is_moe:
        ff = max(ff, info.feed_forward_length * info.expert_used_count)
    scratch = 4 * ubatch * (_SCRATCH_WIDTHS * width + ff)
    logits = 4 * ubatch * width * _SCRATCH_WIDTHS
    logit_rows = 4 * outputs * info.vocab_size
    if _fits(logit_rows, max_tensor_bytes) and _fits(info.output_bytes, max_tensor_bytes):
        logits += logit_rows
    masks = _cache_kinds(info)
    if flash_attn:
        # Scores are never materialised; the masks are f16.
        attention = 2 * ubatch * n_kv * masks + scratch
    elif _fits(attention_scores_bytes(info, n_ctx, n_ubatch), max_tensor_bytes):
        attention = 4 * ubatch * n_kv * (info.head_count + masks) + scratch
    else:
        attention = scratch
    return max(logits, attention)


def host_attention_bytes(
    info: ModelInfo,
    n_ctx: int,
    flash_attn: bool,
    n_ubatch: int = DEFAULT_UBATCH,
    max_tensor_bytes: int | None = None,
) -> int:
    """Attention scores a device cannot hold, computed on the CPU instead (0 if it can)."""
    scores = attention_scores_bytes(info, n_ctx, n_ubatch)
    if flash_attn or _fits(scores, max_tensor_bytes):
        return 0
    return scores + 4 * min(n_ubatch, pad(n_ctx, KV_CELL_PAD)) * pad(n_ctx, KV_CELL_PAD)


def repack_bytes(info: ModelInfo) -> int:
    return sum(info.layer_repack_bytes)


def output_buffer_bytes(info: ModelInfo) -> int:
    return 4 * info.vocab_size


def engine_overhead_bytes(info: ModelInfo) -> int:
    return ENGINE_OVERHEAD_FIXED + ENGINE_OVERHEAD_PER_TOKEN * info.vocab_size


@dataclass(frozen=True)
class MemorySplit:
    """Bytes on one device, by kind (what the GUI's stacked bar shows)."""

    weights: int = 0
    kv_cache: int = 0
    compute: int = 0
    overhead: int = 0

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead

    def to_dict(self) -> dict[str, int]:
        return {
            "weights": self.weights,
            "kv_cache": self.kv_cache,
            "compute": self.compute,
            "overhead": self.overhead,
            "total": self.total,
        }


def split_memory(
    info: ModelInfo,
    n_ctx: int,
    gpu_layers: int,
    *,
    kv_type: str = "f16",
    flash_attn: bool = False,
    swa_full: bool = True,
    n_ubatch: int = DEFAULT_UBATCH,
    gpu_reserve: int = 0,
    cpu_repack: bool = True,
    max_tensor_bytes: int | None = None,
) -> tuple[MemorySplit, MemorySplit]:
    """(RAM, VRAM) for `gpu_layers` offloaded, counted the way llama.cpp counts it.

    VRAM counts the compute buffer llama.cpp reserves (a GPU allocation is
    committed at once); RAM counts what a chat at full context touches of it.
    cpu_repack: the CPU backend keeps a second, repacked copy of some matrices
    (x86 with AVX2, ARM with dot products).

    gpu_layers follows llama.cpp: the last `gpu_layers` blocks go to the GPU, and a
    value above the block count also moves the output head there, unless the head
    is larger than the device's per-tensor limit (max_tensor_bytes, see
    compute_buffer_bytes): then it stays in RAM, as llama.cpp leaves it.
    """
    n_layers = info.block_count
    on_gpu = max(0, min(gpu_layers, n_layers))
    head_on_gpu = gpu_layers > n_layers and _fits(info.output_bytes, max_tensor_bytes)
    gpu_range = range(n_layers - on_gpu, n_layers)
    cpu_range = range(0, n_layers - on_gpu)
    compute = compute_buffer_bytes(info, n_ctx, flash_attn, n_ubatch, None, max_tensor_bytes)
    cpu_weights = info.embedding_bytes + sum(info.layer_bytes[il] for il in cpu_range)
    if cpu_repack and info.layer_repack_bytes:
        cpu_weights += sum(info.layer_repack_bytes[il] for il in cpu_range)
    if not head_on_gpu:
        cpu_weights += info.output_bytes - (info.embedding_bytes if info.output_tied else 0)
    ram = MemorySplit(
        weights=cpu_weights,
        kv_cache=kv_cache_bytes(info, n_ctx, kv_type, swa_full, n_ubatch, cpu_range),
        # In system memory only the pages a graph touches count, and a chat's graphs
        # compute one row of logits, not the ubatch llama.cpp reserves for.
        compute=(
            4 * n_ubatch * info.embedding_length * 4
            + host_attention_bytes(info, n_ctx, flash_attn, n_ubatch, max_tensor_bytes)
        )
        if on_gpu
        else compute_buffer_bytes(info, n_ctx, flash_attn, n_ubatch, n_outputs=1),
        overhead=engine_overhead_bytes(info) + output_buffer_bytes(info),
    )
    if not on_gpu:
        return ram, MemorySplit()
    vram = MemorySplit(
        weights=sum(info.layer_bytes[il] for il in gpu_range)
        + (info.output_bytes if head_on_gpu else 0),
        kv_cache=kv_cache_bytes(info, n_ctx, kv_type, swa_full, n_ubatch, gpu_range),
        compute=compute,
        overhead=gpu_reserve,
    )
    return ram, vram
