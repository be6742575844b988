from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hearth.chats import ChatError, ChatStore, Conversation, Message
from hearth.chats.export import export_to_file, from_json, to_json, to_markdown


@pytest.fixture
def chat(store: ChatStore) -> tuple[Conversation, list[Message]]:
    conversation = store.create_conversation(
        "Fences ``` and 中文", model_id="smollm2", system_prompt="Be kind.", params={"seed": 1}
    )
    store.add_message(conversation.id, "user", "Show me code 🎉")
    store.add_message(
        conversation.id,
        "assistant",
        "Here:\n```python\nprint('hi')\n```\n<think>hmm</think>",
        model_name="SmolLM2 135M",
        stats={"ttft_s": 0.1, "tokens_per_s": 40.5, "tokens": 9},
    )
    store.add_message(conversation.id, "user", "And more?")
    store.add_message(conversation.id, "assistant", "Half", model_name="M", status="stopped")
    return store.get_conversation(conversation.id), store.messages(conversation.id)


def test_json_round_trip(chat: tuple[Conversation, list[Message]]) -> None:
    conversation, messages = chat
    text = to_json(conversation, messages)
    document = json.loads(text)
    assert document["format"] == "hearth-chat"
    assert document["conversation"]["title"] == "Fences ``` and 中文"
    assert "中文" in text  # readable, not \\u-escaped
    assert from_json(text) == (conversation, messages)


def test_json_import_into_another_store(
    chat: tuple[Conversation, list[Message]], tmp_path: Path
) -> None:
    with ChatStore(tmp_path / "other.db") as other:
        (new_id,) = other.import_conversations([from_json(to_json(*chat))])
        copied = other.messages(new_id)
        assert [(m.role, m.content, m.stats) for m in copied] == [
            (m.role, m.content, m.stats) for m in chat[1]
        ]


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"format": "other"}', '{"format": "hearth-chat", "version": 99}',
     '{"format": "hearth-chat", "version": 1, "conversation": {"id": 1}, "messages": []}'],
)  # fmt: skip
def test_json_import_rejects_other_files(text: str) -> None:
    with pytest.raises(ChatError) as caught:
        from_json(text)
    assert caught.value.kind == "chat_import_invalid"


def test_markdown_has_roles_models_and_content(chat: tuple[Conversation, list[Message]]) -> None:
    conversation, messages = chat
    text = to_markdown(conversation, messages)
    assert text.startswith("# Fences ``` and 中文\n")
    assert "- Model: smollm2" in text
    assert "Be kind." in text
    assert text.count("## User") == 2
    assert "## Assistant (SmolLM2 135M)" in text
    assert "```python\nprint('hi')\n```" in text
    assert "Show me code 🎉" in text
    assert "*(stopped before the end)*" in text
    order = [text.index(m.content) for m in messages]
    assert order == sorted(order)


@pytest.mark.parametrize("suffix", [".md", ".MARKDOWN", ".json"])
def test_export_to_file_by_suffix(
    chat: tuple[Conversation, list[Message]], tmp_path: Path, suffix: str
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"chat{suffix}"
    target.write_text("old contents")
    export_to_file(target, *chat)
    written = target.read_text(encoding="utf-8")
    if suffix == ".json":
        assert from_json(written) == chat
    else:
        assert written == to_markdown(*chat)
    assert os.listdir(target.parent) == [target.name]  # no temp file left behind


def test_export_errors(chat: tuple[Conversation, list[Message]], tmp_path: Path) -> None:
    with pytest.raises(ChatError) as caught:
        export_to_file(tmp_path / "chat.pdf", *chat)
    assert caught.value.kind == "export_format_unsupported"
    assert caught.value.params["suffix"] == ".pdf"
    with pytest.raises(ChatError) as caught:
        export_to_file(tmp_path / "missing-folder" / "chat.md", *chat)
    assert caught.value.kind == "export_failed"
    folder = tmp_path / "out"
    (folder / "a folder.json").mkdir(parents=True)  # cannot be replaced by a file
    with pytest.raises(ChatError) as caught:
        export_to_file(folder / "a folder.json", *chat)
    assert caught.value.kind == "export_failed"
    assert os.listdir(folder) == ["a folder.json"]  # the temp file was removed
