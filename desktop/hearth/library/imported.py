"""The GGUF files the user added to the library from anywhere: a list of paths.

Importing never copies: the file stays where the user keeps it and its path
is remembered in `imported.json` (data folder). The list holds each model's
first file; a split model's other parts are found next to it when listed.
"""

from __future__ import annotations

import glob
import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from hearth import paths
from hearth.library.naming import SPLIT_RE, group_parts

log = logging.getLogger(__name__)

IMPORTED_FILE = "imported.json"
_SPLIT_GLOB = "-[0-9][0-9][0-9][0-9][0-9]-of-[0-9][0-9][0-9][0-9][0-9].gguf"


def _registry() -> Path:
    return paths.data_dir() / IMPORTED_FILE


def _read_registry() -> list[str]:
    try:
        data = json.loads(_registry().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("Cannot read the list of imported models (%s); starting a new one", exc)
        return []
    return [str(p) for p in data] if isinstance(data, list) else []


def _write_registry(entries: list[str]) -> None:
    target = _registry()
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(entries, indent=2), encoding="utf-8")
    os.replace(tmp, target)


def with_parts(path: Path) -> tuple[Path, tuple[Path, ...]] | None:
    """The model a file belongs to: itself, or all parts of its split model (if complete)."""
    split = SPLIT_RE.search(path.name)
    if split is None:
        return path, (path,)
    siblings = sorted(path.parent.glob(glob.escape(path.name[: split.start()]) + _SPLIT_GLOB))
    grouped = group_parts(siblings)
    return grouped[0] if grouped else None


def imported_models() -> list[tuple[Path, tuple[Path, ...]]]:
    """(first file, parts) of every imported model still on disk."""
    models = []
    for entry in _read_registry():
        path = Path(entry)
        found = with_parts(path) if path.is_file() else None
        if found is not None:
            models.append(found)
    return models


def remember(first: Path) -> None:
    """Add a model (by its first file) to the list."""
    _write_registry([*_read_registry(), str(first)])


def forget(files: Iterable[Path]) -> None:
    """Take a model's files off the list (the files themselves stay)."""
    unwanted = {str(p) for p in files}
    _write_registry([e for e in _read_registry() if e not in unwanted])
