"""One file from the hub into a partial file, resumable and verified.

huggingface_hub (checked against 2.4) downloads into a temporary file named
per process and deletes it when the download fails, so nothing survives a
dropped line that its own retries cannot bridge, nor a closed or killed app.
Hearth keeps its own partial file next to a small JSON note of what it is,
continues it with HTTP Range requests from the bytes on disk, and hashes
every byte on the way (re-reading the bytes already on disk after a restart),
so the SHA-256 is known the moment the last byte lands. It still uses
huggingface_hub's HTTP session, headers and URLs, so proxies, the user agent
and mirrors behave as they do for the library. A hub that cannot be reached
at all is said at once (`on_retry`) and waited for as long as it takes
(retry.py); the bytes already on disk are continued when it answers.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hearth.errors import HearthError
from hearth.hub import HubConnection, RemoteFile, file_url
from hearth.hub import errors as hub_errors
from hearth.hub.errors import RETRY_STATUSES
from hearth.library.download_errors import DownloadError, disk_full
from hearth.library.retry import Backoff, Retrying, RetryPolicy, seconds_to_wait

log = logging.getLogger(__name__)

READ_BLOCK = 4 << 20  # for re-hashing the bytes already on disk
WRITE_BLOCK = 1 << 20


class Stopped(Exception):  # noqa: N818 - a pause or a cancel, not an error
    """The download was paused or cancelled from another thread."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Control:
    """Pause or cancel a running download from any thread.

    Stopping also closes the HTTP response in flight, so a stalled server does
    not hold the download until its read timeout.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._response: Any = None
        self.reason = ""

    def pause(self) -> None:
        self._stop("paused")

    def cancel(self) -> None:
        self._stop("cancelled")

    def _stop(self, reason: str) -> None:
        with self._lock:
            if not self.reason or reason == "cancelled":
                self.reason = reason
            response = self._response
        self._event.set()
        if response is not None:
            try:
                response.close()
            except Exception as exc:  # closing from another thread is best effort
                log.debug("Closing the response to stop a download: %s", exc)

    @property
    def stopped(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Stopped(self.reason)

    def sleep(self, seconds: float) -> None:
        """Wait `seconds`, or less when stopped (then raise Stopped)."""
        if self._event.wait(max(0.0, seconds)):
            raise Stopped(self.reason)

    def attach(self, response: Any) -> None:
        with self._lock:
            self._response = response
        if self._event.is_set():
            response.close()

    def detach(self) -> None:
        with self._lock:
            self._response = None


class _RetryableError(Exception):
    """A failure worth another try (after Retry-After seconds when the server said)."""

    def __init__(self, error: HearthError, retry_after: str) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


def note_path(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def read_note(part: Path) -> dict[str, Any] | None:
    try:
        note = json.loads(note_path(part).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def discard(part: Path, *, lock: bool = False) -> None:
    """Delete a partial file and its note (and its lock file, once nobody holds it)."""
    part.unlink(missing_ok=True)
    note_path(part).unlink(missing_ok=True)
    if lock:
        lock_path(part).unlink(missing_ok=True)


def lock_path(part: Path) -> Path:
    return part.with_name(part.name + ".lock")


@contextmanager
def exclusive(part: Path) -> Iterator[None]:
    """Hold the partial file for this process: a second window or `hearth pull` is refused."""
    lock = lock_path(part)
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


def _start(file: RemoteFile, part: Path, revision: str) -> tuple[int, Any]:
    """Bytes already on disk that belong to this file, and the hash of them."""
    note = read_note(part)
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
    note_path(part).write_text(json.dumps({**expected, "revision": revision}), encoding="utf-8")
    part.touch()
    return done, digest


def _content_start(headers: Any) -> int | None:
    value = headers.get("Content-Range", "")
    try:
        return int(value.split()[1].split("-")[0])
    except (IndexError, ValueError):
        return None


def fetch(
    file: RemoteFile,
    part: Path,
    *,
    conn: HubConnection,
    revision: str = "main",
    policy: RetryPolicy | None = None,
    control: Control | None = None,
    on_position: Callable[[int], None] | None = None,
    on_retry: Callable[[Retrying], None] | None = None,
) -> None:
    """Bring `part` to the whole file and check its SHA-256, or raise a HearthError.

    Stopped is raised when `control` pauses or cancels; the partial file stays
    (the caller deletes it on cancel). A file whose hash does not match is
    deleted. `on_position(bytes_on_disk)` is called as bytes arrive, and
    `on_retry(Retrying)` each time a try failed and another is waited for
    (offline: at once, and as long as the hub cannot be reached). Only one
    fetch at a time may work on a partial file (DownloadError "download_busy").
    """
    with exclusive(part):
        _fetch(file, part, conn, revision, policy, control, on_position, on_retry)


def _fetch(
    file: RemoteFile,
    part: Path,
    conn: HubConnection,
    revision: str,
    policy: RetryPolicy | None,
    control: Control | None,
    on_position: Callable[[int], None] | None,
    on_retry: Callable[[Retrying], None] | None,
) -> None:
    import httpx2
    from huggingface_hub.utils import get_session

    policy = policy or RetryPolicy()
    control = control or Control()
    report = on_position or (lambda _done: None)
    url = file_url(conn, file.repo_id, file.path, revision)
    base_headers = conn.headers()
    base_headers["Accept-Encoding"] = "identity"
    has_token = "authorization" in {k.lower() for k in base_headers}
    timeout = httpx2.Timeout(policy.read_timeout_s, connect=policy.connect_timeout_s)

    done, digest = _start(file, part, revision)
    report(done)
    backoff = Backoff(policy)
    while done < file.size or file.size == 0:
        control.check()
        headers = dict(base_headers)
        if done:
            headers["Range"] = f"bytes={done}-"
        wait = 0.0
        progressed = False
        unreachable = False
        try:
            with get_session().stream("GET", url, headers=headers, timeout=timeout) as response:
                control.attach(response)
                backoff.reached()
                status = response.status_code
                if status == 416 and done:
                    log.info("The hub refused the range of %s; starting it over", file.path)
                    discard(part)
                    done, digest = _start(file, part, revision)
                    continue
                if status >= 400:
                    refusal = hub_errors.from_status(
                        status,
                        response.headers,
                        repo_id=file.repo_id,
                        filename=file.path,
                        endpoint=conn.endpoint,
                        has_token=has_token,
                    )
                    if status not in RETRY_STATUSES:
                        raise refusal
                    raise _RetryableError(refusal, response.headers.get("Retry-After", ""))
                if done and (status != 206 or _content_start(response.headers) != done):
                    log.info("The server ignored the range for %s; starting it over", file.path)
                    discard(part)
                    done, digest = _start(file, part, revision)
                with open(part, "r+b") as out:
                    out.seek(done)
                    out.truncate()
                    # Written (and hashed) in blocks: a tenth of the system calls of
                    # writing each network read; what arrived is written on any exit.
                    block = bytearray()
                    try:
                        for chunk in response.iter_raw():
                            control.check()
                            block += chunk
                            done += len(chunk)
                            progressed = True
                            if len(block) >= WRITE_BLOCK:
                                digest.update(block)
                                out.write(block)
                                block.clear()
                            report(done)
                            if done > file.size:
                                break
                    finally:
                        digest.update(block)
                        out.write(block)
            if file.size == 0 or done >= file.size:
                break
            raise _RetryableError(
                hub_errors.offline(conn.endpoint, "the connection closed early"), ""
            )
        except Stopped:
            raise
        except HearthError:
            raise
        except OSError as exc:  # the network's errors come as httpx2 errors: this is the disk
            if control.stopped:
                raise Stopped(control.reason) from None
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise disk_full(part.parent, exc) from None
            raise DownloadError(
                "download_write_failed",
                f"Hearth could not write the download to {part.parent}: {exc.strerror or exc}.",
                folder=str(part.parent),
                detail=str(exc),
            ) from None
        except _RetryableError as retry:
            error: HearthError = retry.error
            wait = seconds_to_wait(retry.retry_after, policy)
            log.warning("Download of %s: %s; retrying", file.path, error.kind)
        except httpx2.HTTPError as exc:
            if control.stopped:
                raise Stopped(control.reason) from None
            error = hub_errors.offline(conn.endpoint, str(exc))
            # No connection at all (DNS failure, refused, unreachable, connect
            # timeout): offline until it answers. A line that drops once connected
            # is an ordinary retry.
            unreachable = isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout)
            log.warning(
                "Download of %s %s (%s); retrying",
                file.path,
                "cannot reach the hub" if unreachable else "interrupted",
                type(exc).__name__,
            )
        except Exception:
            # A response closed from another thread (pause, cancel) can fail in odd ways.
            if control.stopped:
                raise Stopped(control.reason) from None
            raise
        finally:
            control.detach()
        if progressed:
            backoff.reset()
        next_try = backoff.failed(error, unreachable, wait)
        if next_try is None:
            raise error
        if on_retry is not None:
            on_retry(next_try)
        control.sleep(next_try.wait_s)
    _verify(file, part, done, digest.hexdigest())


def _verify(file: RemoteFile, part: Path, done: int, sha256: str) -> None:
    if done != file.size:
        discard(part)
        raise DownloadError(
            "download_size_mismatch",
            f"{file.filename} arrived with {done} bytes instead of {file.size}, so it was "
            "deleted. Download it again.",
            file=file.filename,
            expected=file.size,
            actual=done,
        )
    if not file.sha256:
        log.info("The hub gave no SHA-256 for %s; only its size was checked", file.path)
        return
    if sha256 != file.sha256.lower():
        discard(part)
        raise DownloadError(
            "download_corrupt",
            f"{file.filename} arrived damaged (its SHA-256 does not match the hub's), so it "
            "was deleted. Download it again; if this repeats, the connection or a proxy is "
            "changing the data.",
            file=file.filename,
            expected=file.sha256,
            actual=sha256,
        )
    log.info("Verified %s/%s (sha256 %s)", file.repo_id, file.path, sha256)
