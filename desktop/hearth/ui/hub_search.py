"""The hub page: search GGUF repositories, list one's files, see whether each runs here.

`HubLookup` makes every hub call on a pool thread (search, file listing, reading
remote GGUF headers and planning them for this machine) and answers with
signals tagged by a ticket; a newer search or selection makes older tickets
stale, and the page drops what they bring. The file list appears as soon as it
is listed; verdicts follow one by one, a few header reads at a time.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import cast

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hearth import hub
from hearth.errors import HearthError
from hearth.gguf import ModelInfo, from_header, read_remote_header
from hearth.hardware import HardwareProfile, detect
from hearth.hub import HubConnection, HubError, RepoSummary
from hearth.hub import errors as hub_errors
from hearth.library.hub import RemoteModel, current_connection, list_model_files
from hearth.planner import Verdict, plan
from hearth.ui.discover import BADGE_COLORS
from hearth.ui.messages import user_message, verdict_text
from hearth.ui.workers import Call

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
HEADER_READERS = 3  # header reads at once per repository: verdicts come fast, the hub is spared
LATER_PART_STEP = 64 << 10  # later parts of a split model hold little more than tensor names
ROLE = Qt.ItemDataRole.UserRole


def remote_model_info(model: RemoteModel, conn: HubConnection) -> ModelInfo:
    """ModelInfo from the hub's headers of all parts; the catalog's estimate when unreadable."""
    read = partial(read_remote_header, conn, model.repo_id, revision=model.revision)
    try:
        first = read(model.files[0].path)
        # Each part of a split model lists its own tensors; the first holds the metadata.
        later = [read(f.path, first_step=LATER_PART_STEP) for f in model.files[1:]]
        tensors = first.tensors + [t for header in later for t in header.tensors]
        merged = replace(first, tensors=tensors, file_size=model.size)
        return from_header(merged, name=model.display_name)
    except HearthError:
        from hearth.catalog import default_catalog, model_info_for

        found = default_catalog().find_file(model.repo_id, model.files[0].path)
        if found is None:
            raise
        return model_info_for(*found)


def hub_error_text(error: HearthError) -> str:
    return user_message(error)


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(bool(text))
    return label


class HubLookup(QObject):
    """Hub calls on pool threads; every answer carries the ticket its request was given.

    Signals: `searched(int, object)` a list[RepoSummary]; `listed(int, object)` a
    list[RemoteModel]; `checked(int, object, object)` a RemoteModel and its Verdict
    here, or the HearthError that kept it from being checked; `failed(int, object)`
    the HearthError of a search or a listing.
    """

    searched = Signal(int, object)
    listed = Signal(int, object)
    checked = Signal(int, object, object)
    failed = Signal(int, object)

    def __init__(
        self, conn: HubConnection | None, profile: HardwareProfile | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.conn = conn  # None: Settings and the keyring, read again for each request
        self.profile = profile
        self.used: HubConnection | None = None  # the connection of the latest answer
        self.search_ticket = self.files_ticket = self._tickets = 0

    def _next(self) -> int:
        self._tickets += 1
        return self._tickets

    def search(self, query: str, limit: int = hub.SEARCH_LIMIT) -> int:
        self.search_ticket = ticket = self._next()
        self._start(ticket, "searched", lambda conn: hub.search_models(conn, query, limit=limit))
        return ticket

    def list_files(self, repo_id: str) -> int:
        self.files_ticket = ticket = self._next()
        self._start(ticket, "listed", lambda conn: list_model_files(repo_id, conn=conn))
        return ticket

    def drop_files(self) -> None:
        """Make the current listing and its checks stale (their workers stop early)."""
        self.files_ticket = self._next()

    def _start(self, ticket: int, done: str, call: Callable[[HubConnection], object]) -> None:
        def work() -> None:
            try:
                conn = self.conn or current_connection()
                result = call(conn)
            except HearthError as exc:
                self._emit("failed", ticket, exc)
                return
            except Exception as exc:  # a bug, not the hub: say something rather than hang
                log.exception("Unexpected error while asking the hub")
                self._emit("failed", ticket, HubError("hub_unexpected", str(exc)))
                return
            self.used = conn  # before the answer, which the GUI may read it with
            self._emit(done, ticket, result)
            if done == "listed":
                queue = deque(cast("list[RemoteModel]", result))
                for _ in range(min(HEADER_READERS, len(queue))):
                    pool.start(Call(lambda: self._check(ticket, queue, conn)))

        pool = QThreadPool.globalInstance()
        pool.start(Call(work))

    def _check(self, ticket: int, queue: deque[RemoteModel], conn: HubConnection) -> None:
        """Plan models from the shared queue until it is empty or a newer listing came."""
        while ticket == self.files_ticket:
            try:
                model = queue.popleft()
            except IndexError:
                return
            result: Verdict | HearthError
            try:
                info = remote_model_info(model, conn)
                result = plan(info, self.profile or detect()).verdict  # detect() is cached
            except HearthError as exc:
                result = exc
            except Exception as exc:
                log.exception("Unexpected error while checking %s", model.filename)
                result = HearthError("check_failed", str(exc), file=model.filename)
            self._emit("checked", ticket, model, result)

    def _emit(self, name: str, *args: object) -> None:
        if shiboken6.isValid(self):  # the page may have closed while the hub answered
            getattr(self, name).emit(*args)


class FileRow(QFrame):
    """One model of a repository: quant, size, parts, the verdict here and Download.

    `download_requested(object)` carries the row's RemoteModel.
    """

    download_requested = Signal(object)

    def __init__(self, model: RemoteModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip("\n".join(f.path for f in model.files))
        layout = QHBoxLayout(self)
        text = QVBoxLayout()
        layout.addLayout(text, 1)
        size = QLocale().formattedDataSize(model.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        parts = self.tr("%n parts", "", model.parts) if model.parts > 1 else self.tr("1 file")
        self.facts = QLabel(f"<b>{model.quant or model.name}</b> · {size} · {parts}")
        text.addWidget(self.facts)
        self.verdict = _label(self.tr("Checking whether it runs here…"))
        text.addWidget(self.verdict)
        self.download = QPushButton(self.tr("Download"))
        self.download.clicked.connect(lambda: self.download_requested.emit(self.model))
        if not model.complete:
            self.download.setEnabled(False)
            self.download.setToolTip(self.tr("Some parts of this model are missing on the hub."))
        layout.addWidget(self.download)

    def show_verdict(self, result: Verdict | HearthError) -> None:
        if isinstance(result, HearthError):
            reason = user_message(result)
            text = self.tr("Could not check whether it runs here: {reason}").format(reason=reason)
            self.verdict.setText(text)
            return
        self.verdict.setText(verdict_text(result))
        self.verdict.setProperty("kind", result.kind)
        self.verdict.setStyleSheet(f"color: {BADGE_COLORS.get(result.kind, '#555')};")


class HubSearchPage(QWidget):
    """Find models on the hub: search, a repository's GGUF files, each one's verdict here.

    `download_requested(object)` carries the RemoteModel whose Download button was pressed.
    """

    download_requested = Signal(object)

    def __init__(
        self,
        conn: HubConnection | None = None,
        profile: HardwareProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows: dict[str, FileRow] = {}  # by the path of the model's first file
        self._query = ""
        self._searched = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search the hub for GGUF models, e.g. qwen 7b"))
        self.search_box.setClearButtonEnabled(True)
        bar.addWidget(self.search_box, 1)
        self.search_button = QPushButton(self.tr("Search"))
        bar.addWidget(self.search_button)
        self.status = _label()
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        self.repos = QListWidget()
        self.repos.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.repos.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.repos)
        right = QWidget()
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        files = QVBoxLayout(right)
        self.repo_title = QLabel()
        files.addWidget(self.repo_title)
        self.files_status = _label()
        files.addWidget(self.files_status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        files.addWidget(scroll, 1)
        scroll.setWidget(container := QWidget())
        self.files_layout = QVBoxLayout(container)
        self.files_layout.addStretch(1)

        self.lookup = HubLookup(conn, profile, self)
        self.lookup.searched.connect(self._show_repos)
        self.lookup.listed.connect(self._show_files)
        self.lookup.checked.connect(self._show_verdict)
        self.lookup.failed.connect(self._show_error)
        # Typing searches once the typing pauses, not at every keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._typed)
        self.search_box.textEdited.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.repos.currentItemChanged.connect(self._repo_selected)

    @Slot()
    def search(self) -> None:
        """Search for what the box says now (nothing: the most downloaded GGUF models)."""
        self._debounce.stop()
        self._searched = True
        self._query = self.search_box.text().strip()
        self._set_status(self.status, self.tr("Searching the hub…"))
        self.lookup.search(self._query)

    @Slot()
    def _typed(self) -> None:
        if self.search_box.text().strip() != self._query:
            self.search()

    @staticmethod
    def _set_status(label: QLabel, text: str, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet("color: #c62828;" if error else "")
        label.setVisible(bool(text))

    def error_text(self, error: HearthError) -> str:
        """A failed search or listing in words: DownloadRow's, except where it says "resume"."""
        p = error.params
        if error.kind == "hub_offline":
            return self.tr(
                "Cannot reach {host}. Check the internet connection; where the hub is slow or "
                "blocked, set a mirror as the hub address in Settings."
            ).format(host=p.get("host", ""))
        if error.kind == "hub_rate_limited":
            return self.tr("The hub is limiting how often it answers. Try again in a few minutes.")
        if error.kind == "hub_server_error":
            text = self.tr("The hub had a problem on its side (HTTP {status}). Try again later.")
            return text.format(status=p.get("status", ""))
        return hub_error_text(error)

    @Slot(int, object)
    def _show_repos(self, ticket: int, repos: list[RepoSummary]) -> None:
        if ticket != self.lookup.search_ticket:
            return  # a newer search is on its way
        self.repos.clear()
        for repo in repos:
            facts = (
                self.tr("1 download")
                if repo.downloads == 1
                else self.tr("%Ln downloads", "", repo.downloads)
            )
            if repo.gated:
                facts = self.tr("{facts} · gated").format(facts=facts)
            item = QListWidgetItem(f"{repo.repo_id}\n{facts}")
            item.setToolTip(repo.repo_id)
            item.setData(ROLE, repo)
            self.repos.addItem(item)
        empty = self.tr("No GGUF models on the hub match “{query}”.").format(query=self._query)
        self._set_status(self.status, "" if repos else empty)

    def _repo_selected(self, current: QListWidgetItem | None, _: object = None) -> None:
        for row in self.rows.values():
            self.files_layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        repo: RepoSummary | None = current.data(ROLE) if current is not None else None
        self.repo_title.setText(f"<b>{repo.repo_id}</b>" if repo else "")
        if repo is None:
            self.lookup.drop_files()
            self._set_status(self.files_status, "")
        else:
            self._set_status(self.files_status, self.tr("Listing the model files…"))
            self.lookup.list_files(repo.repo_id)

    @Slot(int, object)
    def _show_files(self, ticket: int, models: list[RemoteModel]) -> None:
        if ticket != self.lookup.files_ticket:
            return
        item = self.repos.currentItem()
        repo: RepoSummary | None = item.data(ROLE) if item is not None else None
        conn = self.lookup.used
        note = ""
        if not models:
            note = self.tr("This repository has no GGUF model files.")
        elif repo is not None and repo.gated and conn is not None:
            note = hub_error_text(hub_errors.gated(repo.repo_id, conn.endpoint, conn.sends_token))
        self._set_status(self.files_status, note)
        for model in models:
            row = FileRow(model)
            row.download_requested.connect(self.download_requested)
            self.files_layout.insertWidget(self.files_layout.count() - 1, row)
            self.rows[model.files[0].path] = row

    @Slot(int, object, object)
    def _show_verdict(self, ticket: int, model: RemoteModel, result: object) -> None:
        row = self.rows.get(model.files[0].path)
        if ticket == self.lookup.files_ticket and row is not None:
            row.show_verdict(cast("Verdict | HearthError", result))

    @Slot(int, object)
    def _show_error(self, ticket: int, error: HearthError) -> None:
        if ticket == self.lookup.search_ticket:
            self._set_status(self.status, self.error_text(error), error=True)
        elif ticket == self.lookup.files_ticket:
            self._set_status(self.files_status, self.error_text(error), error=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._searched:  # the first look shows the most downloaded GGUF models
            self.search()
