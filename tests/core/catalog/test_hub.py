"""Refreshing an entry's file list from the local test hub, at the hub it is given."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.catalog import CatalogFile, default_catalog, reconcile, refresh_entry
from hearth.catalog.model import CatalogEntry, Quant
from hearth.hub import HubConnection, HubError, RemoteFile
from tests.support.hub_server import HubServer

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
def hub(tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer().start()
    for name, data in (
        ("README.md", b"# tiny"),
        ("Tiny-Q4_K_M.gguf", b"q" * 150),
        ("Q2_K/Tiny-Q2_K-00001-of-00002.gguf", b"a" * 10),
        ("Q2_K/Tiny-Q2_K-00002-of-00002.gguf", b"b" * 11),
    ):
        source = tmp_path / name.replace("/", "_")
        source.write_bytes(data)
        server.hub.add_file(REPO, name, source)
    yield server
    server.stop()
    assert not server.hub.errors, f"the test hub failed: {server.hub.errors}"


def test_refresh_updates_sizes_and_drops_vanished_quants(hub: HubServer) -> None:
    result = refresh_entry(_entry(), conn=HubConnection(hub.url))
    quants = {q.name: q for q in result.entry.quants}
    assert set(quants) == {"Q4_K_M", "Q2_K"}
    assert result.missing == ["Q8_0"]
    assert quants["Q4_K_M"].size == 150
    assert quants["Q4_K_M"].files[0].sha256 == hashlib.sha256(b"q" * 150).hexdigest()
    assert quants["Q2_K"].size == 21
    assert quants["Q4_K_M"].verified == "hub listing"
    assert any(change.startswith("Q4_K_M: 100 -> 150") for change in result.changed)
    assert any(r.path.startswith(f"/api/models/{REPO}/tree/") for r in hub.hub.requests)


def test_unknown_repository(hub: HubServer) -> None:
    missing = dataclasses.replace(_entry(), repo="nobody/nothing-GGUF")
    with pytest.raises(HubError) as caught:
        refresh_entry(missing, conn=HubConnection(hub.url))
    assert caught.value.kind == "hub_repo_not_found"


def test_hub_unreachable_fails_at_once() -> None:
    # No retries: the refresh is optional and the download goes on without it.
    with pytest.raises(HubError) as caught:
        refresh_entry(_entry(), conn=HubConnection("http://127.0.0.1:9"))
    assert caught.value.kind == "hub_offline"


def test_bundled_entries_are_not_refreshed() -> None:
    starter = default_catalog().get("smollm2-135m-instruct")
    assert starter is not None
    conn = HubConnection("http://127.0.0.1:9")
    assert refresh_entry(starter, conn=conn).entry is starter


def test_reconcile_without_a_server() -> None:
    files = [
        RemoteFile(REPO, "Tiny-Q8_0.gguf", 201, "f" * 64),
        RemoteFile(REPO, "notes.txt", 5, ""),
    ]
    result = reconcile(_entry(), files)
    assert [q.name for q in result.entry.quants] == ["Q8_0"]
    assert result.entry.quants[0].files[0] == CatalogFile("Tiny-Q8_0.gguf", 201, "f" * 64)
    assert result.missing == ["Q4_K_M", "Q2_K"]
