"""Hearth in other languages (#14): complete translations, loaded at start, chosen in Settings."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import hearth
from hearth import settings as settings_mod
from hearth.resources import translations_dir
from hearth.ui.languages import LANGUAGES, install_translations
from hearth.ui.main_window import MainWindow
from hearth.ui.settings_dialog import SettingsDialog

UI = Path(hearth.__file__).parent / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Words that stay as they are in every language: names, key names, units.
NAMES = re.compile(
    r"Hearth for NVIDIA|NVIDIA|AMD|Intel|Apple|Hearth|llama\.cpp|Hugging Face|GGUF|"
    r"Vulkan|CUDA|Metal|Ollama|LM Studio|GPT4All|Jan|"
    r"Ctrl|Shift|Enter|Esc|Alt|Tab|GPU|CPU|API|RAM|VRAM|JSON|Markdown|hf_|tokens?/s|GB|MB|"
    r"SmolLM2[^·]*·\s*Q\w+|OpenAI|http\S*|localhost|127\.0\.0\.1|Del|Delete|PgUp|PgDown|F\d+"
)


def _messages(language: str) -> list[ET.Element]:
    tree = ET.parse(translations_dir() / f"hearth_{language}.ts")
    return list(tree.iter("message"))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 300
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{language}: not finished: {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), f"{language}: empty translation of {source!r}"
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), form
            assert ("%n" in form) == ("%n" in source), form


def _texts(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of each message a .ts file holds (not those lupdate marked gone)."""
    held = set()
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            held.add((context.findtext("name") or "", message.findtext("source") or ""))
    return held


def test_the_translations_hold_every_text_in_the_code(tmp_path: Path) -> None:
    """lupdate over the GUI finds no text that a translation file lacks (a new or
    changed string fails until the .ts files are updated and translated)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = _texts(fresh)
    assert len(wanted) > 300
    for language in LANGUAGES:
        held = _texts(translations_dir() / f"hearth_{language}.ts")
        assert not wanted - held, f"{language} lacks: {sorted(wanted - held)[:5]}"


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Callable[[str], QLocale]]:
    """Install a language's translations as the app does at start; English again after."""
    yield lambda language: install_translations(qapp, language)
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _english_words(text: str, names: Sequence[str]) -> list[str]:
    """Runs of Latin letters left in `text` once names, units and markup are taken out."""
    plain = re.sub(r"<[^>]+>", "", text)
    for name in sorted(names, key=len, reverse=True):
        plain = plain.replace(name, "")
    return re.findall(r"[A-Za-z]{3,}", NAMES.sub("", plain))


