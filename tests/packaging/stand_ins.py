"""Small stand-ins for the packaging tests: scripts loaded by path, PNG files."""

from __future__ import annotations

import importlib.util
import struct
import zlib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hearth_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Packaging scripts are imported by path, as packaging/build.py does (packaging/ is
# no package: it would shadow PyPI's `packaging`).
load_script = _build_script().load_script


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png(path: Path, size: int, rgba: tuple[int, int, int, int] = (200, 80, 30, 255)) -> Path:
    """A square single-colour RGBA PNG, written with zlib alone."""
    row = b"\x00" + bytes(rgba) * size  # filter type 0, then the pixels
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(row * size))
        + _chunk(b"IEND", b"")
    )
    return path
