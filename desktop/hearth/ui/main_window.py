"""The main window: conversations on the left, the chat in the middle, its settings on the right."""

from __future__ import annotations

import gc
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hearth import settings as settings_mod
from hearth.chats import ChatStore
from hearth.errors import HearthError
from hearth.library import InstalledModel
from hearth.settings import Settings
from hearth.ui import markdown_render, menus
from hearth.ui.banner import Banner
from hearth.ui.chat_controller import ChatController
from hearth.ui.chat_input import ChatInput
from hearth.ui.context_meter import ContextMeter
from hearth.ui.conversation_panel import ConversationPanel
from hearth.ui.conversations_ui import ConversationActions
from hearth.ui.draft import DraftKeeper
from hearth.ui.library_ui import LibraryActions
from hearth.ui.messages import user_message
from hearth.ui.model_loader import ModelLoader
from hearth.ui.model_picker import ModelPicker
from hearth.ui.navigation import PageSwitcher
from hearth.ui.settings_dialog import SettingsDialog, save_secrets
from hearth.ui.sidebar import ConversationSidebar
from hearth.ui.transcript import TranscriptView
from hearth.ui.workers import Call, EngineController, Relay

if TYPE_CHECKING:
    from hearth.ui.hardware_panel import HardwarePanel
    from hearth.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 30_000


def _warm_up() -> None:
    """On a worker: load what the first reply would otherwise load on the GUI thread."""
    markdown_render.warm_up()
    gc.freeze()  # see hearth.ui.app.freeze_startup_objects


