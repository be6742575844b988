"""The Downloads panel over a real DownloadManager and the local hub."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth.library.downloads import DownloadManager, DownloadStatus, JobState
from hearth.library.hub import HubConnection, RemoteModel, list_model_files
from hearth.library.transfer import RetryPolicy
from hearth.ui.downloads_panel import DownloadsBridge, DownloadsPanel
from tests.support.gguf_files import make_gguf, sha256_of
from tests.support.hub_server import Fault, HubServer

REPO = "tester/Panel-GGUF"
FILE = "Panel-Model-Q4_K_M.gguf"
SIZE = 2_000_000
FAST = RetryPolicy(attempts=2, base_delay_s=0.02, max_delay_s=0.05, read_timeout_s=5)


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    source = tmp_path / FILE
    make_gguf(source, SIZE, name="Panel Model")
    server = HubServer().start()
    server.hub.add_file(REPO, FILE, source)
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    yield server
    server.stop()
    assert not server.hub.errors


@pytest.fixture
def panel(qtbot: QtBot, hub: HubServer) -> Iterator[DownloadsPanel]:
    manager = DownloadManager(conn=HubConnection(hub.url, None), policy=FAST)
    bridge = DownloadsBridge(manager)
    widget = DownloadsPanel(bridge)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    bridge.close()


def model() -> RemoteModel:
    (found,) = list_model_files(REPO, conn=HubConnection(os.environ["HF_ENDPOINT"], None))
    return found


def test_download_shows_progress_then_done(
    qtbot: QtBot, panel: DownloadsPanel, hub: HubServer
) -> None:
    hub.hub.plan(REPO, FILE, Fault(rate=2_000_000))
    assert panel.empty.isVisible()
    seen: list[DownloadStatus] = []
    panel.bridge.status_changed.connect(seen.append)
    with qtbot.waitSignal(panel.bridge.finished, timeout=15_000) as finished:
        job = panel.bridge.add(model())
    status = finished.args[0]
    assert status.job_id == job and status.state is JobState.DONE
    assert sha256_of(status.path) == hub.hub.repos[REPO].files[FILE].sha256
    row = panel.rows[job]
    qtbot.waitUntil(lambda: "Downloaded and verified" in row.detail.text())
    assert row.bar.value() == row.bar.maximum()
    assert not row.pause_button.isVisible() and not row.cancel_button.isVisible()
    assert not panel.empty.isVisible()
    moving = [s for s in seen if s.state is JobState.DOWNLOADING and s.done]
    assert moving, "progress arrived while downloading"
    assert len(seen) < 60, "updates are batched, not one per chunk"
    panel.clear_finished()
    assert panel.rows == {} and panel.empty.isVisible()


def test_pause_resume_and_cancel_buttons(
    qtbot: QtBot, panel: DownloadsPanel, hub: HubServer
) -> None:
    hub.hub.plan(REPO, FILE, Fault(rate=300_000), Fault(rate=300_000))
    job = panel.bridge.add(model())
    qtbot.waitUntil(lambda: job in panel.rows and panel.rows[job].bar.value() > 0, timeout=10_000)
    row = panel.rows[job]
    assert row.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: " left" in row.detail.text() or "/s" in row.detail.text())
    row.pause_button.click()
    qtbot.waitUntil(lambda: row.detail.text().startswith("Paused"), timeout=5_000)
    assert row.pause_button.text() == "Resume"
    row.pause_button.click()
    qtbot.waitUntil(lambda: row.pause_button.text() == "Pause", timeout=5_000)
    row.cancel_button.click()
    qtbot.waitUntil(lambda: row.detail.text() == "Cancelled", timeout=5_000)
    assert panel.bridge.manager.status(job).state is JobState.CANCELLED


def test_errors_are_shown_in_words(qtbot: QtBot, panel: DownloadsPanel, hub: HubServer) -> None:
    wanted = model()
    hub.hub.repos[REPO].gated = True
    with qtbot.waitSignal(panel.bridge.failed, timeout=10_000) as failed:
        job = panel.bridge.add(wanted)
    assert failed.args[0].error.kind == "hub_gated"
    row = panel.rows[job]
    qtbot.waitUntil(lambda: row.error.isVisible())
    assert "accept the license on the model's page" in row.error.text()
    assert f"{hub.url}/{REPO}" in row.error.text()
    assert row.pause_button.text() == "Resume", "a failed download can be tried again"


def test_row_texts(qtbot: QtBot) -> None:
    from hearth.library.hub import RemoteFile
    from hearth.library.huberrors import DownloadError
    from hearth.ui.downloads_panel import DownloadRow

    files = tuple(
        RemoteFile(REPO, f"Big-Q4_K_M-0000{i}-of-00003.gguf", 1_000_000_000, "") for i in (1, 2, 3)
    )
    big = RemoteModel(REPO, "Big", "Q4_K_M", files)
    bridge = DownloadsBridge(DownloadManager(conn=HubConnection("http://127.0.0.1:9", None)))
    status = DownloadStatus(1, big, JobState.DOWNLOADING, 1_500_000_000, big.size, 10e6, 150.0)
    row = DownloadRow(status, bridge)
    qtbot.addWidget(row)
    assert row.detail.text() == "1.5 GB of 3.0 GB · part 2 of 3 · 10.0 MB/s · about 3 min left"
    assert row.bar.value() == 500
    row.update_status(DownloadStatus(1, big, JobState.PAUSED, 1_500_000_000, big.size))
    assert row.detail.text() == "Paused · 1.5 GB of 3.0 GB"
    assert row.pause_button.text() == "Resume"
    error = DownloadError("disk_space", "no room", needed=3_300_000_000, free=1_000_000_000)
    row.update_status(DownloadStatus(1, big, JobState.FAILED, 0, big.size, error=error))
    assert row.error.text() == (
        "Not enough free disk space: this model needs 3.3 GB and there is 1.0 GB free."
    )
    bridge.close()
