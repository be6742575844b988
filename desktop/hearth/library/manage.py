"""Adding a GGUF from anywhere to the library, and deleting models.

Importing never copies: the file stays where the user keeps it and its path
is remembered in `imported.json` (data folder). Deleting removes what Hearth
downloaded and says how much space that frees; an imported file is only
forgotten unless the user asks for the file to go too; models that belong to
other apps (Ollama, LM Studio ...) are theirs to remove.
"""

from __future__ import annotations

import glob
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from hearth import paths
from hearth.errors import ModelError
from hearth.gguf import is_gguf, read_metadata
from hearth.library.installed import (
    SPLIT_RE,
    InstalledModel,
    describe,
    group_parts,
    list_installed,
)

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


def _with_parts(path: Path) -> tuple[Path, tuple[Path, ...]] | None:
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
        found = _with_parts(path) if path.is_file() else None
        if found is not None:
            models.append(found)
    return models


def import_model(path: Path) -> InstalledModel:
    """Add a .gguf to the library where it is (no copy); return it as the library lists it."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ModelError("model_missing", f"The model file {path} does not exist.", path=str(path))
    path = path.resolve()
    if not is_gguf(path):
        raise ModelError(
            "not_gguf",
            f"{path} is not a model file Hearth can use (it is not in GGUF format).",
            path=str(path),
        )
    read_metadata(path, keys=("general.architecture",))  # a broken header fails here
    found = _with_parts(path)
    if found is None:
        raise ModelError(
            "model_parts_missing",
            f"{path.name} is one part of a split model and some other parts are not next to it.",
            path=str(path),
        )
    first, parts = found
    for model in list_installed(discover=True):
        if first in {p.resolve() for p in model.files}:
            return model
    entries = _read_registry()
    entries.append(str(first))
    _write_registry(entries)
    log.info("Imported %s", first)
    return describe(first, "imported", found_in=str(first.parent), parts=parts)


@dataclass(frozen=True)
class Deletion:
    freed_bytes: int  # what deleting frees on disk
    files: tuple[Path, ...]  # the files it deletes (none when a model is only forgotten)


def plan_delete(model: InstalledModel, delete_files: bool = False) -> Deletion:
    """What deleting `model` would do, to show before asking; ModelError when it cannot."""
    if model.source == "starter":
        raise ModelError(
            "model_not_deletable",
            f"{model.display_name} comes with Hearth and cannot be deleted.",
            name=model.display_name,
        )
    if model.source == "hearth" or (model.source == "imported" and delete_files):
        files = tuple(p for p in model.files if p.exists())
        return Deletion(sum(p.stat().st_size for p in files), files)
    if model.source == "imported":
        return Deletion(0, ())
    raise ModelError(
        "model_owned_by_app",
        f"{model.display_name} belongs to another app ({model.source}, in {model.found_in}); "
        "Hearth only uses it where it is. Remove it in that app to free its space.",
        name=model.display_name,
        app=model.source,
        folder=model.found_in,
    )


def delete_model(model: InstalledModel, delete_files: bool = False) -> Deletion:
    """Delete (or for imported files, forget) a model; return how much space it freed."""
    plan = plan_delete(model, delete_files)
    if model.source == "imported":
        wanted = {str(p) for p in model.files}
        _write_registry([e for e in _read_registry() if e not in wanted])
    root = paths.models_dir()
    for path in plan.files:
        path.unlink(missing_ok=True)
        folder = path.parent
        while folder != root and root in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent
    log.info("Deleted %s (%d bytes freed)", model.display_name, plan.freed_bytes)
    return plan
