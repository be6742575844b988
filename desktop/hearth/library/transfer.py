"""One file from the hub into a partial file, resumable and verified.

huggingface_hub (checked against 2.4) downloads into a temporary file named
per process and deletes it when the download fails, so nothing survives a
dropped line that its own retries cannot bridge, nor a closed or killed app.
Hearth keeps its own partial file (partials.py: where it lives, its note and
lock), continues it with HTTP Range requests from the bytes on disk, and
hashes every byte on the way (re-reading the bytes already on disk after a
restart), so the SHA-256 is known the moment the last byte lands. It still
uses huggingface_hub's HTTP session, headers and URLs, so proxies, the user
agent and mirrors behave as they do for the library. A hub that cannot be
reached at all is said at once (`on_retry`) and waited for as long as it
takes (retry.py); the bytes already on disk are continued when it answers.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hearth.errors import HearthError
from hearth.hub import HubConnection, RemoteFile, file_url
from hearth.hub import errors as hub_errors
from hearth.hub.errors import RETRY_STATUSES
from hearth.library.download_errors import DownloadError, disk_full
from hearth.library.partials import discard, exclusive, resume
from hearth.library.retry import Backoff, Retrying, RetryPolicy, seconds_to_wait

log = logging.getLogger(__name__)

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
        transfer = _FileTransfer(file, part, conn, revision, policy, control, on_position)
        transfer.run(on_retry)


class _FileTransfer:
    """One fetch(): the request it repeats from the bytes on disk, and those bytes so far.

    `run` tries until the file is whole, `_try` is one GET, `_write` stores what
    it brings; a failed try is either the end (a refusal, the disk) or worth
    another after the backoff's wait.
    """

    def __init__(
        self,
        file: RemoteFile,
        part: Path,
        conn: HubConnection,
        revision: str,
        policy: RetryPolicy | None,
        control: Control | None,
        on_position: Callable[[int], None] | None,
    ) -> None:
        import httpx2

        self.file = file
        self.part = part
        self.conn = conn
        self.revision = revision
        self.policy = policy or RetryPolicy()
        self.control = control or Control()
        self.report = on_position or (lambda _done: None)
        self.url = file_url(conn, file.repo_id, file.path, revision)
        self.headers = conn.headers()
        self.headers["Accept-Encoding"] = "identity"
        self.has_token = "authorization" in {k.lower() for k in self.headers}
        self.timeout = httpx2.Timeout(
            self.policy.read_timeout_s, connect=self.policy.connect_timeout_s
        )
        self.done, self.digest = resume(file, part, revision)
        self.progressed = False  # bytes arrived in this try

    def run(self, on_retry: Callable[[Retrying], None] | None) -> None:
        import httpx2

        file, control = self.file, self.control
        self.report(self.done)
        backoff = Backoff(self.policy)
        while self.done < file.size or file.size == 0:
            control.check()
            wait = 0.0
            unreachable = False
            self.progressed = False
            try:
                if not self._try(backoff):
                    continue  # started over at once
                if file.size == 0 or self.done >= file.size:
                    break
                raise _RetryableError(
                    hub_errors.offline(self.conn.endpoint, "the connection closed early"), ""
                )
            except Stopped:
                raise
            except HearthError:
                raise
            except OSError as exc:  # the network's errors come as httpx2 errors: this is the disk
                if control.stopped:
                    raise Stopped(control.reason) from None
                raise _write_failure(self.part, exc) from None
            except _RetryableError as retry:
                error: HearthError = retry.error
                wait = seconds_to_wait(retry.retry_after, self.policy)
                log.warning("Download of %s: %s; retrying", file.path, error.kind)
            except httpx2.HTTPError as exc:
                if control.stopped:
                    raise Stopped(control.reason) from None
                error, unreachable = self._network_failure(exc)
            except Exception:
                # A response closed from another thread (pause, cancel) can fail in odd ways.
                if control.stopped:
                    raise Stopped(control.reason) from None
                raise
            finally:
                control.detach()
            if self.progressed:
                backoff.reset()
            next_try = backoff.failed(error, unreachable, wait)
            if next_try is None:
                raise error
            if on_retry is not None:
                on_retry(next_try)
            control.sleep(next_try.wait_s)
        _verify(file, self.part, self.done, self.digest.hexdigest())

    def _try(self, backoff: Backoff) -> bool:
        """One GET from the bytes on disk to the end of the file (or of the connection).

        False when the hub refused the range: the file starts over, at once.
        """
        from huggingface_hub.utils import get_session

        headers = dict(self.headers)
        if self.done:
            headers["Range"] = f"bytes={self.done}-"
        with get_session().stream(
            "GET", self.url, headers=headers, timeout=self.timeout
        ) as response:
            self.control.attach(response)
            backoff.reached()
            status = response.status_code
            if status == 416 and self.done:
                log.info("The hub refused the range of %s; starting it over", self.file.path)
                self._start_over()
                return False
            if status >= 400:
                raise self._refusal(status, response.headers)
            if self.done and (status != 206 or _content_start(response.headers) != self.done):
                log.info("The server ignored the range for %s; starting it over", self.file.path)
                self._start_over()
            self._write(response)
        return True

    def _start_over(self) -> None:
        discard(self.part)
        self.done, self.digest = resume(self.file, self.part, self.revision)

    def _refusal(self, status: int, headers: Any) -> HearthError | _RetryableError:
        """The hub's error for a status >= 400, wrapped to be retried when it is worth it."""
        refusal = hub_errors.from_status(
            status,
            headers,
            repo_id=self.file.repo_id,
            filename=self.file.path,
            endpoint=self.conn.endpoint,
            has_token=self.has_token,
        )
        if status not in RETRY_STATUSES:
            return refusal
        return _RetryableError(refusal, headers.get("Retry-After", ""))

    def _write(self, response: Any) -> None:
        """Append the response's bytes to the partial file, hashing them on the way."""
        with open(self.part, "r+b") as out:
            out.seek(self.done)
            out.truncate()
            # Written (and hashed) in blocks: a tenth of the system calls of
            # writing each network read; what arrived is written on any exit.
            block = bytearray()
            try:
                for chunk in response.iter_raw():
                    self.control.check()
                    block += chunk
                    self.done += len(chunk)
                    self.progressed = True
                    if len(block) >= WRITE_BLOCK:
                        self.digest.update(block)
                        out.write(block)
                        block.clear()
                    self.report(self.done)
                    if self.done > self.file.size:
                        break
            finally:
                self.digest.update(block)
                out.write(block)

    def _network_failure(self, exc: Exception) -> tuple[HearthError, bool]:
        """The error to report for a failed request, and whether the hub was unreachable."""
        import httpx2

        error = hub_errors.offline(self.conn.endpoint, str(exc))
        # No connection at all (DNS failure, refused, unreachable, connect
        # timeout): offline until it answers. A line that drops once connected
        # is an ordinary retry.
        unreachable = isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout)
        log.warning(
            "Download of %s %s (%s); retrying",
            self.file.path,
            "cannot reach the hub" if unreachable else "interrupted",
            type(exc).__name__,
        )
        return error, unreachable


def _write_failure(part: Path, exc: OSError) -> HearthError:
    """The disk refused the download's bytes: full (or over quota), or another reason."""
    folder = part.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(folder, exc)
    return DownloadError(
        "download_write_failed",
        f"Hearth could not write the download to {folder}: {exc.strerror or exc}.",
        folder=str(folder),
        detail=str(exc),
    )


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
