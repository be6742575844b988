"""A download's files on disk, from the first byte until they are a model.

Files arrive in `models/.partial/OWNER/REPO/...gguf.part` (never listed as
models: they do not end in .gguf), each beside a small JSON note of what it
is (`.part.json`) and a lock (`.part.lock`) that keeps a second window or
`hearth pull` off it; a note per model (`.download.json`) lists its files,
so a download that stopped for any reason (a drop, a pause, the app closed
or killed) is found again (`unfinished_downloads()`) and continues from the
bytes on disk. Only when every part of a model is whole and verified do the
parts move to `models/OWNER/REPO/` (`put_in_place()`), so a model is either
listed complete and verified or not at all. This module is the one that
knows these names; transfer.py fills a part, model_download.py decides when.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.hub import RemoteFile, contained
from hearth.library.download_errors import DownloadError
from hearth.library.hub import RemoteModel, group_gguf_files

log = logging.getLogger(__name__)

PARTIAL_DIR = ".partial"
PART_SUFFIX = ".part"
MODEL_NOTE_SUFFIX = ".download.json"  # which files make up a model being downloaded
READ_BLOCK = 4 << 20  # for re-hashing the bytes already on disk


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


def resumable_bytes(file: RemoteFile, root: Path) -> int:
    """The bytes of `file` a download will continue from (a partial file of this very file)."""
    part = partial_path(file, root)
    note = _read_note(part)
    if note is None or note.get("sha256") != file.sha256 or not part.is_file():
        return 0
    return min(part.stat().st_size, file.size)


def _note_path(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def _read_note(part: Path) -> dict[str, Any] | None:
    try:
        note = json.loads(_note_path(part).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def _lock_path(part: Path) -> Path:
    return part.with_name(part.name + ".lock")


@contextmanager
def exclusive(part: Path) -> Iterator[None]:
    """Hold the partial file for this process: a second window or `hearth pull` is refused."""
    lock = _lock_path(part)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DownloadError(
                "download_busy",
                f"{part.name.removesuffix('.part')} is already being downloaded by another "
                "Hearth window or command.",
                file=part.name.removesuffix(".part"),
            ) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def resume(file: RemoteFile, part: Path, revision: str) -> tuple[int, Any]:
    """Bytes already on disk that belong to this file, and the SHA-256 of them so far.

    A partial file of something else (another file, another version of it), or
    longer than the file, is started over; the note is (re)written either way.
    """
    note = _read_note(part)
    expected = {
        "repo_id": file.repo_id,
        "path": file.path,
        "size": file.size,
        "sha256": file.sha256,
    }
    if note is None or any(note.get(k) != v for k, v in expected.items()):
        discard(part)
    digest = hashlib.sha256()
    done = part.stat().st_size if part.exists() else 0
    if done > file.size:
        discard(part)
        done = 0
    if done:
        with open(part, "rb") as handle:
            while block := handle.read(READ_BLOCK):
                digest.update(block)
        log.info("Resuming %s/%s at %d of %d bytes", file.repo_id, file.path, done, file.size)
    part.parent.mkdir(parents=True, exist_ok=True)
    _note_path(part).write_text(json.dumps({**expected, "revision": revision}), encoding="utf-8")
    part.touch()
    return done, digest


def discard(part: Path, *, lock: bool = False) -> None:
    """Delete a partial file and its note (and its lock file, once nobody holds it)."""
    part.unlink(missing_ok=True)
    _note_path(part).unlink(missing_ok=True)
    if lock:
        _lock_path(part).unlink(missing_ok=True)


def _model_note(model: RemoteModel, root: Path) -> Path:
    first = partial_path(model.files[0], root)
    return first.with_name(first.name[: -len(PART_SUFFIX)] + MODEL_NOTE_SUFFIX)


def note_model(model: RemoteModel, root: Path) -> None:
    """Say which files make up `model`, so an unfinished download can be found again."""
    note = {
        "repo_id": model.repo_id,
        "revision": model.revision,
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in model.files],
    }
    target = _model_note(model, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(note), encoding="utf-8")


def put_in_place(model: RemoteModel, fetched: list[RemoteFile], root: Path) -> Path:
    """Move the verified parts of `model` to where models live; return its (first) file."""
    for file in fetched:
        target = final_path(file, root)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = partial_path(file, root)
        os.replace(part, target)
        discard(part, lock=True)
    _model_note(model, root).unlink(missing_ok=True)
    _prune_empty(partial_path(model.files[0], root).parent, root / PARTIAL_DIR)
    return final_path(model.files[0], root)


def discard_partials(model: RemoteModel, root: Path | None = None) -> None:
    """Delete the partial files of a cancelled download."""
    root = root or paths.models_dir()
    _model_note(model, root).unlink(missing_ok=True)
    for file in model.files:
        part = partial_path(file, root)
        discard(part, lock=True)
        _prune_empty(part.parent, root / PARTIAL_DIR)


def _prune_empty(folder: Path, stop: Path) -> None:
    """Remove empty folders from `folder` up to (not including) `stop`."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


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
