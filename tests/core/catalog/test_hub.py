"""Refreshing an entry's file list from a local stand-in for the hub (through huggingface_hub)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator

import pytest

from hearth.catalog import (
    CatalogFile,
    HubFile,
    default_catalog,
    list_repo_files,
    reconcile,
    refresh_entry,
)
from hearth.catalog.hub import parse_tree
from hearth.catalog.model import CatalogEntry, Quant
from hearth.errors import ModelError
from tests.core.gguf.hub_server import HubState, hub_server

REPO = "someone/Tiny-GGUF"


def _entry() -> CatalogEntry:
    base = default_catalog().get("qwen3-0.6b")
    assert base is not None
    quants = (
        Quant("Q4_K_M", (CatalogFile("Tiny-Q4_K_M.gguf", 100),), "test"),
        Quant("Q8_0", (CatalogFile("Tiny-Q8_0.gguf", 200),), "test"),
        Quant(
            "Q2_K",
            (
                CatalogFile("Q2_K/Tiny-Q2_K-00001-of-00002.gguf", 10),
                CatalogFile("Q2_K/Tiny-Q2_K-00002-of-00002.gguf", 10),
            ),
            "test",
        ),
    )
    return dataclasses.replace(base, repo=REPO, quants=quants)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubState]:
    state = HubState()
    state.add_file(REPO, "README.md", b"# tiny")
    state.add_file(REPO, "Tiny-Q4_K_M.gguf", b"q" * 150)
    state.add_file(REPO, "Q2_K/Tiny-Q2_K-00001-of-00002.gguf", b"a" * 10)
    state.add_file(REPO, "Q2_K/Tiny-Q2_K-00002-of-00002.gguf", b"b" * 11)
    with hub_server(state) as endpoint:
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
        yield state


def test_listing_goes_through_huggingface_hub_to_hf_endpoint(hub: HubState) -> None:
    files = {f.path: f for f in list_repo_files(REPO)}
    assert set(files) == {
        "README.md",
        "Tiny-Q4_K_M.gguf",
        "Q2_K/Tiny-Q2_K-00001-of-00002.gguf",
        "Q2_K/Tiny-Q2_K-00002-of-00002.gguf",
    }
    assert files["Tiny-Q4_K_M.gguf"].size == 150
    assert files["Tiny-Q4_K_M.gguf"].sha256 == hashlib.sha256(b"q" * 150).hexdigest()
    assert any(path.startswith(f"/api/models/{REPO}/tree/") for path, _ in hub.requests)


def test_refresh_updates_sizes_and_drops_vanished_quants(hub: HubState) -> None:
    result = refresh_entry(_entry())
    quants = {q.name: q for q in result.entry.quants}
    assert set(quants) == {"Q4_K_M", "Q2_K"}
    assert result.missing == ["Q8_0"]
    assert quants["Q4_K_M"].size == 150
    assert quants["Q4_K_M"].files[0].sha256 == hashlib.sha256(b"q" * 150).hexdigest()
    assert quants["Q2_K"].size == 21
    assert quants["Q4_K_M"].verified == "hub listing"
    assert any(change.startswith("Q4_K_M: 100 -> 150") for change in result.changed)


def test_unknown_repository(hub: HubState) -> None:
    with pytest.raises(ModelError) as caught:
        list_repo_files("nobody/nothing-GGUF")
    assert caught.value.kind == "remote_not_found"


def test_hub_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    with pytest.raises(ModelError) as caught:
        list_repo_files(REPO)
    assert caught.value.kind == "remote_unreachable"


def test_bundled_entries_are_not_refreshed() -> None:
    starter = default_catalog().get("smollm2-135m-instruct")
    assert starter is not None
    assert refresh_entry(starter).entry is starter


def test_reconcile_and_parse_tree_without_a_server() -> None:
    items = [
        {"type": "directory", "path": "Q2_K", "oid": "x"},
        {
            "type": "file",
            "path": "Tiny-Q8_0.gguf",
            "size": 134,
            "lfs": {"oid": "f" * 64, "size": 201},
        },
        {"type": "file", "path": "notes.txt", "size": 5},
    ]
    files = parse_tree(items)
    assert files == [HubFile("Tiny-Q8_0.gguf", 201, "f" * 64), HubFile("notes.txt", 5, "")]
    result = reconcile(_entry(), files)
    assert [q.name for q in result.entry.quants] == ["Q8_0"]
    assert result.entry.quants[0].files[0] == CatalogFile("Tiny-Q8_0.gguf", 201, "f" * 64)
    assert result.missing == ["Q4_K_M", "Q2_K"]
