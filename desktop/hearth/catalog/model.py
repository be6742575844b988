"""The curated catalog's data: entries, their quantizations and the exact files of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hearth.errors import HearthError

USES = ("chat", "coding", "reasoning", "multilingual")
SOURCES = ("hub", "bundled")


class CatalogError(HearthError):
    """The catalog file is missing, unreadable or does not follow its schema."""


@dataclass(frozen=True)
class CatalogFile:
    """One file on the hub (a split model has several, in order)."""

    name: str  # path inside the repository
    size: int  # bytes, as the hub lists it
    sha256: str = ""  # the hub's LFS checksum, where it publishes one

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "size": self.size}
        if self.sha256:
            data["sha256"] = self.sha256
        return data


@dataclass(frozen=True)
class Quant:
    """One quantization of an entry: "Q4_K_M" and its file(s)."""

    name: str
    files: tuple[CatalogFile, ...]
    verified: str = ""  # where the names and sizes were checked

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def first_file(self) -> str:
        return self.files[0].name

    @property
    def bits(self) -> float:
        """Nominal bits per weight, for ranking quality ("Q4_K_M" -> 4, "F16" -> 16)."""
        name = self.name.upper().removeprefix("UD-").removeprefix("I")
        if name.startswith(("F16", "BF16")):
            return 16.0
        if name.startswith("F32"):
            return 32.0
        if name.startswith("MXFP4"):
            return 4.25
        digits = "".join(ch for ch in name[1:3] if ch.isdigit())
        return float(digits) if digits else 4.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "quant": self.name,
            "files": [f.to_dict() for f in self.files],
            "verified": self.verified,
        }


@dataclass(frozen=True)
class ArchSpec:
    """The model's shape, from its config (a downloaded file's own header supersedes it)."""

    architecture: str
    block_count: int
    embedding_length: int
    head_count: int
    head_count_kv: int
    head_dim: int
    vocab_size: int
    feed_forward_length: int
    sliding_window: int = 0
    swa_pattern: int = 0  # every Nth layer global; 0 = architecture default
    expert_count: int = 0
    expert_used_count: int = 0
    kv_lora_rank: int = 0
    rope_dimension: int = 0
    tied_embeddings: bool = False


@dataclass(frozen=True)
class CatalogEntry:
    """One model in the catalog, with what Hearth needs to recommend and download it."""

    id: str
    name: str
    family: str
    chat_format: str  # stem of its chat template fixture (tests/fixtures/chat_templates)
    publisher: str
    params_b: float  # total parameters, billions
    active_params_b: float | None  # MoE: parameters used per token
    license: str
    context_length: int  # trained context
    strengths: dict[str, int]  # use -> quality 0..10 (USES)
    languages: tuple[str, ...]
    summary: str
    repo: str  # the hub repository the files are in ("" for bundled)
    source: str  # "hub" or "bundled"
    arch: ArchSpec
    quants: tuple[Quant, ...]
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_moe(self) -> bool:
        return self.active_params_b is not None

    @property
    def chinese(self) -> bool:
        return "zh" in self.languages

    def quant(self, name: str) -> Quant | None:
        wanted = name.upper()
        return next((q for q in self.quants if q.name.upper() == wanted), None)

    def score(self, use: str) -> int:
        return self.strengths.get(use, 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "family": self.family,
            "chat_format": self.chat_format,
            "publisher": self.publisher,
            "params_b": self.params_b,
            "active_params_b": self.active_params_b,
            "license": self.license,
            "context_length": self.context_length,
            "strengths": dict(self.strengths),
            "languages": list(self.languages),
            "repo": self.repo,
            "source": self.source,
            "quants": [q.to_dict() for q in self.quants],
        }


@dataclass(frozen=True)
class Catalog:
    """All entries, in the catalog file's order."""

    entries: tuple[CatalogEntry, ...]
    updated: str = ""

    def __iter__(self) -> Any:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def find_file(self, repo: str, filename: str) -> tuple[CatalogEntry, Quant] | None:
        """The entry and quant a hub file belongs to (any part of a split file counts)."""
        for entry in self.entries:
            if entry.repo != repo:
                continue
            for quant in entry.quants:
                if any(f.name == filename for f in quant.files):
                    return entry, quant
        return None

    def families(self) -> list[str]:
        return sorted({e.family for e in self.entries})


@dataclass(frozen=True)
class CatalogDownload:
    """What a Download button asks for: one quant of one entry, its repo and exact files."""

    entry: CatalogEntry
    quant: Quant

    @property
    def repo(self) -> str:
        return self.entry.repo

    @property
    def files(self) -> tuple[CatalogFile, ...]:
        return self.quant.files

    @property
    def size(self) -> int:
        return self.quant.size
