"""The Discover page over fixture machines: cards, badges, memory bars, filters, Download."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest
from pytestqt.qtbot import QtBot

from hearth.catalog import CatalogDownload, default_catalog
from hearth.errors import HearthError
from hearth.hardware import HardwareProfile
from hearth.ui.discover import DiscoverPage, MemoryBar, ModelCard

PROFILES = Path(__file__).parents[1] / "fixtures" / "profiles"


def _page(qtbot: QtBot, machine: str) -> DiscoverPage:
    data = json.loads((PROFILES / f"{machine}.json").read_text())
    page = DiscoverPage(HardwareProfile.from_dict(data))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.evaluator.ready, timeout=30_000):
        page.show()
    qtbot.waitUntil(lambda: len(page.cards) > 0)
    return page


def _card(page: DiscoverPage, entry_id: str) -> ModelCard:
    return next(c for c in page.cards if c.evaluation.entry.id == entry_id)


def test_a_card_for_every_entry_with_badge_bar_and_facts(qtbot: QtBot) -> None:
    page = _page(qtbot, "desktop-rtx3060-12gb")
    assert len(page.cards) == len(default_catalog())
    assert not page.status.isVisible()
    kinds = {c.badge.property("kind") for c in page.cards}
    assert kinds == {"gpu_full", "gpu_partial", "too_large"}
    card = _card(page, "qwen3-8b")
    assert card.badge.text() == "Runs on GPU"
    assert card.verdict.text().startswith("Runs fully on your GPU — about ")
    assert "GPU memory: weights 4.3 GB · KV cache 1.1 GB" in card.legend.text()
    assert "of 10.6 GB" in card.legend.text()
    assert [kind for kind, _ in card.bar.segments] == ["weights", "kv_cache", "other"]
    assert card.bar.capacity == card.evaluation.plan.budget.vram_budget
    assert "5.0 GB download" in card.facts.text() and "Apache-2.0" in card.facts.text()
    big = _card(page, "llama-3.3-70b-instruct")
    assert big.badge.text() == "Too large"
    assert big.verdict.text().startswith("Too large — needs ")
    assert not big.reason.isVisible()


def test_recommended_cards_come_first_for_the_chosen_use(qtbot: QtBot) -> None:
    page = _page(qtbot, "desktop-rtx3060-12gb")
    page.use.setCurrentIndex(page.use.findData("coding"))
    first = page.cards[0]
    assert first.evaluation.entry.id == "qwen2.5-coder-7b-instruct"
    assert first.reason.text().startswith("Recommended: fits your 12.0 GB GPU with ")
    page.only_fitting.setChecked(True)
    assert all(c.evaluation.fits for c in page.cards)
    # Only the 70B and the 235B MoE do not fit 12 GB of VRAM and 32 GB of RAM.
    assert len(page.cards) == len(default_catalog()) - 2


def test_cpu_machine_cards_show_ram(qtbot: QtBot) -> None:
    page = _page(qtbot, "laptop-8gb")
    card = _card(page, "qwen3-4b")
    assert card.badge.text() == "Runs on CPU"
    assert card.legend.text().startswith("RAM: weights ")
    assert _card(page, "gemma-3-12b-it").badge.text() == "Too large"


def test_download_button_emits_the_catalog_file(qtbot: QtBot) -> None:
    page = _page(qtbot, "mac-m1-8gb")
    card = _card(page, "phi-4-mini-instruct")
    with qtbot.waitSignal(page.download_requested, timeout=2000) as blocker:
        card.download.click()
    request = blocker.args[0]
    assert isinstance(request, CatalogDownload)
    assert request.repo == "bartowski/microsoft_Phi-4-mini-instruct-GGUF"
    assert request.files[0].name.startswith("microsoft_Phi-4-mini-instruct-")
    starter = _card(page, "smollm2-135m-instruct")
    assert not starter.download.isEnabled() and starter.download.text() == "Included"
    assert _card(page, "qwen3-4b").legend.text().startswith("Shared memory: ")


def test_memory_bar_paints_over_capacity(qtbot: QtBot) -> None:
    bar = MemoryBar()
    qtbot.addWidget(bar)
    bar.resize(200, 14)
    bar.set_values([("weights", 300), ("kv_cache", 50), ("other", 50)], 200)
    bar.show()
    image = bar.grab().toImage()
    assert image.width() == 200


def test_errors_are_shown(qtbot: QtBot) -> None:
    page = DiscoverPage()
    qtbot.addWidget(page)
    page.show_error(HearthError("catalog_invalid", "broken (qwen3-8b: size)"))
    assert "qwen3-8b" in page.status.text()


def test_without_a_profile_it_detects_this_machine(qtbot: QtBot) -> None:
    page = DiscoverPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.evaluator.ready, timeout=60_000):
        page.show()
    assert page.profile is not None
    assert len(page.cards) == len(default_catalog())
    starter = next(c for c in page.cards if c.evaluation.entry.id == "smollm2-135m-instruct")
    assert starter.evaluation.fits


def test_speeds_say_whether_a_reply_here_measured_them(qtbot: QtBot) -> None:
    """#16: a model that replied on this machine shows its measured speed; the others
    a prediction, said to rest on this machine's replies once there are some."""
    page = _page(qtbot, "laptop-8gb")
    card = _card(page, "gemma-3-1b-it")
    assert card.speed_text().startswith("about ") and card.speed_text().endswith("(predicted)")
    file_name = PurePosixPath(card.evaluation.quant.first_file).name
    data = json.loads((PROFILES / "laptop-8gb.json").read_text())
    data["speed"] = {"factors": {"cpu_decode": 0.5}, "samples": 1, "measured": {file_name: 12.3}}
    calibrated = DiscoverPage(HardwareProfile.from_dict(data))
    qtbot.addWidget(calibrated)
    with qtbot.waitSignal(calibrated.evaluator.ready, timeout=30_000):
        calibrated.show()
    assert _card(calibrated, "gemma-3-1b-it").speed_text() == "12 tokens/s as measured here"
    other = _card(calibrated, "qwen2.5-1.5b-instruct")
    assert other.speed_text().endswith("(predicted from replies here)")
    before = _card(page, "qwen2.5-1.5b-instruct").evaluation.plan.tokens_per_s
    assert other.evaluation.plan.tokens_per_s == pytest.approx(before / 2)  # type: ignore[operator]
    if other.reason.isVisible():
        assert "(predicted from replies here)" in other.reason.text()
