"""Downloading one model: its files fetched, verified, then put in place together.

Files arrive in `models/.partial/OWNER/REPO/...gguf.part` (never listed as
models: they do not end in .gguf) and move to `models/OWNER/REPO/` only when
every part of the model is whole and matches the hub's SHA-256, so a model
is either listed complete and verified or not at all. Free disk space is
checked before the first byte. A download that stopped for any reason (a
drop, a pause, the app closed or killed) continues from its bytes on disk
the next time it is started; `unfinished_downloads()` finds those.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from hearth import paths
from hearth.hub import HubConnection, RemoteFile, contained
from hearth.library.download_errors import DownloadError
from hearth.library.hub import RemoteModel, current_connection, group_gguf_files
from hearth.library.retry import Retrying, RetryPolicy
from hearth.library.transfer import Control, Stopped, discard, fetch, read_note

log = logging.getLogger(__name__)

PARTIAL_DIR = ".partial"
PART_SUFFIX = ".part"
MODEL_NOTE_SUFFIX = ".download.json"  # which files make up a model being downloaded
# Room left free after a download: a full disk breaks everything else on the computer.
DISK_MARGIN = 256 << 20

ProgressCallback = Callable[[int, int], None]


def final_path(file: RemoteFile, root: Path | None = None) -> Path:
    """Where a finished file lives: models/OWNER/REPO/<path in the repo>, checked to stay
    inside the models folder (hub/names.py: names come from a server)."""
    return contained(root or paths.models_dir(), file.repo_id, file.path)


def partial_path(file: RemoteFile, root: Path | None = None) -> Path:
    target = contained((root or paths.models_dir()) / PARTIAL_DIR, file.repo_id, file.path)
    return target.with_name(target.name + PART_SUFFIX)


def is_finished(file: RemoteFile, root: Path | None = None) -> bool:
    """A final file exists with the right size (it was verified before it was moved there)."""
    target = final_path(file, root)
    return target.is_file() and target.stat().st_size == file.size


def bytes_on_disk(model: RemoteModel, root: Path | None = None) -> int:
    """What is already there for this model, finished parts and partial files."""
    total = 0
    for file in model.files:
        if is_finished(file, root):
            total += file.size
        else:
            part = partial_path(file, root)
            if part.is_file():
                total += min(part.stat().st_size, file.size)
    return total


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
    from hearth.library.discovery import default_locations

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
    _write_model_note(model, root)
    total = model.size
    finished = 0
    pending: list[RemoteFile] = []
    for file in model.files:
        if is_finished(file, root):
            finished += file.size
        else:
            pending.append(file)
    report(finished + sum(_partial_size(f, root) for f in pending), total)
    try:
        for index, file in enumerate(pending):
            later = sum(_partial_size(f, root) for f in pending[index + 1 :])

            def position(done: int, base: int = finished + later) -> None:
                report(base + done, total)

            fetch(
                file,
                partial_path(file, root),
                conn=conn,
                revision=model.revision,
                policy=policy,
                control=control,
                on_position=position,
                on_retry=on_retry,
            )
            finished += file.size
    except Stopped as stop:
        if stop.reason == "cancelled":
            discard_partials(model, root)
        raise
    # Every part is whole and verified: only now do they become a model.
    for file in pending:
        target = final_path(file, root)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = partial_path(file, root)
        os.replace(part, target)
        discard(part, lock=True)
    _model_note(model, root).unlink(missing_ok=True)
    _prune_empty(partial_path(model.files[0], root).parent, root / PARTIAL_DIR)
    log.info("Downloaded %s from %s", model.display_name, model.repo_id)
    return final_path(model.files[0], root)


def _partial_size(file: RemoteFile, root: Path) -> int:
    part = partial_path(file, root)
    note = read_note(part)
    if note is None or note.get("sha256") != file.sha256 or not part.is_file():
        return 0
    return min(part.stat().st_size, file.size)


def _prune_empty(folder: Path, stop: Path) -> None:
    """Remove empty folders from `folder` up to (not including) `stop`."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def discard_partials(model: RemoteModel, root: Path | None = None) -> None:
    """Delete the partial files of a cancelled download."""
    root = root or paths.models_dir()
    _model_note(model, root).unlink(missing_ok=True)
    for file in model.files:
        part = partial_path(file, root)
        discard(part, lock=True)
        _prune_empty(part.parent, root / PARTIAL_DIR)


def _model_note(model: RemoteModel, root: Path) -> Path:
    first = partial_path(model.files[0], root)
    return first.with_name(first.name[: -len(PART_SUFFIX)] + MODEL_NOTE_SUFFIX)


def _write_model_note(model: RemoteModel, root: Path) -> None:
    note = {
        "repo_id": model.repo_id,
        "revision": model.revision,
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in model.files],
    }
    target = _model_note(model, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(note), encoding="utf-8")


def unfinished_downloads(root: Path | None = None) -> list[RemoteModel]:
    """Downloads that stopped before they were complete (to offer resuming them)."""
    root = root or paths.models_dir()
    base = root / PARTIAL_DIR
    models: list[RemoteModel] = []
    for note_file in sorted(base.rglob(f"*{MODEL_NOTE_SUFFIX}")) if base.is_dir() else []:
        try:
            note = json.loads(note_file.read_text(encoding="utf-8"))
            repo_id = str(note["repo_id"])
            files = [
                RemoteFile(repo_id, str(f["path"]), int(f["size"]), str(f["sha256"]))
                for f in note["files"]
            ]
            revision = str(note.get("revision") or "main")
        except (OSError, ValueError, KeyError, TypeError):
            log.info("Ignoring an unreadable download note %s", note_file)
            continue
        models.extend(group_gguf_files(repo_id, files, revision))
    return models
