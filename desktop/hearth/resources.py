"""Where the files in the project's resources/ folder are, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


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
