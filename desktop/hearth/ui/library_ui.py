"""The model library in the window: downloads, import, delete, show in the file manager."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QStatusBar, QWidget

from hearth.errors import HearthError
from hearth.ui.messages import user_message
from hearth.ui.model_loader import ModelLoader
from hearth.ui.navigation import PageSwitcher
from hearth.ui.workers import Call, EngineController

if TYPE_CHECKING:
    from hearth.catalog.model import CatalogDownload
    from hearth.library.downloads import DownloadStatus
    from hearth.library.hub import RemoteModel
    from hearth.ui.downloads_panel import DownloadsBridge

log = logging.getLogger(__name__)


def remote_model_for(download: CatalogDownload) -> RemoteModel:
    """The downloader's description of a catalog quant (its exact, checked files)."""
    from hearth.library.hub import RemoteFile, RemoteModel

    files = tuple(RemoteFile(download.repo, f.name, f.size, f.sha256) for f in download.files)
    return RemoteModel(download.repo, download.entry.name, download.quant.name, files)


class LibraryActions(QObject):
    """The library's commands for the main window: what is installed comes from
    `loader` (listed again after a change), downloads show on `pages`, and
    `parent` is also the parent of the dialogs it opens. `_checked(object)`
    carries a CatalogDownload refreshed from the hub, from the worker back to the
    GUI thread."""

    _checked = Signal(object)

    def __init__(
        self,
        loader: ModelLoader,
        engines: EngineController,
        pages: PageSwitcher,
        status_bar: QStatusBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._checked.connect(self._queue_checked)
        self.loader = loader
        self.engines = engines
        self.pages = pages
        self.status_bar = status_bar
        self.dialog_parent = parent
        self._bridge: DownloadsBridge | None = None
        self.resume_button = QPushButton()
        self.resume_button.hide()
        self.resume_button.clicked.connect(self.resume_unfinished)
        status_bar.addPermanentWidget(self.resume_button)
        self._unfinished: list[RemoteModel] = []

    # ----- downloads --------------------------------------------------------

    def bridge(self) -> DownloadsBridge:
        """The download queue, started the first time it is needed."""
        if self._bridge is None:
            from hearth.library.downloads import DownloadManager
            from hearth.ui.downloads_panel import DownloadsBridge

            self._bridge = DownloadsBridge(DownloadManager(), self)
            self._bridge.finished.connect(self._downloaded)
        return self._bridge

    def make_discover_page(self) -> QWidget:
        from hearth.ui.discover import DiscoverPage

        page = DiscoverPage()
        page.download_requested.connect(self.download_catalog_model)
        return page

    def make_hub_search_page(self) -> QWidget:
        from hearth.ui.hub_search import HubSearchPage

        page = HubSearchPage()
        page.download_requested.connect(self.download)
        return page

    def make_downloads_page(self) -> QWidget:
        from hearth.ui.downloads_panel import DownloadsPanel

        return DownloadsPanel(self.bridge())

    @Slot(object)
    def download_catalog_model(self, download: CatalogDownload) -> None:
        """Check the entry against the hub's current file list, then queue it.

        Publishers rename and re-upload files; the catalog's names and sizes are
        refreshed from the hub when it answers (on a worker: the check may wait
        for a slow network), and used as they are when it does not.
        """

        def work() -> None:
            from hearth.catalog.hub import refresh_entry
            from hearth.catalog.model import CatalogDownload
            from hearth.library.hub import current_connection

            chosen = download
            try:
                entry = refresh_entry(download.entry, conn=current_connection()).entry
                quant = next((q for q in entry.quants if q.name == download.quant.name), None)
                if quant is not None:
                    chosen = CatalogDownload(entry, quant)
            except HearthError as exc:
                log.info("Using the catalog's file list for %s: %s", download.entry.repo, exc)
            self._checked.emit(chosen)

        self.status_bar.showMessage(
            self.tr("Checking {name} on Hugging Face…").format(name=download.entry.name), 5000
        )
        QThreadPool.globalInstance().start(Call(work))

    @Slot(object)
    def _queue_checked(self, download: CatalogDownload) -> None:
        self.download(remote_model_for(download))

    @Slot(object)
    def download(self, model: RemoteModel) -> None:
        self.bridge().add(model)
        self.pages.show_page("downloads")

    @Slot(object)
    def _downloaded(self, status: DownloadStatus) -> None:
        self.loader.refresh(select=status.path)
        self.status_bar.showMessage(
            self.tr("{name} is ready to chat with.").format(name=status.model.name), 8000
        )

    def offer_unfinished(self) -> None:
        """Downloads stopped by a closed (or killed) Hearth: one click continues them."""
        from hearth.library.model_download import unfinished_downloads

        try:
            self._unfinished = unfinished_downloads()
        except OSError as exc:
            log.warning("Could not look for unfinished downloads: %s", exc)
            self.status_bar.showMessage(
                self.tr("Could not look for unfinished downloads: {error}").format(
                    error=exc.strerror or exc
                ),
                15000,
            )
            return
        if self._unfinished:
            n = len(self._unfinished)
            self.resume_button.setText(
                self.tr("Continue the unfinished download")
                if n == 1
                else self.tr("Continue %n unfinished downloads", "", n)
            )
            self.resume_button.show()

    @Slot()
    def resume_unfinished(self) -> None:
        for model in self._unfinished:
            self.bridge().add(model)
        self._unfinished = []
        self.resume_button.hide()
        self.pages.show_page("downloads")

    def close(self) -> None:
        if self._bridge is not None:
            self._bridge.close()

    # ----- files -----------------------------------------------------------

    @Slot()
    def import_with_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            self.tr("Add a model file"),
            str(Path.home()),
            self.tr("GGUF models (*.gguf)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        from hearth.library.manage import import_model

        try:
            model = import_model(path)
        except HearthError as exc:
            QMessageBox.warning(
                self.dialog_parent, self.tr("Cannot add this file"), user_message(exc)
            )
            return False
        self.loader.refresh(select=model.path)
        self.status_bar.showMessage(
            self.tr("Added {name}; it stays where it is.").format(name=model.display_name), 8000
        )
        return True

    @Slot()
    def delete_current(self) -> None:
        from hearth.library.manage import delete_model, plan_delete
        from hearth.library.model_download import human_size

        model = self.loader.current_model()
        if model is None:
            return
        try:
            plan = plan_delete(model, delete_files=model.source == "hearth")
        except HearthError as exc:
            QMessageBox.information(self.dialog_parent, self.tr("Delete model"), user_message(exc))
            return
        if plan.files:
            question = self.tr("Delete {name}? This frees {size} on disk.").format(
                name=model.display_name, size=human_size(plan.freed_bytes)
            )
        else:
            question = self.tr(
                "Remove {name} from Hearth? The file itself stays where it is."
            ).format(name=model.display_name)
        answer = QMessageBox.question(self.dialog_parent, self.tr("Delete model"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.engines.unload()
        try:
            done = delete_model(model, delete_files=model.source == "hearth")
        except (HearthError, OSError) as exc:
            log.warning("Deleting %s failed: %s", model.path, exc)
            text = (
                user_message(exc)
                if isinstance(exc, HearthError)
                else self.tr("{name} could not be deleted: {error}").format(
                    name=model.display_name, error=exc.strerror or exc
                )
            )
            QMessageBox.warning(self.dialog_parent, self.tr("Delete model"), text)
            return
        self.loader.refresh()
        self.status_bar.showMessage(
            self.tr("Deleted {name}: {size} freed.").format(
                name=model.display_name, size=human_size(done.freed_bytes)
            ),
            8000,
        )

    @Slot()
    def reveal_current(self) -> None:
        model = self.loader.current_model()
        if model is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(model.path.parent)))
