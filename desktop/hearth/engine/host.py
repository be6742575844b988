"""Starting, watching and stopping the engine child process.

One `Engine` is one llama.cpp server process with one model loaded, listening
on 127.0.0.1 at a free port. `start()` blocks until the model is loaded (or
fails with an EngineError/ModelError whose message a person can act on); the
GUI calls it on a worker thread. Why a child process at all: see
ARCHITECTURE.md ("Why the engine is a child process").
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import queue
import re
import secrets
import subprocess
import threading
import time
import weakref
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from hearth.chats.chat_template import PLAIN, TemplateTraits, traits_from_json
from hearth.engine.offload import Offload, OffloadFallback, abort_reason, offload_from_log
from hearth.errors import EngineError, ModelError
from hearth.gguf import is_gguf
from hearth.logging_setup import engine_log_path
from hearth.resources import child_command

if TYPE_CHECKING:
    from hearth.hardware.cpu_code import CrashFallback

log = logging.getLogger(__name__)

ENGINE_FLAG = "--engine-child"
LOG_ROTATE_BYTES = 5_000_000
_live_engines: weakref.WeakSet[Engine] = weakref.WeakSet()

# Lines of llama.cpp's log that name why a model did not load, most specific first.
_REASON_PATTERNS = (
    re.compile(r"error loading model: (.+)"),
    re.compile(
        r"(?:gguf_init_from_file\w*|llama_model_load\w*): (.*(?:fail|error|invalid).*)", re.I
    ),
    # A context that does not fit the device ("failed to allocate compute pp buffers").
    re.compile(r"llama_init_from_model: failed to initialize the context: (.+)"),
    re.compile(r"hearth-engine: model load failed: (.+)"),
)


@dataclass(frozen=True)
class EngineConfig:
    model_path: Path
    n_ctx: int = 4096
    n_threads: int = 1
    gpu_layers: int = 0
    host: str = "127.0.0.1"
    port: int = 0
    # The user's key for other apps (serving); sent to the child on stdin, never argv.
    api_key: str | None = None
    # The llama.cpp CPU code to run; None: what hardware/cpu_code.py chose for this machine.
    cpu_variant: str | None = None
    # Chat template switches fixed at load ((name, value) pairs): thinking on or off.
    template_kwargs: tuple[tuple[str, bool | str], ...] = ()
    # Names other computers reach this one by, when bound beyond loopback on purpose.
    allowed_hosts: tuple[str, ...] = ()
    # False after the GPU failed: not even prompt batches go to it (llama.cpp sends
    # those to a GPU it has, whatever gpu_layers says).
    use_gpu: bool = True


def engine_command(config: EngineConfig, cpu_variant: str | None = None) -> list[str]:
    """The child's command line: the app's own executable when frozen, else python -m."""
    launcher = child_command(ENGINE_FLAG, "hearth.engine.child")
    args = [
        "--model",
        str(config.model_path),
        "--n-ctx",
        str(config.n_ctx),
        "--threads",
        str(config.n_threads),
        "--gpu-layers",
        str(config.gpu_layers),
        "--host",
        config.host,
        "--port",
        str(config.port),
        "--parent-pid",
        str(os.getpid()),
    ]
    for name in config.allowed_hosts:
        args += ["--allow-host", name]
    if cpu_variant:
        args += ["--cpu-variant", cpu_variant]
    if not config.use_gpu:
        args.append("--cpu-only")
    if config.template_kwargs:
        args += ["--template-kwargs", json.dumps(dict(config.template_kwargs))]
    return launcher + args


def load_failure_reason(log_text: str) -> str:
    """The line of llama.cpp's log that says why loading failed ('' if none does)."""
    lines = log_text.splitlines()
    for pattern in _REASON_PATTERNS:
        for line in lines:
            match = pattern.search(line)
            if match:
                return match.group(1).strip()
    return ""


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size > LOG_ROTATE_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass


