"""Conversations kept in SQLite: the store, search, export and context trimming.

No Qt here: the GUI, the CLI and the tests all use the same store.
"""

from __future__ import annotations

from hearth.chats.records import (
    ROLES,
    STATUSES,
    ChatError,
    Conversation,
    Message,
    SearchHit,
    auto_title,
)
from hearth.chats.store import ChatStore

__all__ = [
    "ROLES",
    "STATUSES",
    "ChatError",
    "ChatStore",
    "Conversation",
    "Message",
    "SearchHit",
    "auto_title",
]
