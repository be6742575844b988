"""The streaming client's handling of what a server may send, byte for byte.

The happy path runs against the real engine in tests/integration; here a tiny
local HTTP server replays exact responses, including broken ones the real
engine only produces when something goes wrong.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from hearth.engine import ChatStream, stream_chat
from hearth.errors import EngineError


def _chunk(text: str | None = None, finish: str | None = None) -> bytes:
    delta = {"content": text} if text is not None else {}
    payload = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(payload).encode()


SCRIPTS: dict[str, tuple[int, list[bytes], bool]] = {
    # path: (status, body parts, close the connection before the end)
    "/ok-crlf": (
        200,
        [
            _chunk(""),
            b"\r\n\r\n",
            _chunk("Hel"),
            b"\r\n\r\n",
            _chunk("lo"),
            b"\r\n\r\n",
            _chunk(None, "stop"),
            b"\r\n\r\n",
            b"data: [DONE]\r\n\r\n",
        ],
        False,
    ),
    "/split-event": (
        200,
        [_chunk("Hi")[:9], _chunk("Hi")[9:] + b"\n\n: ping\n\n", b"data: [DONE]\n\n"],
        False,
    ),
    "/error-event": (
        200,
        [
            _chunk("par"),
            b"\n\n",
            b'data: {"error": {"message": "decode failed"}}\n\n',
            b"data: [DONE]\n\n",
        ],
        False,
    ),
    "/dropped": (200, [_chunk("par"), b"\n\n", _chunk("tial"), b"\n\n"], True),
    "/server-error": (500, [b'{"error": {"message": "out of memory"}}'], False),
    "/unauthorized": (401, [b'{"detail": "Invalid API key"}'], False),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    script = "/ok-crlf"  # which response the next request gets

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        status, parts, drop = SCRIPTS[self.script]
        self.send_response(status)
        self.send_header(
            "Content-Type", "text/event-stream" if status == 200 else "application/json"
        )
        if drop:
            self.send_header("Connection", "close")
            self.end_headers()
            for part in parts:
                self.wfile.write(part)
            self.wfile.flush()
            self.close_connection = True
            return
        body = b"".join(parts)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for part in parts:
            self.wfile.write(part)
            self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the dropped connection is the point of one script


def _stream(server: str, script: str) -> ChatStream:
    _Handler.script = script
    return stream_chat(server, [{"role": "user", "content": "hi"}])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(
    ("script", "pieces"), [("/ok-crlf", ["Hel", "lo"]), ("/split-event", ["Hi"])]
)
def test_pieces_and_stats(server: str, script: str, pieces: list[str]) -> None:
    stream = _stream(server, script)
    assert list(stream) == pieces
    assert stream.stats.tokens == len(pieces)
    assert stream.stats.finish_reason == ("stop" if script == "/ok-crlf" else None)


@pytest.mark.parametrize(
    ("script", "kind", "got"),
    [
        ("/error-event", "engine_request_failed", ["par"]),
        ("/dropped", "engine_connection_lost", ["par", "tial"]),
        ("/server-error", "engine_request_failed", []),
        ("/unauthorized", "engine_unauthorized", []),
    ],
)
def test_failures_keep_what_arrived(server: str, script: str, kind: str, got: list[str]) -> None:
    stream = _stream(server, script)
    received: list[str] = []
    with pytest.raises(EngineError) as caught:
        for piece in stream:
            received.append(piece)
    assert caught.value.kind == kind
    assert received == got
    if script == "/server-error":
        assert "out of memory" in str(caught.value)


def test_nothing_listening_is_a_lost_connection() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(EngineError) as caught:
        list(stream_chat(f"http://127.0.0.1:{port}", [{"role": "user", "content": "hi"}]))
    assert caught.value.kind == "engine_connection_lost"
