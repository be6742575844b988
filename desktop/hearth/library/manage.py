"""Adding a GGUF from anywhere to the library, and deleting models.

Importing never copies: the file stays where the user keeps it and its path
is remembered (imported.py). Deleting removes what Hearth downloaded and says
how much space that frees; an imported file is only forgotten unless the user
asks for the file to go too; models that belong to other apps (Ollama, LM
Studio ...) are theirs to remove.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from hearth import paths
from hearth.errors import ModelError
from hearth.gguf import is_gguf, read_metadata
from hearth.library import imported
from hearth.library.installed import InstalledModel, describe, list_installed

log = logging.getLogger(__name__)


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
    found = imported.with_parts(path)
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
    imported.remember(first)
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
        imported.forget(model.files)
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
