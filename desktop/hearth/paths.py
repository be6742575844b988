"""Where Hearth keeps its files.

Normally the platform's user folders for the app "Hearth" (platformdirs). The
environment variable HEARTH_HOME moves every file Hearth writes under one
folder: portable installs use it, and every test points it at a temp dir.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Hearth"
HOME_ENV = "HEARTH_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _user_dir(kind: str) -> Path:
    home = _home_override()
    if home is not None:
        path = home / kind
    else:
        import platformdirs

        finders = {
            "config": platformdirs.user_config_dir,
            "data": platformdirs.user_data_dir,
            "cache": platformdirs.user_cache_dir,
            "logs": platformdirs.user_log_dir,
        }
        path = Path(finders[kind](APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _user_dir("config")


def data_dir() -> Path:
    return _user_dir("data")


def cache_dir() -> Path:
    return _user_dir("cache")


def log_dir() -> Path:
    return _user_dir("logs")


def models_dir() -> Path:
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path
