"""The model picker: installed models by name, grouped by where they were found."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from hearth.library import InstalledModel
from hearth.library.sources import app_name


class ModelPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[InstalledModel] = []
        self.setMinimumWidth(280)
        self.setToolTip(self.tr("The model you are chatting with (Ctrl+M)"))

    def set_models(
        self, models: Sequence[InstalledModel], model_id: str = "", path: Path | None = None
    ) -> None:
        """Show `models`, selecting the one at `path`, else `model_id`, else the first.

        Emits no signal: the caller decides whether a different selection loads.
        """
        with QSignalBlocker(self):
            self.clear()
            self.models = list(models)
            for model in self.models:
                tip = str(model.path) if model.source != "starter" else self.tr("Comes with Hearth")
                label = model.display_name
                app = app_name(model.source)
                if model.source == "imported":
                    label = self.tr("{model}  —  your file").format(model=label)
                elif app is not None:
                    label = self.tr("{model}  —  from {app}").format(model=label, app=app)
                self.addItem(label, model.id)
                self.setItemData(self.count() - 1, tip)
            index = -1
            if path is not None:
                index = next((i for i, m in enumerate(self.models) if m.path == path), -1)
            if index < 0:
                index = self.findData(model_id)
            self.setCurrentIndex(max(index, 0) if self.models else -1)

    def current_model(self) -> InstalledModel | None:
        index = self.currentIndex()
        return self.models[index] if 0 <= index < len(self.models) else None
