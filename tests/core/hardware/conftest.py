"""Fixtures for the hardware tests: replays of recorded machines, a clean session cache."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hearth.hardware import detector as detect_module
from hearth.hardware.probes import ReplayBackend

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hardware"
MACHINES = sorted(p.name for p in FIXTURES.iterdir() if (p / "machine.json").exists())


@pytest.fixture(autouse=True)
def fresh_detect_cache() -> Iterator[None]:
    """Each test starts without a session-cached profile."""
    detect_module._cached = None
    yield
    detect_module._cached = None


@pytest.fixture
def replay() -> Callable[[str], ReplayBackend]:
    """A replay backend over one recorded machine in tests/fixtures/hardware."""

    def make(name: str) -> ReplayBackend:
        return ReplayBackend(FIXTURES / name)

    return make


@pytest.fixture
def machine_copy(tmp_path: Path) -> Callable[[str], Path]:
    """A writable copy of a recorded machine, for tests that alter one value."""

    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(FIXTURES / name, target)
        return target

    return make
