"""The numbers of a model that decide how much memory it needs and how fast it runs.

`ModelInfo` is what the planner works from. It comes from a GGUF header (local
file or remote range read: `from_header`), or, for catalog entries not yet
downloaded, from the catalog's own figures (hearth.catalog builds one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearth.errors import ModelError
from hearth.gguf.reader import GGUFHeader, read_header
from hearth.gguf.tensors import TensorInfo

# llama.cpp's built-in sliding-window layouts for architectures whose GGUF files
# do not say: every Nth layer attends globally, the others use the window.
DEFAULT_SWA_PATTERN = {"gemma2": 2, "gemma3": 6, "gemma3n": 5, "cohere2": 4, "gpt-oss": 2}
# Tensors that stay in system memory even when every layer is on the GPU.
_CPU_ONLY = ("token_embd.", "per_layer_token_embd.")
_OUTPUT = ("output.", "output_norm.")
_REPACK_TYPES = ("Q4_0", "Q4_K", "IQ4_NL")


@dataclass
class ModelInfo:
    """Architecture and weights of one model file (all byte counts are exact when read)."""

    architecture: str
    name: str
    block_count: int
    embedding_length: int
    head_count: int
    # Per layer: KV heads (0 for a layer without attention, e.g. a recurrent one).
    head_count_kv: list[int]
    key_length: int
    value_length: int
    context_length: int
    vocab_size: int
    feed_forward_length: int = 0
    sliding_window: int = 0
    # Per layer: True where the layer attends only within the sliding window.
    swa_layers: list[bool] = field(default_factory=list)
    expert_count: int = 0
    expert_used_count: int = 0
    # Multi-head latent attention (DeepSeek V2/V3, Kimi K2) caches a compressed KV.
    kv_lora_rank: int = 0
    rope_dimension: int = 0
    # Bytes of the tensors of each block, and of those outside the blocks.
    layer_bytes: list[int] = field(default_factory=list)
    # Of each block's bytes, how many are routed experts (read only in part per token).
    layer_expert_bytes: list[int] = field(default_factory=list)
    # Of each block's bytes, how many llama.cpp's CPU backend repacks into a second,
    # faster layout (Q4_0, Q4_K, IQ4_NL matrices) when the block stays on the CPU.
    layer_repack_bytes: list[int] = field(default_factory=list)
    embedding_bytes: int = 0  # token embeddings: always in system memory
    output_bytes: int = 0  # output norm + head (the tied embeddings when there is no head)
    output_tied: bool = False
    file_size: int = 0
    parameter_count: int = 0
    file_type: str = ""

    @property
    def weights_bytes(self) -> int:
        """Bytes of all tensors in the file (a tied head is counted once)."""
        head = self.output_bytes - (self.embedding_bytes if self.output_tied else 0)
        return sum(self.layer_bytes) + self.embedding_bytes + head

    @property
    def is_moe(self) -> bool:
        return self.expert_count > 1 and self.expert_used_count > 0

    def kv_elements_per_token(self, layer: int) -> tuple[int, int]:
        """(K, V) values one token adds to one layer's cache."""
        if self.kv_lora_rank:
            return self.kv_lora_rank + self.rope_dimension, 0
        heads = self.head_count_kv[layer] if layer < len(self.head_count_kv) else 0
        return heads * self.key_length, heads * self.value_length

    def active_bytes_per_token(self) -> int:
        """Weight bytes read to produce one token (MoE: only the experts used)."""
        total = sum(self.layer_bytes) + self.output_bytes
        if self.is_moe:
            experts = sum(self.layer_expert_bytes)
            total -= experts - experts * self.expert_used_count // self.expert_count
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "architecture": self.architecture,
            "name": self.name,
            "block_count": self.block_count,
            "embedding_length": self.embedding_length,
            "head_count": self.head_count,
            "head_count_kv": self.head_count_kv,
            "key_length": self.key_length,
            "value_length": self.value_length,
            "context_length": self.context_length,
            "vocab_size": self.vocab_size,
            "sliding_window": self.sliding_window,
            "swa_layers": sum(self.swa_layers),
            "expert_count": self.expert_count,
            "expert_used_count": self.expert_used_count,
            "weights_bytes": self.weights_bytes,
            "file_size": self.file_size,
        }


def _per_layer(value: Any, n_layers: int, default: int) -> list[int]:
    if isinstance(value, list):
        numbers = [int(v) for v in value[:n_layers]]
        return numbers + [numbers[-1] if numbers else default] * (n_layers - len(numbers))
    return [int(value) if isinstance(value, (int, float)) else default] * n_layers


def _first(value: Any, default: int) -> int:
    if isinstance(value, list):
        return int(max(value)) if value else default
    return int(value) if isinstance(value, (int, float)) else default


