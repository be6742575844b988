"""The tensor table and model numbers, on the real local models and on files the tests write."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import gguf
import numpy as np
import pytest

from hearth.errors import ModelError
from hearth.gguf import GGML_TYPES, read_header, read_model_info

Q8_0 = gguf.GGMLQuantizationType.Q8_0


def test_starter_model_tensor_table(starter_model: Path) -> None:
    header = read_header(starter_model)
    assert len(header.tensors) == 272
    # llama.cpp 0.3.36 logs "CPU_Mapped model buffer size = 92.10 MiB" for this file.
    assert header.tensor_bytes == 96_576_768
    assert header.data_offset % 32 == 0
    last = max(header.tensors, key=lambda t: t.offset)
    assert header.data_offset + last.offset + last.nbytes == header.file_size
    embd = next(t for t in header.tensors if t.name == "token_embd.weight")
    assert embd.dims == (576, 49152)
    assert embd.type_name == "Q8_0"
    assert embd.nbytes == 576 * 49152 // 32 * 34
    assert {t.layer for t in header.tensors} == {None, *range(30)}


def test_starter_model_numbers(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    assert (info.architecture, info.block_count, info.embedding_length) == ("llama", 30, 576)
    assert info.head_count == 9
    assert info.head_count_kv == [3] * 30
    assert (info.key_length, info.value_length) == (64, 64)  # 576 / 9 heads
    assert info.context_length == 8192
    assert info.vocab_size == 49152
    assert info.sliding_window == 0 and not any(info.swa_layers)
    assert info.output_tied  # no output.weight: the head reuses the embeddings
    assert info.weights_bytes == 96_576_768
    assert sum(info.layer_bytes) + info.embedding_bytes < info.weights_bytes + 1
    assert not info.is_moe


def test_gemma_numbers(gemma_model: Path) -> None:
    info = read_model_info(gemma_model)
    assert info.architecture == "gemma3"
    assert info.block_count == 18
    assert info.head_count == 4 and info.head_count_kv == [1] * 18
    assert (info.key_length, info.value_length) == (256, 256)  # explicit, not 640 / 4
    assert info.context_length == 32768
    assert info.vocab_size == 262144  # from the tokenizer list's length
    assert info.sliding_window == 512
    # llama.cpp logs is_swa = 0 for layers 5, 11 and 17 only.
    assert [il for il, swa in enumerate(info.swa_layers) if not swa] == [5, 11, 17]
    assert info.weights_bytes == 246_587_904  # "CPU_Mapped model buffer size = 235.16 MiB"
    # The Q4_K matrices llama.cpp repacks for this CPU: "CPU_REPACK ... 12.66 MiB".
    assert sum(info.layer_repack_bytes) == 13_271_040


def _write(path: Path, build: object) -> Path:
    writer = gguf.GGUFWriter(str(path), "llama")
    build(writer)  # type: ignore[operator]
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _tiny_llama(writer: gguf.GGUFWriter, layers: int = 2) -> None:
    writer.add_block_count(layers)
    writer.add_context_length(1024)
    writer.add_embedding_length(64)
    writer.add_feed_forward_length(128)
    writer.add_head_count(4)
    writer.add_head_count_kv(2)
    writer.add_vocab_size(100)
    writer.add_tensor("token_embd.weight", np.zeros((100, 64), dtype=np.float16))
    for il in range(layers):
        writer.add_tensor(f"blk.{il}.attn_norm.weight", np.ones(64, dtype=np.float32))
        q8 = np.zeros((64, 64 // 32 * 34), dtype=np.uint8)  # rows of quantized bytes
        writer.add_tensor(f"blk.{il}.attn_q.weight", q8, raw_dtype=Q8_0)
    writer.add_tensor("output.weight", np.zeros((100, 64), dtype=np.float16))


def test_written_file_matches_the_gguf_package(tmp_path: Path) -> None:
    path = _write(tmp_path / "tiny.gguf", _tiny_llama)
    header = read_header(path)
    reference = gguf.GGUFReader(str(path))
    assert [t.name for t in header.tensors] == [t.name for t in reference.tensors]
    for ours, theirs in zip(header.tensors, reference.tensors, strict=True):
        assert ours.nbytes == int(theirs.n_bytes)
        assert header.data_offset + ours.offset == int(theirs.data_offset)
        assert ours.ggml_type == int(theirs.tensor_type)
    info = read_model_info(path)
    assert info.head_count_kv == [2, 2] and info.key_length == 16
    assert info.vocab_size == 100 and not info.output_tied
    assert info.output_bytes == 100 * 64 * 2


def test_moe_swa_and_per_layer_lists(tmp_path: Path) -> None:
    def build(writer: gguf.GGUFWriter) -> None:
        _tiny_llama(writer, layers=4)
        writer.add_expert_count(8)
        writer.add_expert_used_count(2)
        writer.add_sliding_window(128)
        writer.add_array("llama.attention.sliding_window_pattern", [True, False, True, False])
        writer.add_array("llama.attention.head_count_kv", [2, 0, 2, 0])  # hybrid: no KV on 1, 3
        expert = np.zeros((8, 32, 64 // 32 * 34), dtype=np.uint8)
        writer.add_tensor("blk.0.ffn_up_exps.weight", expert, raw_dtype=Q8_0)

    info = read_model_info(_write(tmp_path / "moe.gguf", build))
    assert info.is_moe and (info.expert_count, info.expert_used_count) == (8, 2)
    assert info.swa_layers == [True, False, True, False]
    assert info.head_count_kv == [2, 0, 2, 0]
    assert info.kv_elements_per_token(1) == (0, 0)
    assert info.layer_expert_bytes[0] == 8 * 32 * 64 // 32 * 34
    assert info.active_bytes_per_token() < sum(info.layer_bytes) + info.output_bytes


def _raw_tensor_file(entry: bytes, count: int = 1, data: bytes = b"") -> bytes:
    def text(value: str) -> bytes:
        return struct.pack("<Q", len(value)) + value.encode()

    header = b"GGUF" + struct.pack("<IQQ", 3, count, 1)
    header += text("general.architecture") + struct.pack("<I", 8) + text("llama")
    body = header + entry
    return body + b"\0" * (-len(body) % 32) + data


def _entry(name: str, dims: tuple[int, ...], ggml_type: int, offset: int = 0) -> bytes:
    encoded = name.encode()
    out = struct.pack("<Q", len(encoded)) + encoded + struct.pack("<I", len(dims))
    out += b"".join(struct.pack("<Q", d) for d in dims)
    return out + struct.pack("<IQ", ggml_type, offset)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (_raw_tensor_file(_entry("t", (4,), 0), data=b"\0" * 16), None),
        (_raw_tensor_file(_entry("t", (4,), 0), data=b"\0" * 8), "gguf_truncated"),
        (_raw_tensor_file(_entry("t", (4,), 0))[:-20], "gguf_truncated"),
        (_raw_tensor_file(_entry("t", (4,), 99)), "gguf_malformed"),
        (_raw_tensor_file(_entry("t", (), 0)), "gguf_malformed"),
        (_raw_tensor_file(_entry("t", (1,) * 9, 0)), "gguf_malformed"),
        (_raw_tensor_file(_entry("t", (2**40, 2**40), 0)), "gguf_malformed"),
        (_raw_tensor_file(_entry("t", (33,), 8)), "gguf_malformed"),  # Q8_0 rows of 32
        (_raw_tensor_file(_entry("t", (4,), 0, offset=3), data=b"\0" * 64), "gguf_malformed"),
        (_raw_tensor_file(b"", count=2**40), "gguf_malformed"),
        (_raw_tensor_file(struct.pack("<Q", 2**50)), "gguf_malformed"),
    ],
)
def test_malformed_tensor_tables_fail_fast(
    tmp_path: Path, content: bytes, kind: str | None
) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    started = time.perf_counter()
    if kind is None:
        assert read_header(path).tensors[0].nbytes == 16
        return
    with pytest.raises(ModelError) as caught:
        read_header(path)
    assert caught.value.kind == kind
    assert "bad.gguf" in str(caught.value)
    assert time.perf_counter() - started < 1.0


def test_every_type_has_a_positive_block() -> None:
    assert all(t.block_size > 0 and t.type_size > 0 for t in GGML_TYPES.values())
    for code, kind in GGML_TYPES.items():
        reference = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(code)]
        assert (kind.block_size, kind.type_size) == reference


def test_not_a_language_model(tmp_path: Path) -> None:
    path = tmp_path / "vocab.gguf"
    path.write_bytes(_raw_tensor_file(_entry("t", (4,), 0), data=b"\0" * 16))
    with pytest.raises(ModelError) as caught:
        read_model_info(path)
    assert caught.value.kind == "gguf_unsupported"
