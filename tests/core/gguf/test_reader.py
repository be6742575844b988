import struct
import time
from pathlib import Path

import pytest

from hearth.errors import ModelError
from hearth.gguf import is_gguf, read_metadata


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def _header(kv_count: int, body: bytes, version: int = 3) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", version, 0, kv_count) + body


def test_starter_model_metadata(starter_model: Path) -> None:
    meta = read_metadata(starter_model)
    assert meta["general.architecture"] == "llama"
    assert meta["llama.block_count"] == 30
    assert meta["llama.attention.head_count_kv"] == 3
    assert meta["llama.context_length"] == 8192
    assert "tokenizer.ggml.tokens" not in meta  # arrays are skipped unless asked for


def test_stops_once_wanted_keys_are_found(starter_model: Path) -> None:
    meta = read_metadata(starter_model, keys=("general.architecture",))
    assert meta == {"general.architecture": "llama"}


def test_array_returned_when_asked_for(starter_model: Path) -> None:
    meta = read_metadata(starter_model, keys=("tokenizer.ggml.tokens",))
    assert len(meta["tokenizer.ggml.tokens"]) == 49152


def test_small_synthetic_file(tmp_path: Path) -> None:
    body = (
        _string("general.name")
        + struct.pack("<I", 8)
        + _string("Tiny")
        + _string("tiny.block_count")
        + struct.pack("<IQ", 10, 4)
        + _string("tiny.list")
        + struct.pack("<IIQ", 9, 5, 3)
        + struct.pack("<3i", 1, 2, 3)
    )
    path = tmp_path / "tiny.gguf"
    path.write_bytes(_header(3, body))
    assert is_gguf(path)
    assert read_metadata(path) == {"general.name": "Tiny", "tiny.block_count": 4}
    assert read_metadata(path, keys=["tiny.list"]) == {"tiny.list": [1, 2, 3]}


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"PK\x03\x04 a zip file, not a model", "not_gguf"),
        (b"", "not_gguf"),
        (b"GGUF\x03\x00", "gguf_truncated"),
        (_header(1, _string("general.name")), "gguf_truncated"),
        (_header(2**40, b""), "gguf_malformed"),
        (_header(1, struct.pack("<Q", 2**62)), "gguf_malformed"),
        (_header(1, _string("k") + struct.pack("<IQ", 8, 2**50)), "gguf_malformed"),
        (_header(1, _string("k") + struct.pack("<IIQ", 9, 8, 2**60)), "gguf_malformed"),
        (_header(1, _string("k") + struct.pack("<I", 99)), "gguf_malformed"),
        (_header(0, b"", version=99), "gguf_malformed"),
    ],
)
def test_malformed_headers_fail_fast_with_a_kind(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    started = time.perf_counter()
    with pytest.raises(ModelError) as caught:
        read_metadata(path)
    assert caught.value.kind == kind
    assert "bad.gguf" in str(caught.value)
    assert time.perf_counter() - started < 1.0


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        read_metadata(tmp_path / "nowhere.gguf")
    assert caught.value.kind == "model_missing"
    assert not is_gguf(tmp_path / "nowhere.gguf")
