"""The main window: pick a model, chat with it, stop it, reload it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth import __version__
from hearth import settings as settings_mod
from hearth.engine import ChatParams, EngineConfig, StreamStats
from hearth.errors import HearthError
from hearth.library import InstalledModel, list_installed
from hearth.ui.chat_input import ChatInput
from hearth.ui.messages import user_message
from hearth.ui.settings_dialog import SettingsDialog
from hearth.ui.transcript import TranscriptView
from hearth.ui.workers import EngineController, ReplyStreamer

if TYPE_CHECKING:
    from hearth.ui.hardware_panel import HardwarePanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, models: list[InstalledModel] | None = None) -> None:
        super().__init__()
        self.settings = settings_mod.load()
        self.models = list_installed() if models is None else models
        self.messages: list[dict[str, str]] = []
        self._send_when_loaded = False
        self._loaded_once = False
        # Sampling for new replies (per conversation once conversations are stored).
        self.chat_params = ChatParams()

        self.hardware_panel: HardwarePanel | None = None
        self.engines = EngineController(self)
        self.streamer = ReplyStreamer(self)
        self._build()
        self._connect()
        self._fill_models()
        self.setWindowTitle(self.tr("Hearth"))
        self.resize(900, 680)

    # ----- layout ---------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Model:")))
        self.model_picker = QComboBox()
        self.model_picker.setMinimumWidth(320)
        self.model_picker.setToolTip(self.tr("The model you are chatting with (Ctrl+M)"))
        top.addWidget(self.model_picker, 1)
        layout.addLayout(top)

        self.transcript = TranscriptView()
        layout.addWidget(self.transcript, 1)

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QFrame { background: #fff4e5; border: 1px solid #f0b35a; }")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("Reload model"))
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.reload_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        bottom = QHBoxLayout()
        self.input = ChatInput()
        bottom.addWidget(self.input, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.setEnabled(False)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.stop_button)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

        self.model_status = QLabel()
        self.speed_status = QLabel()
        self.statusBar().addWidget(self.model_status, 1)
        self.statusBar().addPermanentWidget(self.speed_status)
        self._build_menus()
        self.input.setFocus()

    def _build_menus(self) -> None:
        chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        self.new_chat_action = QAction(self.tr("&New chat"), self)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        self.stop_action = QAction(self.tr("&Stop reply"), self)
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.choose_model_action = QAction(self.tr("Choose &model"), self)
        self.choose_model_action.setShortcut(QKeySequence("Ctrl+M"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_chat_action, self.stop_action, self.choose_model_action):
            chat_menu.addAction(action)
        chat_menu.addSeparator()
        chat_menu.addAction(self.settings_action)
        chat_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.hardware_action = QAction(self.tr("This &computer…"), self)
        self.hardware_action.setShortcut(QKeySequence("Ctrl+I"))
        self.hardware_action.triggered.connect(self.open_hardware)
        help_menu.addAction(self.hardware_action)
        about = QAction(self.tr("&About Hearth"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.input.submitted.connect(self.send)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop_reply)
        self.stop_action.triggered.connect(self.stop_reply)
        self.reload_button.clicked.connect(self.reload_model)
        self.new_chat_action.triggered.connect(self.new_chat)
        self.choose_model_action.triggered.connect(self._focus_model_picker)
        self.settings_action.triggered.connect(self.open_settings)
        self.model_picker.currentIndexChanged.connect(self._model_chosen)
        self.engines.loading.connect(self._on_loading)
        self.engines.loaded.connect(self._on_loaded)
        self.engines.load_failed.connect(self._on_load_failed)
        self.streamer.text_ready.connect(self.transcript.append_reply)
        self.streamer.finished.connect(self._on_reply_finished)
        self.streamer.failed.connect(self._on_reply_failed)

    def _fill_models(self) -> None:
        self.model_picker.blockSignals(True)
        for model in self.models:
            self.model_picker.addItem(model.display_name, model.id)
        wanted = self.model_picker.findData(self.settings.last_model)
        self.model_picker.setCurrentIndex(max(wanted, 0))
        self.model_picker.blockSignals(False)
        if not self.models:
            self.model_status.setText(self.tr("No models installed yet."))
            self._update_buttons()

    # ----- model loading --------------------------------------------------

    def current_model(self) -> InstalledModel | None:
        index = self.model_picker.currentIndex()
        return self.models[index] if 0 <= index < len(self.models) else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            # Load after the window is on screen, never before it.
            QTimer.singleShot(0, self.reload_model)

    @Slot()
    def reload_model(self) -> None:
        model = self.current_model()
        if model is None:
            return
        self.banner.hide()
        config = EngineConfig(
            model_path=model.path,
            n_ctx=self.settings.n_ctx,
            n_threads=settings_mod.effective_threads(self.settings),
        )
        self.engines.load(config, model.display_name, self.settings.load_timeout_s)

    @Slot(int)
    def _model_chosen(self, index: int) -> None:
        model = self.current_model()
        if model is None:
            return
        if self.streamer.is_active():
            self.streamer.stop()
        self.settings.last_model = model.id
        self._save_settings()
        self.reload_model()

    @Slot(str)
    def _on_loading(self, name: str) -> None:
        self.model_status.setText(self.tr("Loading {model}…").format(model=name))
        self.speed_status.clear()
        self._update_buttons()

    @Slot(str)
    def _on_loaded(self, name: str) -> None:
        self.model_status.setText(self.tr("{model} — ready").format(model=name))
        self._update_buttons()
        if self._send_when_loaded:
            self._send_when_loaded = False
            self._start_reply()

    @Slot(object)
    def _on_load_failed(self, error: HearthError) -> None:
        self._send_when_loaded = False
        self.model_status.setText(
            self.tr("{model} — not loaded").format(model=self.engines.model_name)
        )
        self._show_banner(user_message(error))
        self._update_buttons()

    def _show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    # ----- chatting -------------------------------------------------------

    @Slot()
    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.streamer.is_active() or self._send_when_loaded:
            return
        if self.current_model() is None:
            self._show_banner(self.tr("There is no model to chat with yet."))
            return
        self.input.clear()
        self.messages.append({"role": "user", "content": text})
        self.transcript.add_user_message(text)
        if self.engines.is_ready():
            self._start_reply()
        else:
            # Loading, or failed: the message waits, shown, until a model is ready.
            self._send_when_loaded = True
            if self.banner.isVisible():
                self.reload_model()
            self.model_status.setText(
                self.tr("Your message will be sent when {model} has loaded.").format(
                    model=self.engines.model_name
                )
            )
        self._update_buttons()

    def _start_reply(self) -> None:
        engine = self.engines.engine
        if engine is None:
            self._send_when_loaded = True
            return
        self.transcript.begin_reply(self.engines.model_name)
        self.speed_status.setText(self.tr("thinking…"))
        self.streamer.start(engine.base_url, list(self.messages), self.chat_params)
        self._update_buttons()

    @Slot()
    def stop_reply(self) -> None:
        self.streamer.stop()

    @Slot(object)
    def _on_reply_finished(self, stats: StreamStats) -> None:
        note = self.tr("stopped") if stats.cancelled else ""
        if stats.finish_reason == "length":
            note = self.tr("reply cut at its length limit")
        self._keep_reply(self.transcript.end_reply(note))
        self._show_speed(stats)
        self._update_buttons()
        self.input.setFocus()

    @Slot(object, object)
    def _on_reply_failed(self, error: HearthError, stats: StreamStats) -> None:
        self._keep_reply(self.transcript.end_reply(self.tr("interrupted")))
        engine = self.engines.engine
        if engine is not None and not engine.is_running():
            log.error("Engine died mid-reply (exit code %s)", engine.exit_code())
            self.model_status.setText(
                self.tr("{model} — stopped unexpectedly").format(model=self.engines.model_name)
            )
        self._show_banner(user_message(error))
        self._update_buttons()

    def _keep_reply(self, text: str) -> None:
        if text:
            self.messages.append({"role": "assistant", "content": text})

    def _show_speed(self, stats: StreamStats) -> None:
        speed = stats.tokens_per_second
        if speed is None:
            self.speed_status.clear()
        else:
            self.speed_status.setText(
                self.tr("{tokens} tokens · {speed:.1f} tokens/s").format(
                    tokens=stats.tokens, speed=speed
                )
            )

    @Slot()
    def new_chat(self) -> None:
        self.streamer.stop()
        self.messages.clear()
        self.transcript.clear()
        self.input.setFocus()

    def _update_buttons(self) -> None:
        streaming = self.streamer.is_active()
        self.stop_button.setEnabled(streaming)
        self.send_button.setEnabled(not streaming and bool(self.models))

    # ----- settings and the rest -----------------------------------------

    @Slot()
    def _focus_model_picker(self) -> None:
        self.model_picker.setFocus()
        self.model_picker.showPopup()

    @Slot()
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and dialog.changed_engine_settings():
            self.settings = dialog.result_settings()
            self._save_settings()
            self.reload_model()

    def _save_settings(self) -> None:
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

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Hearth"),
            self.tr("Hearth {version}\nOpen language models on your own computer, offline.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.streamer.stop()
        self.engines.shutdown()
        super().closeEvent(event)
