"""The engine's OpenAI-compatible protocol beyond a plain streamed reply."""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit

import pytest

from hearth.engine import ChatParams, Engine, stream_chat
from hearth.errors import EngineError


def _post(engine: Engine, path: str, body: bytes, headers: dict[str, str] | None = None) -> Any:
    url = urlsplit(engine.base_url)
    conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=120)
    auth = {"Authorization": f"Bearer {engine.secret}"}
    conn.request(
        "POST", path, body, {"Content-Type": "application/json", **auth, **(headers or {})}
    )
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response.status, json.loads(payload) if payload else None


def test_non_streamed_reply_is_answered_by_the_library_server(shared_engine: Engine) -> None:
    body = {"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 5, "temperature": 0}
    status, reply = _post(shared_engine, "/v1/chat/completions", json.dumps(body).encode())
    assert status == 200
    assert reply["choices"][0]["message"]["content"]
    assert reply["usage"]["completion_tokens"] <= 5


def test_malformed_requests_get_a_client_error(shared_engine: Engine) -> None:
    status, reply = _post(shared_engine, "/v1/chat/completions", b"{not json")
    assert status == 400
    assert reply["error"]["message"] == "The request body is not valid JSON."
    body = {"messages": "not a list", "stream": True}
    status, reply = _post(shared_engine, "/v1/chat/completions", json.dumps(body).encode())
    assert status == 422
    assert reply["detail"]


def test_prompt_longer_than_the_context_is_a_clear_error(shared_engine: Engine) -> None:
    long_text = "lighthouse " * 3000  # about 3000 tokens; the engine holds 2048
    stream = stream_chat(
        shared_engine.base_url,
        [{"role": "user", "content": long_text}],
        api_key=shared_engine.secret,
    )
    with pytest.raises(EngineError) as caught:
        list(stream)
    assert caught.value.kind == "engine_request_failed"
    assert caught.value.params["status"] == 400
    assert "maximum context length is 2048 tokens" in caught.value.params["detail"]
    # The engine is fine afterwards.
    assert "".join(
        stream_chat(
            shared_engine.base_url,
            [{"role": "user", "content": "Hi"}],
            ChatParams(max_tokens=4),
            shared_engine.secret,
        )
    )
