"""The hub search page against the local test hub: real HTTP, real remote headers, real plans."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import gguf
import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from hearth.catalog import default_catalog, model_info_for
from hearth.gguf import read_model_info
from hearth.hardware import detect
from hearth.hub import HubConnection
from hearth.hub import client as hub_client
from hearth.library.hub import list_model_files
from hearth.planner import plan
from hearth.ui.hub_search import ROLE, HubSearchPage, remote_model_info, verdict_text
from tests.support.gguf_files import make_gguf
from tests.support.hub_server import HubHandler, HubServer
from tests.support.hub_state import file_sha256

STARTER_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
STARTER_FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"
REPO = "tester/Tiny-Model-GGUF"
Q4 = "Tiny-Model-Q4_K_M.gguf"  # a GGUF without model numbers: its verdict cannot be worked out
SPLIT = [f"Q8_0/Tiny-Model-Q8_0-0000{i}-of-00002.gguf" for i in (1, 2)]
MMPROJ = "mmproj-Tiny-Model-f16.gguf"
# A catalog file: when its header has no model numbers, the catalog's estimate stands in.
CATALOG_REPO = "bartowski/SmolLM2-360M-Instruct-GGUF"
CATALOG_FILE = "SmolLM2-360M-Instruct-Q8_0.gguf"
CHECKING = "Checking whether it runs here…"
WAIT_MS = 10_000


@dataclass
class ApiPlan:
    """Planned answers for the hub's API (the shared hub plans faults for file content only)."""

    faults: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    delays: dict[str, float] = field(default_factory=dict)  # path part -> seconds, used once


class PlannedHub(HubHandler):
    def _route(self) -> None:
        api: ApiPlan = self.server.api  # type: ignore[attr-defined]
        with self.hub.lock:
            delay = next((d for d in api.delays if d in self.path), None)
            seconds = api.delays.pop(delay) if delay is not None else 0.0
            fault = next((f for f in api.faults if f[0] in self.path), None)
            if fault is not None:
                api.faults.remove(fault)
        time.sleep(seconds)
        if fault is None:
            super()._route()
        else:
            self._reply(fault[1], b'{"error": "planned"}', fault[2])


def _write_gguf(path: Path, tensors: dict[str, np.ndarray], numbers: bool) -> Path:
    writer = gguf.GGUFWriter(str(path), "llama")
    if numbers:
        writer.add_block_count(2)
        writer.add_context_length(1024)
        writer.add_embedding_length(256)
        writer.add_feed_forward_length(512)
        writer.add_head_count(4)
        writer.add_head_count_kv(2)
        writer.add_vocab_size(1000)
    for name, data in tensors.items():
        writer.add_tensor(name, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@dataclass
class Files:
    paths: dict[tuple[str, str], Path]
    whole: Path  # the split model as one file, for comparison


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Files:
    folder = tmp_path_factory.mktemp("hub-search")
    tensors = {"token_embd.weight": np.zeros((1000, 256), dtype=np.float16)}
    for il in range(2):
        tensors[f"blk.{il}.attn_q.weight"] = np.zeros((256, 256), dtype=np.float32)
        tensors[f"blk.{il}.ffn_up.weight"] = np.zeros((512, 256), dtype=np.float16)
    tensors["output.weight"] = np.zeros((1000, 256), dtype=np.float16)
    names = list(tensors)
    first = {n: tensors[n] for n in names[:3]}  # the embeddings and half of layer 0
    second = {n: tensors[n] for n in names[3:]}
    paths = {
        (STARTER_REPO, STARTER_FILE): starter_model,
        (REPO, SPLIT[0]): _write_gguf(folder / "part1.gguf", first, numbers=True),
        (REPO, SPLIT[1]): _write_gguf(folder / "part2.gguf", second, numbers=False),
        (REPO, Q4): folder / Q4,
        (REPO, MMPROJ): folder / MMPROJ,
        (CATALOG_REPO, CATALOG_FILE): folder / CATALOG_FILE,
    }
    make_gguf(folder / Q4, 300_000, name="Tiny Model", seed=1)
    make_gguf(folder / MMPROJ, 50_000, name="projector", seed=2)
    make_gguf(folder / CATALOG_FILE, 200_000, name="SmolLM2 360M", seed=3)
    return Files(paths, _write_gguf(folder / "whole.gguf", tensors, numbers=True))


@pytest.fixture(scope="module")
def hashes(files: Files) -> dict[Path, str]:
    return {path: file_sha256(path) for path in files.paths.values()}


@pytest.fixture
def hub(
    files: Files, hashes: dict[Path, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[HubServer]:
    server = HubServer()
    server.RequestHandlerClass = PlannedHub
    server.api = ApiPlan()  # type: ignore[attr-defined]
    server.start()
    for (repo, name), path in files.paths.items():
        server.hub.add_file(repo, name, path, sha256=hashes[path])
    for repo, downloads in ((STARTER_REPO, 900), (REPO, 500), (CATALOG_REPO, 100)):
        server.hub.repo(repo).downloads = downloads
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    yield server
    server.stop()
    assert not server.hub.errors, f"the test hub failed: {server.hub.errors}"


@pytest.fixture
def make_page(qtbot: QtBot, hub: HubServer) -> Iterator[Callable[..., HubSearchPage]]:
    def make(conn: HubConnection | None = None) -> HubSearchPage:
        page = HubSearchPage(conn or HubConnection(hub.url, None))
        qtbot.addWidget(page)
        page.show()  # the first look searches for the most downloaded models
        return page

    yield make
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # no worker outlives the hub


def repo_ids(page: HubSearchPage) -> list[str]:
    return [page.repos.item(i).data(ROLE).repo_id for i in range(page.repos.count())]


def select(qtbot: QtBot, page: HubSearchPage, repo_id: str) -> None:
    qtbot.waitUntil(lambda: repo_id in repo_ids(page), timeout=WAIT_MS)
    page.repos.setCurrentRow(repo_ids(page).index(repo_id))


def searches(hub: HubServer) -> int:
    return sum(1 for r in hub.hub.requests if r.path == "/api/models")


def test_first_look_then_typing_searches_once_and_enter_at_once(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage], hub: HubServer
) -> None:
    page = make_page()
    qtbot.waitUntil(lambda: repo_ids(page) == [STARTER_REPO, REPO, CATALOG_REPO], timeout=WAIT_MS)
    assert "500 downloads" in page.repos.item(1).text()
    assert not page.status.isVisible()
    qtbot.keyClicks(page.search_box, "tiny")
    qtbot.waitUntil(lambda: repo_ids(page) == [REPO], timeout=WAIT_MS)
    assert searches(hub) == 2, "typing four letters made one search, after the pause"
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "smollm2")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repo_ids(page) == [STARTER_REPO, CATALOG_REPO], timeout=WAIT_MS)
    qtbot.wait(600)  # past the typing pause: Enter already searched for this text
    assert searches(hub) == 3
    page.search_box.setText("no such model")
    page.search_button.click()
    qtbot.waitUntil(lambda: repo_ids(page) == [], timeout=WAIT_MS)
    assert page.status.text() == "No GGUF models on the hub match “no such model”."


