"""The hub package stands below gguf, catalog and library: it imports none of them,
nor the settings or the keyring (the callers pass the address and the token)."""

from __future__ import annotations

import ast
from pathlib import Path

import hearth.hub

ROOT = Path(hearth.hub.__file__).parent
ALLOWED_HEARTH = ("hearth.errors", "hearth.hub")
FORBIDDEN_THIRD_PARTY = ("keyring", "platformdirs", "PySide6")


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def test_the_hub_imports_nothing_above_it() -> None:
    modules = sorted(ROOT.glob("*.py"))
    assert {p.stem for p in modules} >= {"__init__", "client", "errors", "names"}
    for path in modules:
        for name in _imports(path):
            if name == "hearth" or name.startswith("hearth."):
                assert name.startswith(ALLOWED_HEARTH), f"{path.name} imports {name}"
            assert not name.startswith(FORBIDDEN_THIRD_PARTY), f"{path.name} imports {name}"


def test_no_other_module_talks_http_to_the_hub() -> None:
    """One client: outside hearth.hub only the download itself (library/transfer.py,
    a streamed, resumable GET) uses huggingface_hub's HTTP session."""
    package = ROOT.parent
    users = set()
    for path in package.rglob("*.py"):
        if ROOT in path.parents:
            continue
        names = _imports(path)
        if any(
            n.startswith("huggingface_hub") and n.rsplit(".", 1)[-1] in HTTP_HELPERS for n in names
        ):
            users.add(path.relative_to(package).as_posix())
    assert users <= {"library/transfer.py"}, users


HTTP_HELPERS = {
    "HfApi",
    "get_session",
    "http_backoff",
    "hf_raise_for_status",
    "build_hf_headers",
    "hf_hub_url",
}
