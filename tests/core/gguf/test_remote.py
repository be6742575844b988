"""Reading a GGUF header over HTTP Range from the local test hub, at the hub it is given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.errors import HearthError, ModelError
from hearth.gguf import read_header, read_remote_header
from hearth.hub import HubConnection, HubError
from tests.support.hub_server import Fault, HubServer

REPO = "someone/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture
def hub(starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    # HF_ENDPOINT points elsewhere: the header is read from the hub the call is given.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    server = HubServer().start()
    server.hub.add_file(REPO, FILE, starter_model, sha256="0" * 64)  # not hashed: not downloaded
    yield server
    server.stop()
    assert not server.hub.errors, f"the test hub failed: {server.hub.errors}"


def test_remote_header_equals_local_and_stops_after_the_tensor_table(
    hub: HubServer, starter_model: Path
) -> None:
    remote = read_remote_header(HubConnection(hub.url), REPO, FILE, first_step=64 * 1024)
    local = read_header(starter_model)
    assert remote.tensors == local.tensors
    assert remote.metadata == local.metadata
    assert remote.file_size == local.file_size == starter_model.stat().st_size
    ranges = [r.range or "" for r in hub.hub.content_requests(FILE)]
    assert ranges and all(r.startswith("bytes=") for r in ranges)
    # Growing steps: 64 KiB, 128 KiB, ... and nothing past the ~1.8 MB header.
    starts_ends = [tuple(int(x) for x in r[6:].split("-")) for r in ranges]
    sizes = [end - start + 1 for start, end in starts_ends]
    assert sizes == sorted(sizes) and sizes[0] == 64 * 1024
    assert max(end for _, end in starts_ends) < 4 * 1024 * 1024 < local.file_size
    assert len(ranges) <= 8


def test_a_server_that_ignores_range_is_read_only_as_far_as_needed(
    hub: HubServer, starter_model: Path
) -> None:
    hub.hub.plan(REPO, FILE, *[Fault(ignore_range=True) for _ in range(20)])
    remote = read_remote_header(HubConnection(hub.url), REPO, FILE)
    assert remote.tensors == read_header(starter_model).tensors


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (404, "hub_file_not_found"),
        (401, "hub_repo_not_found"),  # the hub's answer for a private repo without a token
        (403, "hub_forbidden"),
        (429, "hub_rate_limited"),
        (503, "hub_server_error"),
    ],
)
def test_http_errors_speak_the_hubs_vocabulary(hub: HubServer, status: int, kind: str) -> None:
    hub.hub.plan(REPO, FILE, Fault(status=status))
    with pytest.raises(HubError) as caught:
        read_remote_header(HubConnection(hub.url), REPO, FILE)
    assert caught.value.kind == kind


def test_a_gated_model_says_so(hub: HubServer) -> None:
    hub.hub.repo(REPO).gated = True
    with pytest.raises(HubError) as caught:
        read_remote_header(HubConnection(hub.url, False), REPO, FILE)
    assert caught.value.kind == "hub_gated"
    assert caught.value.params["url"] == f"{hub.url}/{REPO}"


def test_missing_file(hub: HubServer) -> None:
    with pytest.raises(HubError) as caught:
        read_remote_header(HubConnection(hub.url), REPO, "nothing-here.gguf")
    assert caught.value.kind == "hub_file_not_found"
    assert caught.value.params == {"repo": REPO, "file": "nothing-here.gguf"}


def test_no_network() -> None:
    conn = HubConnection("http://127.0.0.1:9")  # the discard port: nothing listens
    with pytest.raises(HubError) as caught:
        read_remote_header(conn, REPO, FILE)
    assert caught.value.kind == "hub_offline"
    assert caught.value.params["host"] == "127.0.0.1:9"


@pytest.mark.parametrize(
    ("repo_id", "path", "kind"),
    [("someone/..", FILE, "hub_bad_repo_id"), (REPO, "../../etc/passwd", "hub_bad_path")],
)
def test_bad_names_are_refused_before_any_request(
    hub: HubServer, repo_id: str, path: str, kind: str
) -> None:
    with pytest.raises(HubError) as caught:
        read_remote_header(HubConnection(hub.url), repo_id, path)
    assert caught.value.kind == kind
    assert hub.hub.requests == []


def test_a_non_gguf_remote_file(hub: HubServer, tmp_path: Path) -> None:
    readme = tmp_path / "README.gguf"
    readme.write_bytes(b"# not a model\n" * 10)
    hub.hub.add_file(REPO, "README.gguf", readme)
    with pytest.raises(ModelError) as caught:
        read_remote_header(HubConnection(hub.url), REPO, "README.gguf")
    assert caught.value.kind == "not_gguf"
    assert isinstance(caught.value, HearthError) and not isinstance(caught.value, HubError)
