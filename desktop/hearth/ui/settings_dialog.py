"""Settings: the engine (threads, context, idle unload) and serving other apps."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hearth import settings as settings_mod
from hearth.errors import HearthError
from hearth.library import tokens
from hearth.settings import Settings
from hearth.ui.languages import LANGUAGES
from hearth.ui.workers import Relay

MAX_THREADS = 256


@dataclass(frozen=True)
class SavedSecrets:
    """What the keyring holds that the dialog shows: the serve key, and whether a
    Hugging Face token is saved (never the token itself)."""

    serve_key: str
    has_hub_token: bool


@dataclass(frozen=True)
class SecretChanges:
    """What to store in the keyring after OK: a new hub token ("" keeps the saved
    one) and a new serve key (None keeps it; "" removes it)."""

    hub_token: str
    serve_key: str | None


def read_secrets() -> SavedSecrets:
    """Blocking (a locked keychain may ask for a password): run it on a worker."""
    return SavedSecrets(tokens.get_token(tokens.SERVE_KEY_ACCOUNT) or "", tokens.has_token())


def save_secrets(changes: SecretChanges) -> str:
    """Store the changes in the keyring (blocking: on a worker); an error message, or ""."""
    try:
        if changes.hub_token:
            tokens.set_token(changes.hub_token)
        if changes.serve_key is not None:
            tokens.set_token(changes.serve_key, tokens.SERVE_KEY_ACCOUNT)
    except HearthError as exc:
        return exc.message
    return ""


class WrappedLabel(QLabel):
    """A word-wrapped label that a QFormLayout row gives all its lines.

    QFormLayout sizes a spanning row by the label's one-line height hint, which
    clips wrapped text (worse in languages with longer sentences); the label asks
    for the height its width needs whenever that width changes.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` returns it after OK.

    The keyring is read on a worker; `secrets_shown()` says its answer is in the
    fields (the key field stays disabled until then, so nothing typed is lost).
    """

    secrets_shown = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._original_key: str | None = None  # unknown until the keyring answers
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._add_language_section(self._section(layout, self.tr("Language")), settings)
        self._add_model_section(self._section(layout, self.tr("The model")), settings)
        self._add_serving_section(self._section(layout, self.tr("Other apps")), settings)
        self._add_hub_section(self._section(layout, self.tr("Hugging Face")), settings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._keyring = Relay()
        self._keyring.done.connect(self._show_secrets)
        self._keyring.run(read_secrets)

    def _section(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        layout.addWidget(box)
        return QFormLayout(box)

    def _add_language_section(self, form: QFormLayout, settings: Settings) -> None:
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in sorted(LANGUAGES.items(), key=lambda item: item[1]):
            self.language.addItem(name, code)
        self.language.insertItem(1, "English", "en")
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = WrappedLabel(
            self.tr("Hearth shows the new language when it starts again.")
        )
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != settings.language)
        )
        form.addRow(self.language_note)

    def _add_model_section(self, form: QFormLayout, settings: Settings) -> None:
        self.threads = QSpinBox()
        self.threads.setRange(0, MAX_THREADS)
        self.threads.setSpecialValueText(
            self.tr("Automatic ({count})").format(count=settings_mod.physical_cores())
        )
        self.threads.setValue(settings.n_threads)
        form.addRow(self.tr("CPU threads:"), self.threads)
        hint = WrappedLabel(
            self.tr(
                "Automatic uses one thread per physical core. On some small machines fewer "
                "threads are faster: try it and watch the tokens/s in the status bar."
            )
        )
        form.addRow(hint)

        self.context = QSpinBox()
        self.context.setRange(0, 262_144)
        self.context.setSpecialValueText(self.tr("Automatic (what fits)"))
        self.context.setSingleStep(1024)
        self.context.setSuffix(self.tr(" tokens"))
        self.context.setValue(settings.n_ctx)
        form.addRow(self.tr("Context length:"), self.context)

        self.unload = QSpinBox()
        self.unload.setRange(0, 24 * 60)
        self.unload.setSuffix(self.tr(" min"))
        self.unload.setSpecialValueText(self.tr("Never"))
        self.unload.setValue(settings.unload_after_min)
        form.addRow(self.tr("Unload the model when idle for:"), self.unload)

    def _add_serving_section(self, form: QFormLayout, settings: Settings) -> None:
        self.serve = QCheckBox(self.tr("Let other apps on this computer use the model"))
        self.serve.setChecked(settings.serve_enabled)
        self.serve.setToolTip(
            self.tr(
                "An OpenAI-compatible API at http://127.0.0.1:PORT/v1, "
                "reachable only from this computer."
            )
        )
        form.addRow(self.serve)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(settings.serve_port)
        form.addRow(self.tr("Port:"), self.port)
        self.api_key = QLineEdit()
        self.api_key.setPlaceholderText(self.tr("apps must send this key (kept in the keyring)"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        form.addRow(self.tr("API key:"), self.api_key)
        self.serve.toggled.connect(self._enable_serving_fields)
        self._enable_serving_fields()

    def _add_hub_section(self, form: QFormLayout, settings: Settings) -> None:
        self.hub_endpoint = QLineEdit(settings.hub_endpoint)
        self.hub_endpoint.setPlaceholderText("https://huggingface.co")
        self.hub_endpoint.setToolTip(
            self.tr(
                "Where models are downloaded from. Set a mirror where huggingface.co is "
                "slow or blocked."
            )
        )
        form.addRow(self.tr("Hugging Face address:"), self.hub_endpoint)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("for gated models (optional)"))
        self.token.setToolTip(self.tr("Kept in the system keyring, never in Hearth's files."))
        form.addRow(self.tr("Hugging Face token:"), self.token)
        self.token_to_mirror = QCheckBox(self.tr("Also send my token to this mirror"))
        self.token_to_mirror.setToolTip(
            self.tr("Off: the token goes to huggingface.co only, never to another address.")
        )
        self.token_to_mirror.setChecked(settings.send_token_to_mirror)
        form.addRow(self.token_to_mirror)
        self.discover = QCheckBox(self.tr("Use models other apps keep on this computer"))
        self.discover.setToolTip(
            self.tr("LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.")
        )
        self.discover.setChecked(settings.discover_models)
        form.addRow(self.discover)

    @Slot()
    def _enable_serving_fields(self) -> None:
        serving = self.serve.isChecked()
        self.port.setEnabled(serving)
        self.api_key.setEnabled(serving and self._original_key is not None)

    @Slot(object)
    def _show_secrets(self, saved: SavedSecrets) -> None:
        self._original_key = saved.serve_key
        self.api_key.setText(saved.serve_key)
        if saved.has_hub_token:
            self.token.setPlaceholderText(self.tr("saved in your system's keyring"))
        self._enable_serving_fields()
        self.secrets_shown.emit()

    def result_settings(self) -> Settings:
        return replace(
            self._original,
            n_threads=self.threads.value(),
            n_ctx=self.context.value(),
            unload_after_min=self.unload.value(),
            serve_enabled=self.serve.isChecked(),
            serve_port=self.port.value(),
            hub_endpoint=self.hub_endpoint.text().strip(),
            send_token_to_mirror=self.token_to_mirror.isChecked(),
            discover_models=self.discover.isChecked(),
            language=str(self.language.currentData() or ""),
        )

    def _key_changed(self) -> bool:
        return self._original_key is not None and self.api_key.text().strip() != self._original_key

    def secret_changes(self) -> SecretChanges | None:
        """What to store in the keyring (with save_secrets, on a worker); None: nothing."""
        token = self.token.text().strip()
        key = self.api_key.text().strip() if self._key_changed() else None
        return SecretChanges(token, key) if token or key is not None else None

    def changed_engine_settings(self) -> bool:
        """Whether the engine must restart for the new settings to apply."""

        def engine_part(s: Settings) -> tuple[object, ...]:
            return (s.n_threads, s.n_ctx, s.serve_enabled, s.serve_port)

        changed = engine_part(self.result_settings()) != engine_part(self._original)
        return self._key_changed() or changed
