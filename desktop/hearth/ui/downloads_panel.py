"""The Downloads panel: the queue, each model's progress, speed and time left, and its buttons.

`DownloadsBridge` is the QObject adapter over the core's DownloadManager: the
manager reports from its worker thread; the bridge keeps the latest status of
each job and hands them to the GUI thread in one batch per tick, so a fast
download costs the GUI ten updates a second however many chunks arrive.
"""

from __future__ import annotations

import math
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hearth.errors import HearthError
from hearth.library.downloads import DownloadManager, DownloadStatus, JobState
from hearth.library.hub import RemoteModel
from hearth.ui.messages import data_size, download_waiting, download_waiting_tip, user_message

FLUSH_INTERVAL_MS = 100
BAR_STEPS = 1000
COUNTDOWN_MS = 500  # "retrying in N s" counts down while a download waits


def _current_part(status: DownloadStatus) -> int:
    """Which file of a split model the bytes done have reached (1-based)."""
    end = 0
    for index, file in enumerate(status.model.files, 1):
        end += file.size
        if status.done < end:
            return index
    return status.model.parts


class DownloadsBridge(QObject):
    """Turns a DownloadManager's callbacks into signals on the GUI thread.

    Signals: `status_changed(object)` with a DownloadStatus (the latest of a
    job, at most once per tick), `finished(object)` with the DownloadStatus of
    a model now downloaded and verified (its `path` is the file), `failed(object)`
    with the DownloadStatus of a failed job (its `error` is a HearthError).
    """

    status_changed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    _wake = Signal()

    def __init__(self, manager: DownloadManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self._lock = threading.Lock()
        self._pending: dict[int, DownloadStatus] = {}
        self._scheduled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_INTERVAL_MS)
        self._timer.timeout.connect(self._flush)
        self._wake.connect(self._timer.start)
        manager.subscribe(self._on_status)

    def _on_status(self, status: DownloadStatus) -> None:
        """Called on the manager's worker thread (or the caller's): only store and wake."""
        with self._lock:
            self._pending[status.job_id] = status
            if self._scheduled:
                return
            self._scheduled = True
        self._wake.emit()

    @Slot()
    def _flush(self) -> None:
        with self._lock:
            batch = list(self._pending.values())
            self._pending.clear()
            self._scheduled = False
        for status in batch:
            self.status_changed.emit(status)
            if status.state is JobState.DONE:
                self.finished.emit(status)
            elif status.state is JobState.FAILED:
                self.failed.emit(status)

    def add(self, model: RemoteModel) -> int:
        return self.manager.add(model)

    def pause(self, job_id: int) -> None:
        self.manager.pause(job_id)

    def resume(self, job_id: int) -> None:
        self.manager.resume(job_id)

    def cancel(self, job_id: int) -> None:
        self.manager.cancel(job_id)

    def close(self) -> None:
        """Stop listening and pause what runs (its bytes stay for next time)."""
        self.manager.unsubscribe(self._on_status)
        self._timer.stop()
        self.manager.close()


