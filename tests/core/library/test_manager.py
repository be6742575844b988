"""The download queue: one at a time, speed and ETA, pause/resume/cancel from another thread."""

from __future__ import annotations

import threading
import time

from hearth.hub import HubConnection
from hearth.library import list_installed
from hearth.library.downloads import DownloadManager, DownloadStatus, JobState, SpeedMeter
from hearth.library.hub import RemoteModel, list_model_files
from hearth.library.partials import partial_path
from tests.core.library.conftest import FAST, Q4, Q8, REPO, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer

SLOW = 600_000  # bytes per second


def models() -> dict[str, RemoteModel]:
    return {m.quant: m for m in list_model_files(REPO)}


def manager_for(hub: HubServer) -> tuple[DownloadManager, list[DownloadStatus]]:
    manager = DownloadManager(
        conn=HubConnection(hub.url, None), policy=FAST, report_interval_s=0.05
    )
    seen: list[DownloadStatus] = []
    manager.subscribe(seen.append)
    return manager, seen


def wait_for(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_queue_runs_one_at_a_time_and_reports_speed_and_eta(
    hub: HubServer, gguf_files: Files
) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=SLOW * 2))
    manager, seen = manager_for(hub)
    found = models()
    first = manager.add(found["Q4_K_M"])
    second = manager.add(found["Q8_0"])
    assert manager.add(found["Q4_K_M"]) == first, "the same model is not queued twice"
    done = manager.wait(first, timeout=20)
    assert done.state is JobState.DONE
    assert manager.wait(second, timeout=20).state is JobState.DONE
    manager.close()
    assert done.path is not None and sha256_of(done.path) == sha256_of(gguf_files.q4)
    moving = [s for s in seen if s.job_id == first and s.state is JobState.DOWNLOADING]
    assert any(s.speed > 0 and s.eta_s is not None for s in moving)
    assert all(s.done <= s.total for s in seen)
    # One at a time: the second started only after the first was done.
    first_done = next(i for i, s in enumerate(seen) if s.job_id == first and s.state.finished)
    second_started = next(
        i for i, s in enumerate(seen) if s.job_id == second and s.state is JobState.DOWNLOADING
    )
    assert second_started > first_done
    assert {m.path.name for m in list_installed(discover=False) if m.source == "hearth"} == {
        Q4,
        Q8,
    }


def test_pause_and_resume_from_another_thread(hub: HubServer, gguf_files: Files) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=SLOW))
    manager, _seen = manager_for(hub)
    wanted = models()["Q4_K_M"]
    job = manager.add(wanted)
    wait_for(lambda: manager.status(job).done > 300_000)
    threading.Thread(target=manager.pause, args=(job,)).start()
    paused = manager.wait(job, timeout=5)
    assert paused.state is JobState.PAUSED
    on_disk = partial_path(wanted.files[0]).stat().st_size
    assert on_disk >= 300_000
    manager.resume(job)
    assert manager.wait(job, timeout=20).state is JobState.DONE
    manager.close()
    resumed = hub.hub.content_requests(Q4)[-1]
    assert resumed.range == f"bytes={on_disk}-"
    assert resumed.served == wanted.size - on_disk, "bytes on disk are not fetched again"


def test_cancel_a_slow_download_promptly(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=20_000))  # 20 kB/s: a very slow line
    manager, _seen = manager_for(hub)
    wanted = models()["Q4_K_M"]
    job = manager.add(wanted)
    wait_for(lambda: manager.status(job).done > 10_000)
    asked = time.monotonic()
    manager.cancel(job)
    status = manager.wait(job, timeout=5)
    assert status.state is JobState.CANCELLED
    assert time.monotonic() - asked < 2
    assert not partial_path(wanted.files[0]).exists()
    manager.close()
    assert [m for m in list_installed(discover=False) if m.source == "hearth"] == []


def test_failed_job_says_why_and_can_be_resumed(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(drop_at=500_000), Fault(status=403))
    manager, _seen = manager_for(hub)
    job = manager.add(models()["Q4_K_M"])
    failed = manager.wait(job, timeout=10)
    assert failed.state is JobState.FAILED
    assert failed.error is not None and failed.error.kind == "hub_forbidden"
    assert failed.done == 500_000
    manager.resume(job)
    assert manager.wait(job, timeout=10).state is JobState.DONE
    manager.close()


def test_queued_jobs_pause_and_cancel_without_running(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=SLOW))
    manager, _seen = manager_for(hub)
    found = models()
    first = manager.add(found["Q4_K_M"])
    second = manager.add(found["Q8_0"])
    manager.pause(second)
    assert manager.status(second).state is JobState.PAUSED
    manager.cancel(second)
    assert manager.status(second).state is JobState.CANCELLED
    manager.cancel(first)
    assert manager.wait(first, timeout=5).state is JobState.CANCELLED
    manager.close()
    assert hub.hub.content_requests(Q8) == []


def test_closing_pauses_and_keeps_the_bytes(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=SLOW))
    manager, _seen = manager_for(hub)
    wanted = models()["Q4_K_M"]
    job = manager.add(wanted)
    wait_for(lambda: manager.status(job).done > 100_000)
    manager.close()
    assert manager.status(job).state is JobState.PAUSED
    assert partial_path(wanted.files[0]).stat().st_size > 100_000


def test_speed_meter() -> None:
    meter = SpeedMeter(window_s=5)
    assert meter.speed() == 0 and meter.eta(100) is None
    for second in range(10):
        meter.add(second * 1000, now=float(second))
    assert meter.speed() == 1000
    assert meter.eta(5000) == 5.0
