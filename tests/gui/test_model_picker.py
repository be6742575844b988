"""The model picker names where each model comes from as people know it (#15)."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from pytestqt.qtbot import QtBot

from hearth.library import InstalledModel
from hearth.library.sources import APP_NAMES, AppSource, ModelSource, app_name
from hearth.ui.model_picker import ModelPicker


def _model(source: ModelSource, name: str) -> InstalledModel:
    return InstalledModel(
        id=name.lower(), name=name, quant="Q4_K_M", path=Path(f"/m/{name}.gguf"),
        size_bytes=1, source=source, found_in="/m",
    )  # fmt: skip


def test_each_model_says_where_it_comes_from(qtbot: QtBot) -> None:
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.set_models(
        [
            _model("starter", "Starter"),
            _model("hearth", "Mine"),
            _model("imported", "Added"),
            _model("ollama", "Llama"),
            _model("lmstudio", "Qwen"),
        ]
    )
    labels = [picker.itemText(i) for i in range(picker.count())]
    assert labels == [
        "Starter · Q4_K_M",
        "Mine · Q4_K_M",
        "Added · Q4_K_M  —  your file",
        "Llama · Q4_K_M  —  from Ollama",  # never the raw id "ollama"
        "Qwen · Q4_K_M  —  from LM Studio",
    ]


def test_every_other_app_has_a_name() -> None:
    assert set(APP_NAMES) == set(get_args(AppSource))
    assert app_name("jan") == "Jan" and app_name("hearth") is None and app_name("file") is None
