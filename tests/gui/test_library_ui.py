"""The model library in the real window: download from Discover, add, delete."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hearth import paths
from hearth.catalog import default_catalog
from hearth.catalog.model import CatalogDownload
from hearth.cli import _import_for_window
from hearth.library import list_installed
from tests.support.hub_server import HubServer


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    server = HubServer().start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    yield server
    server.stop()


def test_download_from_discover_lands_in_the_picker(
    qtbot: QtBot, make_window, hub: HubServer, starter_model: Path
) -> None:
    # A real catalog entry whose file the publisher has since re-uploaded: the
    # hub (local) now lists other bytes under the same name. The download is
    # checked against the hub's current listing, so it arrives and verifies.
    entry = next(e for e in default_catalog().entries if e.source == "hub")
    quant = entry.quants[0]
    hub.hub.add_file(entry.repo, quant.files[0].name, starter_model)
    assert quant.files[0].size != starter_model.stat().st_size
    window = make_window()
    window.pages.show_page("discover")
    with qtbot.waitSignal(window.library.bridge().finished, timeout=60_000):
        window.pages.page("discover").download_requested.emit(CatalogDownload(entry, quant))
    assert window.pages.current() == "downloads"
    # The library is listed again on a worker (discovery walks other apps' folders).
    qtbot.waitUntil(lambda: any(m.source == "hearth" for m in window.models), timeout=10_000)
    landed = [m for m in window.models if m.source == "hearth"]
    assert len(landed) == 1 and landed[0].path.stat().st_size == starter_model.stat().st_size
    assert window.current_model() == landed[0]  # selected, and it loads
    assert "ready to chat" in window.statusBar().currentMessage()


def test_add_a_file_then_delete_a_downloaded_model(
    qtbot: QtBot, make_window, starter_model: Path, tmp_path: Path, monkeypatch
) -> None:
    elsewhere = tmp_path / "My-Own-Model-Q4_1.gguf"
    shutil.copyfile(starter_model, elsewhere)
    window = make_window()
    with qtbot.waitSignal(window.engines.loaded, timeout=120_000):
        assert window.library.import_file(elsewhere)
    assert window.current_model().path == elsewhere.resolve()
    assert elsewhere.exists()  # used in place, never copied

    owned = paths.models_dir() / "someone" / "Owned-Model-Q4_1.gguf"
    owned.parent.mkdir(parents=True)
    shutil.copyfile(starter_model, owned)
    with qtbot.waitSignal(window.model_loader.listed, timeout=10_000):
        window.refresh_models(select=owned)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.model_loader.listed, timeout=10_000):
        window.library.delete_current()
    assert not owned.exists()
    assert "freed" in window.statusBar().currentMessage()
    assert all(m.path != owned for m in window.models)


def test_not_a_model_file_is_refused_in_plain_words(
    qtbot: QtBot, make_window, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window = make_window(wait_loaded=False)
    photo = tmp_path / "photo.gguf"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a model")
    assert not window.library.import_file(photo)
    assert shown and "not in GGUF format" in shown[0]


def test_opening_a_gguf_from_the_command_line_selects_it(
    starter_model: Path, tmp_path: Path
) -> None:
    from hearth import settings

    copy = tmp_path / "Opened-Model-Q4_1.gguf"
    shutil.copyfile(starter_model, copy)
    assert _import_for_window(str(copy)) == 0
    chosen = settings.load().last_model
    assert chosen == "opened-model-q4-1"
    assert any(m.id == chosen for m in list_installed())


def test_download_from_discover_while_offline_waits_for_the_network(
    qtbot: QtBot, make_window
) -> None:
    # HF_ENDPOINT is a port nothing listens on (tests/conftest.py): this computer is offline.
    entry = next(e for e in default_catalog().entries if e.source == "hub")
    window = make_window(wait_loaded=False)
    window.pages.show_page("discover")
    window.pages.page("discover").download_requested.emit(CatalogDownload(entry, entry.quants[0]))
    qtbot.waitUntil(lambda: window.pages.current() == "downloads", timeout=15_000)
    panel = window.pages.page("downloads")
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=15_000)
    (row,) = panel.rows.values()
    qtbot.waitUntil(lambda: row.detail.text().startswith("Offline — it starts by itself"))
    assert "bytes" not in row.detail.text(), "not 0 bytes of the size: it waits for the network"
    assert "cannot reach 127.0.0.1:9" in row.detail.toolTip()
    row.cancel_button.click()
    qtbot.waitUntil(lambda: row.detail.text() == "Cancelled", timeout=5_000)
