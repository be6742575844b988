"""Engines that other apps reach with a key of their own, one per test module."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hearth.engine import Engine, EngineConfig
from tests.conftest import TEST_THREADS


@contextmanager
def engine_for_apps(model: Path, log_dir: Path, api_key: str, n_ctx: int) -> Iterator[Engine]:
    """The starter in a real engine that takes `api_key` from other apps (and its own
    per-launch secret from the process that started it)."""
    config = EngineConfig(model, n_ctx=n_ctx, n_threads=TEST_THREADS, api_key=api_key)
    engine = Engine(config, log_path=log_dir / "engine.log")
    engine.start(timeout=120)
    try:
        yield engine
    finally:
        engine.stop()
