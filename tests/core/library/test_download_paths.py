"""The hub's CDN redirect, models already in the HF cache, one downloader per file."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from hearth.hub import HubConnection
from hearth.library.download_errors import DownloadError
from hearth.library.downloads import download_model
from hearth.library.hub import RemoteModel, list_model_files
from hearth.library.partials import partial_path
from hearth.library.transfer import Control, Stopped
from tests.core.library.conftest import FAST, Q4, REPO, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer


def q4() -> RemoteModel:
    return next(m for m in list_model_files(REPO) if m.quant == "Q4_K_M")


def test_redirect_to_the_cdn_keeps_ranges_and_not_the_token(
    hub: HubServer, gguf_files: Files, tmp_path: Path
) -> None:
    from huggingface_hub import hf_hub_download

    cdn = HubServer(hub.hub).start()  # another origin, like cas-bridge.xethub.hf.co
    try:
        hub.hub.cdn_url = cdn.url
        hub.hub.repos[REPO].gated = True
        hub.hub.repos[REPO].tokens.add("hf_ok")
        hub.hub.plan(REPO, Q4, Fault(drop_at=1_234_567))
        path = download_model(q4(), conn=HubConnection(hub.url, "hf_ok"), policy=FAST)
        assert sha256_of(path) == sha256_of(gguf_files.q4)
        resolves = [r for r in hub.hub.requests if "/resolve/" in r.path]
        assert resolves and all(r.status == 302 and r.authorized for r in resolves)
        content = hub.hub.content_requests(Q4)
        assert [(r.path.startswith("/cdn/"), r.range) for r in content] == [
            (True, None),
            (True, "bytes=1234567-"),
        ]
        assert not any(r.authorized for r in content), "the token never leaves the hub"
        # huggingface_hub reads the same layout the same way (HEAD stops at the 302).
        got = hf_hub_download(REPO, Q4, cache_dir=tmp_path / "hf", endpoint=hub.url, token="hf_ok")
        assert sha256_of(Path(got)) == sha256_of(gguf_files.q4)
    finally:
        cdn.stop()


def test_a_model_in_the_hf_cache_is_used_there(hub: HubServer, gguf_files: Files) -> None:
    from huggingface_hub import hf_hub_download

    cached = Path(hf_hub_download(REPO, Q4, cache_dir=os.environ["HF_HUB_CACHE"], endpoint=hub.url))
    before = len(hub.hub.content_requests())
    seen: list[tuple[int, int]] = []
    path = download_model(
        q4(), conn=HubConnection(hub.url, None), on_progress=lambda *a: seen.append(a)
    )
    assert path == cached, "the cache's file, not a copy"
    assert len(hub.hub.content_requests()) == before
    assert seen == [(q4().size, q4().size)]
    fresh = download_model(q4(), conn=HubConnection(hub.url, None), reuse_hf_cache=False)
    assert fresh != cached and sha256_of(fresh) == sha256_of(gguf_files.q4)


def test_one_downloader_per_file(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=300_000))
    wanted = q4()
    first = Control()
    started = threading.Event()

    ended: list[BaseException | None] = []

    def slow_download() -> None:
        # What happened is checked on the test's thread: an assert here would only warn.
        try:
            download_model(
                wanted,
                conn=HubConnection(hub.url, None),
                control=first,
                on_progress=lambda d, _t: started.set() if d > 50_000 else None,
            )
            ended.append(None)
        except BaseException as exc:
            ended.append(exc)

    worker = threading.Thread(target=slow_download)
    worker.start()
    try:
        assert started.wait(10)
        with pytest.raises(DownloadError) as caught:
            download_model(wanted, conn=HubConnection(hub.url, None), policy=FAST)
        assert caught.value.kind == "download_busy"
        assert "already being downloaded" in str(caught.value)
    finally:
        first.pause()
        worker.join(10)
    assert not worker.is_alive()
    assert len(ended) == 1 and isinstance(ended[0], Stopped), ended
    assert partial_path(wanted.files[0]).stat().st_size > 50_000
