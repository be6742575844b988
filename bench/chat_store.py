"""Chat history at scale: 100,000 messages in 2,000 conversations.

Builds the database in one transaction (ChatStore.import_conversations, i.e.
executemany), times add_message one call at a time on its own, then times what
a person waits for, median of N runs each: opening the store and listing the
sidebar, opening the longest conversation (its last 200 messages), and searching
a common and a rare word. Target: each under 100 ms.

    .venv/bin/python bench/chat_store.py [--messages 100000] [--conversations 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hearth.chats import ChatStore, Conversation, Message

TARGET_MS = 100.0
COMMON = "model"  # in most messages
RARE = "xylophone"  # in a handful
SHORT = "GPU"  # three letters: the trigram index still answers
TWO_CHARS = "量子"  # too short for the index: a scan, newest first
ABSENT = "zq"  # too short and found nowhere: the scan's worst case, every message

VOCABULARY = (
    "the a to of and in is it that for you with on this be are as can model "
    "will your not or have by from at if but an use more so we one run file "
    "memory layer token context speed thread python code error value data list "
    "function return class import test build install version system user time "
    "question answer example quantization weights offload cache batch prompt "
    "llama server client stream window setting default number string output "
    "GPU CPU RAM VRAM bandwidth latency throughput download verify checksum"
)
WORDS = VOCABULARY.split()


def text(rng: random.Random, n_words: int, rare: bool) -> str:
    words = rng.choices(WORDS, k=n_words)
    if COMMON not in words and rng.random() < 0.8:
        words[rng.randrange(n_words)] = COMMON
    if rare:
        words[rng.randrange(n_words)] = RARE
    if rng.random() < 0.02:
        words.append(TWO_CHARS + "计算")
    sentences = [" ".join(words[i : i + 12]).capitalize() + "." for i in range(0, n_words, 12)]
    return " ".join(sentences)


def conversation_sizes(rng: random.Random, messages: int, conversations: int) -> list[int]:
    """One long conversation (2% of all messages), the rest spread unevenly."""
    biggest = max(2, messages // 50)
    sizes = [biggest] + [2] * (conversations - 1)
    for _ in range(messages - sum(sizes)):
        sizes[1 + int(rng.paretovariate(1.2)) % (conversations - 1)] += 1
    return sizes


def build(store: ChatStore, messages: int, conversations: int) -> tuple[int, float]:
    """Fills the store; returns (id of the biggest conversation, seconds)."""
    rng = random.Random(1234)
    sizes = conversation_sizes(rng, messages, conversations)
    rare_at = set(rng.sample(range(messages), 12))
    clock = 1.7e9
    batch: list[tuple[Conversation, list[Message]]] = []
    index = 0
    for number, size in enumerate(sizes):
        turns: list[Message] = []
        start = clock
        for i in range(size):
            role = "user" if i % 2 == 0 else "assistant"
            words = rng.randint(8, 40) if role == "user" else rng.randint(40, 160)
            clock += rng.uniform(1, 60)
            content = text(rng, words, index in rare_at)
            stats = {} if role == "user" else {"tokens": words * 2, "tokens_per_s": 38.5}
            turns.append(Message(0, 0, role, content, clock, "" if role == "user" else "M",
                                 "complete", stats))  # fmt: skip
            index += 1
        title = f"Chat {number}: " + " ".join(rng.choices(WORDS, k=4))
        batch.append((Conversation(0, title, start, clock, number % 97 == 0, "m", "", {}, None),
                      turns))  # fmt: skip
    began = time.perf_counter()
    ids = store.import_conversations(batch)
    return ids[0], time.perf_counter() - began


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def report(label: str, ms: float) -> None:
    verdict = "ok" if ms < TARGET_MS else "OVER"
    print(f"  {label:<48} {ms:8.1f} ms   (target {TARGET_MS:.0f} ms: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--conversations", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        path = Path(folder) / "hearth.db"
        with ChatStore(path) as store:
            biggest, seconds = build(store, args.messages, args.conversations)
            print(f"built {args.messages:,} messages in {args.conversations:,} conversations "
                  f"in one transaction: {seconds:.1f} s "
                  f"({seconds / args.messages * 1e6:.0f} µs a message)")  # fmt: skip
            extra = store.create_conversation("one at a time")
            calls = 500
            began = time.perf_counter()
            for i in range(calls):
                store.add_message(extra.id, "user", f"message {i} " + "word " * 60)
            each = (time.perf_counter() - began) / calls * 1000
            print(f"add_message one call at a time (own commit each): {each:.2f} ms a call")
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = path.stat().st_size / 1e6
        print(f"database: {size_mb:.0f} MB; median of {args.runs} runs:")

        def open_sidebar() -> None:
            with ChatStore(path) as fresh:
                fresh.list_conversations()

        report("open the store + list_conversations()", median_ms(open_sidebar, args.runs))
        with ChatStore(path) as store:
            count = store.count_messages(biggest)
            report(
                f"messages(), last 200 of {count:,}",
                median_ms(lambda: store.messages(biggest, limit=200), args.runs),
            )
            queries = [
                (COMMON, "common"),
                (RARE, "rare"),
                (SHORT, "3 letters"),
                (TWO_CHARS, "2 chars, scan"),
                (ABSENT, "2 chars, full scan"),
            ]
            for word, kind in queries:
                hits = len(store.search(word))
                report(
                    f"search({word!r}) {kind}, {hits} hits",
                    median_ms(lambda word=word: store.search(word), args.runs),
                )


if __name__ == "__main__":
    main()
