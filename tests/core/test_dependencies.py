"""pyproject.toml declares every third-party package the app imports directly.

A package that arrives only as another's dependency can go away, or change
major version, when that other package changes; what Hearth imports it names.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

import hearth

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

PACKAGE = Path(hearth.__file__).parent
PYPROJECT = PACKAGE.parents[1] / "pyproject.toml"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_top_level_modules() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"hearth"}


def declared() -> set[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return {
        _normal(re.split(r"[\s\[<>=!~;]", spec, maxsplit=1)[0]) for spec in project["dependencies"]
    }


def test_every_directly_imported_package_is_declared() -> None:
    modules = imported_top_level_modules()
    assert {"huggingface_hub", "httpx2", "PySide6"} <= modules  # the scan finds imports
    owners = packages_distributions()
    missing = {}
    for module in sorted(modules):
        dists = {_normal(d) for d in owners.get(module, [])}
        # PySide6's modules belong to PySide6-Essentials here; nvidia-ml-py provides pynvml.
        if dists and not dists & declared():
            missing[module] = sorted(dists)
    assert not missing, f"imported but not in pyproject.toml's dependencies: {missing}"
