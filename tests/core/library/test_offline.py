"""Offline downloads: said at once, waited out with backoff, resumed when the hub is back."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest

from hearth.hub import HubConnection, RemoteFile
from hearth.library.downloads import DownloadManager, DownloadStatus, JobState
from hearth.library.hub import RemoteModel, list_model_files
from hearth.library.model_download import download_model
from hearth.library.partials import final_path, partial_path
from hearth.library.retry import Retrying, RetryPolicy
from hearth.library.transfer import Control, Stopped
from tests.core.library.conftest import Q4, REPO, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer, HubState, closed_port

# Short offline waits (doubling 0.05 → 0.2 s), and few tries for other failures:
# offline tries must not use those up.
OFFLINE = RetryPolicy(
    attempts=2,
    base_delay_s=0.02,
    max_delay_s=0.1,
    connect_timeout_s=2,
    read_timeout_s=5,
    offline_base_delay_s=0.05,
    offline_max_delay_s=0.2,
)


def q4_model(files: Files) -> RemoteModel:
    """The Q4 model as the downloader knows it, without asking a hub (there is none yet)."""
    file = RemoteFile(REPO, Q4, files.q4.stat().st_size, sha256_of(files.q4))
    return RemoteModel(REPO, "Tiny Model", "Q4_K_M", (file,))


def hub_state(files: Files) -> HubState:
    state = HubState()
    state.add_file(REPO, Q4, files.q4)
    return state


def test_offline_from_the_start_is_said_at_once_then_the_download_runs_when_the_hub_is_back(
    gguf_files: Files,
) -> None:
    port = closed_port()
    state = hub_state(gguf_files)
    wanted = q4_model(gguf_files)
    seen: list[tuple[float, Retrying]] = []
    back: list[HubServer] = []

    def on_retry(retry: Retrying) -> None:
        seen.append((time.monotonic(), retry))
        if len(seen) == 6:  # more than policy.attempts: offline tries are not counted there
            back.append(HubServer(state, port=port).start())  # the network is back

    start = time.monotonic()
    try:
        path = download_model(
            wanted,
            conn=HubConnection(f"http://127.0.0.1:{port}", None),
            policy=OFFLINE,
            on_retry=on_retry,
            reuse_hf_cache=False,
        )
    finally:
        for server in back:
            server.stop()
    first_at, first = seen[0]
    assert first_at - start < 1.0, "offline is said at once, not after the retries"
    assert first.offline and first.kind == "offline"
    assert first.error.kind == "hub_offline"
    assert [r.kind for _, r in seen] == ["offline"] * 6, "nothing more once the hub answered"
    assert [r.attempt for _, r in seen] == [1, 2, 3, 4, 5, 6]
    assert [r.wait_s for _, r in seen] == [0.05, 0.1, 0.2, 0.2, 0.2, 0.2], "doubles, capped"
    for (reported, retry), (next_reported, _) in itertools.pairwise(seen):
        assert retry.at == pytest.approx(reported + retry.wait_s, abs=0.05)
        assert next_reported >= retry.at - 0.01, "each wait is waited out"
    assert path == final_path(wanted.files[0])
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    assert [r.range for r in state.content_requests()] == [None]
    assert not partial_path(wanted.files[0]).exists()


def test_a_line_down_mid_file_waits_offline_and_resumes_from_the_bytes_on_disk(
    hub: HubServer, gguf_files: Files
) -> None:
    wanted = next(m for m in list_model_files(REPO) if m.quant == "Q4_K_M")
    port = hub.server_address[1]
    hub.hub.plan(REPO, Q4, Fault(drop_at=800_000))
    kept: list[int] = []
    seen: list[Retrying] = []
    back: list[HubServer] = []

    def line_goes_down(done: int, _total: int) -> None:
        if done >= 800_000 and not kept:
            kept.append(done)
            hub.stop()

    def on_retry(retry: Retrying) -> None:
        seen.append(retry)
        if retry.offline:
            # Half a file waits on disk; it is not a model until it is whole and checked.
            assert partial_path(wanted.files[0]).stat().st_size == 800_000
            assert not final_path(wanted.files[0]).exists()
        if sum(r.offline for r in seen) == 3:
            back.append(HubServer(hub.hub, port=port).start())

    try:
        path = download_model(
            wanted,
            conn=HubConnection(hub.url, None),
            policy=OFFLINE,
            on_progress=line_goes_down,
            on_retry=on_retry,
        )
    finally:
        for server in back:
            server.stop()
    assert sum(r.offline for r in seen) == 3
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    first, resumed = hub.hub.content_requests(Q4)
    assert first.range is None and resumed.range == "bytes=800000-"


def test_cancel_while_offline_stops_at_once_and_deletes_the_partial_file(
    gguf_files: Files,
) -> None:
    wanted = q4_model(gguf_files)
    control = Control()
    seen: list[Retrying] = []
    slow = RetryPolicy(offline_base_delay_s=30.0)  # a long wait: the cancel cuts it short

    def on_retry(retry: Retrying) -> None:
        seen.append(retry)
        threading.Timer(0.1, control.cancel).start()

    start = time.monotonic()
    with pytest.raises(Stopped) as stopped:
        download_model(
            wanted,
            conn=HubConnection(f"http://127.0.0.1:{closed_port()}", None),
            policy=slow,
            control=control,
            on_retry=on_retry,
            reuse_hf_cache=False,
        )
    assert stopped.value.reason == "cancelled"
    assert time.monotonic() - start < 5
    assert [r.wait_s for r in seen] == [30.0]
    assert not partial_path(wanted.files[0]).exists()


def test_other_failures_are_retried_as_before_not_as_offline(
    hub: HubServer, gguf_files: Files
) -> None:
    wanted = next(m for m in list_model_files(REPO) if m.quant == "Q4_K_M")
    hub.hub.plan(REPO, Q4, Fault(status=503), Fault(drop_at=500_000))
    seen: list[Retrying] = []
    path = download_model(
        wanted, conn=HubConnection(hub.url, None), policy=OFFLINE, on_retry=seen.append
    )
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    assert [(r.kind, r.error.kind, r.attempt) for r in seen] == [
        ("retry", "hub_server_error", 1),
        ("retry", "hub_offline", 1),  # a line dropped after bytes came: counted anew
    ]


def test_the_queue_shows_offline_then_progress_once_bytes_flow(
    gguf_files: Files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-cache"))  # not the real one
    port = closed_port()
    state = hub_state(gguf_files)
    state.plan(REPO, Q4, Fault(rate=3_000_000))  # about a second: progress is seen
    manager = DownloadManager(
        conn=HubConnection(f"http://127.0.0.1:{port}", None),
        policy=OFFLINE,
        report_interval_s=0.05,
    )
    seen: list[DownloadStatus] = []
    manager.subscribe(seen.append)
    back: list[HubServer] = []
    try:
        job = manager.add(q4_model(gguf_files))
        deadline = time.monotonic() + 5
        while not any(s.waiting is not None for s in seen):
            assert time.monotonic() < deadline, "offline was said at once"
            time.sleep(0.01)
        waiting = manager.status(job)
        assert waiting.state is JobState.DOWNLOADING
        assert waiting.waiting is not None and waiting.waiting.offline
        assert waiting.done == 0 and waiting.speed == 0 and waiting.eta_s is None
        back.append(HubServer(state, port=port).start())
        final = manager.wait(job, timeout=20)
    finally:
        manager.close()
        for server in back:
            server.stop()
    assert final.state is JobState.DONE and final.waiting is None
    assert final.path is not None and sha256_of(final.path) == sha256_of(gguf_files.q4)
    flowing = [s for s in seen if s.state is JobState.DOWNLOADING and s.done > 0]
    assert flowing and all(s.waiting is None for s in flowing), "bytes flow: no longer offline"
    last_offline = max(i for i, s in enumerate(seen) if s.waiting is not None)
    assert seen[last_offline].done == 0
