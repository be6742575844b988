"""Chat template traits: every catalog family's real template, rendered as the engine does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hearth.catalog import CatalogError, catalog_path, load_catalog, parse_catalog
from hearth.chats.chat_template import (
    PLAIN,
    TemplateTraits,
    ThinkingSwitch,
    model_traits,
    template_traits,
)
from hearth.chats.template_render import compile_template, render
from hearth.gguf import read_metadata
from tests.core.gguf.gemma import assembled_gemma

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "chat_templates"
BOS, EOS = "<s>", "</s>"

ON_OFF = (True, False)
EFFORT = ("low", "medium", "high")
PLAIN_SYSTEM_OK = TemplateTraits(True, False, "plain", None)
STRICT = TemplateTraits(True, True, "plain", None)  # system message kept, roles must alternate
NO_SYSTEM_STRICT = TemplateTraits(False, True, "plain", None)

# Written from reading each template (SOURCES.md says where each came from).
EXPECTED: dict[str, TemplateTraits] = {
    # SmolLM2 adds its own system turn only when none is given.
    "HuggingFaceTB-SmolLM2-135M-Instruct": PLAIN_SYSTEM_OK,
    # Gemma 3 270M's GGUF carries no template at all.
    "no-template": PLAIN,
    "Qwen-Qwen3-0.6B": TemplateTraits(
        True, False, "think", ThinkingSwitch("enable_thinking", ON_OFF, True)
    ),
    "Qwen-Qwen2.5-7B-Instruct": PLAIN_SYSTEM_OK,
    "meta-llama-Llama-3.1-8B-Instruct": PLAIN_SYSTEM_OK,
    "meta-llama-Llama-3.2-3B-Instruct": PLAIN_SYSTEM_OK,
    "meta-llama-Llama-3.3-70B-Instruct": PLAIN_SYSTEM_OK,
    # The pre-"v1" template: "Only user and assistant roles are supported!"
    "mistralai-Mistral-7B-Instruct-v0.2": NO_SYSTEM_STRICT,
    # v3 / v3-tekken put the system text before the last user turn and check alternation.
    "mistralai-Mistral-Large-Instruct-2407": STRICT,
    "mistralai-Mistral-Nemo-Instruct-2407": STRICT,
    "Mistral-Small-3.2-24B-Instruct-2506": STRICT,
    # Gemma 2 raises on a system message; Gemma 3 folds it into the first user turn.
    "google-gemma-2-2b-it": NO_SYSTEM_STRICT,
    "google-gemma-3-it": STRICT,
    "microsoft-Phi-3.5-mini-instruct": PLAIN_SYSTEM_OK,
    "microsoft-Phi-4-mini-instruct": PLAIN_SYSTEM_OK,
    "microsoft-phi-4": PLAIN_SYSTEM_OK,
    # llama.cpp's copy closes the think block unless enable_thinking is passed as true.
    "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B": TemplateTraits(
        True, False, "think", ThinkingSwitch("enable_thinking", ON_OFF, False)
    ),
    # DeepSeek's own template always opens <think> in the generation prompt.
    "deepseek-ai-DeepSeek-R1": TemplateTraits(True, False, "think_open", None),
    "allenai-OLMo-2-Instruct": PLAIN_SYSTEM_OK,
    "ibm-granite-granite-3.3-2B-Instruct": TemplateTraits(
        True, False, "think", ThinkingSwitch("thinking", ON_OFF, False)
    ),
    "THUDM-glm-4-9b-chat": PLAIN_SYSTEM_OK,
    "moonshotai-Kimi-K2": PLAIN_SYSTEM_OK,
    "openai-gpt-oss-120b": TemplateTraits(
        True, False, "harmony", ThinkingSwitch("reasoning_effort", EFFORT, "medium")
    ),
}


def _template(stem: str) -> str:
    return (FIXTURES / f"{stem}.jinja").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gemma_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return assembled_gemma(tmp_path_factory)


def test_every_catalog_entry_has_a_template_fixture() -> None:
    missing = [
        f"{entry.id} ({entry.family}): {entry.chat_format}.jinja"
        for entry in load_catalog()
        if not (FIXTURES / f"{entry.chat_format}.jinja").is_file()
    ]
    assert not missing, "catalog entries without a chat template fixture: " + ", ".join(missing)


def test_every_fixture_has_expected_traits_and_a_source() -> None:
    stems = {path.stem for path in FIXTURES.glob("*.jinja")}
    assert stems == set(EXPECTED), "add the new template to EXPECTED (and drop stale rows)"
    sources = (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")
    assert [s for s in sorted(stems) if f"{s}.jinja" not in sources] == []


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_fixture_traits(stem: str) -> None:
    assert template_traits(_template(stem), BOS, EOS) == EXPECTED[stem]


@pytest.mark.parametrize("stem", sorted(s for s in EXPECTED if s != "no-template"))
def test_rendering_matches_llama_cpp_python(stem: str) -> None:
    chat_format = pytest.importorskip("llama_cpp.llama_chat_format")
    source = _template(stem)
    conversations: list[list[dict[str, str]]] = [
        [{"role": "user", "content": "hi"}],
        [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}],
        [{"role": "user", "content": "one"}, {"role": "user", "content": "two"}],
    ]
    engine = chat_format.Jinja2ChatFormatter(template=source, eos_token=EOS, bos_token=BOS)
    ours = compile_template(source)

    def outcome(produce: Any, *args: Any, **kwargs: Any) -> str:
        try:
            return str(produce(*args, **kwargs))
        except Exception as exc:  # the same refusal counts as the same outcome
            return f"raised {type(exc).__name__}"

    for messages in conversations:
        theirs = outcome(lambda m: engine(messages=m).prompt, messages)
        assert outcome(render, ours, messages, BOS, EOS) == theirs


def test_load_kwargs_change_the_reply_format() -> None:
    distill = _template("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B")
    assert template_traits(distill, template_kwargs=(("enable_thinking", True),)).reply_format == (
        "think_open"
    )
    qwen3_off = template_traits(
        _template("Qwen-Qwen3-0.6B"), template_kwargs=(("enable_thinking", False),)
    )
    assert qwen3_off.reply_format == "think"  # the closed block is still <think>-shaped
    assert qwen3_off.thinking == ThinkingSwitch("enable_thinking", ON_OFF, True)


def test_starter_model_traits(starter_model: Path) -> None:
    assert model_traits(starter_model) == PLAIN_SYSTEM_OK
    template = read_metadata(starter_model, ["tokenizer.chat_template"])["tokenizer.chat_template"]
    assert template == _template("HuggingFaceTB-SmolLM2-135M-Instruct")


def test_gemma_270m_has_no_template(gemma_model: Path) -> None:
    assert "tokenizer.chat_template" not in read_metadata(gemma_model)
    assert model_traits(gemma_model) == PLAIN


@pytest.mark.parametrize(
    "template",
    [
        None,
        "",
        "   \n",
        "{% for message in messages %}",  # unclosed block: does not compile
        "{{ raise_exception('no chats here') }}",
        "{{ messages[5]['content'] }}",  # fails on every render
        "{{ ''.__class__.__mro__ }}",  # the sandbox refuses
        "\x00\xff garbage {{",
    ],
)
def test_missing_or_broken_templates_are_plain(template: str | None) -> None:
    assert template_traits(template) == PLAIN


def test_unreadable_model_files_are_plain(tmp_path: Path) -> None:
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_bytes(b"not a model")
    assert model_traits(not_gguf) == PLAIN
    assert model_traits(tmp_path / "missing.gguf") == PLAIN


@pytest.mark.parametrize("value", [None, "", "../evil", "a/b", "two words", 7])
def test_catalog_rejects_a_bad_chat_format(value: object) -> None:
    raw = json.loads(catalog_path().read_text(encoding="utf-8"))
    if value is None:
        raw["entries"][4].pop("chat_format")
    else:
        raw["entries"][4]["chat_format"] = value
    with pytest.raises(CatalogError, match="chat_format") as caught:
        parse_catalog(raw)
    assert "qwen3-0.6b" in str(caught.value)
