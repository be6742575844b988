"""A conversation written out as Markdown (to read) or JSON (to keep or import)."""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from hearth.chats.records import ROLES, STATUSES, ChatError, Conversation, Message

JSON_FORMAT = "hearth-chat"
JSON_VERSION = 1
_ROLE_HEADINGS = {"user": "User", "assistant": "Assistant", "system": "System"}
_STATUS_NOTES = {
    "stopped": "(stopped before the end)",
    "interrupted": "(interrupted)",
    "streaming": "(still being written)",
}


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def _fence_for(text: str) -> str:
    """A code fence longer than any run of backticks inside `text`."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def to_markdown(conversation: Conversation, messages: list[Message]) -> str:
    """A readable transcript: title, settings, then one section per message."""
    lines = [f"# {conversation.title or 'Chat'}", ""]
    lines.append(f"- Created: {_when(conversation.created_at)}")
    if conversation.model_id:
        lines.append(f"- Model: {conversation.model_id}")
    if conversation.system_prompt.strip():
        fence = _fence_for(conversation.system_prompt)
        lines += ["", "System prompt:", "", fence, conversation.system_prompt.strip("\n"), fence]
    for message in messages:
        heading = _ROLE_HEADINGS.get(message.role, message.role.title())
        if message.model_name:
            heading += f" ({message.model_name})"
        lines += ["", "---", "", f"## {heading}", "", message.content.strip("\n") or "*(empty)*"]
        note = _STATUS_NOTES.get(message.status)
        if note:
            lines += ["", f"*{note}*"]
    return "\n".join(lines) + "\n"


def to_json(conversation: Conversation, messages: list[Message]) -> str:
    """Everything the store keeps about the conversation, as a JSON document."""
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": time.time(),
        "conversation": asdict(conversation),
        "messages": [asdict(message) for message in messages],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _invalid(reason: str) -> ChatError:
    return ChatError(
        "chat_import_invalid", f"This is not a Hearth chat export: {reason}", reason=reason
    )


def _record(cls: type[Any], data: Any) -> Any:
    if not isinstance(data, dict):
        raise _invalid(f"a {cls.__name__.lower()} is not an object")
    names = {f.name for f in fields(cls)}
    try:
        return cls(**{key: value for key, value in data.items() if key in names})
    except TypeError as exc:
        raise _invalid(str(exc)) from exc


def from_json(text: str) -> tuple[Conversation, list[Message]]:
    """Reads back what `to_json` wrote (for import; ChatStore.import_conversations stores it)."""
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise _invalid(str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise _invalid("the format field is missing")
    if not isinstance(document.get("version"), int) or document["version"] > JSON_VERSION:
        raise _invalid(f"unknown version {document.get('version')!r}")
    conversation: Conversation = _record(Conversation, document.get("conversation"))
    raw_messages = document.get("messages")
    if not isinstance(raw_messages, list):
        raise _invalid("the messages are missing")
    messages: list[Message] = [_record(Message, item) for item in raw_messages]
    for message in messages:
        if message.role not in ROLES or message.status not in STATUSES:
            raise _invalid(f"message {message.id} has an unknown role or status")
    return conversation, messages


def write_atomically(path: Path, text: str) -> None:
    """Writes a temp file beside `path`, then renames it over: never half a file."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def export_to_file(path: Path, conversation: Conversation, messages: list[Message]) -> None:
    """Writes .md/.markdown as Markdown and .json as JSON, atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        text = to_markdown(conversation, messages)
    elif suffix == ".json":
        text = to_json(conversation, messages)
    else:
        raise ChatError(
            "export_format_unsupported",
            f"Hearth can export a chat as .md or .json, not {suffix or 'a file without a suffix'}.",
            path=str(path),
            suffix=suffix,
        )
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise ChatError(
            "export_failed",
            f"Could not save the chat to {path}: {exc.strerror or exc}",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
