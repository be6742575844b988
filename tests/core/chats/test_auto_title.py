from __future__ import annotations

import pytest

from hearth.chats import auto_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("How do I reverse a list?", "How do I reverse a list?"),
        ("# How do I **reverse** a list in `Python`?", "How do I reverse a list in Python?"),
        ("\n\n  > - [ ] quoted   task  \nsecond line", "quoted task"),
        ("1. First step\n2. Second", "First step"),
        ("See [the docs](https://example.com/x) and ![img](a.png)", "See the docs and img"),
        ("snake_case and 2 * 3 stay; __dunder__ goes", "snake_case and 2 * 3 stay; dunder goes"),
        ("---\n\n_Why_ is ~~this~~ *so* slow?", "Why is this so slow?"),
        ("```python\nprint(1)\n```\nWhy does this fail?", "Why does this fail?"),
        ("```\nimport os\n```", "import os"),
        ("C++ templates", "C++ templates"),
        ("你好，请解释一下量子计算", "你好，请解释一下量子计算"),  # noqa: RUF001
        ("🎉 party time 🎉", "🎉 party time 🎉"),
        ("", ""),
        ("   \n ``` \n```\n***", ""),
    ],
)
def test_titles(text: str, title: str) -> None:
    assert auto_title(text) == title


def test_long_text_is_cut_at_a_word() -> None:
    text = "Please explain the difference between processes and threads in operating systems"
    title = auto_title(text)
    assert len(title) <= 48
    assert title == "Please explain the difference between processes…"
    assert text.startswith(title[:-1])


def test_long_text_without_spaces_is_cut_mid_word() -> None:
    title = auto_title("量子" * 60)
    assert len(title) == 48 and title.endswith("…")
    assert auto_title("x" * 100) == "x" * 47 + "…"


def test_no_trailing_punctuation_before_the_ellipsis() -> None:
    title = auto_title("word, " * 20)
    assert title.endswith("word…")
