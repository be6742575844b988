"""Opening the chat database and bringing its schema up to date.

The schema version lives in `PRAGMA user_version` (0: a blank file). Each
migration runs in one IMMEDIATE transaction together with the version bump, so
a crash or a failure mid-migration leaves the previous version intact, and two
processes opening a blank file at once cannot both migrate it. A database from
a newer Hearth is refused before anything is written to it.

Search uses FTS5 with the trigram tokenizer (SQLite 3.34+): it matches any
substring of three or more characters, case-insensitively, in every script, so
Chinese text (no spaces between words), "C++" and parts of words are found.
Both FTS tables are external-content tables kept in step by triggers, so every
connection — the app, a CLI, a test's writer process — keeps them consistent.
Messages still streaming are left out of the index (their content is
rewritten many times a second); they are indexed once their status changes.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from hearth.chats.records import ChatError

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]

_V1 = [
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        model_id TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        n_ctx INTEGER,
        deleted_at REAL
    )
    """,
    """
    CREATE INDEX conversations_sidebar
        ON conversations (pinned DESC, updated_at DESC) WHERE deleted_at IS NULL
    """,
    """
    CREATE INDEX conversations_deleted
        ON conversations (deleted_at) WHERE deleted_at IS NOT NULL
    """,
    # AUTOINCREMENT: ids are never reused, so a stale id the GUI still holds
    # (a deleted reply, say) can never address a newer message.
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
        content TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        model_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'complete'
            CHECK (status IN ('complete', 'streaming', 'stopped', 'interrupted')),
        stats TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
    "CREATE INDEX messages_streaming ON messages (id) WHERE status = 'streaming'",
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5 (
        content, content = 'messages', content_rowid = 'id', tokenize = 'trigram'
    )
    """,
    """
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
    WHEN new.status != 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END
    """,
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
    WHEN old.status != 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
    END
    """,
    # One trigger, so the old entry is removed before the new one is added.
    """
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            SELECT 'delete', old.id, old.content WHERE old.status != 'streaming';
        INSERT INTO messages_fts (rowid, content)
            SELECT new.id, new.content WHERE new.status != 'streaming';
    END
    """,
    """
    CREATE VIRTUAL TABLE conversations_fts USING fts5 (
        title, content = 'conversations', content_rowid = 'id', tokenize = 'trigram'
    )
    """,
    """
    CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
    END
    """,
    """
    CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO conversations_fts (conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
    END
    """,
    """
    CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO conversations_fts (conversations_fts, rowid, title)
            VALUES ('delete', old.id, old.title);
        INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
    END
    """,
]


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


# Append only: MIGRATIONS[i] takes a database from version i to version i + 1.
MIGRATIONS: tuple[Migration, ...] = (_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _too_new(path: Path, found: int, known: int) -> ChatError:
    return ChatError(
        "chat_db_too_new",
        f"The chat history at {path} was written by a newer version of Hearth "
        f"(schema {found}; this version knows {known}). Update Hearth to open it.",
        path=str(path),
        version=found,
        supported=known,
    )


def migrate(
    conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Applies the migrations the database lacks; returns the version it is at now."""
    known = len(migrations)
    if user_version(conn) == known:
        return known
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = user_version(conn)  # again, now that no one else can write
        if version > known:
            raise _too_new(path, version, known)
        for target in range(version + 1, known + 1):
            log.info("migrating the chat database %s to schema %d", path, target)
            migrations[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target:d}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return known


def open_database(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> sqlite3.Connection:
    """A connection in autocommit mode (each statement or explicit BEGIN…COMMIT is durable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    try:
        found = user_version(conn)  # also fails fast on a file that is not a database
        if found > len(migrations):
            raise _too_new(path, found, len(migrations))
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses nothing when the process is killed; only a
        # power cut can take back the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path, migrations)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ChatError(
            "chat_db_unreadable",
            f"Hearth cannot read the chat history at {path}: {exc}",
            path=str(path),
            reason=str(exc),
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn
