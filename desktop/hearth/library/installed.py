"""The models Hearth can chat with right now, named like models, not like paths.

The library is the starter model, Hearth's models folder, GGUF files the user
imported, and (unless turned off in Settings) models other apps keep on this
computer, all used where they are. A split model (-00001-of-00003) is one
model, listed only when all its parts are there; a download in progress is
never listed (its files end in .part until every part is verified).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.errors import HearthError, ModelError
from hearth.gguf import read_metadata
from hearth.resources import starter_model_path

log = logging.getLogger(__name__)

# Parts of a split model: Model-Q4_K_M-00001-of-00003.gguf.
SPLIT_RE = re.compile(r"-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)

# llama.cpp's general.file_type numbers, for files named by a hash (Ollama's blobs).
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
    22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
    28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
}  # fmt: skip

# Quantization labels as they appear in GGUF file names (Q4_K_M, IQ3_XXS, F16, BF16, ...).
_QUANT_RE = re.compile(r"(?:^|[-_.])((?:I?Q\d(?:_[A-Z0-9]+)*)|BF16|F16|F32)(?=$|[-_.])", re.I)


@dataclass(frozen=True)
class InstalledModel:
    id: str  # short, typeable name for `hearth chat ID`
    name: str  # what a person reads: "SmolLM2 135M Instruct"
    quant: str  # "Q4_1", or "" when unknown
    path: Path  # the file (a split model's first part)
    size_bytes: int  # all parts together
    source: str  # "starter", "hearth", "imported", or the app it was found in: "ollama", ...
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


def _strip_gguf(filename: str) -> str:
    return filename[:-5] if filename.lower().endswith(".gguf") else filename


def quant_from_filename(filename: str) -> str:
    matches = _QUANT_RE.findall(_strip_gguf(filename))
    return matches[-1].upper() if matches else ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _looks_like_hash(stem: str) -> bool:
    return bool(re.fullmatch(r"(sha256[-_:])?[0-9a-f]{32,}", stem, re.I))


def name_from_filename(filename: str) -> tuple[str, str]:
    """("SmolLM2 135M Instruct", "Q4_1") from "SmolLM2-135M-Instruct.Q4_1.gguf"."""
    stem = re.sub(r"-\d{5}-of-\d{5}$", "", _strip_gguf(filename))  # split parts: -00001-of-00003
    quant = quant_from_filename(stem)
    if quant:
        stem = re.sub(rf"[-_.]?{re.escape(quant)}$", "", stem, flags=re.I) or stem
    name = re.sub(r"[-_ ]+", " ", stem).strip(" .")
    return name, quant


def describe(
    path: Path,
    source: str,
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
    if given or not name or _looks_like_hash(path.stem):
        try:
            header = read_metadata(path, keys=("general.name", "general.file_type"))
        except HearthError as exc:
            log.info("Cannot read the header of %s: %s", path, exc)
            header = {}
        name = given or str(header.get("general.name") or "").strip() or name or path.stem
        quant = quant or FILE_TYPES.get(header.get("general.file_type", -1), "")
    parts = parts if len(parts) > 1 else ()
    return InstalledModel(
        id=_slug(f"{name} {quant}") or _slug(path.stem),
        name=name,
        quant=quant,
        path=path,
        size_bytes=sum(p.stat().st_size for p in parts or (path,)),
        source=source,
        found_in=found_in,
        parts=parts,
    )


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


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _candidates(discover: bool) -> Iterable[tuple[str, Path, tuple[Path, ...], str, str]]:
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
    from hearth.library.manage import imported_models

    for first, parts in imported_models():
        yield "imported", first, parts, "", str(first.parent)
    if discover:
        from hearth.library.discovery import discover as find_other_apps_models

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
        key = _real(first)
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
