"""Which model the window chats with: the installed list, the picker's choice, loading it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from hearth import settings as settings_mod
from hearth.engine import EngineConfig
from hearth.errors import HearthError
from hearth.library import InstalledModel
from hearth.settings import Settings
from hearth.ui.chat_controller import ChatController
from hearth.ui.messages import offload_placement, user_message
from hearth.ui.model_picker import ModelPicker
from hearth.ui.workers import EngineController, Relay

log = logging.getLogger(__name__)


def _serve_key(settings: Settings) -> str | None:
    """The user's key for other apps, when serving them (blocking: the keyring)."""
    if not settings.serve_enabled:
        return None
    from hearth.library import tokens

    return tokens.get_token(tokens.SERVE_KEY_ACCOUNT)


class ModelLoader(QObject):
    """Keeps the picker's models and loads the chosen one in the engine.

    The models are listed on a worker (discovery walks other apps' folders) and
    the engine config is planned on the loading thread (it reads the model's
    header and the keyring), so neither holds up the window. The first load
    waits for `start()` (the window on screen) and the first listing.

    Signals: `listed()` a listing reached the picker (the first one, or after
    `refresh`); `status(str)` the status-bar line about the model;
    `loading_changed(bool)` a load began or ended; `load_failed(str)` why a load
    failed, worded for the banner; `ready(int)` the loaded engine's context length.
    """

    listed = Signal()
    status = Signal(str)
    loading_changed = Signal(bool)
    load_failed = Signal(str)
    ready = Signal(int)

    def __init__(
        self,
        picker: ModelPicker,
        engines: EngineController,
        chat: ChatController,
        settings: Callable[[], Settings],
        save_settings: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.picker = picker
        self.engines = engines
        self.chat = chat
        self._settings = settings
        self._save_settings = save_settings
        self._listings = 0  # a newer listing makes an older one's answer stale
        self._select: Path | None = None
        self._has_listed = False
        self._started = False
        self._loading_since = time.monotonic()
        picker.currentIndexChanged.connect(self._model_chosen)
        engines.loading.connect(self._on_loading)
        engines.loaded.connect(self._on_loaded)
        engines.load_failed.connect(self._on_load_failed)
        engines.unloaded.connect(self._on_unloaded)
        # Carries (listing number, list[InstalledModel] or None) from the worker.
        self._lister = Relay()
        self._lister.done.connect(self._listing_done)

    # ----- the installed models -------------------------------------------------

    @property
    def models(self) -> list[InstalledModel]:
        return self.picker.models

    def current_model(self) -> InstalledModel | None:
        return self.picker.current_model()

    def has_listed(self) -> bool:
        return self._has_listed

    def show_models(self, models: list[InstalledModel]) -> None:
        """Use `models` as they are (a caller that listed them already)."""
        self._listings += 1
        self._on_found(self._listings, models)

    def refresh(self, select: Path | None = None) -> None:
        """List the models again (after a download, import or delete), on a worker;
        `select` is chosen when it is among them. `listed` says when it is done."""
        self._listings += 1
        listing = self._listings
        self._select = select or self._select

        def work() -> tuple[int, list[InstalledModel] | None]:
            # Looked up when it runs: tests check which thread calls it.
            from hearth import library

            try:
                return listing, library.list_installed()
            except Exception:  # keep the list shown; never leave `listed` unsent
                log.exception("Could not list the installed models")
                return listing, None

        self._lister.run(work)

    @Slot(object)
    def _listing_done(self, result: tuple[int, list[InstalledModel] | None]) -> None:
        self._on_found(*result)

    def _on_found(self, listing: int, models: list[InstalledModel] | None) -> None:
        if listing != self._listings:
            return  # a newer listing is on its way
        select, self._select = self._select, None
        first = not self._has_listed
        self._has_listed = True
        before = self.current_model()
        if models is not None:
            keep = before.id if before else self._settings().last_model
            self.picker.set_models(models, keep, select)
        after = self.current_model()
        if first:
            if not self.models:
                self.status.emit(self.tr("No models installed yet."))
            elif self._started:
                self.reload()
        elif after is not None and (before is None or after.path != before.path):
            self._model_chosen(self.picker.currentIndex())
        self.listed.emit()

    # ----- loading -----------------------------------------------------------------

    def start(self) -> None:
        """Load the chosen model: now, or when the first listing arrives."""
        self._started = True
        if self._has_listed:
            self.reload()

    def choose(self, model: InstalledModel) -> None:
        """Select `model` in the picker; it loads, unless it is the current one."""
        index = next((i for i, m in enumerate(self.models) if m.path == model.path), -1)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    @Slot()
    def open_picker(self) -> None:
        self.picker.setFocus()
        self.picker.showPopup()

    @Slot()
    def reload(self) -> None:
        """(Re)load the chosen model with the settings and the open chat's wishes."""
        model = self.current_model()
        if model is None:
            return
        settings = self._settings()
        conversation = self.chat.conversation
        n_ctx = (conversation.n_ctx if conversation else None) or settings.n_ctx or None
        threads = settings_mod.effective_threads(settings)
        port = settings.serve_port if settings.serve_enabled else 0
        thinking = self.chat.wanted_thinking()

        def config() -> EngineConfig:
            # Imported here, on the loading thread: planning is not needed to open the window.
            from hearth.chats.chat_template import model_traits
            from hearth.planner.engine_settings import planned_engine_config

            planned = planned_engine_config(
                model.path, n_threads=threads, n_ctx=n_ctx, port=port, api_key=_serve_key(settings)
            )
            if thinking is None:  # the model's default: no need to read its template here
                return planned
            switch = model_traits(model.path).thinking
            if switch is None or thinking not in switch.choices:
                return planned
            return replace(planned, template_kwargs=((switch.kwarg, thinking),))

        self.engines.load(config, model.display_name, settings.load_timeout_s)

    @Slot(int)
    def _model_chosen(self, _index: int) -> None:
        model = self.current_model()
        if model is None:
            return
        self.chat.streamer.stop()
        self._settings().last_model = model.id
        self._save_settings()
        self.reload()

    @Slot(str)
    def _on_loading(self, name: str) -> None:
        self._loading_since = time.monotonic()
        self.status.emit(self.tr("Loading {model}…").format(model=name))
        self.loading_changed.emit(True)

    @Slot(str)
    def _on_loaded(self, name: str) -> None:
        seconds = time.monotonic() - self._loading_since
        text = self.tr("{model} — ready (loaded in {seconds:.1f} s)").format(
            model=name, seconds=seconds
        )
        engine = self.engines.engine
        where = offload_placement(engine.offload if engine else None)
        if where:
            text += " · " + where
        settings = self._settings()
        if settings.serve_enabled:
            text += " · " + self.tr("serving other apps at {url}/v1").format(
                url=f"http://127.0.0.1:{settings.serve_port}"
            )
        self.status.emit(text)
        self.loading_changed.emit(False)
        self.ready.emit(engine.config.n_ctx if engine else 0)

    @Slot(object)
    def _on_load_failed(self, error: HearthError) -> None:
        self.status.emit(self.tr("{model} — not loaded").format(model=self.engines.model_name))
        self.loading_changed.emit(False)
        self.load_failed.emit(user_message(error))

    @Slot()
    def _on_unloaded(self) -> None:
        self.status.emit(
            self.tr("{model} was unloaded to free memory; it loads again when you send.").format(
                model=self.engines.model_name
            )
        )
