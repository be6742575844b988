"""The core never imports Qt, directly or through another module (ARCHITECTURE.md)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import hearth

CORE = ("hub", "hardware", "gguf", "catalog", "planner", "library", "engine", "chats")


def _core_modules() -> list[str]:
    root = Path(hearth.__file__).parent
    names = []
    for package in CORE:
        names.append(f"hearth.{package}")
        for info in pkgutil.iter_modules([str(root / package)]):
            names.append(f"hearth.{package}.{info.name}")
    return names


def test_no_core_module_brings_in_qt() -> None:
    modules = _core_modules()
    assert len(modules) > 40  # the walk found the package
    check = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "    if qt:\n"
        "        print(name, qt[0]); break\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"a core module imports Qt: {done.stdout.strip()}"
