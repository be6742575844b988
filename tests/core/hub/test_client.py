"""The one hub client against the local test hub: search, listings, ranges, tokens, failures."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth import hub
from hearth.hub import HubConnection, HubError, RemoteFile, client
from tests.support.hub_server import Fault, HubServer, closed_port

REPO = "tester/Tiny-GGUF"
FILES = {
    "README.md": b"# tiny",
    "Tiny-Q4_K_M.gguf": b"q" * 150,
    "Q2_K/Tiny-Q2_K-00001-of-00002.gguf": b"a" * 10,
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[HubServer]:
    hub_server = HubServer().start()
    for name, data in FILES.items():
        source = tmp_path / name.replace("/", "_")
        source.write_bytes(data)
        hub_server.hub.add_file(REPO, name, source)
    hub_server.hub.repo(REPO).downloads = 50
    yield hub_server
    hub_server.stop()
    assert not hub_server.hub.errors, f"the test hub failed: {hub_server.hub.errors}"


@pytest.fixture
def conn(server: HubServer) -> HubConnection:
    return HubConnection(server.url, False)


def test_lists_every_file_with_size_and_sha256(server: HubServer, conn: HubConnection) -> None:
    files = {f.path: f for f in hub.list_files(conn, REPO)}
    assert set(files) == set(FILES)
    q4 = files["Tiny-Q4_K_M.gguf"]
    assert q4 == RemoteFile(REPO, "Tiny-Q4_K_M.gguf", 150, hashlib.sha256(b"q" * 150).hexdigest())
    assert [r.path for r in server.hub.requests] == [f"/api/models/{REPO}/tree/main"]


def test_paths_info_names_only_the_files_asked_for(conn: HubConnection) -> None:
    (info,) = hub.paths_info(conn, REPO, ["Tiny-Q4_K_M.gguf"])
    assert (info.path, info.size) == ("Tiny-Q4_K_M.gguf", 150)


def test_search_most_downloaded_first(
    server: HubServer, conn: HubConnection, tmp_path: Path
) -> None:
    popular = tmp_path / "p.gguf"
    popular.write_bytes(b"p")
    server.hub.add_file("other/Tiny-Popular-GGUF", "p.gguf", popular)
    server.hub.repo("other/Tiny-Popular-GGUF").downloads = 9000
    found = hub.search_models(conn, "tiny")
    assert [r.repo_id for r in found] == ["other/Tiny-Popular-GGUF", REPO]
    assert found[0].downloads == 9000


def test_names_a_mirror_sends_that_would_escape_are_left_out() -> None:
    entries = [
        {"type": "directory", "path": "Q2_K"},
        {
            "type": "file",
            "path": "Tiny-Q8_0.gguf",
            "size": 134,
            "lfs": {"oid": "f" * 64, "size": 201},
        },
        {"type": "file", "path": "notes.txt", "size": 5},
        {"type": "file", "path": "../../escaped.gguf", "size": 5},
        {"type": "file", "path": "C:\\escaped.gguf", "size": 5},
        {"type": "file", "path": "no-size.gguf"},
        "not an entry",
    ]
    assert hub.parse_entries(REPO, entries) == [
        RemoteFile(REPO, "Tiny-Q8_0.gguf", 201, "f" * 64),  # the LFS object's size
        RemoteFile(REPO, "notes.txt", 5, ""),
    ]


@pytest.mark.parametrize(
    ("repo_id", "path", "kind"),
    [("a/../b", "x.gguf", "hub_bad_repo_id"), (REPO, "../x.gguf", "hub_bad_path")],
)
def test_bad_names_are_refused_before_any_request(
    server: HubServer, conn: HubConnection, repo_id: str, path: str, kind: str
) -> None:
    calls = [
        lambda: hub.file_url(conn, repo_id, path),
        lambda: hub.read_range(conn, repo_id, path, 0, 10),
        lambda: hub.paths_info(conn, repo_id, [path]),
    ]
    if kind == "hub_bad_repo_id":
        calls.append(lambda: hub.list_files(conn, repo_id))
    for call in calls:
        with pytest.raises(HubError) as caught:
            call()
        assert caught.value.kind == kind
    assert server.hub.requests == []


def test_read_range_gives_the_bytes_and_the_file_size(conn: HubConnection) -> None:
    chunk = hub.read_range(conn, REPO, "Tiny-Q4_K_M.gguf", 100, 80)
    assert chunk == hub.Chunk(b"q" * 50, 150)
    assert hub.read_range(conn, REPO, "Tiny-Q4_K_M.gguf", 500, 10).data == b""


def test_read_range_of_a_server_that_ignores_range(server: HubServer, conn: HubConnection) -> None:
    server.hub.plan(REPO, "Q2_K/Tiny-Q2_K-00001-of-00002.gguf", Fault(ignore_range=True))
    chunk = hub.read_range(conn, REPO, "Q2_K/Tiny-Q2_K-00001-of-00002.gguf", 4, 3)
    assert chunk == hub.Chunk(b"aaa", 10)


def test_the_token_is_sent_only_when_given(server: HubServer) -> None:
    hub.list_files(HubConnection(server.url, "hf_secret"), REPO)
    hub.list_files(HubConnection(server.url, False), REPO)
    assert [r.authorized for r in server.hub.requests] == [True, False]
    assert HubConnection(server.url, "hf_secret").sends_token
    assert not HubConnection(server.url, False).sends_token


def test_failures_speak_one_vocabulary(server: HubServer, conn: HubConnection) -> None:
    with pytest.raises(HubError) as caught:
        hub.list_files(conn, "nobody/Nothing-GGUF")
    assert caught.value.kind == "hub_repo_not_found"
    assert caught.value.params["host"] == server.url.removeprefix("http://")
    with pytest.raises(HubError) as caught:
        hub.read_range(conn, REPO, "gone.gguf", 0, 10)
    assert caught.value.kind == "hub_file_not_found"
    server.hub.plan(REPO, "Tiny-Q4_K_M.gguf", Fault(status=500))
    with pytest.raises(HubError) as caught:
        hub.read_range(conn, REPO, "Tiny-Q4_K_M.gguf", 0, 10)
    assert (caught.value.kind, caught.value.params["status"]) == ("hub_server_error", 500)


def test_offline_fast_and_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "API_RETRIES", 0)
    port = closed_port()
    conn = HubConnection(f"http://127.0.0.1:{port}")
    for call in (
        lambda: hub.list_files(conn, REPO),
        lambda: hub.search_models(conn, "tiny"),
        lambda: hub.read_range(conn, REPO, "Tiny-Q4_K_M.gguf", 0, 10),
    ):
        with pytest.raises(HubError) as caught:
            call()
        assert caught.value.kind == "hub_offline"
        assert f"Cannot reach 127.0.0.1:{port}" in str(caught.value)


def test_reads_neither_settings_nor_the_keyring(
    server: HubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The address and token are the caller's: HF_ENDPOINT and a saved token change nothing."""
    from hearth.library import tokens

    tokens.set_token("hf_saved")
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    hub.list_files(HubConnection(server.url, False), REPO)
    assert [r.authorized for r in server.hub.requests] == [False]
