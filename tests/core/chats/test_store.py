from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from hearth import paths
from hearth.chats import ChatError, ChatStore, Conversation, Message
from hearth.errors import HearthError


def test_default_path_is_in_the_data_dir_and_uses_wal(store: ChatStore) -> None:
    assert store.path == paths.data_dir() / "hearth.db"
    assert store.path.exists()
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_create_get_and_settings(store: ChatStore) -> None:
    conversation = store.create_conversation(
        "  My   chat ", model_id="qwen", system_prompt="Be brief.", params={"temperature": 0.2}
    )
    assert conversation.title == "My chat"
    assert conversation.n_ctx is None
    assert store.get_conversation(conversation.id) == conversation

    store.update_settings(conversation.id, params={"top_k": 40}, n_ctx=4096)
    changed = store.get_conversation(conversation.id)
    assert changed.params == {"top_k": 40}
    assert changed.n_ctx == 4096
    assert (changed.model_id, changed.system_prompt) == ("qwen", "Be brief.")

    store.update_settings(conversation.id, model_id="gemma", system_prompt="", n_ctx=0)
    changed = store.get_conversation(conversation.id)
    assert (changed.model_id, changed.system_prompt, changed.n_ctx) == ("gemma", "", None)
    assert changed.params == {"top_k": 40}


def test_unknown_ids_raise_errors_with_kinds(store: ChatStore) -> None:
    for call in (
        lambda: store.get_conversation(99),
        lambda: store.rename(99, "x"),
        lambda: store.set_pinned(99, True),
        lambda: store.update_settings(99, model_id="m"),
        lambda: store.update_settings(99),
        lambda: store.delete_conversation(99),
        lambda: store.undo_delete(99),
        lambda: store.add_message(99, "user", "hi"),
    ):
        with pytest.raises(HearthError) as caught:
            call()
        assert caught.value.kind == "conversation_not_found"
        assert caught.value.params == {"conversation_id": 99}
    for call in (
        lambda: store.update_message(7, content="x"),
        lambda: store.update_message(7),
        lambda: store.delete_message(7),
        lambda: store.delete_messages_after(7),
        lambda: store.get_message(7),
    ):
        with pytest.raises(ChatError) as caught:
            call()
        assert caught.value.kind == "message_not_found"
    # nothing half-written by the failed add
    assert store.connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_bad_role_or_status_is_a_programming_error(store: ChatStore) -> None:
    conversation = store.create_conversation()
    with pytest.raises(ValueError):
        store.add_message(conversation.id, "robot", "hi")
    with pytest.raises(ValueError):
        store.add_message(conversation.id, "user", "hi", status="done")
    message = store.add_message(conversation.id, "user", "hi")
    with pytest.raises(ValueError):
        store.update_message(message.id, status="finished")


def test_list_pinned_first_then_most_recent(store: ChatStore) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    c = store.create_conversation("c")
    assert [x.title for x in store.list_conversations()] == ["c", "b", "a"]
    store.add_message(a.id, "user", "bump")  # activity moves it up
    assert [x.title for x in store.list_conversations()] == ["a", "c", "b"]
    store.set_pinned(b.id, True)
    listed = store.list_conversations()
    assert [x.title for x in listed] == ["b", "a", "c"]
    assert listed[0].pinned and not listed[1].pinned
    assert [x.title for x in store.list_conversations(limit=2)] == ["b", "a"]
    store.set_pinned(b.id, False)
    store.rename(c.id, "renamed")  # renaming is not activity
    assert [x.title for x in store.list_conversations()] == ["a", "renamed", "b"]


def test_messages_round_trip_with_unicode_and_stats(store: ChatStore) -> None:
    conversation = store.create_conversation()
    text = "你好，世界 🎉👍🏽 — naïve café\n```py\nprint('x')\n```"  # noqa: RUF001
    user = store.add_message(conversation.id, "user", text)
    reply = store.add_message(
        conversation.id, "assistant", "", model_name="Qwen 3 · Q4_K_M", status="streaming"
    )
    store.update_message(reply.id, content="半分")
    store.update_message(
        reply.id, content="半分の答え ✅", status="complete", stats={"ttft_s": 0.2, "tokens": 12}
    )
    got = store.messages(conversation.id)
    assert [m.id for m in got] == [user.id, reply.id]
    assert got[0] == user
    assert got[0].content == text and got[0].model_name == "" and got[0].stats == {}
    assert got[1].content == "半分の答え ✅"
    assert got[1].status == "complete"
    assert got[1].model_name == "Qwen 3 · Q4_K_M"
    assert got[1].stats == {"ttft_s": 0.2, "tokens": 12}
    assert store.get_message(reply.id) == got[1]


def test_messages_window_and_paging(store: ChatStore) -> None:
    conversation = store.create_conversation()
    other = store.create_conversation()
    ids = []
    for i in range(10):
        ids.append(store.add_message(conversation.id, "user", f"m{i}").id)
        store.add_message(other.id, "user", f"other {i}")
    assert store.count_messages(conversation.id) == 10
    assert [m.id for m in store.messages(conversation.id)] == ids
    assert [m.content for m in store.messages(conversation.id, limit=3)] == ["m7", "m8", "m9"]
    earlier = store.messages(conversation.id, limit=3, before_id=ids[7])
    assert [m.content for m in earlier] == ["m4", "m5", "m6"]
    assert [m.content for m in store.messages(conversation.id, before_id=ids[2])] == ["m0", "m1"]
    assert store.messages(conversation.id, limit=3, before_id=ids[0]) == []


