"""Reading resources/catalog.json into Catalog objects, checking every field on the way.

A catalog that breaks its schema is a bug in Hearth, not a user's mistake, but
it must never crash the app: load_catalog raises CatalogError with the entry
and field at fault, and the GUI shows that instead of an empty page.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from hearth.catalog.model import (
    SOURCES,
    USES,
    ArchSpec,
    Catalog,
    CatalogEntry,
    CatalogError,
    CatalogFile,
    Quant,
)

# The rules downloads and hub search use too.
from hearth.hub.names import is_file_path, is_repo_id
from hearth.resources import resources_dir

SCHEMA_VERSION = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$")
# A file stem under tests/fixtures/chat_templates: no paths, no "..", no odd characters.
_CHAT_FORMAT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def catalog_path() -> Path:
    return resources_dir() / "catalog.json"


def _fail(where: str, what: str) -> CatalogError:
    return CatalogError(
        "catalog_invalid", f"Hearth's model catalog is damaged ({where}: {what}).", where=where
    )


def _get(raw: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _fail(where, f"{key} is missing or not a {getattr(kind, '__name__', kind)}")
    return value


def _file(raw: Any, where: str) -> CatalogFile:
    if not isinstance(raw, dict):
        raise _fail(where, "a file is not an object")
    name = _get(raw, "name", str, where)
    size = _get(raw, "size", int, where)
    sha = raw.get("sha256", "")
    if not name.endswith(".gguf") or not is_file_path(name):
        raise _fail(where, f"file name {name!r}")
    if size <= 0:
        raise _fail(where, f"size of {name}")
    if sha and (not isinstance(sha, str) or not _SHA256.match(sha)):
        raise _fail(where, f"sha256 of {name}")
    return CatalogFile(name, size, sha)


def _quant(raw: Any, where: str) -> Quant:
    if not isinstance(raw, dict):
        raise _fail(where, "a quant is not an object")
    name = _get(raw, "quant", str, where)
    files = tuple(_file(f, f"{where} {name}") for f in _get(raw, "files", list, where))
    if not files:
        raise _fail(where, f"{name} has no files")
    splits = [_SPLIT.search(f.name) for f in files]
    if len(files) > 1:
        expected = [(f"{i:05d}", f"{len(files):05d}") for i in range(1, len(files) + 1)]
        if [m.groups() if m else None for m in splits] != expected:
            raise _fail(where, f"{name}'s parts are not numbered 1..{len(files)} in order")
    return Quant(name, files, str(raw.get("verified", "")))


def _arch(raw: Any, where: str) -> ArchSpec:
    if not isinstance(raw, dict):
        raise _fail(where, "arch is not an object")
    ints = (
        "block_count",
        "embedding_length",
        "head_count",
        "head_count_kv",
        "head_dim",
        "vocab_size",
        "feed_forward_length",
    )
    values = {key: _get(raw, key, int, where) for key in ints}
    if any(v <= 0 for v in values.values()):
        raise _fail(where, "arch numbers must be positive")
    optional = (
        "sliding_window",
        "swa_pattern",
        "expert_count",
        "expert_used_count",
        "kv_lora_rank",
        "rope_dimension",
    )
    extra = {key: int(raw.get(key, 0)) for key in optional}
    return ArchSpec(
        architecture=_get(raw, "architecture", str, where),
        tied_embeddings=bool(raw.get("tied_embeddings", False)),
        **values,
        **extra,
    )


def _entry(raw: Any, index: int) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise _fail(f"entry {index}", "not an object")
    entry_id = _get(raw, "id", str, f"entry {index}")
    where = entry_id
    if not _ID.match(entry_id):
        raise _fail(where, "id")
    source = raw.get("source", "hub")
    repo = raw.get("repo") or ""
    if source not in SOURCES:
        raise _fail(where, f"source {source!r}")
    if source == "hub" and not is_repo_id(repo):
        raise _fail(where, f"repo {repo!r}")
    strengths = _get(raw, "strengths", dict, where)
    if set(strengths) - set(USES) or not all(
        isinstance(v, int) and 0 <= v <= 10 for v in strengths.values()
    ):
        raise _fail(where, "strengths must score chat/coding/reasoning/multilingual 0..10")
    active = raw.get("active_params_b")
    if active is not None and not isinstance(active, (int, float)):
        raise _fail(where, "active_params_b")
    chat_format = raw.get("chat_format")
    if not isinstance(chat_format, str) or not _CHAT_FORMAT.fullmatch(chat_format):
        raise _fail(where, f"chat_format {chat_format!r} is missing or not a template name")
    quants = tuple(_quant(q, where) for q in _get(raw, "quants", list, where))
    if not quants:
        raise _fail(where, "no quants")
    return CatalogEntry(
        id=entry_id,
        name=_get(raw, "name", str, where),
        family=_get(raw, "family", str, where),
        chat_format=chat_format,
        publisher=_get(raw, "publisher", str, where),
        params_b=float(_get(raw, "params_b", (int, float), where)),
        active_params_b=None if active is None else float(active),
        license=_get(raw, "license", str, where),
        context_length=_get(raw, "context_length", int, where),
        strengths={str(k): int(v) for k, v in strengths.items()},
        languages=tuple(str(lang) for lang in raw.get("languages", ["en"])),
        summary=str(raw.get("summary", "")),
        repo=repo,
        source=source,
        arch=_arch(raw.get("arch"), where),
        quants=quants,
        tags=tuple(str(t) for t in raw.get("tags", [])),
    )


def parse_catalog(raw: Any) -> Catalog:
    """A Catalog from the decoded JSON; CatalogError names the first problem found."""
    if not isinstance(raw, dict) or raw.get("schema") != SCHEMA_VERSION:
        raise _fail("catalog", f"schema is not {SCHEMA_VERSION}")
    entries = tuple(_entry(item, i) for i, item in enumerate(_get(raw, "entries", list, "catalog")))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise _fail(entry.id, "duplicate id")
        seen.add(entry.id)
    return Catalog(entries, str(raw.get("updated", "")))


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and check the catalog (the bundled one by default)."""
    target = path or catalog_path()
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(
            "catalog_missing", f"Hearth's model catalog is missing ({target}).", path=str(target)
        ) from exc
    except (OSError, ValueError) as exc:
        raise _fail(str(target), str(exc)) from exc
    return parse_catalog(raw)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The bundled catalog, read once per session."""
    return load_catalog()
