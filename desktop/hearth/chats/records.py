"""The records a chat is made of, and the automatic title of a new chat."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from hearth.errors import HearthError

ROLES = ("user", "assistant", "system")
STATUSES = ("complete", "streaming", "stopped", "interrupted")
TITLE_MAX = 48


class ChatError(HearthError):
    """A conversation or message that is missing, or a chat database Hearth cannot use."""


_P = ParamSpec("_P")
_T = TypeVar("_T")


def db_errors(method: Callable[_P, _T]) -> Callable[_P, _T]:
    """Turns SQLite's own failures (disk full, locked, damaged file) into a ChatError."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, (sqlite3.ProgrammingError, sqlite3.IntegrityError)):
                raise  # a bug in the caller, not a problem with the file
            raise ChatError(
                "chat_db_error",
                f"The chat history could not be saved or read: {exc}",
                reason=str(exc),
            ) from exc

    return wrapper


def conversation_not_found(conversation_id: int) -> ChatError:
    return ChatError(
        "conversation_not_found",
        f"Conversation {conversation_id} does not exist.",
        conversation_id=conversation_id,
    )


def message_not_found(message_id: int) -> ChatError:
    return ChatError(
        "message_not_found", f"Message {message_id} does not exist.", message_id=message_id
    )


@dataclass
class Conversation:
    """One chat and its per-conversation settings (`n_ctx` None: the app's default)."""

    id: int
    title: str
    created_at: float
    updated_at: float
    pinned: bool
    model_id: str
    system_prompt: str
    params: dict[str, Any]
    n_ctx: int | None
    deleted_at: float | None = None  # set while soft-deleted (undo is still possible)


@dataclass
class Message:
    """One turn; `model_name` is "" for user messages, `stats` e.g. ttft_s, tokens_per_s, tokens."""

    id: int
    conversation_id: int
    role: str
    content: str
    created_at: float
    model_name: str
    status: str
    stats: dict[str, Any]


@dataclass
class SearchHit:
    """A search result: a message (`message_id`) or a title (`message_id` None).

    `snippet` is plain text around the match; `match_span` is (start, end) of the
    match inside the snippet, for highlighting, or None when no term is visible.
    """

    conversation_id: int
    message_id: int | None
    title: str
    snippet: str
    created_at: float = 0.0  # the message's time, or the conversation's updated_at for titles
    match_span: tuple[int, int] | None = None


CONVERSATION_COLUMNS = (
    "id, title, created_at, updated_at, pinned, model_id, system_prompt, params, n_ctx, deleted_at"
)
MESSAGE_COLUMNS = "id, conversation_id, role, content, created_at, model_name, status, stats"


def dump_json(value: dict[str, Any] | None) -> str:
    return json.dumps(value or {}, ensure_ascii=False, separators=(",", ":"))


def load_json(text: str | None) -> dict[str, Any]:
    """A stored JSON object; a damaged one reads as empty rather than hiding the whole chat."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def conversation_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Conversation:
    return Conversation(
        id=row[0],
        title=row[1],
        created_at=row[2],
        updated_at=row[3],
        pinned=bool(row[4]),
        model_id=row[5],
        system_prompt=row[6],
        params=load_json(row[7]),
        n_ctx=row[8],
        deleted_at=row[9],
    )


def message_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        role=row[2],
        content=row[3],
        created_at=row[4],
        model_name=row[5],
        status=row[6],
        stats=load_json(row[7]),
    )


def check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")


# Markdown that says nothing in a title: block markers at the start of a line,
# link and image syntax, emphasis and code markers (but not the * in "2 * 3"
# or the _ in snake_case).
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BLOCK_MARKER = re.compile(r"^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+|\[[ xX]\]\s+)")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\w)[*_~]+(?=\S)|(?<=\S)[*_~]+(?!\w)")


def _clean_line(line: str) -> str:
    if _RULE.match(line):
        return ""
    previous = None
    while previous != line:  # "> - [ ] item" has several markers
        previous = line
        line = _BLOCK_MARKER.sub("", line, count=1)
    line = _IMAGE_OR_LINK.sub(r"\1", line)
    line = line.replace("`", "")
    line = _EMPHASIS.sub("", line)
    return " ".join(line.split())


def auto_title(text: str, max_length: int = TITLE_MAX) -> str:
    """A short title from a first message: its first line of prose, without Markdown.

    Cut at a word boundary (or mid-word for scripts without spaces) to at most
    `max_length` characters, an ellipsis included. Lines inside code blocks are
    used only when the message has no prose at all. "" when nothing is usable.
    """
    prose: list[str] = []
    code: list[str] = []
    in_code = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            in_code = not in_code
            continue
        line = " ".join(raw.split()) if in_code else _clean_line(raw)
        if line:
            (code if in_code else prose).append(line)
            if not in_code:
                break
    candidates = prose or code
    if not candidates:
        return ""
    line = candidates[0]
    if len(line) <= max_length:
        return line
    cut = line[: max_length - 1]
    space = cut.rfind(" ")
    if line[len(cut)] != " " and space >= max_length // 2:  # do not end mid-word
        cut = cut[:space]
    return cut.rstrip(" ,.;:-\u2013\u2014") + "…"