class MainWindow(QMainWindow):
    """The window. Its parts get their collaborators explicitly, in the order built:
    widgets, the engine and the chat, the model loader, the conversation and
    library actions, then the menus that call them."""

    def __init__(
        self, models: list[InstalledModel] | None = None, store: ChatStore | None = None
    ) -> None:
        super().__init__()
        self.settings = settings_mod.load()
        self.store = store or ChatStore()
        self.store.recover_interrupted()
        self.hardware_panel: HardwarePanel | None = None
        self.welcome: WelcomeDialog | None = None
        self._loaded_once = False
        self._last_activity = time.monotonic()

        self._build()
        self.engines = EngineController(self)
        self.chat = ChatController(
            self.store, self.engines, self.transcript, self.reload_model, self
        )
        self.streamer = self.chat.streamer
        self.model_loader = ModelLoader(
            self.model_picker,
            self.engines,
            self.chat,
            self._current_settings,
            self.save_settings,
            self,
        )
        self.conversations = ConversationActions(
            self.store,
            self.chat,
            self.sidebar,
            self.conversation_panel,
            self.statusBar(),
            self.reload_model,
            self,
        )
        self.library = LibraryActions(
            self.model_loader, self.engines, self.pages, self.statusBar(), self
        )
        self._add_library_pages()
        self.actions_by_name = menus.build(
            self,
            chat=self.chat,
            conversations=self.conversations,
            library=self.library,
            loader=self.model_loader,
            pages=self.pages,
            search_box=self.sidebar.search,
            chat_settings_toggle=self.settings_toggle,
            open_settings=self.open_settings,
            open_hardware=self.open_hardware,
        )
        self._connect()
        if models is None:
            self.model_loader.refresh()  # on a worker: discovery walks other apps' folders
        else:
            self.model_loader.show_models(models)
        self._update_buttons()
        self.conversations.refresh_sidebar()
        self.chat.new_conversation()
        self.setWindowTitle(self.tr("Hearth"))
        self.setAcceptDrops(True)  # drop a .gguf on the window to add it
        self.resize(1180, 760)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._unload_if_idle)
        self._idle_timer.start()
        self._keyring = Relay()  # carries (problem, reload) after the settings' secrets are saved
        self._keyring.done.connect(self._secrets_saved)

    # ----- layout ---------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.sidebar = ConversationSidebar()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self._build_middle())
        self.conversation_panel = ConversationPanel()
        self.conversation_panel.hide()
        splitter.addWidget(self.conversation_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700, 260])
        self.setCentralWidget(splitter)
        self._build_status_bar()
        self.input.setFocus()

    def _build_middle(self) -> QWidget:
        """The page buttons over the pages; the chat page is built here, the rest later."""
        center = QWidget()
        layout = QVBoxLayout(center)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Model:")))
        self.model_picker = ModelPicker()
        top.addWidget(self.model_picker, 1)
        self.settings_toggle = QPushButton(self.tr("Chat settings"))
        self.settings_toggle.setCheckable(True)
        top.addWidget(self.settings_toggle)
        layout.addLayout(top)
        self.transcript = TranscriptView()
        layout.addWidget(self.transcript, 1)
        self.banner = Banner(self.tr("Reload model"))
        self.reload_button = self.banner.button
        self.banner_text = self.banner.text
        layout.addWidget(self.banner)
        bottom = QHBoxLayout()
        self.input = ChatInput()
        self.draft = DraftKeeper(self.input)
        self.draft.save_failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        bottom.addWidget(self.input, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.setEnabled(False)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.stop_button)
        layout.addLayout(bottom)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = PageSwitcher()
        self.pages.add_page("chat", self.tr("Chat"), center)
        middle_layout.addWidget(self.pages)
        middle_layout.addWidget(self.pages.stack, 1)
        return middle

    def _add_library_pages(self) -> None:
        """The library's pages, each built the first time it is shown."""
        library = self.library
        self.pages.add_page("discover", self.tr("Discover models"), library.make_discover_page)
        self.pages.add_page("hub", self.tr("Search Hugging Face"), library.make_hub_search_page)
        self.pages.add_page("downloads", self.tr("Downloads"), library.make_downloads_page)
        self.pages.finish()

    def _build_status_bar(self) -> None:
        self.model_status = QLabel()
        self.speed_status = QLabel()
        self.context_meter = ContextMeter()
        self.loading_bar = QProgressBar()  # busy indicator: llama.cpp gives no load percentage
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setFixedWidth(80)
        self.loading_bar.hide()
        self.statusBar().addWidget(self.loading_bar)
        self.statusBar().addWidget(self.model_status, 1)
        self.statusBar().addPermanentWidget(self.speed_status)
        self.statusBar().addPermanentWidget(self.context_meter)

    def _connect(self) -> None:
        self.input.submitted.connect(self.send)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop_reply)
        self.reload_button.clicked.connect(self.reload_model)
        self.settings_toggle.toggled.connect(self.conversation_panel.setVisible)
        loader = self.model_loader
        loader.status.connect(self.model_status.setText)
        loader.loading_changed.connect(self._on_loading_changed)
        loader.load_failed.connect(self.banner.show_message)
        loader.ready.connect(self._on_model_ready)
        loader.listed.connect(self._update_buttons)
        self.chat.busy_changed.connect(self._on_busy)
        self.chat.status.connect(self.model_status.setText)
        self.chat.failed.connect(self._on_reply_failed)
        self.chat.context_used.connect(self.context_meter.show_usage)
        self.conversations.title_changed.connect(self.setWindowTitle)
        self.transcript.regenerate_requested.connect(self.chat.regenerate)
        self.transcript.delete_requested.connect(self.chat.delete_message)
        self.transcript.edit_requested.connect(self._edit_message)

    # ----- the model ------------------------------------------------------

    @property
    def models(self) -> list[InstalledModel]:
        return self.model_loader.models

    def current_model(self) -> InstalledModel | None:
        return self.model_loader.current_model()

    def refresh_models(self, select: Path | None = None) -> None:
        """List the models again, on a worker; `model_loader.listed` says when it is done."""
        self.model_loader.refresh(select)

    @Slot()
    def reload_model(self) -> None:
        if self.current_model() is not None:
            self.banner.hide()
        self.model_loader.reload()

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        self.loading_bar.setVisible(loading)
        if loading:
            self.speed_status.clear()
        self._update_buttons()

    @Slot(int)
    def _on_model_ready(self, n_ctx: int) -> None:
        self.context_meter.show_usage(0, n_ctx)
        self.conversation_panel.set_thinking_switch(self.engines.traits.thinking)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            # Load after the window is on screen, never before it.
            QTimer.singleShot(0, self.model_loader.start)
            QThreadPool.globalInstance().start(Call(_warm_up))
            QTimer.singleShot(0, self.library.offer_unfinished)
            if not self.settings.welcome_done:
                self._open_welcome_when_listed()

    def _open_welcome_when_listed(self) -> None:
        """The welcome names the models found, so it waits for the first listing."""
        if self.model_loader.has_listed():
            QTimer.singleShot(0, self.open_welcome)
        else:
            self.model_loader.listed.connect(
                self.open_welcome, Qt.ConnectionType.SingleShotConnection
            )

    @Slot()
    def open_welcome(self) -> None:
        """The first-run welcome, over the window without blocking it (hearth.ui.welcome)."""
        from hearth.ui.welcome import WelcomeDialog  # imported here: only a first run needs it

        self.welcome = WelcomeDialog(
            self.model_loader,
            self.library,
            self.pages,
            self.input,
            self.settings.n_ctx or None,
            self._welcome_seen,
            self,
        )
        self.welcome.show()

    def _welcome_seen(self) -> None:
        if not self.settings.welcome_done:
            self.settings.welcome_done = True
            self.save_settings()

    @Slot()
    def _unload_if_idle(self) -> None:
        minutes = self.settings.unload_after_min
        idle = time.monotonic() - self._last_activity
        busy = self.chat.is_busy()
        if minutes > 0 and idle > minutes * 60 and self.engines.is_ready() and not busy:
            self.engines.unload()

    # ----- chatting -------------------------------------------------------

    @Slot()
    def send(self) -> None:
        text = self.input.toPlainText().strip()
        model = self.current_model()
        if not text or self.chat.is_busy():
            return
        if model is None and not self.model_loader.has_listed():
            # Typed while the models are still being listed: sent once they are.
            self.model_loader.listed.connect(self.send, Qt.ConnectionType.SingleShotConnection)
            return
        if model is None:
            self.banner.show_message(self.tr("There is no model to chat with yet."))
            return
        self._last_activity = time.monotonic()
        if self.banner.isVisible() and not self.engines.is_loading():
            self.banner.hide()
        if self.chat.send(text, model.id):
            self.input.clear()

    @Slot()
    def stop_reply(self) -> None:
        self.chat.stop()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self._last_activity = time.monotonic()
        self._update_buttons()
        if not busy:
            self.input.setFocus()
            views = self.transcript.message_views()
            if views and views[-1].role == "assistant":
                self.speed_status.setText(views[-1].details.text())

    @Slot(object)
    def _on_reply_failed(self, error: HearthError) -> None:
        engine = self.engines.engine
        if engine is not None and not engine.is_running():
            log.error("Engine died mid-reply (exit code %s)", engine.exit_code())
            self.model_status.setText(
                self.tr("{model} — stopped unexpectedly").format(model=self.engines.model_name)
            )
        self.banner.show_message(user_message(error))

    @Slot(int)
    def _edit_message(self, message_id: int) -> None:
        text = self.chat.take_for_edit(message_id)
        if text:
            self.input.setPlainText(text)
            self.input.setFocus()

    def _update_buttons(self) -> None:
        busy = self.chat.is_busy()
        self.stop_button.setEnabled(busy)
        self.send_button.setEnabled(not busy and bool(self.models))

    # ----- settings and the rest -----------------------------------------

    @Slot()
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if not dialog.exec():
            return
        reload = dialog.changed_engine_settings()
        new = dialog.result_settings()
        discovery_changed = new.discover_models != self.settings.discover_models
        self.settings = new
        self.save_settings()
        if discovery_changed:
            self.refresh_models()
        changes = dialog.secret_changes()
        if changes is None:
            if reload:
                self.reload_model()
            return
        # On a worker (the keyring can block); the engine reads the serve key when it
        # loads, so a reload waits for the save.
        self._keyring.run(lambda: (save_secrets(changes), reload))

    @Slot(object)
    def _secrets_saved(self, result: tuple[str, bool]) -> None:
        problem, reload = result
        if problem:
            QMessageBox.warning(self, self.tr("Token not saved"), problem)
        if reload:
            self.reload_model()

    def _current_settings(self) -> Settings:
        return self.settings  # replaced, not changed in place, by the settings dialog

    def save_settings(self) -> None:
        try:
            settings_mod.save(self.settings)
        except OSError as exc:
            log.warning("Could not save settings: %s", exc)
            self.statusBar().showMessage(
                self.tr("Could not save settings: {error}").format(error=exc), 8000
            )

    @Slot()
    def open_hardware(self) -> None:
        if self.hardware_panel is None:
            # Imported here: hardware detection is not needed to open the window.
            from hearth.ui.hardware_panel import HardwarePanel

            self.hardware_panel = HardwarePanel(self)
        self.hardware_panel.show()
        self.hardware_panel.raise_()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(u.toLocalFile().lower().endswith(".gguf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".gguf"):
                self.library.import_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.draft.save()
        self.chat.stop()
        self.library.close()
        self.engines.shutdown()
        self.store.purge_deleted()
        self.store.close()
        super().closeEvent(event)