def _swa_layers(arch: str, meta: dict[str, Any], n_layers: int, window: int) -> list[bool]:
    if window <= 0:
        return [False] * n_layers
    pattern = meta.get(f"{arch}.attention.sliding_window_pattern")
    if isinstance(pattern, list):
        flags = [bool(p) for p in pattern[:n_layers]]
        return flags + [False] * (n_layers - len(flags))
    every = int(pattern) if isinstance(pattern, int) else DEFAULT_SWA_PATTERN.get(arch, 0)
    if every <= 0:  # a window on every layer (e.g. Mistral 7B v0.1)
        return [True] * n_layers
    return [il % every < every - 1 for il in range(n_layers)]


def _repacked(tensor: TensorInfo) -> bool:
    return (
        tensor.type_name in _REPACK_TYPES
        and len(tensor.dims) == 2
        and tensor.dims[1] % 8 == 0
        and tensor.name.endswith(".weight")
    )


def from_header(header: GGUFHeader, name: str = "") -> ModelInfo:
    """Turn a parsed header into ModelInfo; ModelError when the numbers are missing or absurd."""
    meta = header.metadata
    arch = header.architecture

    def key(suffix: str) -> Any:
        return meta.get(f"{arch}.{suffix}")

    n_layers = key("block_count")
    n_embd = key("embedding_length")
    n_head = _first(key("attention.head_count"), 0)
    if not arch or not isinstance(n_layers, int) or not isinstance(n_embd, int):
        raise ModelError(
            "gguf_unsupported",
            f"{name or 'This file'} does not describe a language model Hearth can size"
            f" (architecture {arch or 'unknown'}).",
            architecture=arch,
        )
    if not 0 < n_layers <= 4096 or not 0 < n_embd <= 1_000_000 or not 0 <= n_head <= 4096:
        raise ModelError(
            "gguf_malformed",
            f"{name or 'This file'} has absurd model dimensions.",
            detail=f"{n_layers} layers, {n_embd} wide, {n_head} heads",
        )
    head_dim = n_embd // n_head if n_head else 0
    kv_heads = _per_layer(key("attention.head_count_kv"), n_layers, n_head)
    window = _first(key("attention.sliding_window"), 0)
    vocab = key("vocab_size") or meta.get("tokenizer.ggml.tokens.count") or 0
    layer_bytes = [0] * n_layers
    expert_bytes = [0] * n_layers
    repack_bytes = [0] * n_layers
    embedding = output = 0
    has_head = False
    for tensor in header.tensors:
        layer = tensor.layer
        if layer is not None and layer < n_layers:
            layer_bytes[layer] += tensor.nbytes
            if "_exps." in tensor.name:
                expert_bytes[layer] += tensor.nbytes
            if _repacked(tensor):
                repack_bytes[layer] += tensor.nbytes
        elif tensor.name.startswith(_CPU_ONLY):
            embedding += tensor.nbytes
        elif tensor.name.startswith(_OUTPUT):
            output += tensor.nbytes
            has_head = has_head or tensor.name.startswith("output.")
        else:
            output += tensor.nbytes
    tied = not has_head
    if tied:
        # The head reuses the token embeddings; offloading it copies them to the GPU.
        output += embedding
    return ModelInfo(
        architecture=arch,
        name=name or str(meta.get("general.name") or arch),
        block_count=n_layers,
        embedding_length=n_embd,
        head_count=n_head,
        head_count_kv=kv_heads,
        key_length=_first(key("attention.key_length"), head_dim),
        value_length=_first(key("attention.value_length"), head_dim),
        context_length=_first(key("context_length"), 2048),
        vocab_size=int(vocab),
        feed_forward_length=_first(key("feed_forward_length"), 4 * n_embd),
        sliding_window=window,
        swa_layers=_swa_layers(arch, meta, n_layers, window),
        expert_count=_first(key("expert_count"), 0),
        expert_used_count=_first(key("expert_used_count"), 0),
        kv_lora_rank=_first(key("attention.kv_lora_rank"), 0),
        rope_dimension=_first(key("rope.dimension_count"), head_dim),
        layer_bytes=layer_bytes,
        layer_expert_bytes=expert_bytes,
        layer_repack_bytes=repack_bytes,
        embedding_bytes=embedding,
        output_bytes=output,
        output_tied=tied,
        file_size=header.file_size or header.data_offset + header.tensor_bytes,
        parameter_count=sum(t.n_elements for t in header.tensors),
        file_type=str(meta.get("general.file_type", "")),
    )


def read_model_info(path: Path) -> ModelInfo:
    """ModelInfo of a local GGUF file (header only; the weights are not read)."""
    path = Path(path)
    return from_header(read_header(path), name=path.name)