def _english_left(widget: QWidget, names: Sequence[str] = ()) -> list[str]:
    """Visible texts of labels, buttons and menus that still hold English words."""
    texts = [a.text() for a in widget.findChildren(QAction) if a.isVisible()]
    texts += [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return [text for text in texts if _english_words(text, names)]


def _fits(label: QLabel) -> bool:
    if not label.isVisibleTo(label.window()) or not label.wordWrap():
        return True
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("language", ["zh_CN", "ja"])
def test_the_window_and_settings_speak_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    in_language: Callable[[str], QLocale],
    language: str,
) -> None:
    assert (translations_dir() / f"hearth_{language}.qm").is_file(), "dev.py setup makes it"
    locale = in_language(language)
    assert locale.name().startswith(language.split("_")[0])
    window = make_window(wait_loaded=False)
    menus = [a.text() for a in window.menuBar().actions()]
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", m) for m in menus), menus
    assert _english_left(window) == []
    dialog = SettingsDialog(settings_mod.Settings(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _english_left(dialog) == []
    # Nothing clipped: each wrapped label as tall as its lines, each button as wide as its text.
    qtbot.waitUntil(lambda: all(_fits(label) for label in dialog.findChildren(QLabel)))
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text():
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_settings_choose_the_language_for_the_next_start(
    qtbot: QtBot, in_language: Callable[[str], QLocale]
) -> None:
    dialog = SettingsDialog(settings_mod.Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "" and not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert dialog.language_note.isVisible()  # "... when it starts again"
    assert dialog.result_settings().language == "ja"
    assert dialog.language.findText("日本語") >= 0 and dialog.language.findText("简体中文") >= 0
    # What the app does at its next start with that setting.
    locale = in_language(dialog.result_settings().language)
    assert locale.language() == QLocale.Language.Japanese
    assert QApplication.translate("Menus", "&New chat") != "&New chat"


@pytest.mark.parametrize("language", ["zh_CN", "ja"])
def test_discover_and_the_hardware_dialog_speak_the_language(
    qtbot: QtBot,
    in_language: Callable[[str], QLocale],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    import json

    from hearth.hardware import HardwareProfile, build_profile
    from hearth.hardware.probes import ReplayBackend
    from hearth.ui.discover import DiscoverPage
    from hearth.ui.hardware_panel import HardwarePanel

    in_language(language)
    fixtures = Path(__file__).parents[1] / "fixtures"
    data = json.loads((fixtures / "profiles" / "laptop-8gb.json").read_text())
    page = DiscoverPage(HardwareProfile.from_dict(data))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.evaluator.ready, timeout=30_000):
        page.show()
    qtbot.waitUntil(lambda: len(page.cards) > 0)
    for card in page.cards:
        for label in (card.badge, card.verdict, card.reason, card.legend):
            assert _english_words(label.text(), []) == [], label.text()
    # An installed Hearth on a laptop whose NVIDIA card this build cannot use.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    profile = build_profile(
        ReplayBackend(fixtures / "hardware" / "laptop-nvidia-intel"), measure_bandwidth=False
    )
    panel = HardwarePanel()
    qtbot.addWidget(panel)
    panel.show_profile(profile)
    names = [g.name for g in profile.gpus] + [profile.cpu.brand or ""]
    assert profile.notes and _english_words(panel.notes.text(), names) == []
    bars = [w.text() for w in panel.findChildren(QLabel) if w.parent() is panel.bars.parentWidget()]
    assert all(_english_words(text, names) == [] for text in bars), bars


def test_numbers_follow_the_chosen_language(in_language: Callable[[str], QLocale]) -> None:
    from hearth.ui.units import gigabytes, speed_number

    in_language("de")
    assert gigabytes(2.5 * 1024**3) == "2,5" and speed_number(4.21) == "4,2"
    in_language("en")
    assert gigabytes(2.5 * 1024**3) == "2.5" and speed_number(12.4) == "12"


@pytest.mark.parametrize("language", ["zh_CN", "ja"])
def test_the_welcome_speaks_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    in_language: Callable[[str], QLocale],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    from tests.gui.test_welcome import _on_machine, _profile, _welcome

    in_language(language)
    machine = _profile("laptop-8gb")
    _on_machine(monkeypatch, machine)
    welcome = _welcome(qtbot, make_window(wait_loaded=False, first_run=True))
    assert welcome.choice is not None
    names = [welcome.choice.entry.name, welcome.choice.quant.name]
    names += re.sub(r"\((R|TM)\)", "", machine.cpu.brand or "").split()  # its words, as shown
    names += [g.name for g in machine.gpus] + ["SmolLM2 135M Instruct", "Q4_1"]
    assert _english_left(welcome, names) == []


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", *sorted(LANGUAGES)])
def test_each_menu_has_one_item_per_access_key(
    make_window: Callable[..., MainWindow],
    in_language: Callable[[str], QLocale],
    language: str,
) -> None:
    """Alt+letter must open one item: two with the same letter only take turns."""
    in_language(language)
    window = make_window(wait_loaded=False)
    menus = [action.menu() for action in window.menuBar().actions()]
    titles = [_mnemonic(action.text()) for action in window.menuBar().actions()]
    assert None not in titles and len(set(titles)) == len(titles), titles
    for menu in menus:
        assert menu is not None
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in keys and len(set(keys)) == len(keys), (menu.title(), keys)
