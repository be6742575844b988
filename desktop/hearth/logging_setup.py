"""Logging to a file in the log dir, for the app and the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from hearth import paths

LOG_FILE = "hearth.log"
ENGINE_LOG_FILE = "engine.log"


def app_log_path() -> Path:
    return paths.log_dir() / LOG_FILE


def engine_log_path() -> Path:
    return paths.log_dir() / ENGINE_LOG_FILE


def configure(verbose: bool = False) -> Path:
    """Send Hearth's log records to a rotating file (and stderr when verbose)."""
    path = app_log_path()
    root = logging.getLogger()
    if any(getattr(h, "hearth_file", False) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.hearth_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if verbose:
        root.addHandler(logging.StreamHandler())
    return path
