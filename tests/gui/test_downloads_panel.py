"""The Downloads panel over a real DownloadManager and the local hub."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth.hub import HubConnection, RemoteFile
from hearth.hub.errors import offline
from hearth.library.downloads import DownloadManager, DownloadStatus, JobState
from hearth.library.hub import RemoteModel, list_model_files
from hearth.library.retry import Retrying
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
    from hearth.library.download_errors import DownloadError
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


def test_offline_row_says_so_and_the_download_goes_on_when_the_hub_is_back(
    qtbot: QtBot, hub: HubServer
) -> None:
    wanted = model()
    port = hub.server_address[1]
    hub.stop()  # the network goes away before the download starts
    policy = RetryPolicy(offline_base_delay_s=2.0, offline_max_delay_s=2.0, read_timeout_s=5)
    bridge = DownloadsBridge(DownloadManager(conn=HubConnection(hub.url, None), policy=policy))
    panel = DownloadsPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    back: list[HubServer] = []
    try:
        job = bridge.add(wanted)
        qtbot.waitUntil(
            lambda: job in panel.rows and panel.rows[job].detail.text().startswith("Offline"),
            timeout=5_000,
        )
        row = panel.rows[job]
        assert row.detail.text() in (
            "Offline — it starts by itself when the network is back (next try in 2 s)",
            "Offline — it starts by itself when the network is back (next try in 1 s)",
        ), "not 0 bytes of 2.0 MB: it says it waits for the network"
        assert "cannot reach 127.0.0.1" in row.detail.toolTip()
        # Offered (the row itself is shown a moment after it is added to the panel).
        assert row.pause_button.text() == "Pause" and row.cancel_button.isVisibleTo(row)
        # It counts down while it waits.
        qtbot.waitUntil(lambda: "next try in 1 s" in row.detail.text(), timeout=3_000)
        with qtbot.waitSignal(bridge.finished, timeout=20_000) as finished:
            back.append(HubServer(hub.hub, port=port).start())  # the network is back
        qtbot.waitUntil(lambda: "Downloaded and verified" in row.detail.text())
        assert row.detail.toolTip() == ""
        assert sha256_of(finished.args[0].path) == hub.hub.repos[REPO].files[FILE].sha256
    finally:
        bridge.close()
        for server in back:
            server.stop()


def test_waiting_row_texts(qtbot: QtBot) -> None:
    import time

    from hearth.hub import HubError
    from hearth.ui.downloads_panel import DownloadRow

    file = RemoteFile(REPO, FILE, 2_200_000_000, "")
    big = RemoteModel(REPO, "Big", "Q4_K_M", (file,))
    bridge = DownloadsBridge(DownloadManager(conn=HubConnection("http://127.0.0.1:9", None)))
    down = offline("http://huggingface.co", "Name or service not known")

    def waiting(kind: str, seconds: float, done: int, error: HubError = down) -> DownloadStatus:
        retry = Retrying(kind, error, seconds, time.monotonic() + seconds - 0.01, 1)
        return DownloadStatus(1, big, JobState.DOWNLOADING, done, big.size, waiting=retry)

    row = DownloadRow(waiting("offline", 8, 0), bridge)
    qtbot.addWidget(row)
    assert row.detail.text() == (
        "Offline — it starts by itself when the network is back (next try in 8 s)"
    )
    assert row.detail.toolTip().startswith("Hearth cannot reach huggingface.co.")
    row.update_status(waiting("offline", 8, 1_100_000_000))
    assert row.detail.text() == "Offline — retrying in 8 s · 1.1 GB of 2.2 GB"
    row.update_status(waiting("offline", 0, 1_100_000_000))
    assert row.detail.text() == "Offline — trying again… · 1.1 GB of 2.2 GB"
    busy = HubError("hub_server_error", "busy", status=503)
    row.update_status(waiting("retry", 4, 1_100_000_000, busy))
    assert row.detail.text() == "Interrupted — retrying in 4 s · 1.1 GB of 2.2 GB"
    assert "HTTP 503" in row.detail.toolTip()
    row.update_status(DownloadStatus(1, big, JobState.DOWNLOADING, 1_200_000_000, big.size))
    assert row.detail.text() == "1.2 GB of 2.2 GB", "bytes flow: back to the progress line"
    assert row.detail.toolTip() == ""
    bridge.close()
