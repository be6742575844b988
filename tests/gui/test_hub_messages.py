"""Every error the hub module (hearth.hub) raises is worded for the user (ui/messages.py).

The errors are made by the hub's own code, with the parameters it really passes;
the kinds its source can raise are read from it, so a new kind without a sample
here (or without a wording there) fails.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import httpx2
import pytest

import hearth.hub
from hearth.errors import HearthError
from hearth.hub import errors, names
from hearth.ui.messages import user_message

HUB = Path(hearth.hub.__file__).parent
ENDPOINT = "https://hf-mirror.example"
REPO = "owner/Model-GGUF"
FILE = "Model-Q4_K_M.gguf"
ENGLISH = "THE CORE'S ENGLISH MESSAGE"


def _status(status: int, **headers: str) -> HearthError:
    where = {"repo_id": REPO, "filename": FILE, "endpoint": ENDPOINT, "has_token": False}
    return errors.from_status(status, headers, **where)


def _refused(check: Callable[[str], object], value: str) -> HearthError:
    with pytest.raises(HearthError) as caught:
        check(value)
    return caught.value


def hub_errors() -> list[HearthError]:
    """One real error of each kind hearth.hub raises."""
    request = httpx2.Request("GET", f"{ENDPOINT}/x")
    return [
        _status(401, **{"X-Error-Code": "GatedRepo"}),
        errors.gated(REPO, ENDPOINT, True),
        _status(404, **{"X-Error-Code": "RepoNotFound"}),
        _status(404, **{"X-Error-Code": "EntryNotFound"}),
        _status(401, **{"X-Error-Message": "Invalid credentials in Authorization header"}),
        _status(403),
        _status(429, **{"Retry-After": "30"}),
        _status(503),
        _status(418),
        errors.offline(ENDPOINT, "connection refused"),
        errors.translate(
            httpx2.ConnectError("refused", request=request), repo_id=REPO, endpoint=ENDPOINT
        ),
        errors.translate(ValueError("odd answer"), repo_id=REPO, endpoint=ENDPOINT),
        _refused(names.check_repo_id, "a/../b"),
        _refused(names.repo_id_from, "not a repo"),
        _refused(names.check_file_path, "../../x.gguf"),
    ]


def kinds_in_the_hub_source() -> set[str]:
    """The kinds given as literals to an error class in hearth/hub/*.py."""
    found = set()
    for path in HUB.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                first = node.args[0]
                if name.endswith("Error") and isinstance(first, ast.Constant):
                    found.add(str(first.value))
    return found


def test_the_samples_cover_every_kind_the_hub_raises() -> None:
    source = kinds_in_the_hub_source()
    assert len(source) >= 10  # the scan found the raise sites
    assert all(kind.startswith("hub_") for kind in source), "one vocabulary: hub_* kinds"
    assert source <= {e.kind for e in hub_errors()}, source - {e.kind for e in hub_errors()}


def test_an_unworded_kind_would_be_caught() -> None:
    """The check below can fail: a kind without a wording shows the core's English."""
    error = HearthError("hub_kind_without_a_wording", ENGLISH)  # type: ignore
    assert user_message(error) == ENGLISH


@pytest.mark.parametrize("error", hub_errors(), ids=lambda e: e.kind)
def test_every_hub_error_is_worded_with_its_details(error: HearthError) -> None:
    text = user_message(error)
    # Asked again with another English message: a wording does not change with it.
    again = user_message(HearthError(error.kind, ENGLISH, **error.params))
    assert text == again != ENGLISH, f"{error.kind} has no wording in ui/messages.py"
    assert "{" not in text, text
    for key in ("repo", "host", "file", "path", "status"):
        value = error.params.get(key)
        if value and key in WORDED_PARAMS.get(error.kind, ()):
            assert str(value) in text, f"{error.kind}: {key} {value!r} not in {text!r}"


# The parameters each kind's wording names (the rest are for logs and tooltips).
WORDED_PARAMS = {
    "hub_repo_not_found": ("repo", "host"),
    "hub_file_not_found": ("repo", "file"),
    "hub_offline": ("host",),
    "hub_server_error": ("status",),
    "hub_bad_repo_id": ("repo",),
    "hub_bad_path": ("path",),
}
