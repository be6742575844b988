"""A writer process killed with SIGKILL mid-run loses nothing it reported as saved."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hearth.chats import ChatStore

# Writes turns the way the GUI does (a user message, a reply created as
# "streaming", its text saved as it grows, then completed), printing each
# message id only after the call that committed it has returned.
WRITER = """
import sys
from pathlib import Path
from hearth.chats import ChatStore

store = ChatStore(Path(sys.argv[1]))
turn = 0
while True:
    if turn % 20 == 0:
        conversation = store.create_conversation()
    user = store.add_message(conversation.id, "user", f"question {turn} " + "q" * 300)
    print("saved", user.id, flush=True)
    reply = store.add_message(conversation.id, "assistant", "", model_name="m", status="streaming")
    print("saved", reply.id, flush=True)
    text = ""
    for part in range(4):
        text += f"part {part} of answer {turn} 量子 🎉 " * 20
        store.update_message(reply.id, content=text)
        print("text", reply.id, len(text), flush=True)
    store.update_message(reply.id, status="complete", stats={"tokens": turn})
    print("complete", reply.id, flush=True)
    turn += 1
"""


def run_and_kill(path: Path, after_lines: int) -> list[list[str]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[list[str]] = []
    while len(lines) < after_lines:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.split())
    process.kill()  # SIGKILL: no atexit, no close, no checkpoint
    rest, errors = process.communicate(timeout=30)
    assert len(lines) >= after_lines, errors
    # whatever it printed before dying was committed too; a line cut off by the
    # kill (no newline yet) is not a claim of anything
    lines += [line.split() for line in rest.split("\n")[:-1] if line.strip()]
    assert process.returncode != 0
    return lines


@pytest.mark.parametrize("after_lines", [150, 457])
def test_killed_writer_keeps_every_committed_turn(tmp_path: Path, after_lines: int) -> None:
    path = tmp_path / "killed.db"
    lines = run_and_kill(path, after_lines)
    saved = {int(fields[1]) for fields in lines if fields[0] == "saved"}
    completed = {int(fields[1]) for fields in lines if fields[0] == "complete"}
    text_lengths: dict[int, int] = {}
    for fields in lines:
        if fields[0] == "text":
            text_lengths[int(fields[1])] = int(fields[2])

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    conn.close()

    with ChatStore(path) as store:
        stored = {}
        for conversation in store.list_conversations():
            for message in store.messages(conversation.id):
                stored[message.id] = message
        assert saved <= stored.keys()
        assert all(stored[i].status == "complete" for i in completed)
        for message_id, length in text_lengths.items():
            assert len(stored[message_id].content) >= length  # the saved text is all there
        streaming = [m for m in stored.values() if m.status == "streaming"]
        assert len(streaming) <= 1  # at most the reply being written when it died
        assert store.recover_interrupted() == len(streaming)
        assert all(store.get_message(m.id).status == "interrupted" for m in streaming)
        assert store.search("answer")  # the index survived with the rows
