"""One Hearth at a time: the running window's address and what a second start says to it.

A second `hearth` (or a .gguf opened from the file manager while Hearth runs)
hands its files to the running window and leaves. This module is the part
without Qt: the server name, and the messages, one JSON object per line:

    second start → running Hearth   {"open": ["/abs/path/model.gguf", ...]}\n
                                    {"open": []}\n   (just show the window)
    running Hearth → second start   {"ok": true}\n

hearth.ui.single_instance moves the bytes over a QLocalServer/QLocalSocket.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hearth import paths

# A request is a few paths; anything much larger is not from Hearth.
MAX_MESSAGE_BYTES = 256 * 1024
MAX_PATHS = 256
MAX_PATH_CHARS = 32_768  # Windows' long-path limit; far above any real one
ACK = b'{"ok": true}\n'
# Unix socket paths must fit sockaddr_un (104 bytes on macOS, 108 on Linux).
_MAX_SOCKET_PATH = 100


class BadMessageError(ValueError):
    """Bytes on the socket that are not a request from Hearth (logged and dropped)."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER variable and no passwd entry
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path | None = None, user: str | None = None) -> str:
    """The running Hearth's address: one per user and per data folder.

    HEARTH_HOME moves the data folder, so a portable copy, and every test with
    its temp HEARTH_HOME, gets its own address and never reaches another
    Hearth. On Linux the socket goes in XDG_RUNTIME_DIR (private to the user);
    elsewhere Qt places a plain name in the user's temp folder (Unix) or makes
    it a named pipe (Windows).
    """
    folder = data_dir if data_dir is not None else paths.data_dir()
    key = f"{user if user is not None else _user()}\0{os.path.normcase(str(folder.resolve()))}"
    name = "hearth-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        full = os.path.join(runtime, name + ".sock")
        if len(full.encode()) <= _MAX_SOCKET_PATH:
            return full
    return name


def encode_request(files: Sequence[str]) -> bytes:
    """The line a second start sends: absolute paths to open (none: show the window)."""
    return (json.dumps({"open": [str(f) for f in files]}) + "\n").encode("utf-8")


def decode_request(line: bytes) -> list[str]:
    """The absolute paths in one request line; BadMessageError when it is not a request."""
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadMessageError(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("open"), list):
        raise BadMessageError("not an object with an 'open' list")
    files = data["open"]
    if len(files) > MAX_PATHS:
        raise BadMessageError(f"{len(files)} paths (at most {MAX_PATHS})")
    for item in files:
        if not isinstance(item, str) or not item or len(item) > MAX_PATH_CHARS:
            raise BadMessageError("a path that is not a non-empty string")
        if "\0" in item or not os.path.isabs(item):
            raise BadMessageError(f"not an absolute path: {item[:200]!r}")
    return list(files)


def is_ack(line: bytes) -> bool:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and data.get("ok") is True


class LineReader:
    """Collects bytes from a socket into lines, refusing a line longer than the limit."""

    def __init__(self, limit: int = MAX_MESSAGE_BYTES) -> None:
        self.limit = limit
        self._pending = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """The lines `data` completes (without newlines); BadMessageError when one is too long."""
        self._pending += data
        *lines, rest = bytes(self._pending).split(b"\n")
        self._pending = bytearray(rest)
        if len(rest) > self.limit or any(len(line) > self.limit for line in lines):
            self._pending.clear()
            raise BadMessageError(f"a message longer than {self.limit} bytes")
        return lines
