"""A bounded reader for a GGUF file's header: key/value metadata and the tensor table.

Only the header is read, value by value, and every length is checked against
limits before anything is allocated, so a malformed or hostile file gives a
clear ModelError quickly instead of a hang or a multi-gigabyte allocation.
Arrays (the tokenizer's vocabulary) are skipped unless asked for by key.

The parser reads from a `ByteSource`: a local file here, HTTP range reads in
hearth.gguf.remote. Both give the same answers and the same errors.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from hearth.errors import ModelError
from hearth.gguf.tensors import GGML_TYPES, TensorInfo

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_KEY_BYTES = 65_536
MAX_STRING_BYTES = 64 * 1024 * 1024
MAX_ARRAY_ITEMS = 16_000_000
MAX_KV_COUNT = 100_000
MAX_TENSOR_COUNT = 1_000_000
MAX_TENSOR_NAME_BYTES = 4096
MAX_TENSOR_DIMS = 8
MAX_TENSOR_ELEMENTS = 2**48
DEFAULT_ALIGNMENT = 32
# Longest per-layer list kept from the metadata (no model has more layers than this).
MAX_LAYER_LIST = 4096

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


class ByteSource(Protocol):
    """Sequential bytes of one GGUF file: read() may return fewer bytes only at the end."""

    name: str
    location: str

    def read(self, size: int) -> bytes: ...

    def skip(self, size: int) -> None: ...

    def size(self) -> int | None:
        """The file's length in bytes, when known."""
        ...


class _FileSource:
    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle = handle
        self.name = path.name
        self.location = str(path)
        self._size = os.fstat(handle.fileno()).st_size  # the file opened, even if since moved

    def read(self, size: int) -> bytes:
        return self.handle.read(size)

    def skip(self, size: int) -> None:
        self.handle.seek(size, 1)

    def size(self) -> int | None:
        return self._size


@dataclass
class GGUFHeader:
    """Everything before the tensor data: metadata, the tensor table and where data starts."""

    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(default_factory=list)
    data_offset: int = 0
    file_size: int | None = None

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture") or "")

    @property
    def tensor_bytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)