def test_files_appear_at_once_and_the_verdict_comes_from_the_remote_header(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage], hub: HubServer, starter_model: Path
) -> None:
    api: ApiPlan = hub.api  # type: ignore[attr-defined]
    api.delays[f"/resolve/main/{STARTER_FILE}"] = 2.0  # the hub is slow to send the header
    page = make_page()
    select(qtbot, page, STARTER_REPO)
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=1500)  # the list did not wait for it
    row = page.rows[STARTER_FILE]
    size = QLocale().formattedDataSize(
        starter_model.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )
    assert row.facts.text() == f"<b>Q4_1</b> · {size} · 1 file"
    assert row.verdict.text() == CHECKING, "the list does not wait for the header"
    expected = verdict_text(plan(read_model_info(starter_model), detect()).verdict)
    qtbot.waitUntil(lambda: row.verdict.text() != CHECKING, timeout=WAIT_MS)
    assert row.verdict.text() == expected
    if not detect().gpus:
        assert expected.startswith("Runs on CPU — about ")
    reads = hub.hub.content_requests(STARTER_FILE)
    assert reads and all(r.range for r in reads), "the header was read with Range requests"
    assert sum(r.served for r in reads) < 10_000_000, "only the header, not the 98 MB"


def test_split_parts_are_one_model_planned_from_all_their_headers(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage], hub: HubServer, files: Files
) -> None:
    page = make_page()
    select(qtbot, page, REPO)
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=WAIT_MS)
    checked = lambda: all(r.verdict.text() != CHECKING for r in page.rows.values())  # noqa: E731
    qtbot.waitUntil(checked, timeout=WAIT_MS)
    assert sorted(page.rows) == [SPLIT[0], Q4], "two models; the projector is not one"
    split, q4 = page.rows[SPLIT[0]], page.rows[Q4]
    assert split.facts.text().endswith("· 2 parts") and q4.facts.text().endswith("· 1 file")
    assert split.model.size == sum(files.paths[(REPO, p)].stat().st_size for p in SPLIT)
    assert q4.verdict.text().startswith("Could not check whether it runs here: ")
    whole = read_model_info(files.whole)
    assert split.verdict.text() == verdict_text(plan(whole, detect()).verdict)
    info = remote_model_info(split.model, HubConnection(hub.url))
    assert info.layer_bytes == whole.layer_bytes and info.layer_bytes[1] > 0
    assert (info.embedding_bytes, info.output_bytes) == (whole.embedding_bytes, whole.output_bytes)


