"""A bounded reader for the key/value metadata at the start of a GGUF file.

Only the header is read, value by value, and every length is checked against
limits before anything is allocated, so a malformed or hostile file gives a
clear ModelError quickly instead of a hang or a multi-gigabyte allocation.
Arrays (the tokenizer's vocabulary) are skipped unless asked for by key.
"""

from __future__ import annotations

import struct
from collections.abc import Collection
from pathlib import Path
from typing import Any, BinaryIO

from hearth.errors import ModelError

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_KEY_BYTES = 65_536
MAX_STRING_BYTES = 64 * 1024 * 1024
MAX_ARRAY_ITEMS = 16_000_000
MAX_KV_COUNT = 100_000

# GGUF value types -> struct format of the fixed-size ones.
_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9


def is_gguf(path: Path) -> bool:
    """True when the file starts with the GGUF magic."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


class _Cursor:
    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle = handle
        self.path = path

    def take(self, size: int) -> bytes:
        data = self.handle.read(size)
        if len(data) != size:
            raise ModelError(
                "gguf_truncated",
                f"{self.path.name} ends in the middle of its header: the file is incomplete.",
                path=str(self.path),
            )
        return data

    def skip(self, size: int) -> None:
        self.handle.seek(size, 1)

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def malformed(self, what: str) -> ModelError:
        return ModelError(
            "gguf_malformed",
            f"{self.path.name} is not a valid GGUF model file ({what}).",
            path=str(self.path),
            detail=what,
        )

    def string(self, limit: int = MAX_STRING_BYTES) -> str:
        length = self.unpack("<Q")
        if length > limit:
            raise self.malformed(f"a text of {length} bytes")
        return self.take(length).decode("utf-8", errors="replace")

    def value(self, vtype: int, keep: bool) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            if keep:
                return self.string()
            length = self.unpack("<Q")
            if length > MAX_STRING_BYTES:
                raise self.malformed(f"a text of {length} bytes")
            self.skip(length)
            return None
        if vtype == _ARRAY:
            item_type = self.unpack("<I")
            count = self.unpack("<Q")
            if count > MAX_ARRAY_ITEMS:
                raise self.malformed(f"a list of {count} items")
            if item_type == _ARRAY:
                raise self.malformed("a nested list")
            if not keep and item_type in _SCALARS:
                self.skip(count * struct.calcsize(_SCALARS[item_type]))
                return None
            items = [self.value(item_type, keep) for _ in range(count)]
            return items if keep else None
        raise self.malformed(f"unknown value type {vtype}")


def read_metadata(path: Path, keys: Collection[str] | None = None) -> dict[str, Any]:
    """Read the header's key/value pairs (all of them, or stop once `keys` are found).

    Array values are returned only when their key is named in `keys`.
    Raises ModelError for a missing file, a non-GGUF file or a malformed header.
    """
    path = Path(path)
    wanted = set(keys) if keys is not None else None
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; buffered reads of small values
    except FileNotFoundError as exc:
        raise ModelError(
            "model_missing", f"The model file {path} does not exist.", path=str(path)
        ) from exc
    except OSError as exc:
        raise ModelError(
            "model_unreadable",
            f"The model file {path} cannot be read: {exc}.",
            path=str(path),
            detail=str(exc),
        ) from exc
    with handle:
        cursor = _Cursor(handle, path)
        if handle.read(4) != GGUF_MAGIC:
            raise ModelError("not_gguf", f"{path.name} is not a GGUF model file.", path=str(path))
        version = cursor.unpack("<I")
        if version not in SUPPORTED_VERSIONS:
            raise cursor.malformed(f"unsupported GGUF version {version}")
        cursor.unpack("<Q")  # tensor count: not needed for the metadata
        kv_count = cursor.unpack("<Q")
        if kv_count > MAX_KV_COUNT:
            raise cursor.malformed(f"{kv_count} metadata entries")
        found: dict[str, Any] = {}
        for _ in range(kv_count):
            key = cursor.string(MAX_KEY_BYTES)
            vtype = cursor.unpack("<I")
            is_array = vtype == _ARRAY
            keep = (wanted is None and not is_array) or (wanted is not None and key in wanted)
            value = cursor.value(vtype, keep)
            if keep:
                found[key] = value
            if wanted is not None and wanted.issubset(found):
                break
        return found
