"""The engine's queue: one generation at a time, the app first, bounded, never stuck."""

from __future__ import annotations

import asyncio

import pytest

from hearth.engine.request_queue import (
    APP,
    OTHER,
    GenerationQueue,
    QueueFullError,
    WaitedTooLongError,
)


async def _job(queue: GenerationQueue, name: str, priority: int, log: list[str]) -> None:
    async with queue.slot(priority) as granted:
        assert granted
        log.append(name)
        await asyncio.sleep(0.01)


def test_the_app_goes_first_then_arrival_order() -> None:
    async def scenario() -> list[str]:
        queue, log = GenerationQueue(), []
        first = asyncio.create_task(_job(queue, "running", OTHER, log))
        await asyncio.sleep(0)
        others = [asyncio.create_task(_job(queue, f"other{i}", OTHER, log)) for i in range(3)]
        await asyncio.sleep(0)
        window = asyncio.create_task(_job(queue, "window", APP, log))
        await asyncio.gather(first, window, *others)
        return log

    assert asyncio.run(scenario()) == ["running", "window", "other0", "other1", "other2"]


def test_a_full_queue_and_a_long_wait_are_refused() -> None:
    async def scenario() -> None:
        queue = GenerationQueue(max_waiting=1, max_wait_s=0.05)
        async with queue.slot(OTHER):
            waiter = asyncio.create_task(_job(queue, "w", OTHER, []))
            await asyncio.sleep(0)
            with pytest.raises(QueueFullError):
                async with queue.slot(OTHER):
                    pass
            with pytest.raises(WaitedTooLongError):
                await waiter
        async with queue.slot(OTHER) as granted:  # and the slot is free again
            assert granted

    asyncio.run(scenario())


def test_a_client_that_leaves_while_waiting_frees_its_place() -> None:
    async def scenario() -> list[str]:
        queue, log = GenerationQueue(), []
        gone = asyncio.Event()
        hold = asyncio.Event()

        async def running() -> None:
            async with queue.slot(OTHER):
                await hold.wait()

        async def leaver() -> None:
            async with queue.slot(APP, gone) as granted:
                log.append(f"leaver granted={granted}")

        first = asyncio.create_task(running())
        await asyncio.sleep(0)
        left = asyncio.create_task(leaver())
        later = asyncio.create_task(_job(queue, "later", OTHER, log))
        await asyncio.sleep(0)
        gone.set()
        await left
        hold.set()
        await asyncio.gather(first, later)
        cancelled = asyncio.create_task(_job(queue, "cancelled", OTHER, log))
        async with queue.slot(OTHER):
            await asyncio.sleep(0)
            cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        async with queue.slot(OTHER) as granted:  # nothing stranded
            log.append(f"after granted={granted}")
        return log

    assert asyncio.run(scenario()) == ["leaver granted=False", "later", "after granted=True"]
