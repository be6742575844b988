"""Chat templates rendered as llama-cpp-python renders them, without importing it.

Its ``Jinja2ChatFormatter``'s sandbox, options, globals, ``tojson`` filter and
``{% generation %}`` handling; a test compares both on every template fixture.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
import jinja2.parser
import jinja2.sandbox
from jinja2 import nodes


class _IgnoreGenerationTags(jinja2.ext.Extension):
    """Hugging Face's ``{% generation %}`` tag, passed through as llama-cpp-python does."""

    tags = {"generation"}  # noqa: RUF012 - jinja2 declares it as a plain attribute

    def parse(self, parser: jinja2.parser.Parser) -> list[nodes.Node]:
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


def _tojson(
    value: Any,
    ensure_ascii: bool = False,
    indent: int | None = None,
    separators: tuple[str, str] | None = None,
    sort_keys: bool = False,
) -> str:
    return json.dumps(
        value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys
    )


def _raise_exception(message: str) -> None:
    raise ValueError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


def compile_template(template: str) -> jinja2.Template:
    """The template compiled in llama-cpp-python's sandbox (raises on a syntax error)."""
    env = jinja2.sandbox.ImmutableSandboxedEnvironment(
        loader=jinja2.BaseLoader(),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[_IgnoreGenerationTags, jinja2.ext.loopcontrols],
    )
    env.filters["tojson"] = _tojson
    return env.from_string(template)


def render(
    compiled: jinja2.Template,
    messages: list[dict[str, str]],
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """The prompt llama-cpp-python would build; `extra` are the chat_template_kwargs."""
    return compiled.render(
        messages=messages,
        eos_token=eos_token,
        bos_token=bos_token,
        raise_exception=_raise_exception,
        add_generation_prompt=add_generation_prompt,
        functions=None,
        function_call=None,
        tools=None,
        tool_choice=None,
        strftime_now=_strftime_now,
        **(extra or {}),
    )