def is_gguf(path: Path) -> bool:
    """True when the file starts with the GGUF magic."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


class _Cursor:
    def __init__(self, source: ByteSource) -> None:
        self.source = source
        self.offset = 0

    def take(self, size: int) -> bytes:
        data = self.source.read(size)
        if len(data) != size:
            raise ModelError(
                "gguf_truncated",
                f"{self.source.name} ends in the middle of its header: the file is incomplete.",
                path=self.source.location,
            )
        self.offset += size
        return data

    def skip(self, size: int) -> None:
        self.source.skip(size)
        self.offset += size

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def malformed(self, what: str) -> ModelError:
        return ModelError(
            "gguf_malformed",
            f"{self.source.name} is not a valid GGUF model file ({what}).",
            path=self.source.location,
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


def _preamble(cursor: _Cursor) -> tuple[int, int, int]:
    if cursor.source.read(4) != GGUF_MAGIC:
        raise ModelError(
            "not_gguf",
            f"{cursor.source.name} is not a GGUF model file.",
            path=cursor.source.location,
        )
    cursor.offset = 4
    version = cursor.unpack("<I")
    if version not in SUPPORTED_VERSIONS:
        raise cursor.malformed(f"unsupported GGUF version {version}")
    tensor_count = cursor.unpack("<Q")
    kv_count = cursor.unpack("<Q")
    if kv_count > MAX_KV_COUNT:
        raise cursor.malformed(f"{kv_count} metadata entries")
    if tensor_count > MAX_TENSOR_COUNT:
        raise cursor.malformed(f"{tensor_count} tensors")
    return version, tensor_count, kv_count


def _small_array(cursor: _Cursor, key: str) -> tuple[list[Any] | None, int]:
    """Per-layer number lists (head counts, SWA pattern) are kept; the tokenizer's are skipped.

    Returns the list (None when skipped) and its length.
    """
    item_type = cursor.unpack("<I")
    count = cursor.unpack("<Q")
    if count > MAX_ARRAY_ITEMS:
        raise cursor.malformed(f"a list of {count} items")
    if item_type == _ARRAY:
        raise cursor.malformed("a nested list")
    if item_type in _SCALARS and count <= MAX_LAYER_LIST and not key.startswith("tokenizer."):
        return [cursor.value(item_type, keep=True) for _ in range(count)], count
    if item_type in _SCALARS:
        cursor.skip(count * struct.calcsize(_SCALARS[item_type]))
    else:
        for _ in range(count):
            cursor.value(item_type, keep=False)
    return None, count


def _tensor(cursor: _Cursor) -> TensorInfo:
    name = cursor.string(MAX_TENSOR_NAME_BYTES)
    n_dims = cursor.unpack("<I")
    if n_dims == 0 or n_dims > MAX_TENSOR_DIMS:
        raise cursor.malformed(f"tensor {name!r} has {n_dims} dimensions")
    dims = tuple(cursor.unpack("<Q") for _ in range(n_dims))
    elements = 1
    for dim in dims:
        elements *= dim
        if elements > MAX_TENSOR_ELEMENTS:
            raise cursor.malformed(f"tensor {name!r} has absurd dimensions {dims}")
    ggml_type = cursor.unpack("<I")
    if ggml_type not in GGML_TYPES:
        raise cursor.malformed(f"tensor {name!r} has unknown type {ggml_type}")
    if dims[0] % GGML_TYPES[ggml_type].block_size:
        raise cursor.malformed(f"tensor {name!r} rows do not fill whole blocks")
    offset = cursor.unpack("<Q")
    return TensorInfo(name=name, dims=dims, ggml_type=ggml_type, offset=offset)


def parse_header(source: ByteSource) -> GGUFHeader:
    """Read the whole header (metadata without arrays, plus the tensor table) from `source`."""
    cursor = _Cursor(source)
    version, tensor_count, kv_count = _preamble(cursor)
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = cursor.string(MAX_KEY_BYTES)
        vtype = cursor.unpack("<I")
        if vtype == _ARRAY:
            value, count = _small_array(cursor, key)
            # The vocabulary's size is what the planner needs from the tokenizer.
            metadata[key + ".count"] = count
        else:
            value = cursor.value(vtype, keep=True)
        if value is not None:
            metadata[key] = value
    tensors = [_tensor(cursor) for _ in range(tensor_count)]
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise cursor.malformed(f"alignment {alignment!r}")
    data_offset = -(-cursor.offset // alignment) * alignment
    file_size = source.size()
    end = 0
    for tensor in tensors:
        if tensor.offset % alignment:
            raise cursor.malformed(f"tensor {tensor.name!r} is not aligned")
        end = max(end, tensor.offset + tensor.nbytes)
    if file_size is not None and data_offset + end > file_size:
        raise ModelError(
            "gguf_truncated",
            f"{source.name} is shorter than its header says: the file is incomplete.",
            path=source.location,
        )
    return GGUFHeader(version, metadata, tensors, data_offset, file_size)


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
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


def read_header(path: Path) -> GGUFHeader:
    """The header of a local GGUF file: metadata (arrays skipped) and its tensor table."""
    path = Path(path)
    with _open(path) as handle:
        return parse_header(_FileSource(handle, path))


def read_metadata(path: Path, keys: Collection[str] | None = None) -> dict[str, Any]:
    """Read the header's key/value pairs (all of them, or stop once `keys` are found).

    Array values are returned only when their key is named in `keys`.
    Raises ModelError for a missing file, a non-GGUF file or a malformed header.
    """
    path = Path(path)
    wanted = set(keys) if keys is not None else None
    with _open(path) as handle:
        cursor = _Cursor(_FileSource(handle, path))
        _version, _tensors, kv_count = _preamble(cursor)
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
