"""The first-run welcome in the real window: this computer, the first model, two ways to start."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hearth import paths
from hearth import settings as settings_mod
from hearth.catalog import default_catalog
from hearth.catalog.model import CatalogError
from hearth.hardware import HardwareProfile, detect
from hearth.hardware.profile import HardwareNote
from hearth.library import list_installed
from hearth.library.installed import describe
from hearth.ui.discover import CatalogEvaluator
from hearth.ui.main_window import MainWindow
from hearth.ui.messages import data_size, gigabytes
from hearth.ui.welcome import WelcomeDialog
from tests.support.hub_server import HubServer

PROFILES = Path(__file__).parents[1] / "fixtures" / "profiles"
GIB = 1024**3


def _profile(machine: str) -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / f"{machine}.json").read_text()))


def _on_machine(monkeypatch: pytest.MonkeyPatch, profile: HardwareProfile) -> None:
    """The welcome plans for this recorded machine instead of detecting the real one."""
    evaluate = CatalogEvaluator.evaluate

    def recorded(self: CatalogEvaluator, _profile: object, n_ctx: int | None = None) -> None:
        evaluate(self, profile, n_ctx)

    monkeypatch.setattr(CatalogEvaluator, "evaluate", recorded)


def _welcome(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    """The welcome the window opened by itself, once it has looked at the computer."""
    qtbot.waitUntil(lambda: getattr(window, "welcome", None) is not None, timeout=5000)
    welcome: WelcomeDialog = window.welcome
    assert welcome.isVisible()
    qtbot.waitUntil(welcome.busy.isHidden, timeout=30_000)
    QApplication.processEvents()  # rows added to a shown layout show on the next turn
    return welcome


def _text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _fact(welcome: WelcomeDialog, name: str) -> str:
    """The value next to `name` ("Memory:") in what the welcome found."""
    form = welcome.facts
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        if isinstance(label, QLabel) and label.text() == name:
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            assert isinstance(field, QLabel)
            return field.text()
    raise AssertionError(f"no {name} row")


def test_first_run_shows_this_computer_and_the_recommended_model(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    _on_machine(monkeypatch, _profile("desktop-rtx3060-12gb"))
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert welcome.windowTitle() == "Welcome to Hearth"
    assert not welcome.isModal()  # the window stays usable behind it
    assert _fact(welcome, "Processor:") == "AMD Ryzen 5 5600X, 6 cores"
    assert _fact(welcome, "Memory:") == "31.5 GB"  # the recorded machine's
    assert _fact(welcome, "Graphics:") == "NVIDIA GeForce RTX 3060 with 12.0 GB of its own memory"
    text = _text(welcome)
    assert welcome.choice is not None and welcome.choice.entry.name == "Gemma 3 12B Instruct"
    assert "Gemma 3 12B Instruct" in text and "7.3 GB" in text
    assert "words per second, faster than you can read" in text
    assert "It fits on your graphics card, with 2.0 GB to spare." in text
    assert welcome.download_button.isVisible()
    assert welcome.download_button.text() == "Download Gemma 3 12B Instruct (7.3 GB)"
    assert welcome.start_button.text() == "Start chatting now with the small built-in model"
    assert "works without the internet" in welcome.start_button.description()
    assert welcome.start_button.isDefault() and not welcome.download_button.isDefault()


def test_start_now_chats_with_the_built_in_model_and_the_welcome_shows_once(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    second = paths.models_dir() / "Second-Model-Q4_1.gguf"
    shutil.copyfile(starter_model, second)
    models = [describe(second, "hearth"), describe(starter_model, "starter")]
    window = make_window(models, wait_loaded=False, first_run=True)
    assert window.current_model() == models[0]
    welcome = _welcome(qtbot, window)  # on this machine, detected for real
    assert _fact(welcome, "Memory:") == f"{gigabytes(detect().memory.total_bytes)} GB"
    assert welcome.choice is not None and welcome.choice.entry.name in _text(welcome)
    assert "Hearth also found a model already on this computer" in welcome.others.text()
    with qtbot.waitSignal(
        window.engines.loaded,
        timeout=120_000,
        check_params_cb=lambda name: name.startswith("SmolLM2 135M Instruct"),
    ):
        welcome.start_button.click()
    assert window.current_model() == models[1]
    assert not welcome.isVisible()
    assert window.pages.current() == "chat"
    qtbot.waitUntil(lambda: window.focusWidget() is window.input, timeout=2000)
    assert window.settings.welcome_done
    assert settings_mod.load().welcome_done  # the next start opens no welcome


def test_download_starts_the_real_download_and_opens_downloads(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    starter_model: Path,
) -> None:
    _on_machine(monkeypatch, _profile("desktop-rtx3060-12gb"))
    server = HubServer().start()
    try:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        window = make_window(wait_loaded=False, first_run=True)
        welcome = _welcome(qtbot, window)
        assert welcome.choice is not None
        entry, quant = welcome.choice.entry, welcome.choice.quant
        # The local hub serves the starter's bytes under the recommended file's name.
        server.hub.add_file(entry.repo, quant.files[0].name, starter_model)
        with qtbot.waitSignal(window.library.bridge().finished, timeout=60_000):
            welcome.download_button.click()
            assert window.pages.current() == "downloads"
            assert not welcome.isVisible()
            assert settings_mod.load().welcome_done
        # The library is listed again on a worker; the new model is selected then.
        qtbot.waitUntil(lambda: window.current_model().source == "hearth", timeout=10_000)
        landed = window.current_model()
        assert landed is not None and landed.source == "hearth"
        assert landed.path.name == quant.files[0].name
        assert landed.path.stat().st_size == starter_model.stat().st_size
    finally:
        server.stop()


def test_a_failed_look_at_the_computer_still_offers_the_built_in_model(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise CatalogError("catalog_unreadable", "The model catalog could not be read.")

    monkeypatch.setattr("hearth.catalog.default_catalog", broken)
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert "Hearth could not finish looking at this computer" in welcome.status.text()
    assert "could not be read" in welcome.status.text()
    assert welcome.choice is None and welcome.download_button.isHidden()
    assert welcome.start_button.isVisible() and welcome.start_button.isEnabled()
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)  # Esc: start now, with the built-in model
    assert not welcome.isVisible()
    current = window.current_model()
    assert current is not None and current.source == "starter"
    assert settings_mod.load().welcome_done


def test_a_tiny_computer_is_told_the_built_in_model_fits_best(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny = _profile("laptop-4gb-cpu")
    tiny.memory.total_bytes, tiny.memory.available_bytes = 2 * GIB, 1 * GIB
    _on_machine(monkeypatch, tiny)
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert welcome.choice is None
    assert welcome.download_button.isHidden()
    assert "the built-in model is the best fit for it" in welcome.model_name.text()
    assert _fact(welcome, "Processor:") == "Intel Celeron N4020, 2 cores"
    assert _fact(welcome, "Memory:") == "2.0 GB"
    assert _fact(welcome, "Graphics:").startswith("None that Hearth can use")


def test_a_recommended_model_already_here_is_offered_to_chat_with(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    starter_model: Path,
) -> None:
    _on_machine(monkeypatch, _profile("desktop-rtx3060-12gb"))
    entry = default_catalog().get("gemma-3-12b-it")
    assert entry is not None
    here = paths.models_dir() / entry.repo / entry.quants[0].files[0].name
    here.parent.mkdir(parents=True)
    shutil.copyfile(starter_model, here)
    window = make_window(list_installed(discover=False), wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert welcome.download_button.text() == "Start chatting with Gemma 3 12B Instruct"
    assert welcome.download_button.isDefault()
    welcome.download_button.click()
    current = window.current_model()
    assert current is not None and current.path == here
    assert not welcome.isVisible() and window.pages.current() == "chat"


def test_a_returning_user_gets_no_welcome(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)
    qtbot.wait(200)
    assert getattr(window, "welcome", None) is None


def test_a_mac_hears_about_its_shared_memory(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    _on_machine(monkeypatch, _profile("mac-m1-8gb"))
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert welcome.choice is not None
    size = data_size(welcome.choice.quant.size)
    assert welcome.download_button.text().endswith(f"({size})")
    assert _fact(welcome, "Graphics:") == "Apple M1 GPU, sharing the main memory"
    budget, vram = welcome.choice.plan.budget, welcome.choice.plan.vram
    spare = gigabytes(budget.vram_budget - vram.total)
    assert f"It fits in this computer's shared memory, with {spare} GB to spare." in _text(welcome)


def test_an_unused_gpu_is_named_with_what_would_put_it_to_work(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CPU-only build on a machine with an NVIDIA card: say so, and what to install."""
    machine = _profile("desktop-rtx3060-12gb")
    machine.llama_devices = [d for d in machine.llama_devices if d.type == "cpu"]
    machine.notes = [
        HardwareNote("cpu_no_avx2", "Your CPU has no AVX2 instructions."),
        HardwareNote(
            "gpu_unused",
            "Your NVIDIA GeForce RTX 3060 is not used: this llama.cpp build has no CUDA "
            'backend, so models run on the CPU only. Install "Hearth for NVIDIA" from the '
            "download page.",
            {
                "gpu": "NVIDIA GeForce RTX 3060",
                "backend": "CUDA",
                "vendor": "nvidia",
                "remedy": 'CMAKE_ARGS="-DGGML_CUDA=on" pip install llama-cpp-python',
            },
        ),
    ]
    _on_machine(monkeypatch, machine)
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert _fact(welcome, "Graphics:").endswith("(Hearth runs models on the processor here)")
    # The note of that kind, not the first, worded by the window.
    assert "Your NVIDIA GeForce RTX 3060 is not used" in _text(welcome)
    assert "-DGGML_CUDA=on" in _text(welcome)
    assert "AVX2" not in _text(welcome)


def test_download_offered_while_offline_says_it_starts_when_the_network_is_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # HF_ENDPOINT is a port nothing listens on (tests/conftest.py): this computer is offline.
    _on_machine(monkeypatch, _profile("desktop-rtx3060-12gb"))
    window = make_window(wait_loaded=False, first_run=True)
    welcome = _welcome(qtbot, window)
    assert welcome.choice is not None
    welcome.download_button.click()
    assert window.pages.current() == "downloads"
    panel = window.pages.page("downloads")
    waits = "Offline — it starts by itself when the network is back (next try in "
    qtbot.waitUntil(
        lambda: [r.detail.text()[: len(waits)] for r in panel.rows.values()] == [waits],
        timeout=15_000,
    )
    (status,) = window.library.bridge().manager.statuses()
    assert status.done == 0 and status.waiting is not None and status.waiting.offline
    assert status.model.repo_id == welcome.choice.entry.repo