class DownloadRow(QFrame):
    """One download: name, progress bar, a line of detail, Pause/Resume and Cancel."""

    def __init__(self, status: DownloadStatus, bridge: DownloadsBridge) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.job_id = status.job_id
        self._bridge = bridge
        self._state = status.state
        self._status = status
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._show_detail)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(f"<b>{status.model.display_name}</b>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setToolTip(f"{status.model.repo_id}/{status.model.filename}")
        top.addWidget(self.title, 1)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        top.addWidget(self.pause_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self._bridge.cancel(self.job_id))
        top.addWidget(self.cancel_button)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.detail = QLabel()
        layout.addWidget(self.detail)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.update_status(status)

    def _pause_or_resume(self) -> None:
        if self._state in (JobState.QUEUED, JobState.DOWNLOADING):
            self._bridge.pause(self.job_id)
        else:
            self._bridge.resume(self.job_id)

    def _time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("less than a minute left")
        # Abbreviated units read right for one and for many, with or without a translation.
        minutes = int(seconds / 60 + 0.5)
        if minutes < 120:
            return self.tr("about {minutes} min left").format(minutes=minutes)
        return self.tr("about {hours} h left").format(hours=int(minutes / 60 + 0.5))

    def update_status(self, status: DownloadStatus) -> None:
        self._state = status.state
        self._status = status
        self.bar.setValue(int(status.fraction * BAR_STEPS))
        state = status.state
        self._show_detail()
        waiting = status.waiting if state is JobState.DOWNLOADING else None
        if waiting is not None:
            self._countdown.start()
            self.detail.setToolTip(download_waiting_tip(waiting))
        else:
            self._countdown.stop()
            self.detail.setToolTip("")
        self.pause_button.setText(
            self.tr("Pause")
            if state in (JobState.QUEUED, JobState.DOWNLOADING)
            else self.tr("Resume")
        )
        self.pause_button.setVisible(state not in (JobState.DONE, JobState.CANCELLED))
        self.cancel_button.setVisible(state not in (JobState.DONE, JobState.CANCELLED))
        if status.error is not None:
            self.error.setText(self.error_text(status.error))
            self.error.show()
        else:
            self.error.hide()

    @Slot()
    def _show_detail(self) -> None:
        self.detail.setText(self.detail_text(self._status))

    def detail_text(self, status: DownloadStatus) -> str:
        """The line under the bar: sizes, speed and time left, or why it waits."""
        sizes = self.tr("{done} of {total}").format(
            done=data_size(status.done), total=data_size(status.total)
        )
        state = status.state
        if state is JobState.DOWNLOADING and status.waiting is not None:
            # Offline before the first byte: it says it starts later, not "0 bytes of …".
            seconds = math.ceil(max(0.0, status.waiting.at - time.monotonic()))
            text = download_waiting(status.waiting, seconds, started=status.done > 0)
            return f"{text} · {sizes}" if status.done else text
        if state is JobState.DOWNLOADING:
            parts = [sizes]
            if status.model.parts > 1:
                parts.append(
                    self.tr("part {part} of {count}").format(
                        part=_current_part(status), count=status.model.parts
                    )
                )
            if status.speed > 0:
                parts.append(self.tr("{speed}/s").format(speed=data_size(status.speed)))
            if status.eta_s is not None:
                parts.append(self._time_left(status.eta_s))
            text = " · ".join(parts)
        elif state is JobState.QUEUED:
            text = self.tr("Waiting · {sizes}").format(sizes=sizes)
        elif state is JobState.PAUSED:
            text = self.tr("Paused · {sizes}").format(sizes=sizes)
        elif state is JobState.DONE:
            text = self.tr("Downloaded and verified · {size}").format(size=data_size(status.total))
        elif state is JobState.FAILED:
            text = self.tr("Stopped · {sizes}").format(sizes=sizes)
        else:
            text = self.tr("Cancelled")
        return text

    def error_text(self, error: HearthError) -> str:
        """The failure in the user's language (hearth.ui.messages says every kind)."""
        return user_message(error)


class DownloadsPanel(QWidget):
    """The list of downloads, newest last, with a button to clear the finished ones."""

    def __init__(self, bridge: DownloadsBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.rows: dict[int, DownloadRow] = {}
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Downloads</b>")), 1)
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.clicked.connect(self.clear_finished)
        header.addWidget(self.clear_button)
        layout.addLayout(header)
        self.empty = QLabel(self.tr("Nothing is downloading. Models you download appear here."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        container = QWidget()
        self.list_layout = QVBoxLayout(container)
        self.list_layout.addStretch(1)
        scroll.setWidget(container)
        layout.addWidget(scroll, 1)
        bridge.status_changed.connect(self.show_status)
        for status in bridge.manager.statuses():
            self.show_status(status)

    @Slot(object)
    def show_status(self, status: DownloadStatus) -> None:
        row = self.rows.get(status.job_id)
        if row is None:
            row = DownloadRow(status, self.bridge)
            self.rows[status.job_id] = row
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
        else:
            row.update_status(status)
        self.empty.setVisible(not self.rows)

    def clear_finished(self) -> None:
        for status in self.bridge.manager.statuses():
            if status.state in (JobState.DONE, JobState.CANCELLED):
                self.bridge.manager.remove(status.job_id)
                row = self.rows.pop(status.job_id, None)
                if row is not None:
                    self.list_layout.removeWidget(row)
                    row.deleteLater()
        self.empty.setVisible(not self.rows)