def test_a_catalog_file_without_model_numbers_gets_the_catalog_estimate(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage]
) -> None:
    page = make_page()
    select(qtbot, page, CATALOG_REPO)
    qtbot.waitUntil(lambda: CATALOG_FILE in page.rows, timeout=WAIT_MS)
    row = page.rows[CATALOG_FILE]
    qtbot.waitUntil(lambda: row.verdict.text() != CHECKING, timeout=WAIT_MS)
    found = default_catalog().find_file(CATALOG_REPO, CATALOG_FILE)
    assert found is not None
    assert row.verdict.text() == verdict_text(plan(model_info_for(*found), detect()).verdict)


def test_download_emits_the_remote_model(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage], hub: HubServer
) -> None:
    page = make_page()
    select(qtbot, page, REPO)
    qtbot.waitUntil(lambda: SPLIT[0] in page.rows, timeout=WAIT_MS)
    with qtbot.waitSignal(page.download_requested) as emitted:
        page.rows[SPLIT[0]].download.click()
    wanted = next(
        m for m in list_model_files(REPO, conn=HubConnection(hub.url)) if m.quant == "Q8_0"
    )
    assert emitted.args == [wanted]
    assert [f.path for f in wanted.files] == SPLIT and all(f.sha256 for f in wanted.files)


def test_hub_errors_are_said_in_words_and_the_page_stays_usable(
    qtbot: QtBot,
    make_page: Callable[..., HubSearchPage],
    hub: HubServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hub_client, "API_RETRIES", 0)  # the failures, not the waiting
    api: ApiPlan = hub.api  # type: ignore[attr-defined]
    api.faults.append(("/api/models?", 429, {"Retry-After": "0"}))
    page = make_page()
    qtbot.waitUntil(page.status.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Try again in a few minutes" in page.status.text(), timeout=WAIT_MS)
    assert "limiting" in page.status.text() and "#c62828" in page.status.styleSheet()
    page.search_button.click()  # the fault is used up: this search works
    qtbot.waitUntil(lambda: len(repo_ids(page)) == 3, timeout=WAIT_MS)
    assert not page.status.isVisible()

    api.faults.append((f"/api/models/{REPO}/tree", 500, {}))
    select(qtbot, page, REPO)
    qtbot.waitUntil(lambda: "HTTP 500" in page.files_status.text(), timeout=WAIT_MS)
    assert page.files_status.text().startswith("The hub had a problem on its side")
    assert page.rows == {}
    del hub.hub.repos[CATALOG_REPO]  # gone since the search
    select(qtbot, page, CATALOG_REPO)
    host = hub.url.removeprefix("http://")
    gone = f"There is no model {CATALOG_REPO} on {host}."
    qtbot.waitUntil(lambda: page.files_status.text() == gone, timeout=WAIT_MS)
    select(qtbot, page, REPO)
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=WAIT_MS)
    assert not page.files_status.isVisible()


def test_an_unreachable_hub_is_offline_in_words(
    qtbot: QtBot,
    make_page: Callable[..., HubSearchPage],
    hub: HubServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hub_client, "API_RETRIES", 0)
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page = make_page(HubConnection(f"http://127.0.0.1:{port}"))
    offline = f"Cannot reach 127.0.0.1:{port}."
    qtbot.waitUntil(lambda: page.status.text().startswith(offline), timeout=WAIT_MS)
    assert page.search_box.isEnabled() and page.repos.count() == 0
    page.lookup.conn = HubConnection(hub.url)  # the line is back
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(repo_ids(page)) == 3, timeout=WAIT_MS)
    assert not page.status.isVisible()


def test_stale_answers_are_dropped(
    qtbot: QtBot, make_page: Callable[..., HubSearchPage], hub: HubServer
) -> None:
    api: ApiPlan = hub.api  # type: ignore[attr-defined]
    api.delays["search=slow"] = 0.8
    api.delays[f"{STARTER_REPO}/tree"] = 0.8
    page = make_page()
    page.search_box.setText("slow")
    page.search()
    stale_search = page.lookup.search_ticket
    page.search_box.setText("tiny")
    with qtbot.waitSignal(
        page.lookup.searched, check_params_cb=lambda t, _: t == stale_search, timeout=WAIT_MS
    ):
        page.search()
        qtbot.waitUntil(lambda: repo_ids(page) == [REPO], timeout=WAIT_MS)
    assert repo_ids(page) == [REPO] and not page.status.isVisible()

    page.search_box.setText("")
    page.search()
    select(qtbot, page, STARTER_REPO)
    stale_files = page.lookup.files_ticket
    with qtbot.waitSignal(
        page.lookup.listed, check_params_cb=lambda t, _: t == stale_files, timeout=WAIT_MS
    ):
        select(qtbot, page, REPO)
        qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=WAIT_MS)
    assert sorted(page.rows) == [SPLIT[0], Q4]
    assert page.repo_title.text() == f"<b>{REPO}</b>"
