"""One generation at a time, in order: later requests wait instead of cutting in.

llama-cpp-python runs one generation per model (no parallel slots). Its own
server lets a newer request stop the one streaming, which ends the first
client's reply early with a bare `[DONE]`: to that client a short, complete
answer. Here requests queue instead, the app's own (the window, `hearth
chat`) ahead of other apps', so a user typing in Hearth never waits behind a
batch job; a request ends early only when its own client goes away. The
queue is bounded: a full queue, or a wait longer than the limit, is answered
503 with Retry-After, so a client knows to come back rather than hang.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

# The window's own replies, then other apps'.
APP, OTHER = 0, 1
MAX_WAITING = 16
MAX_WAIT_S = 600.0


class QueueFullError(Exception):
    """No room to wait (503)."""


class WaitedTooLongError(Exception):
    """The wait ran past MAX_WAIT_S (503)."""


class GenerationQueue:
    """A single slot for generations, handed over by priority, then arrival."""

    def __init__(self, max_waiting: int = MAX_WAITING, max_wait_s: float = MAX_WAIT_S) -> None:
        self.max_waiting = max_waiting
        self.max_wait_s = max_wait_s
        self._busy = False
        self._order = itertools.count()
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []

    @property
    def waiting(self) -> int:
        return sum(1 for _p, _n, future in self._waiting if not future.done())

    @asynccontextmanager
    async def slot(
        self,
        priority: int,
        gone: asyncio.Event | None = None,
        on_queued: Callable[[int], Awaitable[None]] | None = None,
    ) -> AsyncIterator[bool]:
        """Hold the slot for one generation. Yields False when the client went away
        while waiting (`gone` set): then nothing should run. `on_queued(ahead)` is
        awaited once if the request has to wait."""
        if not self._busy and not self.waiting:
            self._busy = True
        else:
            if self.waiting >= self.max_waiting:
                raise QueueFullError
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiting, (priority, next(self._order), future))
            if on_queued is not None:
                await on_queued(self._ahead_of(future))
            if not await self._wait(future, gone):
                yield False
                return
        try:
            yield True
        finally:
            self._hand_over()

    def _ahead_of(self, future: asyncio.Future[None]) -> int:
        mine = next(entry for entry in self._waiting if entry[2] is future)
        return 1 + sum(1 for entry in self._waiting if entry < mine and not entry[2].done())

    async def _wait(self, future: asyncio.Future[None], gone: asyncio.Event | None) -> bool:
        waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(asyncio.shield(future))]
        if gone is not None:
            waits.append(asyncio.ensure_future(gone.wait()))
        try:
            done, _ = await asyncio.wait(
                waits, timeout=self.max_wait_s, return_when=asyncio.FIRST_COMPLETED
            )
        except asyncio.CancelledError:  # the connection's task ended: never strand the slot
            if future.done():
                self._hand_over()
            future.cancel()
            raise
        finally:
            for task in waits:
                task.cancel()
        if future.done():
            if gone is not None and gone.is_set():
                self._hand_over()  # handed to a client that left: pass it on
                return False
            return True
        future.cancel()  # leaves the queue (skipped when the slot is handed over)
        if not done:
            raise WaitedTooLongError
        return False

    def _hand_over(self) -> None:
        while self._waiting:
            _priority, _order, future = heapq.heappop(self._waiting)
            if not future.done():
                future.set_result(None)  # the slot stays busy: it changes hands
                return
        self._busy = False
