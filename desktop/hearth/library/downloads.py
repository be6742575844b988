"""The download queue: models fetched one at a time, with speed, ETA, pause, resume, cancel.

`DownloadManager` runs downloads on one worker thread (one at a time: that is
what a home connection can give) and tells subscribers about every change as
an immutable `DownloadStatus`. Subscribers are called on the worker thread;
the GUI's adapter turns them into signals. `pause`, `resume` and `cancel`
may be called from any thread. Pausing keeps the bytes on disk; resuming,
even after Hearth was closed (`unfinished_downloads()`), continues from them.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from hearth.errors import HearthError
from hearth.hub import HubConnection
from hearth.library.download_errors import DownloadError
from hearth.library.hub import RemoteModel, current_connection
from hearth.library.model_download import download_model
from hearth.library.partials import discard_partials, unfinished_downloads
from hearth.library.retry import Retrying, RetryPolicy
from hearth.library.transfer import Control, Stopped

log = logging.getLogger(__name__)

__all__ = [
    "DownloadManager",
    "DownloadStatus",
    "JobState",
    "Retrying",
    "SpeedMeter",
    "download_model",
    "unfinished_downloads",
]

SPEED_WINDOW_S = 5.0


class JobState(str, enum.Enum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


@dataclass(frozen=True)
class DownloadStatus:
    """One download as it stands: what the panel and the CLI show."""

    job_id: int
    model: RemoteModel
    state: JobState
    done: int
    total: int
    speed: float = 0.0  # bytes per second over the last few seconds
    eta_s: float | None = None  # None while the speed is unknown
    error: HearthError | None = None
    path: Path | None = None  # the model's file once DONE
    # While DOWNLOADING: a try failed and the next starts at waiting.at
    # (waiting.offline: the hub cannot be reached); None once bytes flow again.
    waiting: Retrying | None = None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


class SpeedMeter:
    """Bytes per second over a sliding window, and the time the rest will take."""

    def __init__(self, window_s: float = SPEED_WINDOW_S) -> None:
        self._window = window_s
        self._samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self._samples.clear()

    def add(self, done: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[1][0] > self._window:
            self._samples.popleft()

    def speed(self) -> float:
        if len(self._samples) < 2:
            return 0.0
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        return max(0.0, (d1 - d0) / (t1 - t0)) if t1 > t0 else 0.0

    def eta(self, remaining: int) -> float | None:
        speed = self.speed()
        return remaining / speed if speed > 0 else None


class _Job:
    def __init__(self, job_id: int, model: RemoteModel) -> None:
        self.status = DownloadStatus(job_id, model, JobState.QUEUED, 0, model.size)
        self.control = Control()
        self.meter = SpeedMeter()
        self.last_report = 0.0
        self.done = 0  # the latest count, also between reports


Listener = Callable[[DownloadStatus], None]


class DownloadManager:
    """A queue of model downloads run one at a time on a worker thread."""

    def __init__(
        self,
        *,
        conn: HubConnection | Callable[[], HubConnection] | None = None,
        policy: RetryPolicy | None = None,
        root: Path | None = None,
        report_interval_s: float = 0.1,
    ) -> None:
        self._conn = conn
        self._policy = policy
        self._root = root
        self._interval = report_interval_s
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._listeners: list[Listener] = []
        self._cond = threading.Condition()
        self._closed = False
        self._worker: threading.Thread | None = None

    # -- observing -------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(status)` on every change (from the worker thread, or the caller's)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def status(self, job_id: int) -> DownloadStatus:
        with self._cond:
            return self._jobs[job_id].status

    def statuses(self) -> list[DownloadStatus]:
        with self._cond:
            return [job.status for job in self._jobs.values()]

    def wait(self, job_id: int, timeout: float | None = None) -> DownloadStatus:
        """Block until the job is finished or paused (or `timeout` passes)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                status = self._jobs[job_id].status
                if status.state.finished or status.state is JobState.PAUSED:
                    return status
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return status
                self._cond.wait(left)

    # -- controlling -----------------------------------------------------

    def add(self, model: RemoteModel) -> int:
        """Queue a model; the same model already queued or running keeps its job."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the download manager is closed")
            for job in self._jobs.values():
                same = job.status.model.files == model.files
                if same and not job.status.state.finished:
                    return job.status.job_id
            job = _Job(next(self._ids), model)
            self._jobs[job.status.job_id] = job
            self._ensure_worker()
            self._cond.notify_all()
        self._emit(job.status)
        return job.status.job_id

    def pause(self, job_id: int) -> None:
        with self._cond:
            job = self._jobs[job_id]
            state = job.status.state
            if state is JobState.DOWNLOADING:
                job.control.pause()  # the worker reports PAUSED once the transfer stops
                return
            if state is not JobState.QUEUED:
                return
            status = self._set(job, state=JobState.PAUSED, speed=0.0, eta_s=None)
        self._emit(status)

    def resume(self, job_id: int) -> None:
        """Queue a paused or failed download again; it continues from its bytes on disk."""
        with self._cond:
            job = self._jobs[job_id]
            if job.status.state not in (JobState.PAUSED, JobState.FAILED):
                return
            job.control = Control()
            status = self._set(job, state=JobState.QUEUED, error=None)
            self._ensure_worker()
            self._cond.notify_all()
        self._emit(status)

    def cancel(self, job_id: int) -> None:
        """Stop a download and delete its partial files."""
        with self._cond:
            job = self._jobs[job_id]
            state = job.status.state
            if state is JobState.DOWNLOADING:
                job.control.cancel()  # the worker deletes the partial files
                return
            if state.finished and state is not JobState.FAILED:
                return
            status = self._set(job, state=JobState.CANCELLED, speed=0.0, eta_s=None)
        discard_partials(job.status.model, self._root)
        self._emit(status)

    def remove(self, job_id: int) -> None:
        """Forget a finished job (clears it from the list)."""
        with self._cond:
            job = self._jobs.get(job_id)
            if job is not None and job.status.state.finished:
                del self._jobs[job_id]

    def close(self, timeout: float = 10.0) -> None:
        """Pause what is running (its bytes stay for next time) and stop the worker."""
        with self._cond:
            self._closed = True
            for job in self._jobs.values():
                if job.status.state is JobState.DOWNLOADING:
                    job.control.pause()
            self._cond.notify_all()
            worker = self._worker
        if worker is not None:
            worker.join(timeout)

    # -- the worker ------------------------------------------------------

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._work, name="hearth-downloads", daemon=True)
            self._worker.start()

    def _next_job(self) -> _Job | None:
        with self._cond:
            while not self._closed:
                for job in self._jobs.values():
                    if job.status.state is JobState.QUEUED:
                        job.meter.reset()
                        self._set(job, state=JobState.DOWNLOADING)
                        return job
                self._cond.wait()
            return None

    def _work(self) -> None:
        while (job := self._next_job()) is not None:
            self._emit(job.status)
            self._run(job)

    def _run(self, job: _Job) -> None:
        model = job.status.model
        changes: dict[str, object] = {"speed": 0.0, "eta_s": None, "waiting": None}
        job.done = job.status.done
        try:
            conn = self._conn() if callable(self._conn) else self._conn
            path = download_model(
                model,
                conn=conn or current_connection(),
                policy=self._policy,
                control=job.control,
                on_progress=lambda done, total: self._progress(job, done, total),
                on_retry=lambda retry: self._retrying(job, retry),
                root=self._root,
            )
            changes.update(state=JobState.DONE, path=path, done=model.size)
        except Stopped as stop:
            state = JobState.CANCELLED if stop.reason == "cancelled" else JobState.PAUSED
            changes.update(state=state)
        except HearthError as exc:
            log.warning("Download of %s failed: %s", model.display_name, exc)
            changes.update(state=JobState.FAILED, error=exc)
        except Exception as exc:  # never leave a job "downloading" forever
            log.exception("Unexpected error while downloading %s", model.display_name)
            error = DownloadError("download_failed", f"The download failed: {exc}", detail=str(exc))
            changes.update(state=JobState.FAILED, error=error)
        changes.setdefault("done", job.done)
        with self._cond:
            status = self._set(job, **changes)
        self._emit(status)

    def _progress(self, job: _Job, done: int, total: int) -> None:
        now = time.monotonic()
        job.done = done
        job.meter.add(done, now)
        waited = job.status.waiting is not None  # bytes flow again: said at once
        if now - job.last_report < self._interval and done < total and not waited:
            return
        job.last_report = now
        with self._cond:
            status = self._set(
                job,
                done=done,
                total=total,
                speed=job.meter.speed(),
                eta_s=job.meter.eta(total - done),
                waiting=None,
            )
        self._emit(status)

    def _retrying(self, job: _Job, retry: Retrying) -> None:
        """A try failed (offline: the hub cannot be reached); said before the wait."""
        job.meter.reset()  # the speed before the wait says nothing about the speed after
        with self._cond:
            status = self._set(job, done=job.done, speed=0.0, eta_s=None, waiting=retry)
        self._emit(status)

    def _set(self, job: _Job, **changes: object) -> DownloadStatus:
        """Change a job's status (with the lock held) and wake anyone waiting."""
        job.status = replace(job.status, **changes)  # type: ignore[arg-type]
        self._cond.notify_all()
        return job.status

    def _emit(self, status: DownloadStatus) -> None:
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("A download listener failed")
