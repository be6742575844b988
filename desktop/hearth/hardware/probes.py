"""The one small interface through which hardware detection touches the machine.

Every vendor module reads files, runs commands and calls libraries only through
a `ProbeBackend`. `LiveBackend` does it for real; `ReplayBackend` answers from a
fixture folder of recorded outputs, so the tests drive the very parsing code the
live path uses (the approach of Dangerzone's dummy provider).

A replay folder holds:

    machine.json         {"system": "Linux", "machine": "x86_64", "release": "6.8.0"}
    fs/<abs path>        files as read on the machine, e.g. fs/proc/cpuinfo (':' as %3A)
    commands/<argv0>.out stdout of a command (and <argv0>.rc, its exit status)
    values/<name>.json   what a library probe returned (NVML, DXGI, llama.cpp)
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds; generous for the rare slow driver, yet bounded so detect() never hangs.
COMMAND_TIMEOUT = 4.0


class ProbeUnavailableError(Exception):
    """The source does not exist on this machine (no driver, no tool): not an error."""


class ProbeTimeoutError(Exception):
    """A probe did not answer within its time limit."""


@dataclass(frozen=True)
class CommandResult:
    """What a finished command printed and how it exited."""

    returncode: int
    stdout: str
    stderr: str = ""


class ProbeBackend(Protocol):
    """Where detection gets its raw facts from."""

    @property
    def system(self) -> str:
        """platform.system(): "Linux", "Darwin" or "Windows"."""
        ...

    @property
    def machine(self) -> str:
        """platform.machine(): "x86_64", "arm64", "AMD64", ..."""
        ...

    @property
    def release(self) -> str:
        """The OS release (kernel or OS version)."""
        ...

    def read_text(self, path: str) -> str | None:
        """A file's text, or None when it does not exist or cannot be read."""
        ...

    def list_dir(self, path: str) -> list[str]:
        """Sorted entry names of a folder; empty when it does not exist."""
        ...

    def run(self, argv: Sequence[str], timeout: float = COMMAND_TIMEOUT) -> CommandResult:
        """Run a command; ProbeUnavailableError when it is not installed."""
        ...

    def values(self, name: str, collect: Callable[[], Any]) -> Any:
        """JSON-able values from a library probe; live backends call `collect`."""
        ...


class LiveBackend:
    """Reads the real machine."""

    @property
    def system(self) -> str:
        return platform.system()

    @property
    def machine(self) -> str:
        return platform.machine()

    @property
    def release(self) -> str:
        if platform.system() == "Darwin":
            return platform.mac_ver()[0] or platform.release()
        if platform.system() == "Windows":
            return platform.version()
        return platform.release()

    def read_text(self, path: str) -> str | None:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return handle.read()
        except OSError:
            return None

    def list_dir(self, path: str) -> list[str]:
        try:
            return sorted(os.listdir(path))
        except OSError:
            return []

    def run(self, argv: Sequence[str], timeout: float = COMMAND_TIMEOUT) -> CommandResult:
        exe = shutil.which(argv[0])
        if exe is None:
            raise ProbeUnavailableError(f"{argv[0]} is not installed")
        return run_command([exe, *argv[1:]], timeout, f"{argv[0]} did not answer")

    def values(self, name: str, collect: Callable[[], Any]) -> Any:
        return collect()


def run_command(argv: Sequence[str], timeout: float, late: str) -> CommandResult:
    """Run a probe command to its end, within `timeout`; `late` says what a timeout means."""
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            # No console window flashing up when the GUI runs this on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired as exc:
        raise ProbeTimeoutError(f"{late} within {timeout:g} s") from exc
    except OSError as exc:
        raise ProbeUnavailableError(f"{argv[0]} could not be started: {exc}") from exc
    return CommandResult(done.returncode, done.stdout, done.stderr)


class ReplayBackend:
    """Answers from a folder of recorded outputs (see the module docstring)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        meta_path = self.root / "machine.json"
        self._meta: dict[str, Any] = (
            json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        )
        self.commands_run: list[list[str]] = []

    @property
    def system(self) -> str:
        return str(self._meta.get("system", "Linux"))

    @property
    def machine(self) -> str:
        return str(self._meta.get("machine", "x86_64"))

    @property
    def release(self) -> str:
        return str(self._meta.get("release", ""))

    def _fs(self, path: str) -> Path:
        # ':' (in PCI addresses) is stored as %3A so the fixtures check out on Windows too.
        return self.root / "fs" / path.lstrip("/").replace(":", "%3A")

    def read_text(self, path: str) -> str | None:
        target = self._fs(path)
        try:
            return target.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    def list_dir(self, path: str) -> list[str]:
        try:
            return sorted(name.replace("%3A", ":") for name in os.listdir(self._fs(path)))
        except OSError:
            return []

    def run(self, argv: Sequence[str], timeout: float = COMMAND_TIMEOUT) -> CommandResult:
        self.commands_run.append(list(argv))
        name = os.path.basename(argv[0])
        out = self.root / "commands" / f"{name}.out"
        if not out.exists():
            raise ProbeUnavailableError(f"{name} is not installed")
        rc_path = self.root / "commands" / f"{name}.rc"
        rc = int(rc_path.read_text().strip()) if rc_path.exists() else 0
        return CommandResult(rc, out.read_text(encoding="utf-8"))

    def values(self, name: str, collect: Callable[[], Any]) -> Any:
        path = self.root / "values" / f"{name}.json"
        if not path.exists():
            raise ProbeUnavailableError(f"no recorded {name} values")
        return json.loads(path.read_text(encoding="utf-8"))


class Pending(Generic[T]):
    """A probe running on its own daemon thread, with a deadline.

    A daemon thread, not an executor: a driver call stuck forever must neither
    block detect() nor keep the process from exiting.
    """

    def __init__(self, name: str, fn: Callable[[], T], timeout: float) -> None:
        self.name = name
        self.timeout = timeout
        self._deadline = time.monotonic() + timeout
        self._box: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._target, args=(fn,), daemon=True)
        self._thread.name = f"hearth-probe-{name}"
        self._thread.start()

    def _target(self, fn: Callable[[], T]) -> None:
        try:
            self._box["value"] = fn()
        except BaseException as exc:  # handed to the waiting thread in result()
            self._box["error"] = exc

    def result(self) -> T:
        """The probe's value; its exception; or ProbeTimeoutError once the deadline passed."""
        self._thread.join(max(0.0, self._deadline - time.monotonic()))
        if self._thread.is_alive():
            raise ProbeTimeoutError(f"{self.name} did not answer within {self.timeout:g} s")
        if "error" in self._box:
            raise self._box["error"]
        return self._box["value"]


def call_with_timeout(fn: Callable[[], T], timeout: float, name: str) -> T:
    """Run `fn` on a daemon thread and wait at most `timeout` seconds for it."""
    return Pending(name, fn, timeout).result()
