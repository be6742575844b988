"""The models Hearth can chat with right now, named like models, not like paths.

The library is the starter model, Hearth's models folder, GGUF files the user
imported, and (unless turned off in Settings) models other apps keep on this
computer, all used where they are. A split model (-00001-of-00003) is one
model, listed only when all its parts are there; a download in progress is
never listed (its files end in .part until every part is verified).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.errors import HearthError, ModelError
from hearth.gguf import read_metadata
from hearth.library.discovery import discover as find_other_apps_models
from hearth.library.imported import imported_models
from hearth.library.naming import (
    group_parts,
    looks_like_hash,
    name_from_filename,
    real_path,
    slug,
)
from hearth.library.sources import ModelSource
from hearth.resources import starter_model_path

log = logging.getLogger(__name__)

# llama.cpp's general.file_type numbers, for files named by a hash (Ollama's blobs).
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
    22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
    28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
}  # fmt: skip


@dataclass(frozen=True)
class InstalledModel:
    id: str  # short, typeable name for `hearth chat ID`
    name: str  # what a person reads: "SmolLM2 135M Instruct"
    quant: str  # "Q4_1", or "" when unknown
    path: Path  # the file (a split model's first part)
    size_bytes: int  # all parts together
    source: ModelSource  # see library/sources.py
    found_in: str = ""  # the folder it was found in, for models Hearth did not download
    parts: tuple[Path, ...] = ()  # every file of a split model, in order; () for one file

    @property
    def display_name(self) -> str:
        return f"{self.name} · {self.quant}" if self.quant else self.name

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "quant": self.quant,
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "source": self.source,
            "found_in": self.found_in,
            "parts": [str(p) for p in self.parts] or [str(self.path)],
        }

    @property
    def files(self) -> tuple[Path, ...]:
        return self.parts or (self.path,)


def describe(
    path: Path,
    source: ModelSource,
    *,
    name: str = "",
    found_in: str = "",
    parts: tuple[Path, ...] = (),
) -> InstalledModel:
    """Name a GGUF file the way its publisher did in the file name.

    File names ("Llama-3.2-3B-Instruct-Q4_K_M.gguf") are what people and model
    pages call a model; the header's general.name is often a training-run label
    ("Smollm2 135M 8k Lc100K Mix1 Ep2"), so it is used only for files named by
    a hash (blob stores). That also keeps listing models free of file reads.
    """
    given = name
    name, quant = name_from_filename(path.name)
    if given or not name or looks_like_hash(path.stem):
        try:
            header = read_metadata(path, keys=("general.name", "general.file_type"))
        except HearthError as exc:
            log.info("Cannot read the header of %s: %s", path, exc)
            header = {}
        name = given or str(header.get("general.name") or "").strip() or name or path.stem
        quant = quant or FILE_TYPES.get(header.get("general.file_type", -1), "")
    parts = parts if len(parts) > 1 else ()
    return InstalledModel(
        id=slug(f"{name} {quant}") or slug(path.stem),
        name=name,
        quant=quant,
        path=path,
        size_bytes=sum(p.stat().st_size for p in parts or (path,)),
        source=source,
        found_in=found_in,
        parts=parts,
    )


def _candidates(
    discover: bool,
) -> Iterable[tuple[ModelSource, Path, tuple[Path, ...], str, str]]:
    """(source, first file, parts, name, found_in) for every model, in listing order."""
    starter = starter_model_path()
    if starter is not None:
        yield "starter", starter, (starter,), "", ""
    folder = paths.models_dir()
    own = sorted(
        p
        for p in folder.rglob("*.gguf")
        if p.is_file() and not p.relative_to(folder).parts[0].startswith(".")
    )
    for first, parts in group_parts(own):
        yield "hearth", first, parts, "", ""
    for first, parts in imported_models():
        yield "imported", first, parts, "", str(first.parent)
    if discover:
        for found in find_other_apps_models():
            yield found.source, found.path, found.parts, found.name, str(found.root)


def list_installed(discover: bool | None = None) -> list[InstalledModel]:
    """The starter model, Hearth's models folder, imported files, then other apps' models.

    `discover` (default: the discover_models setting) includes models found in
    other apps' folders. Each file is listed once, ids are unique.
    """
    if discover is None:
        from hearth import settings

        discover = settings.load().discover_models
    models: list[InstalledModel] = []
    seen: set[Path] = set()
    ids: set[str] = set()
    for source, first, parts, name, found_in in _candidates(discover):
        key = real_path(first)
        if key in seen:
            continue
        try:
            model = describe(first, source, name=name, found_in=found_in, parts=parts)
        except OSError as exc:  # vanished or unreadable while listing
            log.info("Skipping %s: %s", first, exc)
            continue
        seen.add(key)
        model_id, n = model.id, 1
        while model_id in ids:
            n += 1
            model_id = f"{model.id}-{source}" if n == 2 else f"{model.id}-{source}-{n - 1}"
        ids.add(model_id)
        models.append(replace(model, id=model_id) if model_id != model.id else model)
    return models


def resolve_model(name_or_path: str) -> InstalledModel:
    """Find a model by id, name or path; ModelError with the choices if there is none."""
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() == ".gguf" or candidate.exists():
        if not candidate.is_file():
            raise ModelError(
                "model_missing", f"The model file {candidate} does not exist.", path=str(candidate)
            )
        return describe(candidate.resolve(), "file")
    wanted = name_or_path.strip().lower()
    models = list_installed()
    for model in models:
        if wanted in (model.id, model.name.lower(), model.display_name.lower()):
            return model
    known = ", ".join(m.id for m in models) or "none"
    raise ModelError(
        "model_not_found",
        f"No installed model is called {name_or_path!r}. Installed models: {known}.",
        name=name_or_path,
        known=known,
    )
