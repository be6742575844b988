"""Downloads from the local hub: whole, verified, resumed; nothing half-written is listed."""

from __future__ import annotations

import hashlib
import random
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from hearth.gguf import read_metadata
from hearth.hub import HubConnection, HubError
from hearth.library import list_installed
from hearth.library.download_errors import DownloadError
from hearth.library.downloads import download_model, unfinished_downloads
from hearth.library.hub import RemoteModel, list_model_files
from hearth.library.partials import final_path, partial_path
from hearth.library.transfer import Control, Stopped
from tests.core.library.conftest import (
    FAST,
    Q4,
    REPO,
    SPLIT,
    STARTER_FILE,
    STARTER_REPO,
    Files,
)
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer


def model(quant: str = "Q4_K_M", repo: str = REPO) -> RemoteModel:
    return next(m for m in list_model_files(repo) if m.quant == quant)


def conn(hub: HubServer) -> HubConnection:
    return HubConnection(hub.url, None)


def own_models() -> list[str]:
    return [m.path.name for m in list_installed(discover=False) if m.source == "hearth"]


def test_real_gguf_arrives_verified_and_is_listed(hub: HubServer, starter_model: Path) -> None:
    hub.hub.add_file(STARTER_REPO, STARTER_FILE, starter_model)
    wanted = model("Q4_1", STARTER_REPO)
    seen: list[tuple[int, int]] = []
    path = download_model(wanted, conn=conn(hub), on_progress=lambda d, t: seen.append((d, t)))
    assert path == final_path(wanted.files[0])
    assert sha256_of(path) == sha256_of(starter_model)
    assert read_metadata(path, keys=("general.architecture",))["general.architecture"] == "llama"
    assert seen[-1] == (wanted.size, wanted.size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen), "progress only grows"
    listed = {m.path: m for m in list_installed(discover=False)}
    assert listed[path].source == "hearth"
    assert listed[path].display_name == "SmolLM2 135M Instruct · Q4_1"
    assert not (path.parent.parent.parent / ".partial").exists() or not any(
        (path.parent.parent.parent / ".partial").rglob("*")
    ), "no partial files are left behind"


def test_huggingface_hub_itself_downloads_from_the_test_hub(
    hub: HubServer, tmp_path: Path, gguf_files: Files
) -> None:
    """The server speaks the protocol the real library expects (so the bench compares fairly)."""
    from huggingface_hub import hf_hub_download

    got = hf_hub_download(REPO, Q4, cache_dir=tmp_path / "hf", endpoint=hub.url)
    assert Path(got).read_bytes() == gguf_files.q4.read_bytes()


