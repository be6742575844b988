"""A direct path for streamed chat completions in the engine child.

llama-cpp-python's server streams each token through FastAPI, five middleware
send-wrappers, an anyio memory channel, sse-starlette's task group and a
disconnect check: about 0.9 ms of Python per token. On a 2-core machine that
time is taken from llama.cpp's own two threads, and the engine ran at ~0.9 of
in-process speed (bench/engine_throughput.py). This ASGI wrapper answers only
`POST /v1/chat/completions` with `"stream": true`, using the library's own
request model, model proxy, lock and error formats, and writes each chunk
straight to the connection. Everything else goes to the library's app.

It also answers errors raised before the first token (the prompt does not fit
the context, say) as a proper HTTP error instead of a broken stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import llama_cpp
import llama_cpp.server.app as server_app
from fastapi import HTTPException
from llama_cpp.server.errors import RouteErrorHandler
from llama_cpp.server.types import CreateChatCompletionRequest
from pydantic import ValidationError

from hearth.chats.chat_template import PLAIN, TemplateTraits
from hearth.chats.conversation import build_messages
from hearth.engine.guard import MAX_BODY_BYTES, send_json
from hearth.engine.request_queue import (
    APP,
    OTHER,
    GenerationQueue,
    QueueFullError,
    WaitedTooLongError,
)

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CHAT_PATH = "/v1/chat/completions"
COUNT_PATH = "/extras/tokenize/count"
# Other routes that generate: they take their turn in the queue too.
GENERATION_PATHS = ("/v1/completions", "/v1/embeddings")
RETRY_AFTER_S = "5"
# What the library leaves out of the request before calling llama (app.py).
EXCLUDED_FIELDS = {"n", "logit_bias_type", "user", "min_tokens"}
_FINISHED = object()


class FastChatStream:
    """ASGI app: streamed chat completions directly, the rest to `app`."""

    def __init__(
        self, app: ASGIApp, executor: ThreadPoolExecutor, traits: TemplateTraits = PLAIN
    ) -> None:
        self.app = app
        self.executor = executor
        self.traits = traits
        self.queue = GenerationQueue()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (scope["type"] == "http" and scope["method"] == "POST"):
            await self.app(scope, receive, send)
            return
        priority = APP if scope.get("hearth.own_app", True) else OTHER
        if scope["path"] in GENERATION_PATHS:
            # Plain completions: the library's route, in turn like every generation.
            await self._in_turn(priority, self.app, scope, receive, send)
            return
        if scope["path"] == COUNT_PATH:
            await self._count_tokens(receive, send)
            return
        if scope["path"] != CHAT_PATH:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:
            await send_json(send, 413, {"error": {"message": "The request is too large."}})
            return
        try:
            payload = json.loads(body)
        except ValueError:
            # The library's error handler would fail on this too and answer 500.
            error = {
                "message": "The request body is not valid JSON.",
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            }
            await send_json(send, 400, {"error": error})
            return
        messages = payload.get("messages") if isinstance(payload, dict) else None
        if isinstance(messages, list) and all(isinstance(m, dict) for m in messages):
            # Whoever sent it (the window, hearth chat, another app), the model's
            # template gets messages it accepts (chats/conversation.py).
            payload["messages"] = build_messages(messages, self.traits)
            body = json.dumps(payload).encode()
        if not (isinstance(payload, dict) and payload.get("stream") is True):
            await self._in_turn(priority, self.app, scope, _replay(body, receive), send)
            return
        await self._stream(body, receive, send, priority)

    async def _count_tokens(self, receive: Receive, send: Send) -> None:
        """Token counts without waiting for the model: the library's route takes the
        model lock, so the window's context check would wait out another app's whole
        reply before its own request could even queue. Tokenizing reads only the
        vocabulary, which decoding on the llama thread does not change."""
        body = await _read_body(receive)
        try:
            text = json.loads(body or b"")["input"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            await send_json(send, 422, {"detail": "input: a string to count the tokens of"})
            return
        proxy = server_app._llama_proxy
        llama = proxy._current_model if proxy is not None else None
        if llama is None:
            await send_json(send, 503, {"detail": "The model is not loaded yet."})
            return
        tokens = await asyncio.to_thread(llama.tokenize, text.encode("utf-8"), True, True)
        await send_json(send, 200, {"count": len(tokens)})

    async def _in_turn(
        self, priority: int, app: ASGIApp, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Run `app` for this request once no other generation runs (request_queue.py)."""
        try:
            async with self.queue.slot(priority) as granted:
                if granted:
                    await app(scope, receive, send)
        except (QueueFullError, WaitedTooLongError) as exc:
            await _send_busy(send, exc)

    async def _run(self, func: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, func, *args)

    async def _stream(self, body: bytes, receive: Receive, send: Send, priority: int) -> None:
        # Who may ask was settled in front of this app (guard.py).
        try:
            request = CreateChatCompletionRequest.model_validate_json(body)
        except ValidationError as exc:
            await send_json(send, 422, {"detail": json.loads(exc.json())})
            return
        kwargs = request.model_dump(exclude=EXCLUDED_FIELDS)
        disconnected = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, disconnected))
        started = False

        async def queued(ahead: int) -> None:
            # Begun at once, so the client can say it waits (an SSE comment).
            nonlocal started
            await _start_stream(send)
            started = True
            comment = f": queued {ahead}\n\n".encode()
            await send({"type": "http.response.body", "body": comment, "more_body": True})

        try:
            async with self.queue.slot(priority, disconnected, queued) as granted:
                if granted:
                    await self._generate(request, kwargs, send, disconnected, started)
        except (QueueFullError, WaitedTooLongError) as exc:
            if started:
                await _send_stream_error(send, _busy_message(exc), "server_busy")
            else:
                await _send_busy(send, exc)
        finally:
            watcher.cancel()

    async def _generate(
        self,
        request: CreateChatCompletionRequest,
        kwargs: dict[str, Any],
        send: Send,
        disconnected: asyncio.Event,
        started: bool,
    ) -> None:
        proxy_context = contextlib.asynccontextmanager(server_app.get_llama_proxy)
        async with proxy_context() as proxy:
            try:
                llama = server_app.prepare_request_resources(request, proxy, request.model, kwargs)
                chunks = await self._run(
                    lambda: llama_cpp.Llama.create_chat_completion(llama, **kwargs)
                )
                first = await self._run(next, chunks, _FINISHED)
            except HTTPException as exc:
                if started:
                    await _send_stream_error(send, str(exc.detail), "invalid_request_error")
                else:
                    await send_json(send, exc.status_code, {"detail": exc.detail})
                return
            except Exception as exc:
                status, error = _format_error(request, exc)
                if started:
                    await _send_stream_error(send, str(error.get("message", error)), "server_error")
                else:
                    await send_json(send, status, {"error": error})
                return
            if not started:
                await _start_stream(send)
            await self._send_chunks(first, chunks, send, disconnected)

    async def _send_chunks(
        self, chunk: Any, chunks: Any, send: Send, disconnected: asyncio.Event
    ) -> None:
        """Send `chunk` and the rest of `chunks`, which run ahead on the llama thread.

        The llama thread computes the next token while the loop sends this one
        (measured: ~0.96 of in-process speed, against ~0.93 when each token
        waited for the loop to ask for it).
        """
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        stop = threading.Event()

        def hand_over(item: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is gone at shutdown
                loop.call_soon_threadsafe(queue.put_nowait, item)

        def produce() -> None:
            try:
                for item in chunks:
                    hand_over(item)
                    if stop.is_set():
                        break  # disconnected: stop after this token
            except Exception as exc:
                log.exception("Generation failed mid-reply")
                hand_over(exc)
            finally:
                chunks.close()
                hand_over(_FINISHED)

        done = loop.run_in_executor(self.executor, produce)
        try:
            while chunk is not _FINISHED:
                data = b"data: " + json.dumps(chunk).encode() + b"\n\n"
                await send({"type": "http.response.body", "body": data, "more_body": True})
                if disconnected.is_set():
                    return  # its own client went: the next in the queue goes on
                chunk = await queue.get()
                if isinstance(chunk, Exception):
                    await _send_stream_error(send, str(chunk), "server_error")
                    return
            await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
        finally:
            stop.set()
            # The model lock is released only once the llama thread is free again.
            await done


async def _start_stream(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"),
                (b"cache-control", b"no-cache"),
                (b"x-accel-buffering", b"no"),
            ],
        }
    )


