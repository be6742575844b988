"""CPU code that claims more than the machine runs is found out, at start and mid-reply.

The trap variant (tests/support/trap_variant.py) scores above every real
variant, as sapphirerapids does on an AMX Xeon, and dies with SIGILL when it
computes - what that code does there. Before the self-test, ggml's loader
picked it and no chat ever answered.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hearth import paths
from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.hardware import cpu_code, cpu_selftest, llama_backends
from hearth.hardware.cpu_code import CpuCode, RuledOut
from tests.conftest import TEST_THREADS
from tests.integration.test_cli import _hearth
from tests.support.cpu_variants import expected_cpu_variant
from tests.support.trap_variant import TRAP_VARIANT, lib_dir_with_trap

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture
def trap_libdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    libdir = lib_dir_with_trap(tmp_path, "trap")
    monkeypatch.setenv("LLAMA_CPP_LIB_PATH", str(libdir))
    return libdir


def _answer(engine: Engine) -> str:
    params = ChatParams(temperature=0, max_tokens=12)
    return "".join(stream_chat(engine.base_url, QUESTION, params, api_key=engine.secret))


def _trust_the_trap(libdir: Path) -> None:
    """A verdict that chose the trap: a fault the self-test did not catch, as any
    fault that first shows mid-reply."""
    code = CpuCode(variant=TRAP_VARIANT, ggml_pick=TRAP_VARIANT)
    cpu_code._write_cache(cpu_code.fingerprint(libdir), code)


def test_ggml_alone_would_load_the_trap(trap_libdir: Path) -> None:
    """The reproduction holds: ggml's own choice is the variant that cannot run."""
    values = llama_backends._run_child(trap_libdir, 30, None)
    assert values["cpu_variant_scores"][TRAP_VARIANT] > max(
        score for name, score in values["cpu_variant_scores"].items() if name != TRAP_VARIANT
    )
    done = subprocess.run(
        [
            *(sys.executable, "-m", "hearth.hardware.cpu_selftest", str(trap_libdir), "best:"),
            *(str(_starter()), str(trap_libdir.parent / "out.f32"), "1"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGILL
    assert f'"variant": "{TRAP_VARIANT}"' in done.stdout


def _starter() -> Path:
    from hearth.resources import starter_model_path

    path = starter_model_path()
    assert path is not None
    return path


def test_the_self_test_rules_out_code_that_dies_and_the_engine_answers(
    trap_libdir: Path,
) -> None:
    code = cpu_code.choose()
    assert code.tested_now
    assert code.ggml_pick == TRAP_VARIANT
    assert code.ruled_out == {TRAP_VARIANT: RuledOut("selftest_crash", {"signal": "SIGILL"})}
    assert code.variant == expected_cpu_variant()
    assert code.selftest_s is not None and code.speeds[code.variant]["decode_tps"] > 0

    engine = Engine(EngineConfig(_starter(), n_ctx=512, n_threads=TEST_THREADS))
    engine.start(timeout=120)
    try:
        assert engine.cpu_variant == expected_cpu_variant()
        assert len(_answer(engine).strip()) > 3
    finally:
        engine.stop()
    assert f"llama.cpp CPU code for {expected_cpu_variant()}" in engine.log_text()

    # Later starts read the verdict and test nothing.
    started = time.perf_counter()
    again = cpu_code.choose()
    assert not again.tested_now and time.perf_counter() - started < 0.5
    assert again.variant == code.variant and TRAP_VARIANT in again.ruled_out

    # hearth detect names what is used and what is not, and why.
    values = llama_backends.collect_llama()
    assert values["cpu_variant"] == expected_cpu_variant()
    assert values["cpu_ruled_out"][TRAP_VARIANT]["kind"] == "selftest_crash"


def test_code_that_computes_wrong_is_ruled_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    libdir = lib_dir_with_trap(tmp_path, "wrong")
    monkeypatch.setenv("LLAMA_CPP_LIB_PATH", str(libdir))
    code = cpu_code.choose()
    assert code.ruled_out[TRAP_VARIANT].kind == "selftest_wrong"
    assert code.variant == expected_cpu_variant()


def test_a_new_llama_cpp_is_tested_again(trap_libdir: Path) -> None:
    cpu_code.choose()
    assert not cpu_code.choose().tested_now
    x64 = trap_libdir / "libggml-cpu-x64.so"
    real = x64.resolve()
    x64.unlink()
    shutil.copy(real, x64)  # as an update rewrites the files
    assert cpu_code.choose().tested_now


def test_an_engine_killed_mid_reply_by_its_cpu_code_falls_back_once(trap_libdir: Path) -> None:
    _trust_the_trap(trap_libdir)
    engine = Engine(EngineConfig(_starter(), n_ctx=512, n_threads=TEST_THREADS))
    engine.start(timeout=120)
    assert engine.cpu_variant == TRAP_VARIANT
    with pytest.raises(Exception, match="connection"):
        _answer(engine)
    assert engine.crashed(wait=5.0)
    fallback = cpu_code.fall_back_after_crash(engine.cpu_variant, engine.exit_code())
    assert fallback == cpu_code.CrashFallback(TRAP_VARIANT, "SIGILL", expected_cpu_variant())
    known = cpu_code.choose()
    assert known.ruled_out[TRAP_VARIANT] == RuledOut("reply_crash", {"signal": "SIGILL"})
    # The floor is never given up: there is nothing below it to run.
    assert cpu_code.fall_back_after_crash("sse42", -signal.SIGILL) is None
    # A stop, or an exit that is no crash, rules nothing out.
    assert cpu_code.fall_back_after_crash(known.variant, 0) is None
    assert cpu_code.fall_back_after_crash(known.variant, -signal.SIGTERM) is None


def test_hearth_chat_survives_a_crash_and_answers(trap_libdir: Path) -> None:
    _trust_the_trap(trap_libdir)
    result = _hearth(
        "chat", str(_starter()), "--prompt", "What is the capital of France?",
        "--max-tokens", "12", "--temperature", "0", "--threads", str(TEST_THREADS),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip()) > 3
    assert "could not run llama.cpp's" in result.stderr and "SIGILL" in result.stderr
    cache = json.loads((paths.cache_dir() / cpu_code.CACHE_FILE).read_text())
    assert cache["ruled_out"][TRAP_VARIANT]["kind"] == "reply_crash"
    assert cache["variant"] == expected_cpu_variant()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_hearth_serve_serves_on_after_a_crash(trap_libdir: Path) -> None:
    _trust_the_trap(trap_libdir)
    port = _free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "hearth", "serve", str(_starter()), "--port", str(port)),
            *("--threads", str(TEST_THREADS), "--ctx", "512"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HEARTH_API_KEY": "app-key"},
    )
    assert process.stdout is not None
    params = ChatParams(temperature=0, max_tokens=12)
    try:
        assert f":{port}/v1" in process.stdout.readline()
        url = f"http://127.0.0.1:{port}"
        with pytest.raises(Exception, match=r"connection|closed"):
            "".join(stream_chat(url, QUESTION, params, "app-key"))
        assert f"Serving again at http://127.0.0.1:{port}/v1" in process.stdout.readline()
        reply = "".join(stream_chat(url, QUESTION, params, "app-key"))
        assert len(reply.strip()) > 3
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(20)


def test_exit_codes_that_mean_bad_code() -> None:
    assert cpu_code.crash_signal(-signal.SIGILL) == "SIGILL"
    assert cpu_code.crash_signal(-signal.SIGSEGV) == "SIGSEGV"
    assert cpu_code.crash_signal(128 + signal.SIGILL) == "SIGILL"  # through a shell
    assert cpu_code.crash_signal(-signal.SIGKILL) is None  # killed: not the code
    assert cpu_code.crash_signal(1) is None
    assert cpu_code.crash_signal(None) is None


def test_the_reference_and_skipping_in_the_child() -> None:
    scores = {"x64": 1, "sse42": 3, "haswell": 20, "futurelake": 99, "alderlake": 0}
    assert cpu_selftest.pick_variant("best:", scores) == "futurelake"
    assert cpu_selftest.pick_variant("best:futurelake", scores) == "haswell"
    assert cpu_selftest.pick_variant("reference", scores) == "sse42"
    assert cpu_selftest.pick_variant("reference", {**scores, "ivybridge": 12}) == "ivybridge"
    assert cpu_selftest.pick_variant("reference", {"x64": 1, "sse42": 0}) == "x64"


def test_logits_error_tells_summation_order_from_wrong_code() -> None:
    from array import array

    reference = array("f", [float(i % 13) - 6 for i in range(200)])
    reordered = array("f", [x * 1.02 + 0.01 for x in reference])
    assert cpu_code.logits_error(reordered, reference, rows=2) < cpu_code.LOGITS_TOLERANCE
    skewed = array("f", [x * 1.5 + i % 7 for i, x in enumerate(reference)])
    assert cpu_code.logits_error(skewed, reference, rows=2) > cpu_code.LOGITS_TOLERANCE
    broken = array("f", reference)
    broken[150] = float("nan")  # only the second row is wrong: still caught
    assert cpu_code.logits_error(broken, reference, rows=2) == float("inf")


def test_fastest_that_works_not_highest_score() -> None:
    code = CpuCode(
        variant="zen4",
        ruled_out={"sapphirerapids": RuledOut("selftest_crash", {"signal": "SIGILL"})},
        speeds={
            "zen4": {"decode_tps": 85.0, "threads": 2.0},
            "icelake": {"decode_tps": 87.0, "threads": 2.0},  # within noise: keep ggml's
            "cooperlake": {"decode_tps": 99.0, "threads": 1.0},  # other thread count
            "sapphirerapids": {"decode_tps": 177.0, "threads": 2.0},  # ruled out
        },
    )
    assert cpu_code._fastest_passing(code).variant == "zen4"
    code.speeds["skylakex"] = {"decode_tps": 95.0, "threads": 2.0}
    assert cpu_code._fastest_passing(code).variant == "skylakex"
