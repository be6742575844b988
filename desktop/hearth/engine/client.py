"""A client for the engine's OpenAI-compatible chat API: streaming with cancel.

`ChatStream` is a plain iterator of text pieces, run on whatever thread the
caller likes; `cancel()` may be called from any other thread and ends the
iteration at once by shutting the socket, which also tells the server to stop
generating. Only the standard library is used: one HTTP connection per reply,
nothing to configure, nothing between the socket and the tokens.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from hearth.errors import EngineError

if TYPE_CHECKING:
    import http.client

CHAT_PATH = "/v1/chat/completions"
# What _sse_data yields for the engine's ": queued N" comment (its request waits).
QUEUED = b"queued"


@dataclass
class ChatParams:
    """Sampling for one reply (the names and meanings of OpenAI's / llama.cpp's API)."""

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int | None = None
    seed: int | None = None

    def to_request(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "min_p": self.min_p,
            "repeat_penalty": self.repeat_penalty,
        }
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        if self.seed is not None:
            body["seed"] = self.seed
        return body

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ChatParams:
        """From stored settings; unknown keys and wrong types are ignored."""
        params = cls()
        for name, default in vars(cls()).items():
            value = raw.get(name)
            if value is None:
                continue
            if name in ("max_tokens", "seed"):
                if isinstance(value, int) and not isinstance(value, bool):
                    setattr(params, name, value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                setattr(params, name, type(default)(value))
        return params

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class StreamStats:
    """Timing of one reply; times are seconds from the request."""

    tokens: int = 0
    first_token_s: float | None = None
    last_token_s: float | None = None
    finish_reason: str | None = None
    cancelled: bool = False
    # The engine was busy with another client's request and this one waited.
    queued: bool = False

    @property
    def tokens_per_second(self) -> float | None:
        """Generation speed after the first token (prompt time excluded)."""
        if self.tokens < 2 or self.first_token_s is None or self.last_token_s is None:
            return None
        span = self.last_token_s - self.first_token_s
        return (self.tokens - 1) / span if span > 0 else None


@dataclass
class ChatStream:
    """The pieces of one streamed reply; iterate once, cancel from anywhere."""

    base_url: str
    messages: list[dict[str, str]]
    params: ChatParams = field(default_factory=ChatParams)
    api_key: str | None = None
    connect_timeout: float = 10.0
    stats: StreamStats = field(default_factory=StreamStats)
    # Called (on the iterating thread) when the engine says this request waits its turn.
    on_queued: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        self._cancelled = threading.Event()
        self._conn: http.client.HTTPConnection | None = None
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop the reply now; the iterator ends without an error."""
        self._cancelled.set()
        with self._lock:
            conn = self._conn
        if conn is not None and conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)

    def __iter__(self) -> Iterator[str]:
        # Imported on first use (on a worker thread): it costs ~40 ms at window start.
        import http.client

        url = urlsplit(self.base_url)
        conn = http.client.HTTPConnection(
            url.hostname or "127.0.0.1", url.port, timeout=self.connect_timeout
        )
        with self._lock:
            self._conn = conn
        body = {"messages": self.messages, "stream": True, **self.params.to_request()}
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        started = time.perf_counter()
        try:
            if self.cancelled:
                return
            conn.request("POST", CHAT_PATH, json.dumps(body).encode(), headers)
            # Once the request is sent, a long prompt may take a while to
            # process: no read timeout, cancel() is how a wait ends.
            if conn.sock is not None:
                conn.sock.settimeout(None)
            response = conn.getresponse()
            if response.status != 200:
                raise _request_error(response.status, response.read())
            yield from self._pieces(response, started)
        except (OSError, http.client.HTTPException) as exc:
            if self.cancelled:
                return
            raise EngineError(
                "engine_connection_lost",
                f"The connection to the engine was lost: {exc}.",
                detail=str(exc),
            ) from exc
        finally:
            self.stats.cancelled = self.cancelled
            conn.close()

    def _pieces(self, response: http.client.HTTPResponse, started: float) -> Iterator[str]:
        for data in _sse_data(response):
            if data is QUEUED:
                self.stats.queued = True
                if self.on_queued is not None:
                    self.on_queued()
                continue
            if data is None:
                if self.cancelled:
                    return
                raise EngineError(
                    "engine_connection_lost",
                    "The engine closed the connection in the middle of the reply.",
                    detail="eof",
                )
            if data == b"[DONE]":
                return
            chunk = json.loads(data)
            if "error" in chunk:
                detail = str((chunk["error"] or {}).get("message", ""))[:300]
                raise EngineError(
                    "engine_request_failed",
                    f"The engine could not finish the reply: {detail}",
                    status=200,
                    detail=detail,
                )
            done = False
            for choice in chunk.get("choices", ()):
                if choice.get("finish_reason"):
                    self.stats.finish_reason = choice["finish_reason"]
                    done = True
                text = (choice.get("delta") or {}).get("content")
                if text:
                    now = time.perf_counter() - started
                    if self.stats.first_token_s is None:
                        self.stats.first_token_s = now
                    self.stats.last_token_s = now
                    self.stats.tokens += 1
                    yield text
            if done:
                return


def _sse_data(response: http.client.HTTPResponse) -> Iterator[bytes | None]:
    """The `data:` payloads of a server-sent event stream; None at an early end.

    Reads whatever has arrived (read1: one HTTP chunk, usually one event) rather
    than line by line, which costs the GUI's worker thread less per token.
    """
    buffer = b""
    while True:
        received = response.read1(65536)
        if not received:
            yield None
            return
        buffer += received.replace(b"\r\n", b"\n")
        while True:
            end = buffer.find(b"\n\n")
            if end < 0:
                break
            event, buffer = buffer[:end], buffer[end + 2 :]
            for line in event.split(b"\n"):
                if line.startswith(b"data:"):
                    yield line[5:].strip()
                elif line.startswith(b": queued"):
                    yield QUEUED


def _request_error(status: int, payload: bytes) -> EngineError:
    try:
        detail = json.loads(payload).get("error", {}).get("message") or payload.decode()
    except (ValueError, AttributeError):
        detail = payload.decode("utf-8", errors="replace")
    if status == 401:
        return EngineError("engine_unauthorized", "The engine refused the API key.", status=status)
    return EngineError(
        "engine_request_failed",
        f"The engine could not answer ({status}): {detail[:300]}",
        status=status,
        detail=detail[:300],
    )


def stream_chat(
    base_url: str,
    messages: list[dict[str, str]],
    params: ChatParams | None = None,
    api_key: str | None = None,
) -> ChatStream:
    """A cancellable stream of the assistant's reply to `messages`."""
    return ChatStream(base_url, messages, params or ChatParams(), api_key)


def count_tokens(base_url: str, text: str, api_key: str | None = None, timeout: float = 30) -> int:
    """How many tokens the loaded model's tokenizer makes of `text`."""
    import http.client

    url = urlsplit(base_url)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    try:
        conn.request("POST", "/extras/tokenize/count", json.dumps({"input": text}), headers)
        response = conn.getresponse()
        payload = response.read()
        if response.status != 200:
            raise _request_error(response.status, payload)
        return int(json.loads(payload)["count"])
    except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
        raise EngineError(
            "engine_connection_lost",
            f"The engine could not count tokens: {exc}.",
            detail=str(exc),
        ) from exc
    finally:
        conn.close()
