"""Changes to llama-cpp-python's server for speed and safety in the engine child.

Everything here replaces a named function of `llama_cpp.server.app` (pinned to
one version in pyproject.toml; the engine tests exercise all of it). Streamed
chat completions take a shorter path still: see fast_stream.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import llama_cpp.server.app as server_app

_FINISHED = object()


def tune_llama_server() -> ThreadPoolExecutor:
    """Run every llama.cpp call of the server on one dedicated thread.

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

    server_app.run_in_threadpool = run_in_threadpool
    server_app.iterate_in_threadpool = iterate_in_threadpool  # type: ignore[assignment]
    return executor


def strip_middleware(app: Any) -> None:
    """Drop the library's request-id and allow-every-origin CORS middleware.

    CORS for every origin would let any web page open in the user's browser
    use their model through this port; the request id is unused. Each also
    wraps every message the server sends.
    """
    app.user_middleware = []
    app.middleware_stack = None
