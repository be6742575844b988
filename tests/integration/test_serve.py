"""`hearth serve` used by the official OpenAI client, as another app would use it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import openai
import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hearth",
            "serve",
            "smollm2-135m-instruct-q4-1",
            "--port",
            str(port),
            "--threads",
            "2",
            "--ctx",
            "2048",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HEARTH_API_KEY": "local-key"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert f"http://127.0.0.1:{port}/v1" in line, process.stderr.read() if process.stderr else ""
    yield f"http://127.0.0.1:{port}/v1", "local-key"
    process.send_signal(signal.SIGINT)
    assert process.wait(15) == 0


def test_streaming_and_plain_replies_through_the_openai_client(served: tuple[str, str]) -> None:
    base_url, key = served
    client = openai.OpenAI(base_url=base_url, api_key=key)
    messages = [{"role": "user", "content": "Say hello."}]
    reply = client.chat.completions.create(
        model="smollm2-135m-instruct-q4-1", messages=messages, max_tokens=12, temperature=0
    )
    assert reply.choices[0].message.content
    pieces = [
        chunk.choices[0].delta.content or ""
        for chunk in client.chat.completions.create(
            model="smollm2-135m-instruct-q4-1",
            messages=messages,
            max_tokens=12,
            temperature=0,
            stream=True,
        )
        if chunk.choices
    ]
    assert "".join(pieces) == reply.choices[0].message.content
    assert [m.id for m in client.models.list().data]


def test_refused_without_the_key(served: tuple[str, str]) -> None:
    base_url, _key = served
    client = openai.OpenAI(base_url=base_url, api_key="wrong")
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(
            model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=4
        )
    with pytest.raises(openai.AuthenticationError):
        list(
            client.chat.completions.create(
                model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=4, stream=True
            )
        )
