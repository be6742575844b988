"""Many clients, one engine: requests queue and none is cut off by another.

Before the queue, a newer request stopped the one streaming: the first client
got a short reply ending in a bare [DONE], with no finish_reason.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.engine import ChatParams, ChatStream, Engine, stream_chat
from tests.integration.conftest import engine_for_apps

OTHER_KEY = "another-apps-key"
STORY = [{"role": "user", "content": "Tell me a story about a lighthouse keeper."}]
PARAMS = ChatParams(temperature=0, max_tokens=40, seed=1)


@pytest.fixture(scope="module")
def engine(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with engine_for_apps(starter_model, tmp_path_factory.mktemp("log"), OTHER_KEY, 2048) as started:
        yield started


def _run(stream: ChatStream, out: dict[int, str], index: int) -> None:
    out[index] = "".join(stream)


def test_concurrent_clients_each_get_the_whole_reply(engine: Engine) -> None:
    alone = stream_chat(engine.base_url, STORY, PARAMS, OTHER_KEY)
    expected = "".join(alone)
    assert alone.stats.finish_reason in ("stop", "length")
    streams = [stream_chat(engine.base_url, STORY, PARAMS, OTHER_KEY) for _ in range(3)]
    out: dict[int, str] = {}
    threads = [threading.Thread(target=_run, args=(s, out, i)) for i, s in enumerate(streams)]
    for thread in threads:
        thread.start()
        time.sleep(0.2)  # each arrives while the one before streams
    for thread in threads:
        thread.join(120)
    assert [out[i] for i in range(3)] == [expected] * 3
    assert all(s.stats.finish_reason in ("stop", "length") for s in streams)
    assert any(s.stats.queued for s in streams[1:])  # told it waited its turn


def test_a_client_that_leaves_frees_the_engine_at_once(engine: Engine) -> None:
    long = stream_chat(engine.base_url, STORY, ChatParams(max_tokens=2000), OTHER_KEY)
    pieces = iter(long)
    next(pieces)  # it streams
    waiting = stream_chat(engine.base_url, STORY, PARAMS, OTHER_KEY)
    out: dict[int, str] = {}
    thread = threading.Thread(target=_run, args=(waiting, out, 0))
    thread.start()
    time.sleep(0.5)
    left = time.monotonic()
    long.cancel()
    thread.join(60)
    assert out[0] and waiting.stats.finish_reason in ("stop", "length")
    assert waiting.stats.first_token_s is not None
    # The first token came soon after the other client left, not after 2000 tokens.
    assert time.monotonic() - left < 30


def test_the_windows_reply_goes_before_other_apps_queued_requests(engine: Engine) -> None:
    order: list[str] = []
    lock = threading.Lock()

    def run(name: str, key: str) -> None:
        stream = stream_chat(engine.base_url, STORY, PARAMS, key)
        for _ in stream:
            with lock:
                if not order or order[-1] != name:
                    order.append(name)
        assert stream.stats.finish_reason in ("stop", "length")

    first = threading.Thread(target=run, args=("first-app", OTHER_KEY))
    first.start()
    time.sleep(0.3)
    queued = [threading.Thread(target=run, args=(f"app{i}", OTHER_KEY)) for i in range(2)]
    for thread in queued:
        thread.start()
        time.sleep(0.1)
    window = threading.Thread(target=run, args=("window", engine.secret))
    window.start()
    for thread in (first, *queued, window):
        thread.join(120)
    assert order == ["first-app", "window", "app0", "app1"]
