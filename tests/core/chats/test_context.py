from __future__ import annotations

from hearth.chats.context import fit_to_context, total_tokens


def count(text: str) -> int:
    return len(text) // 4


def msg(role: str, words: int, tag: str = "") -> dict[str, str]:
    return {"role": role, "content": (tag + " " if tag else "") + "word " * words}


def conversation(turns: int) -> list[dict[str, str]]:
    messages = [msg("system", 20, "sys")]
    for i in range(turns):
        messages += [msg("user", 30, f"q{i}"), msg("assistant", 60, f"a{i}")]
    return messages


def test_everything_fits_untouched() -> None:
    messages = conversation(3)
    kept, dropped = fit_to_context(messages, 4096, 512, count)
    assert (kept, dropped) == (messages, 0)
    kept.append(msg("user", 1, "x"))  # the caller's list is its own: not changed by fitting
    assert len(messages) == len(conversation(3))


def test_oldest_turns_go_first_system_kept() -> None:
    messages = [*conversation(10), msg("user", 30, "last")]
    n_ctx, reserve = 512, 128
    kept, dropped = fit_to_context(messages, n_ctx, reserve, count)
    assert kept[0] == messages[0]
    assert kept[-1] == messages[-1]
    assert dropped > 0 and len(kept) + dropped == len(messages)
    assert kept[1:] == messages[len(messages) - len(kept) + 1 :]  # a contiguous newest tail
    assert kept[1]["role"] == "user"  # starts at a turn boundary
    assert total_tokens(kept, count) <= n_ctx - reserve
    # dropping one turn fewer would not have fitted
    one_more = [messages[0], *messages[len(messages) - len(kept) - 1 :]]
    assert total_tokens(one_more, count) > n_ctx - reserve


def test_tiny_context_keeps_system_and_last_question_only() -> None:
    messages = [*conversation(5), msg("user", 400, "huge")]
    kept, dropped = fit_to_context(messages, 64, 32, count)
    assert kept == [messages[0], messages[-1]]
    assert dropped == len(messages) - 2


def test_last_user_message_kept_even_with_a_reply_after_it() -> None:
    messages = [msg("user", 10, "old"), msg("assistant", 10), msg("user", 300, "now"),
                msg("assistant", 300, "partial")]  # fmt: skip
    kept, dropped = fit_to_context(messages, 100, 10, count)
    assert kept == messages[2:]
    assert dropped == 2


def test_no_system_message_and_no_user_message() -> None:
    messages = [msg("assistant", 100, "hello"), msg("assistant", 10, "bye")]
    kept, dropped = fit_to_context(messages, 60, 0, count)
    assert kept == [messages[1]] and dropped == 1
    assert fit_to_context([], 10, 0, count) == ([], 0)


def test_per_message_overhead_counts() -> None:
    messages = [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"},
                {"role": "user", "content": "c"}]  # fmt: skip
    assert fit_to_context(messages, 30, 0, count)[1] == 0
    kept, dropped = fit_to_context(messages, 30, 0, count, per_message_overhead=12)
    assert kept == messages[2:] and dropped == 2
