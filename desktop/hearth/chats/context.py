"""Fitting a conversation into the model's context window.

When a conversation outgrows the context, the oldest turns are left out of
what the model sees — the system prompt and the newest question never are —
so the user never meets llama.cpp's "exceeds context window" error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Counter = Callable[[str], int]


def message_tokens(message: dict[str, str], count_tokens: Counter, overhead: int = 8) -> int:
    """Tokens one message takes in the prompt: its text plus the chat template's markers."""
    return count_tokens(message.get("content", "")) + overhead


def total_tokens(
    messages: Sequence[dict[str, str]], count_tokens: Counter, per_message_overhead: int = 8
) -> int:
    """Tokens the whole prompt takes (for the context meter)."""
    return sum(message_tokens(m, count_tokens, per_message_overhead) for m in messages)


def fit_to_context(
    messages: list[dict[str, str]],
    n_ctx: int,
    reserve_tokens: int,
    count_tokens: Counter,
    per_message_overhead: int = 8,
) -> tuple[list[dict[str, str]], int]:
    """The newest messages that fit in `n_ctx - reserve_tokens`, and how many were left out.

    A leading system message is always kept. The oldest other messages go
    first. The last user message (and anything after it) is never dropped: if
    even that does not fit, it is returned alone after the system message and
    the caller warns. What is kept starts with a user message where possible,
    since some chat templates (Gemma, Mistral) insist that roles alternate
    starting with the user.
    """
    if not messages:
        return [], 0
    budget = n_ctx - reserve_tokens
    head = [messages[0]] if messages[0].get("role") == "system" else []
    rest = messages[len(head) :]
    costs = [message_tokens(m, count_tokens, per_message_overhead) for m in rest]
    used = sum(message_tokens(m, count_tokens, per_message_overhead) for m in head) + sum(costs)

    users = [i for i, m in enumerate(rest) if m.get("role") == "user"]
    last_user = users[-1] if users else len(rest)
    start = 0
    while used > budget and start < last_user:
        used -= costs[start]
        start += 1
    if start > 0 and users:  # dropping began: do not begin mid-turn with an assistant reply
        while start < last_user and rest[start].get("role") != "user":
            start += 1
    kept = head + rest[start:]
    return kept, len(messages) - len(kept)