async def _send_stream_error(send: Send, message: str, kind: str) -> None:
    """An error said in a stream already begun (as OpenAI's API does), then its end."""
    error = {"message": message, "type": kind, "param": None, "code": None}
    data = b"data: " + json.dumps({"error": error}).encode() + b"\n\n"
    await send({"type": "http.response.body", "body": data, "more_body": True})
    await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})


def _busy_message(exc: Exception) -> str:
    if isinstance(exc, QueueFullError):
        return "The model is busy with other requests; try again in a moment."
    return "The model was busy with other requests for too long; try again in a moment."


async def _send_busy(send: Send, exc: Exception) -> None:
    error = {"message": _busy_message(exc), "type": "server_busy"}
    await send_json(send, 503, {"error": error}, {"Retry-After": RETRY_AFTER_S})


async def _read_body(receive: Receive) -> bytes | None:
    """The whole body; None when it runs past the guard's limit."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            if size and message["type"] == "http.disconnect":
                return None  # cut off by the guard (or the client went)
            break
        part = message.get("body", b"")
        size += len(part)
        if size > MAX_BODY_BYTES:
            return None
        parts.append(part)
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive() that gives the already-read body once, then the real stream."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _watch_disconnect(receive: Receive, disconnected: asyncio.Event) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            disconnected.set()
            return


def _format_error(request: CreateChatCompletionRequest, exc: Exception) -> tuple[int, Any]:
    """The library's own error formats (context length exceeded, ...), else a 500."""
    message = str(exc)
    for pattern, formatter in RouteErrorHandler.pattern_and_formatters.items():
        match = pattern.search(message)
        if match is not None:
            return formatter(request, match)
    log.exception("Chat completion failed")
    return 500, {"message": message, "type": "internal_server_error", "param": None, "code": None}
