"""The message list a model is sent, built by its chat template's rules.

Chat templates are strict in different ways: Gemma 2's raises on a system
message ("System role not supported") and on two user turns in a row, Mistral
Nemo's on the latter, gpt-oss's on its own control tokens sent back as history,
several on an assistant turn whose content is None. One set of rules, applied
to every request the engine gets (the window's, `hearth chat`'s and other
apps' through `hearth serve`), keeps every family's template rendering:

- system prompts become one system message first, or are folded into the first
  user turn where the template has no system role (as llama.cpp's server does);
- never two turns of the same role in a row: they are merged;
- the conversation never starts with an assistant turn (context trimming can
  leave one);
- assistant turns carry only their final answer: no thinking, no control
  tokens, never None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from hearth.chats.chat_template import PLAIN, TemplateTraits
from hearth.chats.reply_parse import answer_only

TURN_ROLES = ("user", "assistant")


def _text(content: Any) -> str | None:
    """The text of a message's content; None for multi-part content (images, ...)."""
    if content is None:
        return ""
    return content if isinstance(content, str) else None


def build_messages(
    messages: Iterable[Mapping[str, Any]], traits: TemplateTraits = PLAIN
) -> list[dict[str, Any]]:
    """`messages` (OpenAI chat format) made safe for a template with `traits`."""
    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for original in messages:
        message = dict(original)
        role = message.get("role")
        text = _text(message.get("content"))
        if role in ("system", "developer") and text is not None:
            if text.strip():
                system.append(text)
            continue
        if role == "assistant":
            if text is not None:
                message["content"] = answer_only(text, traits.reply_format)
            if not turns:
                continue  # a conversation begins with the user
            if not message["content"] and not message.get("tool_calls"):
                continue  # a reply cut off before its first word says nothing
        elif role == "user" and text is not None:
            message["content"] = text
        previous = turns[-1] if turns else None
        if (
            previous is not None
            and role in TURN_ROLES
            and previous.get("role") == role
            and isinstance(previous.get("content"), str)
            and isinstance(message.get("content"), str)
            and not previous.get("tool_calls")
            and not message.get("tool_calls")
        ):
            previous["content"] = _join(previous["content"], message["content"])
            continue
        turns.append(message)
    if system:
        prompt = "\n\n".join(system)
        if traits.system_role:
            turns.insert(0, {"role": "system", "content": prompt})
        else:
            first_user = next((m for m in turns if m.get("role") == "user"), None)
            if first_user is not None and isinstance(first_user.get("content"), str):
                first_user["content"] = _join(prompt, first_user["content"])
            else:
                turns.insert(0, {"role": "user", "content": prompt})
    return turns


def _join(first: str, second: str) -> str:
    return "\n\n".join(part for part in (first.strip(), second.strip()) if part)


def conversation_messages(
    system_prompt: str, turns: Iterable[tuple[str, str]], traits: TemplateTraits = PLAIN
) -> list[dict[str, Any]]:
    """The window's and `hearth chat`'s request: a system prompt and (role, text) turns,
    ending with the user's newest message (a cut-off reply after it is dropped)."""
    messages: list[dict[str, Any]] = []
    if system_prompt.strip():
        messages.append({"role": "system", "content": system_prompt})
    for role, text in turns:
        if role not in TURN_ROLES:
            continue
        if role == "assistant" and messages and messages[-1]["role"] == "assistant":
            messages.pop()  # a reply cut off and asked again: the later one stands
        messages.append({"role": role, "content": text})
    while messages and messages[-1]["role"] == "assistant":
        messages.pop()  # asked again after a cut-off reply: answer the user, not it
    return build_messages(messages, traits)
