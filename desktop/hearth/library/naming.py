"""What a GGUF file's name says: the model's name, its quantization, its split parts.

Shared by the library's lists (installed, discovery, imported) and the hub's
listing, so a model is named and grouped the same way wherever it is found.
Pure functions of names; only `real_path` touches the disk.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

# Parts of a split model: Model-Q4_K_M-00001-of-00003.gguf.
SPLIT_RE = re.compile(r"-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)

# Quantization labels as they appear in GGUF file names (Q4_K_M, IQ3_XXS, F16, BF16, ...).
_QUANT_RE = re.compile(r"(?:^|[-_.])((?:I?Q\d(?:_[A-Z0-9]+)*)|BF16|F16|F32)(?=$|[-_.])", re.I)


def _strip_gguf(filename: str) -> str:
    return filename[:-5] if filename.lower().endswith(".gguf") else filename


def quant_from_filename(filename: str) -> str:
    matches = _QUANT_RE.findall(_strip_gguf(filename))
    return matches[-1].upper() if matches else ""


def slug(text: str) -> str:
    """A short, typeable id: "smollm2-135m-instruct-q4-1"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def looks_like_hash(stem: str) -> bool:
    """A file named by its hash (a blob store's), which says nothing about the model."""
    return bool(re.fullmatch(r"(sha256[-_:])?[0-9a-f]{32,}", stem, re.I))


def name_from_filename(filename: str) -> tuple[str, str]:
    """("SmolLM2 135M Instruct", "Q4_1") from "SmolLM2-135M-Instruct.Q4_1.gguf"."""
    stem = re.sub(r"-\d{5}-of-\d{5}$", "", _strip_gguf(filename))  # split parts: -00001-of-00003
    quant = quant_from_filename(stem)
    if quant:
        stem = re.sub(rf"[-_.]?{re.escape(quant)}$", "", stem, flags=re.I) or stem
    name = re.sub(r"[-_ ]+", " ", stem).strip(" .")
    return name, quant


def group_parts(files: Iterable[Path]) -> list[tuple[Path, tuple[Path, ...]]]:
    """(first file, all parts) per model; split models only when no part is missing."""
    groups: dict[tuple[Path, str], dict[int, Path]] = {}
    counts: dict[tuple[Path, str], int] = {}
    models: list[tuple[Path, str]] = []
    for path in files:
        split = SPLIT_RE.search(path.name)
        key = (path.parent, path.name[: split.start()] if split else path.name)
        if key not in groups:
            groups[key] = {}
            models.append(key)
        if split:
            counts[key] = int(split["count"])
            groups[key][int(split["index"])] = path
        else:
            groups[key][0] = path
    result = []
    for key in models:
        found = groups[key]
        if key in counts:
            if sorted(found) != list(range(1, counts[key] + 1)):
                log.info("Skipping %s: some of its %d parts are missing", key[1], counts[key])
                continue
            ordered = tuple(found[i] for i in sorted(found))
            result.append((ordered[0], ordered))
        else:
            result.append((found[0], (found[0],)))
    return result


def real_path(path: Path) -> Path:
    """The file a path leads to, so one file reached two ways is listed once."""
    try:
        return path.resolve()
    except OSError:
        return path
