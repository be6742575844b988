"""One Hearth at a time, over QLocalServer/QLocalSocket (hearth.instance has the protocol).

The first Hearth listens; a later `hearth [FILE.gguf]` calls `hand_over` before
anything else and, when the running one acknowledges, exits instead of opening
a second window. `hand_over` uses QLocalSocket's blocking calls, which need no
QApplication and no event loop, so a second start stays quick and a first
start only pays for one failed connect (about a millisecond).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from hearth.instance import (
    ACK,
    BadMessageError,
    LineReader,
    decode_request,
    encode_request,
    is_ack,
    server_name,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
# Long enough for a running Hearth that is still building its window to answer.
HAND_OVER_TIMEOUT_MS = 8000
# A client that connects and says nothing is dropped after this long.
CLIENT_TIMEOUT_MS = 5000
_WAIT_SLICE_MS = 50


def hand_over(files: Sequence[str], timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Give `files` (none: "show yourself") to a running Hearth; True when it took them.

    False at once when no Hearth listens (the socket is missing or stale), and
    after `timeout_ms` when one is there but does not answer: then this start
    goes on and opens its own window rather than leave the user with nothing.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(min(CONNECT_TIMEOUT_MS, timeout_ms)):
        return False
    _let_others_take_the_foreground()
    try:
        socket.write(encode_request([str(Path(f).expanduser().absolute()) for f in files]))
        reader = LineReader()
        while time.monotonic() < deadline:
            # Short waits: PySide holds the GIL in them, and a caller on another
            # thread of a process with Python slots (the tests) must not stall it.
            if socket.bytesToWrite():
                socket.waitForBytesWritten(_WAIT_SLICE_MS)
            else:
                socket.waitForReadyRead(_WAIT_SLICE_MS)
            lines = reader.feed(bytes(socket.readAll().data()))
            if lines:
                return is_ack(lines[0])
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                log.warning("A running Hearth hung up without taking the hand-over")
                return False
        log.warning("A running Hearth did not answer within %d ms", timeout_ms)
        return False
    except BadMessageError as exc:
        log.warning("A running Hearth answered something unexpected: %s", exc)
        return False
    finally:
        socket.abort()


def _let_others_take_the_foreground() -> None:
    """Windows lets only the process the user just started bring a window forward;
    this start passes that right on, so the running Hearth can come to the front."""
    if sys.platform == "win32":
        import ctypes

        ASFW_ANY = -1  # noqa: N806 - the Windows API's name
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)


class InstanceServer(QObject):
    """The running Hearth's end: takes hand-overs from later starts.

    Signals: `activation_requested()` for every accepted hand-over (show the
    window), then `files_received(list[str])` with its absolute paths when it
    brought any. Garbage, oversize or silent clients are logged and dropped.
    """

    activation_requested = Signal()
    files_received = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        # Only this user may hand files to this Hearth.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False (logged) when another live Hearth already does."""
        # Asked first: with UserAccessOption, Qt on Unix binds in a private
        # folder and renames the socket into place, which would silently take
        # the name from a live Hearth instead of failing with AddressInUse.
        if _answers(self.name):
            log.info("Another Hearth already listens at %s", self.name)
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Left by a Hearth that crashed or was killed: nobody answered above.
            log.info("Removing the stale socket %s", self.name)
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return True
        log.warning(
            "Cannot listen for other Hearth starts at %s: %s",
            self.name,
            self._server.errorString(),
        )
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Client(socket, self)


class _Client(QObject):
    """One connection: read one request line, acknowledge it, pass it on, hang up."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self.socket = socket
        self.server = server
        self.reader = LineReader()
        self.done = False
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self._timed_out)
        timer.start(CLIENT_TIMEOUT_MS)
        if socket.bytesAvailable():
            QTimer.singleShot(0, self._read)

    @Slot()
    def _read(self) -> None:
        if self.done:
            return
        try:
            lines = self.reader.feed(bytes(self.socket.readAll().data()))
            if not lines:
                return
            files = decode_request(lines[0])
        except BadMessageError as exc:
            log.warning("Ignored a bad message from another Hearth start: %s", exc)
            self._hang_up()
            return
        self.socket.write(ACK)
        self.socket.flush()
        self._hang_up(graceful=True)
        log.info("Another Hearth start handed over %d file(s)", len(files))
        self.server.activation_requested.emit()
        if files:
            self.server.files_received.emit(files)

    @Slot()
    def _timed_out(self) -> None:
        if not self.done:
            log.info("Dropped a Hearth start that connected and said nothing")
            self._hang_up()

    def _hang_up(self, graceful: bool = False) -> None:
        self.done = True
        if graceful:
            self.socket.disconnectFromServer()  # after the acknowledgement is written
        else:
            self.socket.abort()
        if self.socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self.deleteLater()


def _answers(name: str) -> bool:
    """Whether a live server is behind `name` (a stale socket file refuses at once)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(CONNECT_TIMEOUT_MS)
    probe.abort()
    return alive


# ----- in the running window ------------------------------------------------


def bring_to_front(window: QWidget) -> None:
    """Show the window on top: out of the taskbar if minimized, kept maximized if it was."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def open_files(import_file: Callable[[Path], object], files: Sequence[str]) -> None:
    """Add each handed-over file to the library; its errors show in the window."""
    for file in files:
        import_file(Path(file))


class FileOpenFilter(QObject):
    """macOS: a .gguf opened in Finder reaches the running app as a FileOpen event,
    not as a second start with an argument; it goes the same way as a hand-over."""

    def __init__(self, window: QWidget, import_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._window = window
        self._import_file = import_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                bring_to_front(self._window)
                open_files(self._import_file, [event.file()])
            return True
        return super().eventFilter(watched, event)


def connect_window(
    server: InstanceServer, window: QWidget, import_file: Callable[[Path], object]
) -> None:
    """What a hand-over does in the running window: come to the front, then add the files
    (`import_file`: the library's, which says in the window what went wrong)."""
    server.activation_requested.connect(lambda: bring_to_front(window))
    server.files_received.connect(lambda files: open_files(import_file, files))
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(FileOpenFilter(window, import_file))