def test_add_message_bumps_updated_at_and_titles_once(store: ChatStore) -> None:
    conversation = store.create_conversation()
    store.add_message(conversation.id, "system", "You are terse.")
    store.add_message(conversation.id, "assistant", "Hello! How can I help?")
    assert store.get_conversation(conversation.id).title == ""
    time.sleep(0.01)
    store.add_message(conversation.id, "user", "## Explain **WAL** mode\nin SQLite please")
    after = store.get_conversation(conversation.id)
    assert after.title == "Explain WAL mode"
    assert after.updated_at > conversation.updated_at
    store.add_message(conversation.id, "user", "And rollback journals?")
    assert store.get_conversation(conversation.id).title == "Explain WAL mode"
    named = store.create_conversation("Kept")
    store.add_message(named.id, "user", "something else")
    assert store.get_conversation(named.id).title == "Kept"


def test_delete_and_truncate_messages(store: ChatStore) -> None:
    conversation = store.create_conversation()
    other = store.create_conversation()
    ids = [store.add_message(conversation.id, "user", f"m{i}").id for i in range(5)]
    kept_elsewhere = store.add_message(other.id, "user", "not touched")
    assert store.delete_messages_after(ids[2]) == 2
    assert [m.id for m in store.messages(conversation.id)] == ids[:3]
    assert store.delete_messages_after(ids[2]) == 0
    store.delete_message(ids[1])
    assert [m.id for m in store.messages(conversation.id)] == [ids[0], ids[2]]
    assert store.messages(other.id) == [kept_elsewhere]
    newer = store.add_message(conversation.id, "assistant", "regenerated")
    assert newer.id > max(ids)  # ids are never reused


def test_soft_delete_undo_and_purge(store: ChatStore) -> None:
    keep = store.create_conversation("keep")
    gone = store.create_conversation("gone")
    store.add_message(gone.id, "user", "a secret phrase")
    store.delete_conversation(gone.id)
    assert [c.title for c in store.list_conversations()] == ["keep"]
    assert store.search("secret") == []
    deleted = store.get_conversation(gone.id)
    assert deleted.deleted_at is not None
    store.delete_conversation(gone.id)  # twice is harmless and keeps the first time
    assert store.get_conversation(gone.id).deleted_at == deleted.deleted_at

    store.undo_delete(gone.id)
    assert {c.title for c in store.list_conversations()} == {"keep", "gone"}
    assert len(store.search("secret")) == 1
    assert store.messages(gone.id)[0].content == "a secret phrase"

    store.delete_conversation(gone.id)
    assert store.purge_deleted(older_than_s=3600) == 0  # too recent
    assert store.purge_deleted() == 1
    with pytest.raises(ChatError):
        store.get_conversation(gone.id)
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0  # cascaded
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO conversations_fts (conversations_fts) VALUES ('integrity-check')")
    assert store.get_conversation(keep.id).title == "keep"
    assert store.purge_deleted() == 0


def test_recover_interrupted(store: ChatStore) -> None:
    conversation = store.create_conversation()
    store.add_message(conversation.id, "user", "question")
    reply = store.add_message(conversation.id, "assistant", "half an ans", status="streaming")
    done = store.add_message(conversation.id, "assistant", "whole", status="stopped")
    assert store.search("half") == []  # still streaming: not indexed yet
    assert store.recover_interrupted() == 1
    assert store.get_message(reply.id).status == "interrupted"
    assert store.get_message(done.id).status == "stopped"
    assert store.recover_interrupted() == 0
    assert [hit.message_id for hit in store.search("half")] == [reply.id]


def test_changes_are_visible_to_a_second_connection_at_once(store: ChatStore) -> None:
    conversation = store.create_conversation("shared")
    message = store.add_message(conversation.id, "user", "committed")
    store.update_message(message.id, content="committed and edited")
    with ChatStore(store.path) as second:
        assert second.messages(conversation.id)[0].content == "committed and edited"


def test_store_belongs_to_its_thread(store: ChatStore) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.list_conversations()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)


def test_close_twice_and_use_after_close(tmp_path: Path) -> None:
    store = ChatStore(tmp_path / "sub" / "chats.db")
    store.close()
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.list_conversations()


def test_import_conversations_keeps_everything(store: ChatStore) -> None:
    source = Conversation(1, "Imported", 100.0, 200.0, True, "m", "sys", {"seed": 3}, 2048, None)
    messages = [
        Message(5, 1, "user", "hi", 101.0, "", "complete", {}),
        Message(6, 1, "assistant", "hello", 102.0, "m", "stopped", {"tokens": 2}),
    ]
    (new_id,) = store.import_conversations([(source, messages)])
    got = store.get_conversation(new_id)
    assert (got.title, got.pinned, got.params, got.n_ctx) == ("Imported", True, {"seed": 3}, 2048)
    assert (got.created_at, got.updated_at) == (100.0, 200.0)
    stored = store.messages(new_id)
    assert [(m.role, m.content, m.status, m.stats, m.created_at) for m in stored] == [
        ("user", "hi", "complete", {}, 101.0),
        ("assistant", "hello", "stopped", {"tokens": 2}, 102.0),
    ]
    assert [h.message_id for h in store.search("hello")] == [stored[1].id]


def test_database_failures_become_chat_errors(store: ChatStore) -> None:
    conversation = store.create_conversation()
    store.connection.execute("PRAGMA query_only = 1")  # every write now fails inside SQLite
    with pytest.raises(ChatError) as caught:
        store.add_message(conversation.id, "user", "lost?")
    assert caught.value.kind == "chat_db_error"
    assert "readonly" in caught.value.params["reason"]
    assert not store.connection.in_transaction  # rolled back, usable again
    store.connection.execute("PRAGMA query_only = 0")
    store.add_message(conversation.id, "user", "saved")
    assert [m.content for m in store.messages(conversation.id)] == ["saved"]
