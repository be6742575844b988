"""Changes to llama-cpp-python's server that make streaming as fast as in-process use.

Measured with bench/engine_throughput.py on a 2-core machine, where every bit
of the server's per-token Python work is taken from llama.cpp's two compute
threads. Everything here replaces a named function of `llama_cpp.server.app`
(pinned to one version in pyproject.toml; the engine tests exercise all of it).
Imported only by the engine child.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import llama_cpp.server.app as server_app

_FINISHED = object()


def tune_llama_server() -> ThreadPoolExecutor:
    """Run every llama.cpp call on one dedicated thread; drop redundant per-token work.

    The server hands each token to whichever worker of anyio's thread pool is
    free. With an OpenMP build of llama.cpp each new calling thread brings its
    own OpenMP team; once there are more OpenMP threads than cores, libgomp
    stops spin-waiting and generation fell from ~75 to ~20 tokens/s. One
    thread for all calls keeps one team, as in-process use has. Returns that
    thread's executor, on which the model should also be loaded.
    """
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")

    async def run_in_threadpool(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, functools.partial(func, *args, **kwargs))

    async def iterate_in_threadpool(iterable: Iterable[Any]) -> AsyncIterator[Any]:
        iterator = iter(iterable)
        try:
            while True:
                item = await run_in_threadpool(next, iterator, _FINISHED)
                if item is _FINISHED:
                    return
                yield item
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                # On the llama thread: a generator is closed where it runs.
                with contextlib.suppress(RuntimeError):
                    executor.submit(close)

    async def get_event_publisher(
        request: Any,
        inner_send_chan: Any,
        body: Any,
        body_model: str | None,
        llama_call: Callable[..., Any],
        kwargs: dict[str, Any],
    ) -> None:
        # The library's publisher also awaits request.is_disconnected() after
        # every token, which costs an anyio cancel scope (and a task repr) per
        # token; sse-starlette already watches for the disconnect and cancels
        # this task, so the reply still stops at once when the client goes.
        settings = next(server_app.get_server_settings())
        interrupt = bool(settings and settings.interrupt_requests)
        proxy_context = contextlib.asynccontextmanager(server_app.get_llama_proxy)
        async with proxy_context() as proxy:
            llama = server_app.prepare_request_resources(body, proxy, body_model, kwargs)
            async with inner_send_chan:
                iterator = await run_in_threadpool(llama_call, llama, **kwargs)
                async for chunk in iterate_in_threadpool(iterator):
                    await inner_send_chan.send({"data": json.dumps(chunk)})
                    if interrupt and server_app.llama_outer_lock.locked():
                        break  # a newer request is waiting: it wins
                await inner_send_chan.send({"data": "[DONE]"})

    server_app.run_in_threadpool = run_in_threadpool
    server_app.iterate_in_threadpool = iterate_in_threadpool  # type: ignore[assignment]
    if os.environ.get("HEARTH_LEAN", "1") == "1":
        server_app.get_event_publisher = get_event_publisher
    return executor


def strip_middleware(app: Any) -> None:
    """Drop the request-id and allow-every-origin CORS middleware.

    Each streamed token passes through every middleware's send wrapper. The
    request id is unused, and CORS for every origin would let any web page in
    the user's browser use their model through this port.
    """
    if os.environ.get("HEARTH_LEAN", "1") == "1":
        app.user_middleware = []
        app.middleware_stack = None
