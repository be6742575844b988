"""Settings: threads and context length for the engine."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from hearth import settings as settings_mod
from hearth.settings import Settings

MAX_THREADS = 256


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` returns it after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        form = QFormLayout(self)

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
        self.context.setRange(512, 262_144)
        self.context.setSingleStep(1024)
        self.context.setSuffix(self.tr(" tokens"))
        self.context.setValue(settings.n_ctx)
        form.addRow(self.tr("Context length:"), self.context)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        return replace(self._original, n_threads=self.threads.value(), n_ctx=self.context.value())

    def changed_engine_settings(self) -> bool:
        new = self.result_settings()
        return (new.n_threads, new.n_ctx) != (self._original.n_threads, self._original.n_ctx)
