from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from hearth.chats import ChatError, ChatStore
from hearth.chats.migrations import MIGRATIONS, SCHEMA_VERSION, open_database


def version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_blank_file_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    sqlite3.connect(path).close()  # an existing, empty database at version 0
    with ChatStore(path) as store:
        conversation = store.create_conversation("works")
        store.add_message(conversation.id, "user", "hello there")
        assert len(store.search("hello")) == 1
    assert version(path) == SCHEMA_VERSION == 1
    with ChatStore(path) as again:  # opening an up-to-date file changes nothing
        assert [c.title for c in again.list_conversations()] == ["works"]
    assert version(path) == SCHEMA_VERSION


def test_older_database_gets_later_migrations_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with ChatStore(path) as store:  # a database at version 1
        conversation = store.create_conversation("old chat")
        store.add_message(conversation.id, "user", "from version one")

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE conversations ADD COLUMN folder TEXT NOT NULL DEFAULT ''")
        conn.execute("UPDATE conversations SET folder = 'inbox'")

    conn = open_database(path, (*MIGRATIONS, v2))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT title, folder FROM conversations").fetchall() == [
        ("old chat", "inbox")
    ]
    assert conn.execute("SELECT content FROM messages").fetchall() == [("from version one",)]
    conn.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "fail.db"
    ChatStore(path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    with pytest.raises(RuntimeError):
        open_database(path, (*MIGRATIONS, broken))
    assert version(path) == 1
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "messages" in tables


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future_things (x)")
        conn.execute("PRAGMA user_version = 7")
    before = path.read_bytes()
    with pytest.raises(ChatError) as caught:
        ChatStore(path)
    assert caught.value.kind == "chat_db_too_new"
    assert caught.value.params["version"] == 7
    assert caught.value.params["supported"] == SCHEMA_VERSION
    assert "newer version of Hearth" in caught.value.message
    assert path.read_bytes() == before


def test_processes_opening_a_blank_file_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_store() -> None:
        barrier.wait()
        try:
            ChatStore(path).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert version(path) == SCHEMA_VERSION


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ChatError) as caught:
        ChatStore(path)
    assert caught.value.kind == "chat_db_unreadable"
    assert caught.value.params["path"] == str(path)
