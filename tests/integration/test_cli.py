"""The `hearth` command, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hearth import __version__


def _hearth(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hearth", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
    )


def test_version() -> None:
    result = _hearth("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Hearth {__version__}"


def test_models_json_lists_the_starter_model(starter_model: Path) -> None:
    result = _hearth("models", "--json")
    assert result.returncode == 0, result.stderr
    models = json.loads(result.stdout)
    starter = next(m for m in models if m["source"] == "starter")
    assert starter["name"] == "SmolLM2 135M Instruct"
    assert starter["path"] == str(starter_model)


def test_models_plain_text() -> None:
    result = _hearth("models")
    assert result.returncode == 0
    assert "smollm2-135m-instruct-q4-1" in result.stdout
    assert "SmolLM2 135M Instruct · Q4_1" in result.stdout


def test_chat_prints_the_streamed_reply(hearth_home: Path) -> None:
    result = _hearth(
        "chat",
        "smollm2-135m-instruct-q4-1",
        "--prompt",
        "Hello",
        "--max-tokens",
        "16",
        "--threads",
        "2",
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip()) > 3
    assert "tokens/s" in result.stderr
    # The engine's own log went to the log dir under HEARTH_HOME, not to the terminal.
    assert "llama" in (hearth_home / "logs" / "engine.log").read_text()


def test_chat_with_a_path_and_an_unknown_model(starter_model: Path) -> None:
    ok = _hearth("chat", str(starter_model), "--prompt", "Hi", "--max-tokens", "4")
    assert ok.returncode == 0, ok.stderr
    unknown = _hearth("chat", "no-such-model", "--prompt", "Hi")
    assert unknown.returncode == 1
    assert "No installed model is called 'no-such-model'" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_chat_with_a_broken_file_says_so(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 64)
    result = _hearth("chat", str(broken), "--prompt", "Hi")
    assert result.returncode == 1
    assert "could not load broken.gguf" in result.stderr
    assert "Traceback" not in result.stderr


def test_detect_json_describes_this_machine() -> None:
    import psutil

    result = _hearth("detect", "--json")
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["cpu"]["logical_cores"] == os.cpu_count()
    assert profile["memory"]["total_bytes"] == psutil.virtual_memory().total
    assert any(d["type"] == "cpu" for d in profile["llama_devices"])


def test_detect_summary() -> None:
    result = _hearth("detect")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("System: ")
    assert "llama.cpp" in result.stdout


def test_chat_with_a_system_prompt(hearth_home: Path) -> None:
    result = _hearth(
        "chat", "smollm2-135m-instruct-q4-1",
        "--system", "You are a pirate. Answer in one short sentence.",
        "--prompt", "Who are you?", "--max-tokens", "16", "--threads", "2",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip()) > 3