def test_drops_at_random_offsets_complete_without_fetching_bytes_twice(
    hub: HubServer, gguf_files: Files
) -> None:
    size = gguf_files.q4.stat().st_size
    offsets = sorted(random.Random(5).sample(range(1, size), 4))
    hub.hub.plan(REPO, Q4, *(Fault(drop_at=o) for o in offsets))
    path = download_model(model(), conn=conn(hub), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    assert hub.hub.served[(REPO, Q4)] == size, "every byte was served exactly once"
    ranges = [r.range for r in hub.hub.content_requests(Q4)]
    assert ranges == [None] + [f"bytes={o}-" for o in offsets]


def test_server_ignoring_range_restarts_cleanly(hub: HubServer, gguf_files: Files) -> None:
    hub.hub.plan(REPO, Q4, Fault(drop_at=1_000_000), Fault(ignore_range=True))
    path = download_model(model(), conn=conn(hub), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)


@pytest.mark.parametrize("corrupt_on", ["first", "after_resume"])
def test_wrong_bytes_are_rejected_and_never_listed(
    hub: HubServer, corrupt_on: str, gguf_files: Files
) -> None:
    faults = [Fault(corrupt=True)]
    if corrupt_on == "after_resume":
        faults = [Fault(drop_at=1_500_000), Fault(corrupt=True)]
    hub.hub.plan(REPO, Q4, *faults)
    wanted = model()
    with pytest.raises(DownloadError) as caught:
        download_model(wanted, conn=conn(hub), policy=FAST)
    assert caught.value.kind == "download_corrupt"
    assert caught.value.params["expected"] == hub.hub.repos[REPO].files[Q4].sha256
    assert "arrived damaged" in str(caught.value)
    assert not final_path(wanted.files[0]).exists()
    assert not partial_path(wanted.files[0]).exists(), "damaged bytes are not kept to resume"
    assert Q4 not in own_models()
    # A second try fetches it whole and correct.
    path = download_model(wanted, conn=conn(hub), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)


def test_split_model_downloads_and_verifies_as_one(hub: HubServer, gguf_files: Files) -> None:
    wanted = model("F16")
    hub.hub.plan(REPO, SPLIT[1], Fault(drop_at=600_000))
    path = download_model(wanted, conn=conn(hub), policy=FAST)
    assert path.name == Path(SPLIT[0]).name
    (listed,) = [m for m in list_installed(discover=False) if m.source == "hearth"]
    assert listed.path == path
    assert len(listed.parts) == 3
    assert listed.size_bytes == wanted.size
    assert listed.quant == "F16"
    for part, source in zip(listed.parts, gguf_files.split, strict=True):
        assert sha256_of(part) == sha256_of(source)


def test_a_bad_part_keeps_the_whole_split_model_out_of_the_library(hub: HubServer) -> None:
    wanted = model("F16")
    hub.hub.plan(REPO, SPLIT[2], Fault(corrupt=True))
    with pytest.raises(DownloadError):
        download_model(wanted, conn=conn(hub), policy=FAST)
    assert own_models() == []
    assert not any(final_path(f).exists() for f in wanted.files)
    # The two good parts wait, verified, for the next try: only part 3 is fetched again.
    served_before = dict(hub.hub.served)
    download_model(wanted, conn=conn(hub), policy=FAST)
    assert {k: hub.hub.served[k] - served_before.get(k, 0) for k in hub.hub.served} == {
        (REPO, SPLIT[0]): 0,
        (REPO, SPLIT[1]): 0,
        (REPO, SPLIT[2]): wanted.files[2].size,
    }
    assert len(own_models()) == 1


def test_cancel_deletes_partial_files_pause_keeps_them(hub: HubServer) -> None:
    wanted = model()
    hub.hub.plan(REPO, Q4, Fault(rate=400_000), Fault(rate=400_000))
    control = Control()

    def stop_after_some(done: int, _total: int) -> None:
        if done > 200_000:
            control.pause()

    with pytest.raises(Stopped) as caught:
        download_model(wanted, conn=conn(hub), control=control, on_progress=stop_after_some)
    assert caught.value.reason == "paused"
    part = partial_path(wanted.files[0])
    assert part.stat().st_size > 200_000
    assert unfinished_downloads() == [wanted]

    control = Control()
    with pytest.raises(Stopped):
        download_model(
            wanted,
            conn=conn(hub),
            control=control,
            on_progress=lambda d, _t: control.cancel() if d > 400_000 else None,
        )
    assert not part.exists()
    assert unfinished_downloads() == []
    assert own_models() == []


def test_no_disk_space_is_refused_before_any_byte(
    hub: HubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(DownloadError) as caught:
        download_model(model(), conn=conn(hub), policy=FAST)
    assert caught.value.kind == "disk_space"
    assert caught.value.params["free"] == 1000
    assert "Not enough free disk space" in str(caught.value)
    assert hub.hub.content_requests() == []


def test_disk_filling_up_mid_download_keeps_what_arrived(hub: HubServer, gguf_files: Files) -> None:
    """A tiny quota: writes fail with ENOSPC past 2.5 MB, as on a full file system."""
    import builtins
    import errno

    from hearth.library import transfer

    quota = 2_500_000
    real_open = builtins.open

    class Quota:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> Quota:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

        def write(self, data: bytes) -> int:
            if self.handle.tell() + len(data) > quota:  # type: ignore[attr-defined]
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)  # type: ignore[attr-defined, no-any-return]

    def quota_open(file: object, mode: str = "r", *args: object, **kw: object) -> object:
        handle = real_open(file, mode, *args, **kw)  # type: ignore[call-overload]
        return Quota(handle) if "+" in mode else handle

    wanted = model()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transfer, "open", quota_open, raising=False)
        with pytest.raises(DownloadError) as caught:
            download_model(wanted, conn=conn(hub), policy=FAST)
    assert caught.value.kind == "disk_full"
    kept = partial_path(wanted.files[0]).stat().st_size
    assert 0 < kept <= quota
    served = hub.hub.served[(REPO, Q4)]
    path = download_model(wanted, conn=conn(hub), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    assert hub.hub.content_requests(Q4)[-1].range == f"bytes={kept}-"
    assert hub.hub.served[(REPO, Q4)] - served == wanted.size - kept


def test_a_changed_file_on_the_hub_starts_over(hub: HubServer, tmp_path: Path) -> None:
    wanted = model()
    hub.hub.plan(REPO, Q4, Fault(drop_at=1_000_000), Fault(status=404))
    with pytest.raises(HubError):  # stopped by the planned 404
        download_model(wanted, conn=conn(hub), policy=FAST)
    assert partial_path(wanted.files[0]).stat().st_size == 1_000_000
    new = tmp_path / Q4
    new.write_bytes(b"GGUF" + hashlib.sha256(b"v2").digest() * 1000)
    hub.hub.add_file(REPO, Q4, new)
    path = download_model(model(), conn=conn(hub), policy=FAST)
    assert path.read_bytes() == new.read_bytes()
    assert hub.hub.content_requests(Q4)[-1].range is None
