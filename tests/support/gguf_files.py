"""Small but real GGUF files: a valid header (read by hearth.gguf) and filler bytes."""

from __future__ import annotations

import hashlib
import random
import struct
from pathlib import Path


def _string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<Q", len(raw)) + raw


def gguf_header(name: str, architecture: str = "llama", file_type: int | None = None) -> bytes:
    """A GGUF v3 header with no tensors and a few string/int keys."""
    kvs = [
        _string("general.architecture") + struct.pack("<I", 8) + _string(architecture),
        _string("general.name") + struct.pack("<I", 8) + _string(name),
    ]
    if file_type is not None:
        kvs.append(
            _string("general.file_type") + struct.pack("<I", 4) + struct.pack("<I", file_type)
        )
    return b"GGUF" + struct.pack("<IQQ", 3, 0, len(kvs)) + b"".join(kvs)


def make_gguf(
    path: Path, size: int, *, name: str = "Test Model", seed: int = 0, file_type: int | None = None
) -> str:
    """Write a GGUF of exactly `size` bytes (pseudo-random filler); return its sha256."""
    header = gguf_header(name, file_type=file_type)
    if size < len(header):
        raise ValueError(f"a GGUF needs at least {len(header)} bytes")
    rng = random.Random(seed)
    digest = hashlib.sha256()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(header)
        digest.update(header)
        left = size - len(header)
        block = rng.randbytes(min(left, 1 << 20)) if left else b""
        while left > 0:
            piece = block[: min(left, len(block))]
            handle.write(piece)
            digest.update(piece)
            left -= len(piece)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()
