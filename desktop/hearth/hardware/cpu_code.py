"""Which llama.cpp CPU code runs here: self-tested once, remembered, and given up on crash.

ggml scores its CPU variants by CPUID and loads the highest. That is not proof
the code runs: the sapphirerapids variant's AMX matmul dies with SIGILL on the
first prompt batch on some AMX Xeons, and a hypervisor, an old kernel or an
emulator can claim instructions it does not run. So the first time Hearth meets
a machine (and again when llama.cpp, the processor or the kernel changes), two
short-lived children run the same prompt with the starter model: the variant
ggml would pick and a reference (plain AVX code, cpu_selftest.py). Death by a
signal, or logits far from the reference's, rules the variant out (kept with
the reason) and the next best is tried. Later starts read the verdict from the
cache and test nothing.

An engine that dies by SIGILL, SIGBUS or SIGSEGV mid-reply rules out the
variant it ran the same way (`fall_back_after_crash`): the caller restarts on
the next one, once per reply, never below the floor.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import signal
import subprocess
import tempfile
import threading
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hearth import paths
from hearth.hardware import cpu_selftest, ggml_probe, llama_lib
from hearth.resources import child_command, starter_model_path

log = logging.getLogger(__name__)

CACHE_FILE = "cpu_code.json"
# Bump when the test itself changes, so old verdicts are not trusted.
SELFTEST_VERSION = 1
SELFTEST_TIMEOUT_S = 90.0
# A measured speed counts as faster beyond measurement noise.
FASTER_BY = 1.05
# Largest relative L2 distance between a variant's logits and the reference's
# that correct code shows: variants quantize activations and sum in different
# orders, and measured 2.4-5.5% apart here (x64 ... haswell, every pair). A wrong
# kernel is off by far more (logits of another scale, NaN).
LOGITS_TOLERANCE = 0.15
FATAL_SIGNALS = {
    int(getattr(signal, name)): name
    for name in ("SIGILL", "SIGBUS", "SIGSEGV", "SIGFPE")
    if hasattr(signal, name)
}
# What a native crash looks like as a Windows exit code (NTSTATUS).
WINDOWS_CRASHES = {
    0xC000001D: "SIGILL",  # STATUS_ILLEGAL_INSTRUCTION
    0xC0000096: "SIGILL",  # STATUS_PRIVILEGED_INSTRUCTION
    0xC0000005: "SIGSEGV",  # STATUS_ACCESS_VIOLATION
}

# Processor generations as people know them, for messages.
VARIANT_NAMES = {
    "x64": "basic x86-64",
    "sse42": "SSE4.2",
    "sandybridge": "Sandy Bridge",
    "ivybridge": "Ivy Bridge",
    "piledriver": "Piledriver",
    "haswell": "Haswell",
    "skylakex": "Skylake-X",
    "cannonlake": "Cannon Lake",
    "cascadelake": "Cascade Lake",
    "icelake": "Ice Lake",
    "cooperlake": "Cooper Lake",
    "zen4": "Zen 4",
    "alderlake": "Alder Lake",
    "sapphirerapids": "Sapphire Rapids",
}

RuledOutKind = Literal["selftest_crash", "selftest_wrong", "selftest_failed", "reply_crash"]
_lock = threading.Lock()


def variant_name(variant: str) -> str:
    return VARIANT_NAMES.get(variant, variant)


@dataclass(frozen=True)
class RuledOut:
    """Why a variant is not used here: a kind and the values its message needs."""

    kind: RuledOutKind
    params: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """English, for logs and the command line (the GUI words it in ui/messages)."""
        if self.kind == "selftest_wrong":
            return f"gave wrong results in the self-test (off by {self.params.get('error', '?')})"
        if self.kind == "selftest_failed":
            return f"failed its self-test ({self.params.get('detail', '')})"
        when = "in the self-test" if self.kind == "selftest_crash" else "during a reply"
        return f"crashed {when} ({self.params.get('signal', '?')})"


@dataclass
class CpuCode:
    """The CPU variant Hearth loads here, and what it learned choosing it.

    `variant` is None in builds with one CPU backend (nothing to choose; ggml
    loads what there is). `speeds` holds each self-tested variant's prompt and
    decode tokens/s.
    """

    variant: str | None
    ggml_pick: str | None = None
    ruled_out: dict[str, RuledOut] = field(default_factory=dict)
    speeds: dict[str, dict[str, float]] = field(default_factory=dict)
    selftest_s: float | None = None
    tested_now: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "variant": self.variant,
            "ggml_pick": self.ggml_pick,
            "ruled_out": {
                name: {"kind": why.kind, "params": why.params}
                for name, why in self.ruled_out.items()
            },
            "speeds": self.speeds,
            "selftest_s": self.selftest_s,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CpuCode:
        return cls(
            variant=data.get("variant"),
            ggml_pick=data.get("ggml_pick"),
            ruled_out={
                name: RuledOut(why["kind"], dict(why.get("params") or {}))
                for name, why in (data.get("ruled_out") or {}).items()
            },
            speeds=dict(data.get("speeds") or {}),
            selftest_s=data.get("selftest_s"),
        )


def crash_signal(returncode: int | None) -> str | None:
    """ "SIGILL", "SIGSEGV", ... when an exit code means the process died of bad code."""
    if returncode is None:
        return None
    if returncode < 0:
        return FATAL_SIGNALS.get(-returncode)
    if os.name == "nt":
        return WINDOWS_CRASHES.get(returncode & 0xFFFFFFFF)
    # A shell or a launcher reports death by signal N as 128 + N.
    return FATAL_SIGNALS.get(returncode - 128) if returncode > 128 else None


def fingerprint(libdir: Path) -> str:
    """What the verdicts depend on: the llama.cpp build, the processor and the kernel."""
    digest = hashlib.sha256(f"{SELFTEST_VERSION} {libdir}".encode())
    for entry in sorted(libdir.iterdir()):
        if "ggml" in entry.name or "llama" in entry.name:
            stat = entry.stat()
            digest.update(f"{entry.name} {stat.st_size} {stat.st_mtime_ns}".encode())
    digest.update(f"{platform.machine()} {platform.release()} {platform.processor()}".encode())
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace").split("\n\n")[0]
        digest.update(cpuinfo.encode())
    except OSError:
        pass
    return digest.hexdigest()


def _cache_path() -> Path:
    return paths.cache_dir() / CACHE_FILE


def _read_cache(key: str) -> CpuCode | None:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != key:
        return None
    try:
        return CpuCode.from_json(data)
    except (KeyError, TypeError, AttributeError):
        return None


def _write_cache(key: str, code: CpuCode) -> None:
    path = _cache_path()
    text = json.dumps({"fingerprint": key, **code.to_json()}, indent=1)
    try:
        with tempfile.NamedTemporaryFile(
            "w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8"
        ) as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as exc:  # next start tests again; nothing else is lost
        log.warning("Could not keep the CPU self-test's verdict: %s", exc)


def _selftest_argv(libdir: Path, wanted: str, model: Path, out: str, threads: int) -> list[str]:
    launcher = child_command(cpu_selftest.FLAG, "hearth.hardware.cpu_selftest")
    return [*launcher, str(libdir), wanted, str(model), out, str(threads)]


@dataclass
class _Run:
    """One self-test child: started, then read."""

    process: subprocess.Popen[str]
    out: str
    variant: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    result: dict[str, Any] | None = None
    logits: array[float] | None = None
    returncode: int | None = None
    stderr: str = ""


def _start(libdir: Path, wanted: str, model: Path, folder: str, threads: int) -> _Run:
    out = os.path.join(folder, f"{wanted.replace(':', '_').replace(',', '_')}.f32")
    process = subprocess.Popen(
        _selftest_argv(libdir, wanted, model, out, threads),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    return _Run(process, out)


def _finish(run: _Run, timeout: float) -> _Run:
    try:
        stdout, run.stderr = run.process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        run.process.kill()
        stdout, run.stderr = run.process.communicate()
    run.returncode = run.process.returncode
    for line in stdout.splitlines():
        if line.startswith(cpu_selftest.MARKER):
            values = json.loads(line[len(cpu_selftest.MARKER) :])
            run.variant = values.get("variant", run.variant)
            run.scores = values.get("scores", run.scores)
            if "rows" in values:
                run.result = values
    if run.result is not None and run.returncode == 0:
        logits = array("f")
        with open(run.out, "rb") as handle:
            logits.frombytes(handle.read())
        run.logits = logits
    return run


def logits_error(candidate: array[float], reference: array[float], rows: int = 1) -> float:
    """The largest relative L2 distance of two runs' logits over `rows` equal rows
    (0: identical; inf: not comparable, or NaN)."""
    if len(candidate) != len(reference) or not reference or len(reference) % rows:
        return float("inf")
    width = len(reference) // rows
    worst = 0.0
    for start in range(0, len(reference), width):
        a, b = candidate[start : start + width], reference[start : start + width]
        diff = sum((x - y) * (x - y) for x, y in zip(a, b, strict=True))
        norm = sum(y * y for y in b)
        error = (diff / norm) ** 0.5 if norm > 0 else float("inf")
        worst = max(worst, error if error == error else float("inf"))  # NaN: wrong
    return worst


def _verdict(run: _Run, reference: _Run | None, timeout: float) -> RuledOut | None:
    """None when the variant passed; else why it is ruled out."""
    crash = crash_signal(run.returncode)
    if crash is not None:
        return RuledOut("selftest_crash", {"signal": crash})
    if run.returncode != 0 or run.logits is None:
        tail = " ".join(run.stderr.strip().splitlines()[-2:])[-300:]
        detail = f"timed out after {timeout:.0f} s" if run.returncode == -9 else tail
        return RuledOut("selftest_failed", {"detail": detail or f"exit code {run.returncode}"})
    if reference is not None and reference.logits is not None:
        rows = int((run.result or {}).get("rows", 1))
        error = logits_error(run.logits, reference.logits, rows)
        if error > LOGITS_TOLERANCE:
            return RuledOut("selftest_wrong", {"error": f"{error:.1%}"})
    return None


def _speeds(run: _Run) -> dict[str, float]:
    result = run.result or {}
    keys = ("prompt_tps", "decode_tps", "threads")
    return {key: round(float(result[key]), 1) for key in keys if result.get(key)}


def _fastest_passing(code: CpuCode) -> CpuCode:
    """Fastest that works, not highest score: a variant that passed and was measured
    clearly faster than the chosen one (same threads) is chosen instead."""
    chosen = code.speeds.get(code.variant or "")
    if not chosen or not chosen.get("decode_tps"):
        return code
    best = code.variant
    for variant, speed in code.speeds.items():
        if variant in code.ruled_out or speed.get("threads") != chosen.get("threads"):
            continue
        if speed.get("decode_tps", 0) > FASTER_BY * code.speeds[best or ""]["decode_tps"]:
            best = variant
    if best != code.variant:
        log.info("Using the %s CPU code: measured faster here than %s", best, code.variant)
        code.variant = best
    return code


def record_speeds(variant: str, speeds: dict[str, float], libdir: Path | None = None) -> None:
    """Keep a measurement of a variant that ran here (bench/cpu_variants.py feeds it)."""
    libdir = libdir or llama_lib.find_lib_dir()
    if libdir is None:
        return
    with _lock:
        key = fingerprint(libdir)
        known = _read_cache(key)
        if known is None or variant in known.ruled_out:
            return
        known.speeds[variant] = {k: round(float(v), 1) for k, v in speeds.items()}
        _write_cache(key, known)


def _self_test(libdir: Path, model: Path, known: CpuCode, threads: int) -> CpuCode:
    """Test the best variant not yet ruled out against the reference, until one passes.

    The reference (plain AVX code) runs beside the first candidate, on the other
    core. A failure that is no crash (the child could not start, the model is
    unreadable) says nothing about the code: testing stops and ggml chooses.
    """
    started = time.perf_counter()
    code = CpuCode(variant=None, ruled_out=dict(known.ruled_out), speeds=dict(known.speeds))
    with tempfile.TemporaryDirectory(prefix="hearth-cpu-") as folder:
        reference_run = _start(libdir, "reference", model, folder, 1)
        reference: _Run | None = None
        while True:
            skip = ",".join(sorted(code.ruled_out))
            run = _finish(
                _start(libdir, f"best:{skip}", model, folder, threads), SELFTEST_TIMEOUT_S
            )
            if reference is None:
                reference = _finish(reference_run, SELFTEST_TIMEOUT_S)
                crash = crash_signal(reference.returncode)
                if reference.variant and reference.logits is not None:
                    code.speeds[reference.variant] = _speeds(reference)
                elif reference.variant and crash:
                    code.ruled_out[reference.variant] = RuledOut(
                        "selftest_crash", {"signal": crash}
                    )
            if code.ggml_pick is None:
                runnable = {n: s for n, s in run.scores.items() if s > 0}
                code.ggml_pick = max(runnable, key=lambda n: runnable[n]) if runnable else None
            if run.variant is None:  # nothing left to try, or the child could not start
                break
            compare = reference if reference.variant != run.variant else None
            why = _verdict(run, compare, SELFTEST_TIMEOUT_S)
            if why is None:
                code.variant = run.variant
                code.speeds[run.variant] = _speeds(run)
                break
            log.warning("llama.cpp's %s CPU code %s", run.variant, why.describe())
            if why.kind == "selftest_failed":
                break
            code.ruled_out[run.variant] = why
    code.selftest_s = round(time.perf_counter() - started, 2)
    code.tested_now = True
    log.info(
        "CPU self-test: %s chosen (ggml's pick %s) in %.1f s; ruled out: %s",
        code.variant,
        code.ggml_pick,
        code.selftest_s,
        {name: why.describe() for name, why in code.ruled_out.items()} or "none",
    )
    return code


def selftest_threads() -> int:
    # Two at least: llama.cpp's worker threads run code the main thread does not
    # (AMX asks the kernel for its state per thread).
    return max(2, min(4, (os.cpu_count() or 2) - 1))


def choose(libdir: Path | None = None, model: Path | None = None) -> CpuCode:
    """The CPU variant to load here: from the cache, or self-tested now (first start).

    Blocking (seconds on a first start): call it off the GUI thread.
    """
    libdir = libdir or llama_lib.find_lib_dir()
    if libdir is None or len(ggml_probe._cpu_variant_files(str(libdir))) < 2:
        return CpuCode(variant=None)
    with _lock:
        key = fingerprint(libdir)
        cached = _read_cache(key)
        if cached is not None and cached.variant is not None:
            return _fastest_passing(cached)
        if model is None:
            model = starter_model_path()
        if model is None:
            log.warning("No starter model to self-test the CPU code with; ggml chooses")
            return CpuCode(variant=None)
        code = _self_test(libdir, model, cached or CpuCode(variant=None), selftest_threads())
        if code.variant is not None:  # else nothing was learned: test again next start
            _write_cache(key, code)
        return _fastest_passing(code)


@dataclass(frozen=True)
class CrashFallback:
    """An engine died of bad CPU code: what was ruled out and what runs now."""

    crashed: str
    signal: str
    now: str


def fall_back_after_crash(variant: str | None, returncode: int | None) -> CrashFallback | None:
    """Rule out `variant` after an engine running it died with `returncode`.

    Returns what to restart on, or None when this was not a CPU-code crash, the
    variant is the floor, or nothing else passes the self-test.
    """
    crash = crash_signal(returncode)
    libdir = llama_lib.find_lib_dir()
    if crash is None or variant is None or libdir is None:
        return None
    if variant in cpu_selftest.FLOOR_VARIANTS:
        return None
    with _lock:
        key = fingerprint(libdir)
        known = _read_cache(key) or CpuCode(variant=variant)
        known.ruled_out[variant] = RuledOut("reply_crash", {"signal": crash})
        known.variant = None
        _write_cache(key, known)
    log.warning("The engine died with %s on the %s CPU code; ruled out", crash, variant)
    code = choose(libdir)  # the caller makes detect() look again (engine/host.py)
    if code.variant is None or code.variant == variant:
        return None
    return CrashFallback(variant, crash, code.variant)
