"""The real engine: llama.cpp in a child process, with the starter model."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from hearth.errors import EngineError, ModelError
from tests.conftest import TEST_THREADS

HELLO = [{"role": "user", "content": "Hello! Tell me about yourself."}]
LONG = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


def _engine(model: Path, tmp_path: Path) -> Engine:
    return Engine(
        EngineConfig(model_path=model, n_ctx=1024, n_threads=TEST_THREADS),
        log_path=tmp_path / "engine.log",
    )


def test_streams_a_reply(shared_engine: Engine) -> None:
    stream = stream_chat(
        shared_engine.base_url,
        HELLO,
        ChatParams(temperature=0, max_tokens=24),
        api_key=shared_engine.secret,
    )
    pieces = list(stream)
    assert len(pieces) >= 5
    assert "".join(pieces).strip()
    assert stream.stats.tokens == len(pieces)
    assert stream.stats.finish_reason in ("length", "stop")
    assert stream.stats.tokens_per_second and stream.stats.tokens_per_second > 1


def test_same_answer_at_temperature_zero(shared_engine: Engine) -> None:
    params = ChatParams(temperature=0, max_tokens=12)
    first = "".join(
        stream_chat(shared_engine.base_url, HELLO, params, api_key=shared_engine.secret)
    )
    second = "".join(
        stream_chat(shared_engine.base_url, HELLO, params, api_key=shared_engine.secret)
    )
    assert first == second


def test_cancel_stops_within_half_a_second_and_next_message_works(shared_engine: Engine) -> None:
    stream = stream_chat(
        shared_engine.base_url, LONG, ChatParams(max_tokens=2000), api_key=shared_engine.secret
    )
    received: list[str] = []
    ended = threading.Event()

    def consume() -> None:
        for piece in stream:
            received.append(piece)
        ended.set()

    worker = threading.Thread(target=consume)
    worker.start()
    deadline = time.monotonic() + 60
    while len(received) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(received) >= 5, "the reply never started"
    cancelled_at = time.perf_counter()
    stream.cancel()
    assert ended.wait(0.5), "the reply did not stop within 0.5 s"
    assert time.perf_counter() - cancelled_at < 0.5
    worker.join()
    assert stream.stats.cancelled
    count = len(received)
    time.sleep(0.3)
    assert len(received) == count
    # The engine itself stopped generating, not only our reading of it.
    assert _cpu_seconds_over(shared_engine.pid, 1.0) < 0.3

    started = time.perf_counter()
    after = stream_chat(
        shared_engine.base_url,
        HELLO,
        ChatParams(temperature=0, max_tokens=8),
        api_key=shared_engine.secret,
    )
    assert "".join(after).strip()
    # The old generation does not hold the engine: the next reply starts promptly.
    assert after.stats.first_token_s is not None and after.stats.first_token_s < 5
    assert time.perf_counter() - started < 10


def _cpu_seconds_over(pid: int | None, seconds: float) -> float:
    process = psutil.Process(pid)
    before = process.cpu_times()
    time.sleep(seconds)
    after = process.cpu_times()
    return (after.user + after.system) - (before.user + before.system)


def test_missing_model_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        _engine(tmp_path / "missing.gguf", tmp_path).start(timeout=30)
    assert caught.value.kind == "model_missing"


def test_file_that_is_not_gguf(tmp_path: Path) -> None:
    fake = tmp_path / "holiday-photo.gguf"
    fake.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(4096))
    with pytest.raises(ModelError) as caught:
        _engine(fake, tmp_path).start(timeout=30)
    assert caught.value.kind == "not_gguf"


@pytest.mark.error_logs_expected
def test_truncated_gguf_gives_the_reason_from_llama_cpp(
    starter_model: Path, tmp_path: Path
) -> None:
    truncated = tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf"
    with open(starter_model, "rb") as source:
        truncated.write_bytes(source.read(20_000_000))
    engine = _engine(truncated, tmp_path)
    with pytest.raises(EngineError) as caught:
        engine.start(timeout=60)
    error = caught.value
    assert error.kind == "model_load_failed"
    assert error.params["reason"], "llama.cpp's own reason should be found in its log"
    assert error.params["reason"] in (tmp_path / "engine.log").read_text()
    assert not engine.is_running()


def test_engine_killed_mid_reply_raises_and_a_new_engine_works(
    starter_model: Path, tmp_path: Path
) -> None:
    engine = _engine(starter_model, tmp_path)
    engine.start(timeout=120)
    stream = stream_chat(engine.base_url, LONG, ChatParams(max_tokens=2000), api_key=engine.secret)
    received: list[str] = []
    with pytest.raises(EngineError) as caught:
        for piece in stream:
            received.append(piece)
            if len(received) == 5:
                engine.kill()
    assert caught.value.kind == "engine_connection_lost"
    assert len(received) >= 5
    assert not engine.is_running()

    engine.start(timeout=120)  # the same Engine object reloads
    try:
        assert "".join(
            stream_chat(engine.base_url, HELLO, ChatParams(max_tokens=6), api_key=engine.secret)
        ).strip()
    finally:
        engine.stop()


PARENT_SCRIPT = """
import sys, time
from pathlib import Path
from hearth.engine import Engine, EngineConfig
engine = Engine(EngineConfig(model_path=Path(sys.argv[1]), n_ctx=512, n_threads=1),
                log_path=Path(sys.argv[2]))
engine.start(timeout=120)
print(engine.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("how", ["killed", "exits"])
def test_no_orphan_when_the_parent_goes(starter_model: Path, tmp_path: Path, how: str) -> None:
    script = (
        PARENT_SCRIPT
        if how == "killed"
        else PARENT_SCRIPT.replace("time.sleep(600)", "sys.exit(0)")
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(starter_model), str(tmp_path / "engine.log")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline())
    if how == "killed":
        parent.send_signal(signal.SIGKILL)
    parent.wait(30)
    assert _gone_within(child_pid, 5.0), f"the engine outlived its parent ({how})"


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True  # exited; only waiting for init to reap it
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    psutil.Process(pid).kill()
    return False
