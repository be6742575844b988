"""ChatStore: conversations and messages in one SQLite file in the data folder.

Every public call is its own short transaction and is committed when it
returns, so a killed app loses nothing it was told to save. The database runs
in WAL mode: readers never wait for the writer, and other processes (the CLI, a
second window) can open the same file.

Threads: a ChatStore belongs to the thread that created it (sqlite3's
check_same_thread; a call from another thread raises ProgrammingError). The
GUI creates it on the GUI thread and calls it only there — workers hand their
results to the GUI thread by signal. A worker that must write by itself opens
its own ChatStore on the same file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hearth import paths
from hearth.chats import search as _search
from hearth.chats.migrations import open_database
from hearth.chats.records import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    Conversation,
    Message,
    SearchHit,
    auto_title,
    check_role,
    check_status,
    conversation_from_row,
    conversation_not_found,
    db_errors,
    dump_json,
    message_from_row,
    message_not_found,
)

DB_NAME = "hearth.db"


class ChatStore:
    """Conversations and their messages; see the module docstring for threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.data_dir() / DB_NAME
        self._conn: sqlite3.Connection | None = open_database(self.path)

    def __enter__(self) -> ChatStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the file; safe to call twice."""
        if self._conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")  # cheap; keeps query plans good
        self._conn.close()
        self._conn = None

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection (for tools and benchmarks; the methods cover the app)."""
        if self._conn is None:
            raise sqlite3.ProgrammingError("the chat store is closed")
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # Conversations

    @db_errors
    def create_conversation(
        self,
        title: str = "",
        model_id: str = "",
        system_prompt: str = "",
        params: dict[str, Any] | None = None,
        n_ctx: int | None = None,
    ) -> Conversation:
        now = time.time()
        title = " ".join(title.split())
        n_ctx = n_ctx if n_ctx and n_ctx > 0 else None
        cursor = self.connection.execute(
            "INSERT INTO conversations (title, created_at, updated_at, model_id, system_prompt,"
            " params, n_ctx) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (title, now, now, model_id, system_prompt, dump_json(params), n_ctx),
        )
        assert cursor.lastrowid is not None
        return Conversation(
            cursor.lastrowid, title, now, now, False, model_id, system_prompt,
            dict(params or {}), n_ctx,
        )  # fmt: skip

    @db_errors
    def list_conversations(self, limit: int | None = None) -> list[Conversation]:
        """Conversations not deleted: pinned first, then the most recently active."""
        rows = self.connection.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE deleted_at IS NULL"
            " ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [conversation_from_row(row) for row in rows]

    @db_errors
    def get_conversation(self, conversation_id: int) -> Conversation:
        """A conversation, deleted ones included (until purged: see `deleted_at`)."""
        row = self.connection.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise conversation_not_found(conversation_id)
        return conversation_from_row(row)

    def _update_conversation(self, conversation_id: int, sql: str, args: Sequence[Any]) -> None:
        cursor = self.connection.execute(
            f"UPDATE conversations SET {sql} WHERE id = ?", (*args, conversation_id)
        )
        if cursor.rowcount == 0:
            raise conversation_not_found(conversation_id)

    @db_errors
    def rename(self, conversation_id: int, title: str) -> None:
        self._update_conversation(conversation_id, "title = ?", (" ".join(title.split()),))

    @db_errors
    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self._update_conversation(conversation_id, "pinned = ?", (int(pinned),))

    @db_errors
    def update_settings(
        self,
        conversation_id: int,
        *,
        model_id: str | None = None,
        system_prompt: str | None = None,
        params: dict[str, Any] | None = None,
        n_ctx: int | None = None,
    ) -> None:
        """Changes the settings given (None: unchanged); `params` replaces the whole dict.

        `n_ctx` 0 (or less) goes back to the app's default context length (None).
        """
        changes: dict[str, Any] = {}
        if model_id is not None:
            changes["model_id"] = model_id
        if system_prompt is not None:
            changes["system_prompt"] = system_prompt
        if params is not None:
            changes["params"] = dump_json(params)
        if n_ctx is not None:
            changes["n_ctx"] = n_ctx if n_ctx > 0 else None
        if not changes:
            self.get_conversation(conversation_id)  # still report a wrong id
            return
        sql = ", ".join(f"{column} = ?" for column in changes)
        self._update_conversation(conversation_id, sql, list(changes.values()))

    @db_errors
    def delete_conversation(self, conversation_id: int) -> None:
        """Hides it from the list and from search; `undo_delete` brings it back."""
        self._update_conversation(
            conversation_id, "deleted_at = coalesce(deleted_at, ?)", (time.time(),)
        )

    @db_errors
    def undo_delete(self, conversation_id: int) -> None:
        self._update_conversation(conversation_id, "deleted_at = NULL", ())

    @db_errors
    def purge_deleted(self, older_than_s: float = 0) -> int:
        """Removes for good the conversations deleted at least `older_than_s` ago."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                (time.time() - older_than_s,),
            )
        return cursor.rowcount

    # Messages

    @db_errors
    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        model_name: str = "",
        status: str = "complete",
        stats: dict[str, Any] | None = None,
    ) -> Message:
        """Appends a message; the first user message names an untitled conversation."""
        check_role(role)
        check_status(status)
        now = time.time()
        with self._transaction() as conn:
            self._update_conversation(conversation_id, "updated_at = ?", (now,))
            cursor = conn.execute(
                "INSERT INTO messages (conversation_id, role, content, created_at, model_name,"
                " status, stats) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, role, content, now, model_name, status, dump_json(stats)),
            )
            title = auto_title(content) if role == "user" else ""
            if title:
                conn.execute(
                    "UPDATE conversations SET title = ? WHERE id = ? AND title = ''",
                    (title, conversation_id),
                )
        assert cursor.lastrowid is not None
        return Message(
            cursor.lastrowid, conversation_id, role, content, now, model_name, status,
            dict(stats or {}),
        )  # fmt: skip

    @db_errors
    def update_message(
        self,
        message_id: int,
        *,
        content: str | None = None,
        status: str | None = None,
        stats: dict[str, Any] | None = None,
    ) -> None:
        """Changes what is given (None: unchanged); `stats` replaces the whole dict."""
        changes: dict[str, Any] = {}
        if content is not None:
            changes["content"] = content
        if status is not None:
            check_status(status)
            changes["status"] = status
        if stats is not None:
            changes["stats"] = dump_json(stats)
        if not changes:
            changes["id"] = message_id  # a no-op that still reports a wrong id
        sql = ", ".join(f"{column} = ?" for column in changes)
        cursor = self.connection.execute(
            f"UPDATE messages SET {sql} WHERE id = ?", (*changes.values(), message_id)
        )
        if cursor.rowcount == 0:
            raise message_not_found(message_id)

    @db_errors
    def get_message(self, message_id: int) -> Message:
        row = self.connection.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise message_not_found(message_id)
        return message_from_row(row)

    @db_errors
    def delete_message(self, message_id: int) -> None:
        cursor = self.connection.execute("DELETE FROM messages WHERE id = ?", (message_id,))
        if cursor.rowcount == 0:
            raise message_not_found(message_id)

    @db_errors
    def delete_messages_after(self, message_id: int) -> int:
        """Removes the messages after this one in its conversation (regenerate, edit and resend)."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None:
                raise message_not_found(message_id)
            cursor = conn.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND id > ?", (row[0], message_id)
            )
        return cursor.rowcount

    @db_errors
    def messages(
        self, conversation_id: int, limit: int | None = None, before_id: int | None = None
    ) -> list[Message]:
        """Messages in order; with `limit`, the last `limit` of them (before `before_id`)."""
        rows = self.connection.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND id < ?"
            " ORDER BY id DESC LIMIT ?",
            (
                conversation_id,
                before_id if before_id is not None else 2**63 - 1,
                -1 if limit is None else limit,
            ),
        ).fetchall()
        rows.reverse()
        return [message_from_row(row) for row in rows]

    @db_errors
    def count_messages(self, conversation_id: int) -> int:
        row = self.connection.execute(
            "SELECT count(*) FROM messages WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        return int(row[0])

    @db_errors
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Messages and titles containing every word of `query` (any text is safe), newest first.

        Matches are substrings, case-insensitive; "quoted phrases" match as a
        whole. Deleted conversations and replies still streaming are left out.
        """
        return _search.search(self.connection, query, limit)

    @db_errors
    def recover_interrupted(self) -> int:
        """Marks replies left "streaming" by a crash as "interrupted"; returns how many."""
        cursor = self.connection.execute(
            "UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'"
        )
        return cursor.rowcount

    # Bulk

    @db_errors
    def import_conversations(
        self, conversations: Iterable[tuple[Conversation, Sequence[Message]]]
    ) -> list[int]:
        """Adds whole conversations in one transaction; returns their new ids.

        Titles, times, settings, statuses and stats are kept; the ids in the
        records are ignored (new ones are assigned). For importing exports and
        for building large test databases quickly.
        """
        ids: list[int] = []
        with self._transaction() as conn:
            for conversation, messages in conversations:
                for message in messages:
                    check_role(message.role)
                    check_status(message.status)
                c = conversation
                cursor = conn.execute(
                    "INSERT INTO conversations (title, created_at, updated_at, pinned, model_id,"
                    " system_prompt, params, n_ctx, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        c.title, c.created_at, c.updated_at, int(c.pinned), c.model_id,
                        c.system_prompt, dump_json(c.params), c.n_ctx, c.deleted_at,
                    ),
                )  # fmt: skip
                new_id = cursor.lastrowid
                assert new_id is not None
                conn.executemany(
                    "INSERT INTO messages (conversation_id, role, content, created_at,"
                    " model_name, status, stats) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        (new_id, m.role, m.content, m.created_at, m.model_name, m.status,
                         dump_json(m.stats))
                        for m in messages
                    ),
                )  # fmt: skip
                ids.append(new_id)
        return ids
