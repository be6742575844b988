"""What a model's chat template does, found by rendering it the way the engine will.

Rather than guess from the family name, `template_traits` renders a few tiny
conversations in the same sandboxed Jinja setup as llama-cpp-python's
``Jinja2ChatFormatter`` and reads off what happened: does a system message survive, do
two user turns in a row raise, how does the reply open, which variable switches
reasoning. llama.cpp is not imported (loading it is slow and belongs to the engine
child); a test compares both renderings on every template fixture.

Not mirrored: a template byte-identical to one of llama-cpp-python's built-in formats
(old Mistral instruct, ChatML, Llama 3) is run by its Python formatter, which drops a
system message instead of raising. The traits here are the stricter ones, so safe.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

from hearth.chats.reply_parse import ReplyFormat
from hearth.gguf import read_metadata

log = logging.getLogger(__name__)

TEMPLATE_KEY = "tokenizer.chat_template"
_BOS_KEY = "tokenizer.ggml.bos_token_id"
_EOS_KEY = "tokenizer.ggml.eos_token_id"
_TOKENS_KEY = "tokenizer.ggml.tokens"

# Markers that no template writes on its own, so finding one in the output means the
# message it was sent in made it through.
_SYSTEM_PROBE = "hearth-probe-system-7d1f"
_USER_PROBE = "hearth-probe-user-2c9e"

# The variables a template may read to switch reasoning, with the values it accepts.
_SWITCHES: tuple[tuple[str, tuple[bool | str, ...]], ...] = (
    ("enable_thinking", (True, False)),  # Qwen3, R1-style templates
    ("thinking", (True, False)),  # Granite 3.3
    ("reasoning_effort", ("low", "medium", "high")),  # gpt-oss
)

TemplateKwargs = tuple[tuple[str, bool | str], ...]


@dataclass(frozen=True)
class ThinkingSwitch:
    """How a template turns reasoning on or off (passed as chat_template_kwargs at load)."""

    kwarg: str  # "enable_thinking", "thinking", "reasoning_effort"
    choices: tuple[bool | str, ...]  # (True, False) or ("low", "medium", "high")
    default: bool | str  # the choice that renders like passing nothing


@dataclass(frozen=True)
class TemplateTraits:
    """What a chat template accepts and how the model's reply will be laid out."""

    system_role: bool  # False when a system message raises or is dropped (Gemma 2)
    strict_alternation: bool  # True when two user turns in a row raise (Gemma, Mistral)
    reply_format: ReplyFormat
    thinking: ThinkingSwitch | None  # None when the template has no reasoning switch


# No template, or one that cannot be read: llama-cpp-python falls back to its own format.
PLAIN = TemplateTraits(True, False, "plain", None)


def _user(text: str = _USER_PROBE) -> dict[str, str]:
    return {"role": "user", "content": text}


def _reply_format(source: str, generation_prompt: str) -> ReplyFormat:
    if "<|channel|>" in source:
        return "harmony"
    if generation_prompt.rstrip().endswith("<think>"):
        return "think_open"
    return "think" if "<think>" in source else "plain"


