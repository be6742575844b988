from __future__ import annotations

import pytest

from hearth.chats import ChatStore
from hearth.chats.search import fts_query, parse_query, snippet

TRICKY = [
    "C++",
    '"unbalanced',
    'say "hi',
    '"',
    '""',
    "NOT",
    "AND OR NOT",
    "NEAR(a b)",
    "*",
    "a*",
    "^start",
    "-minus",
    "col:value",
    "content:x",
    "(((",
    "'single'",
    "%",
    "_",
    "\\",
    "\x00nul",
    "   ",
    "",
    "rowid",
    "messages_fts",
    "🎉",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # noqa: RUF001
]


@pytest.fixture
def filled(store: ChatStore) -> ChatStore:
    cpp = store.create_conversation("Templates in C++")
    store.add_message(cpp.id, "user", "How do C++ templates work?")
    store.add_message(cpp.id, "assistant", "In C, there are no templates; C++ has them.")
    zh = store.create_conversation("Quantum")
    store.add_message(zh.id, "user", "请用中文解释量子计算")
    store.add_message(zh.id, "assistant", "量子计算利用量子比特 🎉 进行计算。")
    misc = store.create_conversation("Misc")
    store.add_message(misc.id, "user", 'He said "do NOT panic" at 100% load_factor')
    store.add_message(misc.id, "assistant", "Concatenate the CAT pictures.\n\nNew paragraph")
    return store


def message_hits(store: ChatStore, query: str) -> list[int]:
    return [hit.message_id for hit in store.search(query) if hit.message_id is not None]


@pytest.mark.parametrize("query", TRICKY)
def test_tricky_input_never_raises(filled: ChatStore, query: str) -> None:
    hits = filled.search(query)
    assert isinstance(hits, list)


def test_cpp_is_found_literally(filled: ChatStore) -> None:
    hits = filled.search("C++")
    assert {h.message_id for h in hits} == {1, 2, None}  # both messages and the title
    contents = [filled.get_message(h.message_id).content for h in hits if h.message_id]
    assert all("C++" in text for text in contents)


def test_chinese_and_emoji(filled: ChatStore) -> None:
    for query in ("量子", "量子计算", "计", "比特 🎉", "🎉"):
        hits = filled.search(query)
        assert hits, query
        assert all(
            all(term in filled.get_message(h.message_id).content for term in query.split())
            for h in hits
            if h.message_id
        )
    assert len(filled.search("量子")) == 2
    assert filled.search("量子 不存在") == []


def test_words_and_phrases_are_anded_and_case_insensitive(filled: ChatStore) -> None:
    assert len(filled.search("cat")) == 1  # substring: "Concatenate", "CAT"
    assert len(filled.search("concatenate PICTURES")) == 1
    assert filled.search("concatenate templates") == []
    assert len(filled.search('"do NOT panic"')) == 1
    assert filled.search('"panic do"') == []
    assert len(filled.search("NOT")) == 1  # an operator word is just text
    assert len(filled.search("100%")) == 1
    assert len(filled.search("%")) == 1
    assert len(filled.search("_")) == 1  # load_factor; not a LIKE wildcard
    assert filled.search("no-such-thing") == []


def test_short_terms_combine_with_long_ones(filled: ChatStore) -> None:
    assert len(filled.search("templates C,")) == 1
    assert message_hits(filled, "In templates") == [2]
    assert [h.message_id for h in filled.search("iN TEMPLATES")] == [None, 2]  # title first
    assert filled.search("zz templates") == []


def test_results_are_newest_first_and_limited(store: ChatStore) -> None:
    first = store.create_conversation("first")
    second = store.create_conversation("second")
    ids = [
        store.add_message(conv.id, "user", f"needle number {i}").id
        for i in range(6)
        for conv in (first, second)
    ]
    hits = store.search("needle")
    assert [h.message_id for h in hits] == sorted(ids, reverse=True)
    assert {h.title for h in hits} == {"first", "second"}
    assert [h.message_id for h in store.search("needle", limit=3)] == ids[::-1][:3]
    assert [h.message_id for h in store.search("ne", limit=3)] == ids[::-1][:3]
    assert store.search("needle", limit=0) == []


def test_title_hits_have_no_message(store: ChatStore) -> None:
    conversation = store.create_conversation("Holiday plans")
    store.add_message(conversation.id, "user", "nothing relevant")
    hits = store.search("holiday")
    assert [(h.conversation_id, h.message_id, h.snippet) for h in hits] == [
        (conversation.id, None, "Holiday plans")
    ]
    store.rename(conversation.id, "Work")
    assert store.search("holiday") == []
    assert len(store.search("work")) == 1
    assert len(store.search("Wo")) == 1  # short: the LIKE path


def test_edited_and_deleted_messages_leave_the_index(store: ChatStore) -> None:
    conversation = store.create_conversation("untitled")
    message = store.add_message(conversation.id, "user", "original wording")
    store.update_message(message.id, content="edited text")
    assert store.search("original") == []
    assert len(store.search("edited")) == 1
    store.delete_message(message.id)
    assert store.search("edited") == []
    store.connection.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")


def test_parse_query() -> None:
    assert parse_query('  hello "big  world"  say"hi  "" " ') == ["hello", "big world", "sayhi"]
    assert parse_query("Same same SAME") == ["Same"]
    assert parse_query("a\x00b") == ["a", "b"]
    assert fts_query(["C++", 'a"b']) == '"C++" "a""b"'


def test_snippet_is_plain_text_around_the_match() -> None:
    text = "word " * 60 + "the\nNEEDLE   here " + "tail " * 60
    cut, span = snippet(text, ["needle"], width=80)
    assert "\n" not in cut and "  " not in cut
    assert span is not None and cut[span[0] : span[1]] == "NEEDLE"
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 82
    short, span = snippet("just this", ["this"])
    assert (short, span) == ("just this", (5, 9))
    assert snippet("no match", ["zzz"]) == ("no match", None)


def test_japanese_titles_search_and_export(store: ChatStore) -> None:
    """CJK end to end (#14): a Japanese first message names the chat, is found by a
    short and a long term, and exports readable."""
    from hearth.chats.export import to_json, to_markdown

    chat = store.create_conversation()
    store.add_message(chat.id, "user", "量子コンピューターの仕組みを簡単に説明してください。")
    store.add_message(chat.id, "assistant", "量子ビットは重ね合わせの状態を取れます。")
    titled = store.get_conversation(chat.id)
    assert titled.title.startswith("量子コンピューター")
    for term in ("量子", "重ね合わせ", "コンピューター 仕組み"):
        assert {hit.conversation_id for hit in store.search(term)} == {chat.id}, term
    messages = store.messages(chat.id)
    assert "量子ビットは重ね合わせ" in to_markdown(titled, messages)
    assert "重ね合わせ" in to_json(titled, messages)  # not \\u-escaped
