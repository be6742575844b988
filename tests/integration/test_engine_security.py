"""The engine and `hearth serve` refuse web pages, other users and oversized requests.

Against the real engine child: a DNS-rebinding page's Host, a cross-site
text/plain POST, a missing or wrong key, a body too large, and keys that must
never be on any Hearth process's command line.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.engine import Engine
from hearth.engine.guard import MAX_BODY_BYTES, host_name
from tests.conftest import TEST_THREADS
from tests.integration.conftest import engine_for_apps

USER_KEY = "user-chosen-key-123"
CHAT = json.dumps({"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}).encode()


@pytest.fixture(scope="module")
def engine(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with engine_for_apps(starter_model, tmp_path_factory.mktemp("log"), USER_KEY, 512) as started:
        yield started


def _request(
    port: int,
    headers: dict[str, str],
    body: bytes = CHAT,
    method: str = "POST",
    path: str = "/v1/chat/completions",
) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for name, value in headers.items():
        conn.putheader(name, value)
    if method == "POST":
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body if method == "POST" else None)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def _headers(engine: Engine, **changes: str) -> dict[str, str]:
    headers = {
        "Host": f"127.0.0.1:{engine.port}",
        "Content-Type": "application/json",
        "Authorization": f"Bearer {engine.secret}",
    }
    headers.update({k.replace("_", "-"): v for k, v in changes.items()})
    return {k: v for k, v in headers.items() if v}


def test_the_apps_own_secret_and_the_users_key_are_both_served(engine: Engine) -> None:
    assert _request(engine.port, _headers(engine)) == 200
    assert _request(engine.port, _headers(engine, Authorization=f"Bearer {USER_KEY}")) == 200
    assert _request(engine.port, _headers(engine, Host=f"localhost:{engine.port}")) == 200


def test_a_rebinding_pages_host_is_refused(engine: Engine) -> None:
    assert _request(engine.port, _headers(engine, Host=f"attacker.example:{engine.port}")) == 421
    assert _request(engine.port, _headers(engine, Host="127.0.0.1.attacker.example")) == 421


def test_no_key_or_a_wrong_key_is_refused_everywhere(engine: Engine) -> None:
    assert _request(engine.port, _headers(engine, Authorization="")) == 401
    assert _request(engine.port, _headers(engine, Authorization="Bearer guess")) == 401
    assert _request(engine.port, _headers(engine, Authorization=engine.secret)) == 401
    no_key = _headers(engine, Authorization="")
    assert _request(engine.port, no_key, method="GET", path="/v1/models") == 401
    assert _request(engine.port, _headers(engine), method="GET", path="/v1/models") == 200


def test_cross_site_requests_without_json_are_refused(engine: Engine) -> None:
    for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        assert _request(engine.port, _headers(engine, Content_Type=kind)) == 415
    assert _request(engine.port, _headers(engine, Content_Type="")) == 415
    charset = "application/json; charset=utf-8"
    assert _request(engine.port, _headers(engine, Content_Type=charset)) == 200


def test_a_body_too_large_is_refused_before_it_is_read(engine: Engine) -> None:
    big = b"{" + b" " * (MAX_BODY_BYTES + 10) + b"}"
    assert _request(engine.port, _headers(engine), body=big) == 413
    # ... and not even read without the key.
    assert _request(engine.port, _headers(engine, Authorization=""), body=big) == 401


def _cmdlines() -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc")
def test_no_key_is_on_any_command_line(engine: Engine, starter_model: Path) -> None:
    port = _free_port()
    serve = subprocess.Popen(
        [
            *(sys.executable, "-m", "hearth", "serve", str(starter_model), "--port", str(port)),
            *("--threads", str(TEST_THREADS), "--ctx", "512"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HEARTH_API_KEY": USER_KEY + "-serve"},
    )
    try:
        assert serve.stdout is not None
        assert f":{port}/v1" in serve.stdout.readline()
        lines = _cmdlines()
        hearth = {pid: line for pid, line in lines.items() if "hearth" in line}
        assert engine.pid in hearth and serve.pid in hearth
        assert len(hearth) >= 3  # this engine, hearth serve and its engine
        for line in hearth.values():
            assert engine.secret not in line and USER_KEY not in line
        served = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        served.request(
            "POST",
            "/v1/chat/completions",
            CHAT,
            {"Content-Type": "application/json", "Authorization": f"Bearer {USER_KEY}-serve"},
        )
        assert served.getresponse().status == 200
    finally:
        serve.send_signal(signal.SIGINT)
        serve.wait(20)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serving_beyond_this_computer_needs_a_chosen_key(starter_model: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HEARTH_API_KEY"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no key kept either
    done = subprocess.run(
        [sys.executable, "-m", "hearth", "serve", str(starter_model), "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert "needs a key you chose" in done.stderr


def test_host_names_are_read_without_their_port() -> None:
    assert host_name("127.0.0.1:8080") == "127.0.0.1"
    assert host_name("[::1]:8080") == "::1"
    assert host_name("LOCALHOST") == "localhost"
    assert host_name("::1") == "::1"