def _traits(template: str, bos: str, eos: str, kwargs: TemplateKwargs) -> TemplateTraits:
    # Imported here: Jinja costs the window ~50 ms at start, and only loads need it.
    import jinja2.meta

    from hearth.chats.template_render import compile_template, render

    compiled = compile_template(template)
    base: dict[str, Any] = dict(kwargs)

    def run(messages: list[dict[str, str]], extra: Mapping[str, Any] = base) -> str:
        return render(compiled, messages, bos, eos, extra=extra)

    prompt = run([_user()])
    try:
        system_role = _SYSTEM_PROBE in run([{"role": "system", "content": _SYSTEM_PROBE}, _user()])
    except Exception:  # raising is how templates refuse a role
        system_role = False
    try:
        run([_user("first"), _user("second")])
        strict = False
    except Exception:  # "conversation roles must alternate"
        strict = True

    switch = None
    names = jinja2.meta.find_undeclared_variables(compiled.environment.parse(template))
    for kwarg, choices in _SWITCHES:
        if kwarg not in names:
            continue
        others = {k: v for k, v in base.items() if k != kwarg}
        try:
            default_text = run([_user()], others)
            texts = {c: run([_user()], {**others, kwarg: c}) for c in choices}
        except Exception:  # a choice the template rejects is no switch
            continue
        if len(set(texts.values())) > 1:  # read, and it changes what the model is asked
            default = next((c for c in choices if texts[c] == default_text), choices[0])
            switch = ThinkingSwitch(kwarg, choices, default)
            break
    return TemplateTraits(system_role, strict, _reply_format(template, prompt), switch)


@lru_cache(maxsize=64)
def template_traits(
    template: str | None,
    bos_token: str = "",
    eos_token: str = "",
    template_kwargs: TemplateKwargs = (),
) -> TemplateTraits:
    """The traits of a chat template (PLAIN when there is none or it cannot be rendered).

    `template_kwargs` are the chat_template_kwargs the model will be loaded with, as
    (name, value) pairs: setting a thinking switch changes the prompt and so the reply
    format. Cached by template text, since the GUI asks on every model load.
    """
    if not template or not template.strip():
        return PLAIN
    try:
        return _traits(template, bos_token, eos_token, template_kwargs)
    except Exception as exc:  # a broken template must never break a load
        log.debug("chat template not usable: %s", exc)
        return PLAIN


def _token_text(metadata: Mapping[str, Any], key: str) -> str:
    tokens = metadata.get(_TOKENS_KEY)
    index = metadata.get(key)
    if isinstance(tokens, list) and isinstance(index, int) and 0 <= index < len(tokens):
        return str(tokens[index])
    return ""


@lru_cache(maxsize=16)
def _model_traits(
    path: str, _mtime_ns: int, _size: int, template_kwargs: TemplateKwargs
) -> TemplateTraits:
    # The vocabulary is read because the engine gives the template bos/eos as text.
    metadata = read_metadata(Path(path), (TEMPLATE_KEY, _BOS_KEY, _EOS_KEY, _TOKENS_KEY))
    template = metadata.get(TEMPLATE_KEY)
    if not isinstance(template, str):
        return PLAIN
    bos, eos = _token_text(metadata, _BOS_KEY), _token_text(metadata, _EOS_KEY)
    return template_traits(template, bos, eos, template_kwargs)


def model_traits(path: Path, template_kwargs: TemplateKwargs = ()) -> TemplateTraits:
    """The traits of a GGUF file's own chat template, as rendered with the
    chat_template_kwargs the model is loaded with; PLAIN on any error."""
    try:
        stat = Path(path).stat()
        return _model_traits(str(path), stat.st_mtime_ns, stat.st_size, template_kwargs)
    except Exception as exc:  # unreadable files load with the fallback format anyway
        log.debug("no chat template traits for %s: %s", path, exc)
        return PLAIN


def traits_to_json(traits: TemplateTraits) -> dict[str, Any]:
    """For the engine child to tell its parent (the parent never reads the vocabulary)."""
    return dataclasses.asdict(traits)


def traits_from_json(data: Any) -> TemplateTraits:
    """Traits as the engine child sent them; PLAIN for anything malformed."""
    try:
        switch = data.get("thinking")
        return TemplateTraits(
            bool(data["system_role"]),
            bool(data["strict_alternation"]),
            data["reply_format"] if data["reply_format"] in get_args(ReplyFormat) else "plain",
            ThinkingSwitch(str(switch["kwarg"]), tuple(switch["choices"]), switch["default"])
            if isinstance(switch, dict)
            else None,
        )
    except (AttributeError, KeyError, TypeError):
        return PLAIN
