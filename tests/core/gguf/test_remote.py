"""Reading a GGUF header over HTTP Range from a local stand-in for the hub (HF_ENDPOINT)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.errors import ModelError
from hearth.gguf import read_header, read_remote_header
from tests.core.gguf.hub_server import HubState, hub_server

REPO = "someone/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture
def hub(starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubState]:
    state = HubState()
    state.add_file(REPO, FILE, starter_model.read_bytes())
    with hub_server(state) as endpoint:
        monkeypatch.setenv("HF_ENDPOINT", endpoint)
        monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
        yield state


def test_remote_header_equals_local_and_stops_after_the_tensor_table(
    hub: HubState, starter_model: Path
) -> None:
    remote = read_remote_header(REPO, FILE, first_step=64 * 1024)
    local = read_header(starter_model)
    assert remote.tensors == local.tensors
    assert remote.metadata == local.metadata
    assert remote.file_size == local.file_size == starter_model.stat().st_size
    ranges = [r for _, r in hub.requests]
    assert all(r.startswith("bytes=") for r in ranges)
    # Growing steps: 64 KiB, 128 KiB, ... and nothing past the ~1.8 MB header.
    starts_ends = [tuple(int(x) for x in r[6:].split("-")) for r in ranges]
    sizes = [end - start + 1 for start, end in starts_ends]
    assert sizes == sorted(sizes) and sizes[0] == 64 * 1024
    assert max(end for _, end in starts_ends) < 4 * 1024 * 1024 < local.file_size
    assert len(ranges) <= 8


def test_a_server_that_ignores_range_is_read_only_as_far_as_needed(
    hub: HubState, starter_model: Path
) -> None:
    hub.ignore_range = True
    remote = read_remote_header(REPO, FILE)
    assert remote.tensors == read_header(starter_model).tensors


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (404, "remote_not_found"),
        (401, "remote_denied"),
        (403, "remote_denied"),
        (503, "remote_failed"),
    ],
)
def test_http_errors_have_kinds(hub: HubState, status: int, kind: str) -> None:
    hub.status = status
    with pytest.raises(ModelError) as caught:
        read_remote_header(REPO, FILE)
    assert caught.value.kind == kind


def test_missing_file(hub: HubState) -> None:
    with pytest.raises(ModelError) as caught:
        read_remote_header(REPO, "nothing-here.gguf")
    assert caught.value.kind == "remote_not_found"


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # the discard port: nothing listens
    with pytest.raises(ModelError) as caught:
        read_remote_header(REPO, FILE)
    assert caught.value.kind == "remote_unreachable"


def test_a_non_gguf_remote_file(hub: HubState) -> None:
    hub.add_file(REPO, "README.gguf", b"# not a model\n" * 10)
    with pytest.raises(ModelError) as caught:
        read_remote_header(REPO, "README.gguf")
    assert caught.value.kind == "not_gguf"
