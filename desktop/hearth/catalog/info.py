"""ModelInfo for a catalog file not yet downloaded, from the entry's shape and the file size.

The planner wants bytes per layer; before a download only the file's total is
known. The token embeddings (and an untied output head) are the size of
vocabulary x width at the file's average bits per weight; the rest is split
evenly over the layers. Once downloaded, or when the hub's header can be read,
the file's own tensor table replaces this estimate.
"""

from __future__ import annotations

from hearth.catalog.model import CatalogEntry, Quant
from hearth.gguf.model_info import DEFAULT_SWA_PATTERN, ModelInfo

# A GGUF file's bytes beyond its tensors: the header (tokenizer lists) and padding.
HEADER_BYTES_PER_TOKEN = 24


def _swa_layers(entry: CatalogEntry) -> list[bool]:
    arch = entry.arch
    n = arch.block_count
    if not arch.sliding_window:
        return [False] * n
    every = arch.swa_pattern or DEFAULT_SWA_PATTERN.get(arch.architecture, 0)
    if every <= 0:
        return [True] * n
    return [il % every < every - 1 for il in range(n)]


def model_info_for(entry: CatalogEntry, quant: Quant) -> ModelInfo:
    arch = entry.arch
    n = arch.block_count
    params = entry.params_b * 1e9
    tensor_bytes = max(1, quant.size - HEADER_BYTES_PER_TOKEN * arch.vocab_size)
    bytes_per_param = tensor_bytes / params if params else 0.5
    embedding = int(arch.vocab_size * arch.embedding_length * bytes_per_param)
    head = 0 if arch.tied_embeddings else embedding
    per_layer = max(0, tensor_bytes - embedding - head) // n
    experts = [0] * n
    if entry.active_params_b and arch.expert_count:
        # Of a MoE layer, the share that is routed experts: what is not active of it.
        inactive = 1 - entry.active_params_b / entry.params_b
        routed_share = min(
            0.98, inactive * arch.expert_count / max(1, arch.expert_count - arch.expert_used_count)
        )
        experts = [int(per_layer * routed_share)] * n
    output = embedding if arch.tied_embeddings else head
    return ModelInfo(
        architecture=arch.architecture,
        name=f"{entry.name} {quant.name}",
        block_count=n,
        embedding_length=arch.embedding_length,
        head_count=arch.head_count,
        head_count_kv=[arch.head_count_kv] * n,
        key_length=arch.head_dim,
        value_length=arch.head_dim,
        context_length=entry.context_length,
        vocab_size=arch.vocab_size,
        feed_forward_length=arch.feed_forward_length,
        sliding_window=arch.sliding_window,
        swa_layers=_swa_layers(entry),
        expert_count=arch.expert_count,
        expert_used_count=arch.expert_used_count,
        kv_lora_rank=arch.kv_lora_rank,
        rope_dimension=arch.rope_dimension or arch.head_dim,
        layer_bytes=[per_layer] * n,
        layer_expert_bytes=experts,
        layer_repack_bytes=[0] * n,
        embedding_bytes=embedding,
        output_bytes=output,
        output_tied=arch.tied_embeddings,
        file_size=quant.size,
        parameter_count=int(params),
        file_type=quant.name,
    )
