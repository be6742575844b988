"""GGUF models other apps already keep on this computer, used in place (never copied).

Looked for where each app keeps them by default: the Hugging Face cache,
LM Studio, GPT4All, Jan and Ollama. Ollama stores models as blobs named by
their hash; they are recognised by the GGUF magic and named from Ollama's
manifests ("llama3.2:3b"). Only files are read, and only a bounded depth of
folders is walked, so a huge or strange folder cannot hang the library.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from hearth.gguf import is_gguf
from hearth.library.naming import group_parts, name_from_filename, real_path
from hearth.library.sources import APP_NAMES, AppSource

log = logging.getLogger(__name__)

MAX_DEPTH = 6
MAX_FILES = 5000  # per location: a bound, not a limit anyone should reach
MAX_FOLDERS = 20_000
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_REGISTRY = "registry.ollama.ai"

SOURCES = APP_NAMES


@dataclass(frozen=True)
class Location:
    source: AppSource
    root: Path


@dataclass(frozen=True)
class FoundModel:
    source: AppSource
    root: Path  # the app's folder it was found in
    path: Path  # the GGUF file (a split model's first part)
    name: str = ""  # set when the app names it (Ollama); else named from the file
    parts: tuple[Path, ...] = ()  # every part of a split model, in order

    @property
    def app(self) -> str:
        return SOURCES.get(self.source, self.source)


def default_locations(
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> list[Location]:
    """Where each app keeps its models on this system (the folders need not exist)."""
    home = home or Path.home()
    env = os.environ if env is None else env
    platform = platform or sys.platform

    def env_path(name: str) -> Path | None:
        value = env.get(name, "").strip()
        return Path(value).expanduser() if value else None

    if platform == "darwin":
        app_support = home / "Library" / "Application Support"
        gpt4all = app_support / "nomic.ai" / "GPT4All"
        jan_data = app_support / "Jan" / "data"
    elif platform.startswith("win"):
        local = env_path("LOCALAPPDATA") or home / "AppData" / "Local"
        roaming = env_path("APPDATA") or home / "AppData" / "Roaming"
        gpt4all = local / "nomic.ai" / "GPT4All"
        jan_data = roaming / "Jan" / "data"
    else:
        xdg_data = env_path("XDG_DATA_HOME") or home / ".local" / "share"
        gpt4all = xdg_data / "nomic.ai" / "GPT4All"
        jan_data = xdg_data / "Jan" / "data"

    hf_home = env_path("HF_HOME") or (env_path("XDG_CACHE_HOME") or home / ".cache") / "huggingface"
    hf_cache = env_path("HF_HUB_CACHE") or env_path("HUGGINGFACE_HUB_CACHE") or hf_home / "hub"
    ollama = env_path("OLLAMA_MODELS") or home / ".ollama" / "models"
    locations = [
        Location("huggingface", hf_cache),
        Location("lmstudio", home / ".lmstudio" / "models"),
        Location("lmstudio", home / ".cache" / "lm-studio" / "models"),
        Location("gpt4all", gpt4all),
        Location("jan", jan_data / "llamacpp" / "models"),
        Location("jan", jan_data / "models"),
        Location("jan", home / "jan" / "models"),
        Location("ollama", ollama),
    ]
    if platform.startswith("linux"):
        # Ollama's Linux installer runs it as a service user with its own home.
        locations.append(Location("ollama", Path("/usr/share/ollama/.ollama/models")))
    return locations


def discover(locations: list[Location] | None = None) -> list[FoundModel]:
    """Every GGUF model found in the locations, each file once."""
    found: list[FoundModel] = []
    seen: set[Path] = set()
    for location in default_locations() if locations is None else locations:
        if not location.root.is_dir():
            continue
        try:
            models = _ollama(location) if location.source == "ollama" else _files(location)
            for model in models:
                key = real_path(model.path)
                if key not in seen:
                    seen.add(key)
                    found.append(model)
        except OSError as exc:
            log.info("Cannot look for models in %s: %s", location.root, exc)
    return found


def _walk(root: Path) -> Iterator[Path]:
    """GGUF files under root, depth- and count-bounded, following the cache's symlinks."""
    count = 0
    for folders, (folder, dirs, files) in enumerate(os.walk(root, followlinks=False), 1):
        if folders > MAX_FOLDERS:
            log.info("Stopped looking for models in %s after %d folders", root, MAX_FOLDERS)
            return
        depth = len(Path(folder).relative_to(root).parts)
        # Hidden folders and the HF cache's blob store (its files are reached from snapshots).
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "blobs")
        if depth >= MAX_DEPTH:
            dirs.clear()
        for name in sorted(files):
            if name.lower().endswith(".gguf"):
                count += 1
                if count > MAX_FILES:
                    return
                yield Path(folder) / name


def _usable(path: Path) -> bool:
    name = path.name.lower()
    # Vision projectors are not chat models; GPT4All names unfinished downloads "incomplete-*".
    if name.startswith(("mmproj", "incomplete-")):
        return False
    return path.is_file() and is_gguf(path)


def _files(location: Location) -> Iterator[FoundModel]:
    usable = [p for p in _walk(location.root) if _usable(p)]
    for first, parts in group_parts(usable):
        # Jan keeps each model as <model id>/model.gguf: the folder carries the name.
        generic = first.stem.lower() == "model" and first.parent != location.root
        name = name_from_filename(first.parent.name + ".gguf")[0] if generic else ""
        yield FoundModel(location.source, location.root, first, name=name, parts=parts)


def _ollama_name(manifest: Path, manifests_root: Path) -> str:
    """The name Ollama shows: llama3.2:3b for manifests/registry.ollama.ai/library/llama3.2/3b."""
    parts = manifest.relative_to(manifests_root).parts
    if len(parts) < 3:
        return ":".join(parts)
    *where, model, tag = parts
    if where[:2] == [OLLAMA_REGISTRY, "library"]:
        where = []
    elif where[:1] == [OLLAMA_REGISTRY]:
        where = where[1:]
    return "/".join([*where, model]) + f":{tag}"


def _ollama(location: Location) -> Iterator[FoundModel]:
    manifests = location.root / "manifests"
    blobs = location.root / "blobs"
    if not manifests.is_dir():
        return
    count = 0
    for folder, dirs, files in os.walk(manifests):
        dirs.sort()
        for name in sorted(files):
            count += 1
            if count > MAX_FILES:
                return
            manifest = Path(folder) / name
            blob = _ollama_model_blob(manifest, blobs)
            if blob is not None:
                yield FoundModel(
                    "ollama", location.root, blob, name=_ollama_name(manifest, manifests)
                )


def _ollama_model_blob(manifest: Path, blobs: Path) -> Path | None:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        layers = data["layers"]
    except (OSError, ValueError, KeyError, TypeError):
        log.info("Not an Ollama manifest: %s", manifest)
        return None
    for layer in layers if isinstance(layers, list) else []:
        if not isinstance(layer, dict) or layer.get("mediaType") != OLLAMA_MODEL_LAYER:
            continue
        digest = str(layer.get("digest", ""))
        blob = blobs / digest.replace(":", "-")
        if digest.startswith("sha256:") and blob.is_file() and is_gguf(blob):
            return blob
    return None
