"""A tiny stand-in for the Hugging Face hub on 127.0.0.1, for tests.

Serves files at /{repo}/resolve/{revision}/{path} with HTTP Range support, and
/api/models/{repo}/tree/{revision} listings; can ignore Range or answer with an
error status, and records every request so tests can say what was asked.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


@dataclass
class HubState:
    repos: dict[str, dict[str, bytes]] = field(default_factory=dict)
    status: int | None = None  # answer every request with this status
    ignore_range: bool = False
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Range header)

    def add_file(self, repo: str, path: str, data: bytes) -> None:
        self.repos.setdefault(repo, {})[path] = data


def _handler(state: HubState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            # The client may stop reading early, as a range reader does.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            state.requests.append((path, self.headers.get("Range", "")))
            if state.status is not None:
                self._send(state.status, b'{"error": "nope"}', {"Content-Type": "application/json"})
                return
            tree = re.fullmatch(r"/api/models/(.+?/.+?)/tree/([^/]+)(/.*)?", path)
            if tree:
                files = state.repos.get(tree.group(1))
                if files is None:
                    self._send(
                        404, b'{"error": "Repository not found"}', {"X-Error-Code": "RepoNotFound"}
                    )
                    return
                items = [
                    {
                        "type": "file",
                        "oid": "0" * 40,
                        "size": len(data),
                        "path": name,
                        "lfs": {"oid": _sha256(data), "size": len(data), "pointerSize": 134},
                    }
                    for name, data in sorted(files.items())
                ]
                self._send(200, json.dumps(items).encode(), {"Content-Type": "application/json"})
                return
            resolve = re.fullmatch(r"/(.+?/.+?)/resolve/([^/]+)/(.+)", path)
            data = None
            if resolve:
                data = state.repos.get(resolve.group(1), {}).get(resolve.group(3))
            if data is None:
                self._send(404, b"Entry not found", {"X-Error-Code": "EntryNotFound"})
                return
            match = _RANGE.fullmatch(self.headers.get("Range", ""))
            if match and not state.ignore_range:
                start = int(match.group(1))
                end = min(int(match.group(2) or len(data) - 1), len(data) - 1)
                if start >= len(data):
                    self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
                    return
                headers = {"Content-Range": f"bytes {start}-{end}/{len(data)}"}
                self._send(206, data[start : end + 1], headers)
                return
            self._send(200, data, {"ETag": f'"{_sha256(data)}"'})

    return Handler


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


@contextmanager
def hub_server(state: HubState) -> Iterator[str]:
    """Serve `state` on a free port; yields the endpoint URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def file_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()
