"""Downloading one model: its files fetched, verified, then put in place together.

The files arrive as partial files (partials.py: where, their notes, and the
move into place) filled by transfer.py, and become a model only when every
part is whole and matches the hub's SHA-256. Free disk space is checked
before the first byte; a model the Hugging Face cache already holds is used
where it is. A download that stopped for any reason (a drop, a pause, the app
closed or killed) continues from its bytes on disk the next time it is
started; `unfinished_downloads()` finds those.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from hearth import paths
from hearth.hub import HubConnection, RemoteFile
from hearth.library.discovery import default_locations
from hearth.library.download_errors import DownloadError
from hearth.library.hub import RemoteModel, current_connection
from hearth.library.partials import (
    bytes_on_disk,
    discard_partials,
    is_finished,
    note_model,
    partial_path,
    put_in_place,
    resumable_bytes,
)
from hearth.library.partials import (
    unfinished_downloads as unfinished_downloads,  # ui/library_ui.py finds it here
)
from hearth.library.retry import Retrying, RetryPolicy
from hearth.library.transfer import Control, Stopped, fetch

log = logging.getLogger(__name__)

# Room left free after a download: a full disk breaks everything else on the computer.
DISK_MARGIN = 256 << 20

ProgressCallback = Callable[[int, int], None]
FetchOne = Callable[[RemoteFile, Callable[[int], None]], None]


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(n) < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"  # pragma: no cover - the loop always returns


def check_disk_space(model: RemoteModel, root: Path | None = None) -> None:
    """Refuse, before any byte is fetched, a model that would not fit on the disk."""
    root = root or paths.models_dir()
    needed = model.size - bytes_on_disk(model, root)
    if needed <= 0:
        return
    free = shutil.disk_usage(root).free
    if free - needed < DISK_MARGIN:
        raise DownloadError(
            "disk_space",
            f"Not enough free disk space for {model.display_name}: it needs "
            f"{human_size(needed + DISK_MARGIN)} (with a little room to spare) and "
            f"{root} has {human_size(free)} free. Free some space or delete a model you "
            "no longer use, then try again.",
            name=model.display_name,
            needed=needed + DISK_MARGIN,
            free=free,
            folder=str(root),
        )


def in_hf_cache(model: RemoteModel) -> Path | None:
    """The model's first file where the Hugging Face cache already holds every part, else None.

    The cache names blobs by their SHA-256 (the LFS hash the hub lists), so
    a match is the very same bytes, already verified; it is used in place.
    """
    folder = "models--" + model.repo_id.replace("/", "--")
    for location in default_locations():
        if location.source != "huggingface":
            continue
        repo = location.root / folder
        blobs = [repo / "blobs" / f.sha256 for f in model.files if f.sha256]
        if len(blobs) != len(model.files) or not all(
            b.is_file() and b.stat().st_size == f.size
            for b, f in zip(blobs, model.files, strict=True)
        ):
            continue
        first = PurePosixPath(model.files[0].path).parts
        for snapshot in sorted((repo / "snapshots").glob("*")):
            candidate = snapshot.joinpath(*first)
            if candidate.is_file() and candidate.resolve() == blobs[0].resolve():
                return candidate
    return None


def download_model(
    model: RemoteModel,
    *,
    conn: HubConnection | None = None,
    policy: RetryPolicy | None = None,
    control: Control | None = None,
    on_progress: ProgressCallback | None = None,
    on_retry: Callable[[Retrying], None] | None = None,
    root: Path | None = None,
    reuse_hf_cache: bool = True,
) -> Path:
    """Download and verify every file of `model`; return the path of its (first) file.

    Blocks until done. `on_progress(done, total)` counts the model's bytes on
    disk, so a resumed download starts where it left off. `on_retry(Retrying)`
    says a try failed and when the next one starts; while the hub cannot be
    reached ("offline") that is said at once and the download waits for it,
    retrying until it answers or `control` stops it. Raises HearthError
    (HubError, DownloadError) on failure, transfer.Stopped when `control`
    paused or cancelled it; partial files stay for the next try unless
    cancelled. A model the Hugging Face cache already holds is not fetched
    again: its path there is returned.
    """
    root = root or paths.models_dir()
    control = control or Control()
    report = on_progress or (lambda _done, _total: None)
    cached = in_hf_cache(model) if reuse_hf_cache else None
    if cached is not None and not all(is_finished(f, root) for f in model.files):
        log.info("%s is already in the Hugging Face cache: %s", model.display_name, cached)
        report(model.size, model.size)
        return cached
    conn = conn or current_connection()
    if not model.complete:
        raise DownloadError(
            "download_parts_missing",
            f"{model.display_name} is split into parts and some are missing on the hub.",
            name=model.display_name,
        )
    check_disk_space(model, root)
    note_model(model, root)
    pending = [f for f in model.files if not is_finished(f, root)]

    def fetch_one(file: RemoteFile, on_position: Callable[[int], None]) -> None:
        fetch(
            file,
            partial_path(file, root),
            conn=conn,
            revision=model.revision,
            policy=policy,
            control=control,
            on_position=on_position,
            on_retry=on_retry,
        )

    try:
        _fetch_in_turn(model, pending, root, fetch_one, report)
    except Stopped as stop:
        if stop.reason == "cancelled":
            discard_partials(model, root)
        raise
    # Every part is whole and verified: only now do they become a model.
    path = put_in_place(model, pending, root)
    log.info("Downloaded %s from %s", model.display_name, model.repo_id)
    return path


def _fetch_in_turn(
    model: RemoteModel,
    pending: list[RemoteFile],
    root: Path,
    fetch_one: FetchOne,
    report: ProgressCallback,
) -> None:
    """Fetch the unfinished files one after another, reporting the model's bytes on disk:
    the finished files, the file being fetched, and what later files already hold."""
    finished = model.size - sum(f.size for f in pending)
    report(finished + sum(resumable_bytes(f, root) for f in pending), model.size)
    for index, file in enumerate(pending):
        later = sum(resumable_bytes(f, root) for f in pending[index + 1 :])

        def position(done: int, base: int = finished + later) -> None:
            report(base + done, model.size)

        fetch_one(file, position)
        finished += file.size
