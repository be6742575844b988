"""One Hearth at a time: a second `hearth` hands its file to the running one and leaves.

The running Hearth's end lives in this test process; the second start is a
real `python -m hearth` (same HEARTH_HOME, so the same server name) while the
test's event loop runs. Raw clients that talk garbage run on a plain thread:
QLocalSocket's blocking calls against a server on the same thread would hang.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hearth import paths
from hearth.instance import MAX_MESSAGE_BYTES, server_name
from hearth.library import list_installed
from hearth.library.imported import IMPORTED_FILE
from hearth.ui import single_instance
from hearth.ui.main_window import MainWindow
from hearth.ui.single_instance import InstanceServer, connect_window, hand_over
from tests.support.gguf_files import make_gguf

SECOND_START_LIMIT_S = 10.0

# The offscreen platform has no window manager to raise a window with.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[InstanceServer]:
    instance = InstanceServer()
    assert instance.listen()
    yield instance
    instance.close()


@pytest.fixture
def worker() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool


class SecondStart:
    """`python -m hearth ARGS` run to its end while the test's event loop keeps going."""

    def __init__(self, qtbot: QtBot, *args: str, cwd: Path | None = None) -> None:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "hearth", *args],
            cwd=cwd,
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15_000)
        finally:
            if proc.poll() is None:
                proc.kill()
            self.stdout, self.stderr = proc.communicate(timeout=30)
        self.seconds = time.monotonic() - started
        self.returncode = proc.returncode

    def assert_handed_over(self) -> None:
        assert self.returncode == 0, self.stderr
        assert "Hearth is already running" in self.stdout
        assert "Traceback" not in self.stderr
        # It left instead of building a window (and loading a model) of its own.
        assert self.seconds < SECOND_START_LIMIT_S


def recorder(server: InstanceServer) -> tuple[list[list[str]], list[bool]]:
    files: list[list[str]] = []
    activations: list[bool] = []
    server.files_received.connect(files.append)
    server.activation_requested.connect(lambda: activations.append(True))
    return files, activations


def in_thread(qtbot: QtBot, worker: ThreadPoolExecutor, call: Callable[[], object]) -> object:
    future: Future[object] = worker.submit(call)
    qtbot.waitUntil(future.done, timeout=15_000)
    return future.result()


