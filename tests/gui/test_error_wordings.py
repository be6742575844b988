"""Every error kind the core can raise has a wording in the user's language (#15)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

import hearth
from hearth.errors import ErrorKind, HearthError
from hearth.planner.plan import Verdict, VerdictKind
from hearth.ui.error_wordings import ERROR_WORDINGS, user_message
from hearth.ui.messages import verdict_text

PACKAGE = Path(hearth.__file__).parent
ENGLISH = "THE CORE'S ENGLISH MESSAGE"
# Every parameter the core passes with an error, filled as the raise sites do.
SAMPLE_PARAMS = {
    "path": "/models/a.gguf", "name": "Gemma 3 1B", "file": "a.gguf", "repo": "owner/name",
    "host": "huggingface.co", "url": "https://huggingface.co/owner/name", "status": 503,
    "detail": "connection reset", "reason": "disk I/O error", "seconds": 300,
    "need_bytes": 8 << 30, "have_bytes": 4 << 30, "needed": 2 << 30, "free": 1 << 30,
    "has_token": True, "choices": "Q4_K_M, Q8_0", "quant": "Q5_K_M", "app": "ollama",
    "folder": "/home/u/.ollama", "where": "entry 3", "architecture": "clip",
    "conversation_id": 4, "message_id": 9, "suffix": ".txt", "version": 9, "supported": 5,
    "known": "a, b", "expected": 10, "actual": 9, "sha256": "00ff",
}  # fmt: skip


def kinds_raised_in_the_core() -> set[str]:
    """The kinds given as literals to an error class anywhere in the package."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            literal = first.value if isinstance(first, ast.Constant) else None
            is_kind = isinstance(literal, str) and re.fullmatch(r"[a-z0-9_]+", literal)
            if name.endswith("Error") and is_kind:
                found.add(str(literal))
    return found


def test_every_kind_has_a_wording_and_every_wording_a_kind() -> None:
    assert set(ERROR_WORDINGS) == set(get_args(ErrorKind))


def test_every_kind_raised_in_the_core_is_a_known_kind() -> None:
    raised = kinds_raised_in_the_core()
    assert len(raised) > 40  # the scan finds the raise sites
    assert raised <= set(get_args(ErrorKind)), raised - set(get_args(ErrorKind))


@pytest.mark.parametrize("kind", sorted(get_args(ErrorKind)))
def test_each_wording_is_a_whole_sentence_not_the_core_english(kind: ErrorKind) -> None:
    for params in (SAMPLE_PARAMS, {}):  # an error raised with fewer params still reads
        text = user_message(HearthError(kind, ENGLISH, **params))
        assert text and text != ENGLISH
        assert not re.search(r"\{[a-z_]*\}", text), text  # no placeholder left unfilled
        assert kind not in text  # never the bare identifier
        assert text.rstrip().endswith((".", ")", "!")), text


@pytest.mark.parametrize("kind", get_args(VerdictKind))
def test_every_verdict_kind_is_worded_not_passed_through(kind: VerdictKind) -> None:
    params = {"tokens_per_s": 12.0, "layers": 20, "n_layers": 31, "need_bytes": 8 << 30}
    text = verdict_text(Verdict(kind, ENGLISH, {**params, "have_bytes": 4 << 30}))
    assert text and text != ENGLISH and "{" not in text
