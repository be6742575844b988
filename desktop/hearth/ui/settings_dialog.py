"""Settings: the engine (threads, context, idle unload) and serving other apps."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
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

MAX_THREADS = 256


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` returns it after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = self._section(layout, self.tr("The model"))

        self.threads = QSpinBox()
        self.threads.setRange(0, MAX_THREADS)
        self.threads.setSpecialValueText(
            self.tr("Automatic ({count})").format(count=settings_mod.physical_cores())
        )
        self.threads.setValue(settings.n_threads)
        form.addRow(self.tr("CPU threads:"), self.threads)
        hint = QLabel(
            self.tr(
                "Automatic uses one thread per physical core. On some small machines fewer "
                "threads are faster: try it and watch the tokens/s in the status bar."
            )
        )
        hint.setWordWrap(True)
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

        self.serve = QCheckBox(self.tr("Let other apps on this computer use the model"))
        self.serve.setChecked(settings.serve_enabled)
        self.serve.setToolTip(
            self.tr(
                "An OpenAI-compatible API at http://127.0.0.1:PORT/v1, "
                "reachable only from this computer."
            )
        )
        form = self._section(layout, self.tr("Other apps"))
        form.addRow(self.serve)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(settings.serve_port)
        form.addRow(self.tr("Port:"), self.port)
        self.api_key = QLineEdit(tokens.get_token(tokens.SERVE_KEY_ACCOUNT) or "")
        self._original_key = self.api_key.text()
        self.api_key.setPlaceholderText(self.tr("apps must send this key (kept in the keyring)"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        form.addRow(self.tr("API key:"), self.api_key)
        for widget in (self.port, self.api_key):
            widget.setEnabled(self.serve.isChecked())
            self.serve.toggled.connect(widget.setEnabled)

        form = self._section(layout, self.tr("Hugging Face"))
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
        self.token.setPlaceholderText(
            self.tr("saved in your system's keyring")
            if tokens.has_token()
            else self.tr("for gated models (optional)")
        )
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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _section(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        layout.addWidget(box)
        return QFormLayout(box)

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
        )

    def save_token(self) -> str:
        """Store a newly typed token and serve key in the keyring; an error message, or ""."""
        token = self.token.text().strip()
        key = self.api_key.text().strip()
        try:
            if token:
                tokens.set_token(token)
            if key != self._original_key:
                tokens.set_token(key, tokens.SERVE_KEY_ACCOUNT)
        except HearthError as exc:
            return exc.message
        return ""

    def changed_engine_settings(self) -> bool:
        """Whether the engine must restart for the new settings to apply."""

        def engine_part(s: Settings) -> tuple[object, ...]:
            return (s.n_threads, s.n_ctx, s.serve_enabled, s.serve_port)

        key_changed = self.api_key.text().strip() != self._original_key
        return key_changed or engine_part(self.result_settings()) != engine_part(self._original)