def send_raw(data: bytes, name: str) -> bytes:
    """A client that is not Hearth: write `data`, return all the server said before hanging up.

    Waits in short slices: PySide keeps the GIL during them, and the server's
    Python slots on the test's thread need it to answer.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(2000), socket.errorString()
    socket.write(data)
    reply = b""
    deadline = time.monotonic() + 8
    while socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
        if time.monotonic() > deadline:
            break
        if socket.bytesToWrite():
            socket.waitForBytesWritten(20)
        else:
            socket.waitForReadyRead(20)
        reply += bytes(socket.readAll().data())
    reply += bytes(socket.readAll().data())
    socket.abort()
    return reply


# ----- a second `hearth FILE.gguf` -------------------------------------------


def test_second_start_hands_its_file_over_and_does_not_import_it(
    qtbot: QtBot, server: InstanceServer, tmp_path: Path
) -> None:
    files, activations = recorder(server)
    model = tmp_path / "Handed-Over-Q4_0.gguf"
    make_gguf(model, 4096, name="Handed Over")
    # A relative path, as typed in a terminal: the running Hearth gets it absolute.
    second = SecondStart(qtbot, model.name, cwd=tmp_path)
    second.assert_handed_over()
    assert "opened Handed-Over-Q4_0.gguf there" in second.stdout
    assert files == [[str(model)]]
    assert activations == [True]
    # The running Hearth imports it, not the second start (which only handed it over).
    assert not (paths.data_dir() / IMPORTED_FILE).exists()


def test_a_handed_over_file_lands_in_the_running_windows_picker(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, starter_model: Path
) -> None:
    window = make_window(models=[], wait_loaded=False)
    server = InstanceServer(window)
    assert server.listen()
    connect_window(server, window, window.library.import_file)
    model = tmp_path / "Opened-Elsewhere-Q4_1.gguf"
    shutil.copyfile(starter_model, model)
    SecondStart(qtbot, str(model)).assert_handed_over()
    qtbot.waitUntil(lambda: window.current_model() is not None, timeout=5000)
    chosen = window.current_model()
    assert chosen is not None
    assert chosen.path == model and chosen.source == "imported"
    assert window.model_picker.currentText() == "Opened Elsewhere · Q4_1  —  your file"
    assert any(m.path == model for m in list_installed())
    server.close()


def test_a_file_opened_from_finder_lands_in_the_picker(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, starter_model: Path
) -> None:
    """macOS sends a double-clicked .gguf to the running app as a FileOpen event."""
    window = make_window(models=[], wait_loaded=False)
    server = InstanceServer(window)
    connect_window(server, window, window.library.import_file)
    model = tmp_path / "From-Finder-Q4_1.gguf"
    shutil.copyfile(starter_model, model)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(model)))
    qtbot.waitUntil(lambda: window.current_model() is not None, timeout=5000)
    chosen = window.current_model()
    assert chosen is not None and chosen.path == model


def test_a_handed_over_file_that_is_no_model_gets_the_usual_message(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window = make_window(models=[], wait_loaded=False)
    server = InstanceServer(window)
    assert server.listen()
    connect_window(server, window, window.library.import_file)
    notes = tmp_path / "notes.gguf"
    notes.write_text("not a model\n")
    SecondStart(qtbot, str(notes)).assert_handed_over()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [f"{notes} is not a model file Hearth can use (it is not in GGUF format)."]
    assert window.current_model() is None
    server.close()


# ----- a second plain `hearth` ----------------------------------------------


def test_second_plain_start_brings_the_running_window_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(models=[], wait_loaded=False)
    server = InstanceServer(window)
    assert server.listen()
    connect_window(server, window, window.library.import_file)
    files, activations = recorder(server)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    second = SecondStart(qtbot)
    second.assert_handed_over()
    assert "switched to its window" in second.stdout
    assert activations == [True] and files == []
    assert not window.isMinimized()
    assert window.isVisible()
    server.close()


# ----- what the running Hearth does not accept -------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        b"hello\n",
        b"\xff\xfe\x00\n",
        b"[1, 2]\n",
        b'{"open": "/x.gguf"}\n',
        b'{"open": ["relative/model.gguf"]}\n',
        b'{"open": [42]}\n',
        b"x" * (MAX_MESSAGE_BYTES + 10),  # no newline, ever
    ],
    ids=["text", "bytes", "list", "not-a-list", "relative", "number", "oversize"],
)
def test_garbage_is_ignored_and_the_server_keeps_working(
    qtbot: QtBot,
    server: InstanceServer,
    worker: ThreadPoolExecutor,
    garbage: bytes,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    files, activations = recorder(server)
    reply = in_thread(qtbot, worker, lambda: send_raw(garbage, server.name))
    assert reply == b""  # no acknowledgement: a real second start would open its own window
    assert files == [] and activations == []
    assert "Ignored a bad message" in caplog.text
    # The next, real hand-over still gets through.
    following = str(tmp_path / "next.gguf")
    assert in_thread(qtbot, worker, lambda: hand_over([following], 5000)) is True
    assert files == [[following]]


def test_a_client_that_says_nothing_is_dropped(
    qtbot: QtBot,
    server: InstanceServer,
    worker: ThreadPoolExecutor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(single_instance, "CLIENT_TIMEOUT_MS", 200)
    started = time.monotonic()
    assert in_thread(qtbot, worker, lambda: send_raw(b"", server.name)) == b""
    assert time.monotonic() - started < 5
    assert in_thread(qtbot, worker, lambda: hand_over([], 5000)) is True


def test_without_a_running_hearth_hand_over_says_no_at_once() -> None:
    started = time.perf_counter()
    assert hand_over(["a.gguf"]) is False
    assert time.perf_counter() - started < 0.5


# ----- leftovers and rivals -------------------------------------------------

_LISTEN_IN_CHILD = """
import os, signal, sys, time
from PySide6.QtNetwork import QLocalServer
from hearth.instance import server_name
server = QLocalServer()
assert server.listen(server_name()), server.errorString()
print(server.fullServerName(), flush=True)
if sys.argv[1] == "die":
    os.kill(os.getpid(), signal.SIGKILL)  # no clean-up: the socket file stays behind
time.sleep(60)
"""


def listen_in_child(how: str) -> tuple[subprocess.Popen[str], Path]:
    """Another process listening at this HEARTH_HOME's name; and its socket file."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _LISTEN_IN_CHILD, how],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_stale_socket_from_a_killed_hearth_does_not_stop_the_next_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dead, stale = listen_in_child("die")
    dead.wait(timeout=30)
    assert stale.exists(), "the killed process should have left its socket file"
    server = InstanceServer()
    assert server.listen()
    files, _ = recorder(server)
    try:
        model = str(tmp_path / "after-crash.gguf")
        SecondStart(qtbot, model).assert_handed_over()
        assert files == [[model]]
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_live_hearth_keeps_its_name(qtbot: QtBot, worker: ThreadPoolExecutor) -> None:
    alive, socket_file = listen_in_child("live")
    try:
        rival = InstanceServer()
        assert rival.listen() is False
        assert not rival.is_listening()

        def still_reachable() -> bool:
            socket = QLocalSocket()
            socket.connectToServer(server_name())
            ok = socket.waitForConnected(2000)
            socket.abort()
            return ok

        assert in_thread(qtbot, worker, still_reachable) is True
        assert socket_file.exists()
    finally:
        alive.kill()
        alive.wait(timeout=30)
        socket_file.unlink(missing_ok=True)  # killed: nobody removes it otherwise