class Engine:
    """A llama.cpp server child process with one model loaded."""

    def __init__(self, config: EngineConfig, log_path: Path | None = None) -> None:
        self.config = config
        self.log_path = log_path or engine_log_path()
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log_start = 0
        self._stopping = False
        self.cpu_variant: str | None = config.cpu_variant
        # This launch's own key: only the process that started the engine knows it.
        self.secret = secrets.token_urlsafe(32)
        # The model's chat template: roles, reply format, thinking switch (from the child).
        self.traits: TemplateTraits = PLAIN
        # Where its layers run, as llama.cpp said while loading (None before, or unsaid).
        self.offload: Offload | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def exit_code(self) -> int | None:
        return self._process.poll() if self._process else None

    def died(self, wait: float = 0.0) -> bool:
        """Whether the child ended by itself (a crash, an abort), not by a stop."""
        if self._process is not None and wait > 0:
            try:
                self._process.wait(wait)
            except subprocess.TimeoutExpired:
                return False
        code = self.exit_code()
        return not self._stopping and code is not None and code != 0

    def crashed(self, wait: float = 0.0) -> bool:
        """Whether the child died of bad native code (SIGILL, SIGSEGV, ...), not a stop.

        `wait`: seconds to give a child whose connection just dropped to be reaped.
        """
        from hearth.hardware.cpu_code import crash_signal

        return self.died(wait) and crash_signal(self.exit_code()) is not None

    def after_crash(
        self, wait: float = 2.0
    ) -> tuple[CrashFallback | OffloadFallback, EngineConfig] | None:
        """What to start again with after the child died mid-reply, and why.

        With layers on a GPU, any death (a lost device aborts llama.cpp) moves the
        model to the CPU. Else, if it died of CPU code this processor cannot run,
        that code is ruled out (hardware/cpu_code.py). None for a stop, or when
        there is nothing to fall back to.

        Blocking (seconds: the next code is self-tested): not on the GUI thread.
        """
        from hearth.hardware.cpu_code import crash_signal, fall_back_after_crash

        if not self.died(wait):
            return None
        code = self.exit_code()
        if self.config.gpu_layers > 0:
            signal = crash_signal(code) or ("SIGABRT" if code == -6 else f"exit code {code}")
            reason = abort_reason(self.log_text()) or signal
            lost = OffloadFallback(self.config.gpu_layers, 0, reason, device_lost=True)
            log.warning("Engine with %d GPU layers died (%s): CPU only now", lost.requested, reason)
            return lost, replace(self.config, gpu_layers=0, use_gpu=False)
        # Not a CPU-code crash (no SIGILL, SIGSEGV...): fall_back_after_crash says None.
        fallback = fall_back_after_crash(self.cpu_variant, code)
        if crash_signal(code) is not None:
            from hearth.hardware import detector

            detector.forget()  # "This computer" shows the code in use now, and why
        if fallback is None:
            return None
        return fallback, replace(self.config, cpu_variant=fallback.now)

    def start(self, timeout: float = 180.0) -> None:
        """Start the child and wait until its model is loaded and it listens."""
        path = self.config.model_path
        if not path.is_file():
            raise ModelError(
                "model_missing", f"The model file {path} does not exist.", path=str(path)
            )
        if not is_gguf(path):
            raise ModelError(
                "not_gguf",
                f"{path.name} is not a GGUF model file, so llama.cpp cannot load it.",
                path=str(path),
            )
        if self.cpu_variant is None:
            from hearth.hardware import cpu_code  # a first start self-tests it (seconds)

            self.cpu_variant = cpu_code.choose().variant
        _rotate(self.log_path)
        with open(self.log_path, "ab") as log_file:
            self._log_start = log_file.tell()
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            log_file.write(f"\n=== {stamp} engine start: {path}\n".encode())
            log_file.flush()
            command = engine_command(self.config, self.cpu_variant)
            log.info("Starting engine: %s", command)
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file
            )
        keys = {"secret": self.secret, "api_key": self.config.api_key or ""}
        try:
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps(keys).encode() + b"\n")
            self._process.stdin.flush()
        except OSError:
            pass  # it died at once: said below, from its exit
        _live_engines.add(self)
        events = self._read_events(self._process.stdout)
        deadline = time.monotonic() + timeout
        while True:
            try:
                event = events.get(timeout=0.05)
            except queue.Empty:
                event = None
            if event is not None:
                if event.get("event") == "ready":
                    self.port = int(event["port"])
                    self.traits = traits_from_json(event.get("traits"))
                    self.offload = offload_from_log(self.log_text())
                    where = self.offload.describe() if self.offload else "layers not reported"
                    log.info("Engine ready on port %d (pid %s): %s", self.port, self.pid, where)
                    self._note_in_log(f"hearth: {where}")
                    return
                if event.get("event") == "error":
                    self._wait_exit(2.0)
                    raise self._load_error(str(event.get("reason", "")))
            elif self._process.poll() is not None:
                raise self._load_error("")
            if time.monotonic() > deadline:
                self.stop()
                raise EngineError(
                    "engine_start_timeout",
                    f"{path.name} did not finish loading within {timeout:.0f} seconds.",
                    path=str(path),
                    seconds=round(timeout),
                )

    def _read_events(self, stream: IO[bytes] | None) -> queue.Queue[dict[str, Any]]:
        events: queue.Queue[dict[str, Any]] = queue.Queue()

        def pump() -> None:
            assert stream is not None
            for raw in stream:
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    events.put(event)

        threading.Thread(target=pump, name="engine-events", daemon=True).start()
        return events

    def _wait_exit(self, timeout: float) -> None:
        if self._process is not None:
            try:
                self._process.wait(timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()

    def _note_in_log(self, line: str) -> None:
        """A line of Hearth's own in the engine log, among llama.cpp's."""
        try:
            with open(self.log_path, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError:
            pass

    def log_text(self) -> str:
        """What the engine wrote to its log since this start."""
        try:
            with open(self.log_path, "rb") as handle:
                handle.seek(self._log_start)
                return handle.read().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def _load_error(self, reported: str) -> EngineError:
        path = self.config.model_path
        if self._stopping:
            return EngineError("engine_cancelled", "Loading was cancelled.", path=str(path))
        reason = load_failure_reason(self.log_text()) or reported
        code = self.exit_code()
        log.error("Engine failed to load %s (exit %s): %s", path, code, reason)
        return EngineError(
            "model_load_failed",
            f"llama.cpp could not load {path.name}. The file may be incomplete or damaged,"
            f" or made for a newer llama.cpp. Details: {reason or f'exit code {code}'}",
            path=str(path),
            name=path.name,
            reason=reason,
            exit_code=code,
            log_path=str(self.log_path),
        )

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the child: close its stdin (it exits by itself), then terminate, then kill."""
        process = self._process
        if process is None or process.poll() is not None:
            return
        self._stopping = True
        try:
            if process.stdin:
                process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(timeout / 2)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout / 2)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.info("Engine stopped (pid %s)", process.pid)

    def kill(self) -> None:
        """Kill the child at once, as a crash would (used by tests and as a last resort)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


@atexit.register
def stop_all_engines() -> None:
    """Stop every engine this process started (at exit, so none is left behind)."""
    for engine in list(_live_engines):
        engine.stop(timeout=2.0)
