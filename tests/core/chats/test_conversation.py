"""The conversation layer: what each family's template is sent."""

from __future__ import annotations

import itertools

from hearth.chats.chat_template import PLAIN, TemplateTraits
from hearth.chats.conversation import build_messages, conversation_messages

GEMMA2 = TemplateTraits(False, True, "plain", None)
QWEN3 = TemplateTraits(True, False, "think", None)
GPT_OSS = TemplateTraits(True, False, "harmony", None)


def roles(messages: list[dict[str, object]]) -> list[object]:
    return [m["role"] for m in messages]


def test_system_prompt_is_folded_where_the_template_has_no_system_role() -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
    ]
    assert build_messages(messages, GEMMA2) == [{"role": "user", "content": "Be brief.\n\nHi"}]
    assert build_messages(messages, PLAIN) == messages
    # Several system messages become one, first.
    twice = [*messages, {"role": "system", "content": "Use French."}]
    assert build_messages(twice, PLAIN)[0] == {
        "role": "system",
        "content": "Be brief.\n\nUse French.",
    }


def test_no_two_turns_of_one_role_and_no_leading_assistant() -> None:
    messages = [
        {"role": "assistant", "content": "Left from before trimming."},
        {"role": "user", "content": "First"},
        {"role": "assistant", "content": ""},  # cut off before its first word
        {"role": "user", "content": "Second"},
        {"role": "assistant", "content": "A"},
        {"role": "assistant", "content": "B"},
        {"role": "user", "content": "Third"},
    ]
    built = build_messages(messages, GEMMA2)
    assert roles(built) == ["user", "assistant", "user"]
    assert built[0]["content"] == "First\n\nSecond"
    assert built[1]["content"] == "A\n\nB"
    for first, second in itertools.pairwise(built):
        assert first["role"] != second["role"]


def test_only_the_final_answer_is_sent_back() -> None:
    qwen = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "<think>\nGreeting.\n</think>\n\nHello!"},
        {"role": "user", "content": "Bye"},
    ]
    assert build_messages(qwen, QWEN3)[1]["content"] == "Hello!"
    harmony = (
        "<|channel|>analysis<|message|>Greet.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>Hello!"
    )
    gpt = [qwen[0], {"role": "assistant", "content": harmony}, qwen[2]]
    built = build_messages(gpt, GPT_OSS)
    assert built[1]["content"] == "Hello!"
    assert "<|" not in str(built)


def test_none_content_becomes_text_and_tool_turns_are_kept() -> None:
    messages = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
        {"role": "tool", "content": "Sunny", "tool_call_id": "1"},
        {"role": "assistant", "content": None},
        {"role": "user", "content": "Thanks"},
    ]
    built = build_messages(messages, PLAIN)
    assert roles(built) == ["user", "assistant", "tool", "user"]
    assert built[1]["content"] == "" and built[1]["tool_calls"] == [{"id": "1"}]
    assert all(m["content"] is not None for m in built)


def test_the_window_asks_again_after_a_cut_off_reply() -> None:
    turns = [
        ("user", "Tell me a story"),
        ("assistant", "Once upon a"),  # cut off: the engine died
        ("assistant", "Once upon a time there was a kettle."),  # asked again
        ("user", "Another"),
        ("assistant", "In a far"),  # cut off, the newest: the user's turn is answered
    ]
    built = conversation_messages("Be kind.", turns, GEMMA2)
    assert built == [
        {"role": "user", "content": "Be kind.\n\nTell me a story"},
        {"role": "assistant", "content": "Once upon a time there was a kettle."},
        {"role": "user", "content": "Another"},
    ]
    # Multi-part content (images) is passed through untouched.
    parts = [{"type": "text", "text": "Look"}]
    assert build_messages([{"role": "user", "content": parts}], PLAIN)[0]["content"] == parts
