"""A small Hugging Face hub on 127.0.0.1 that huggingface_hub and Hearth can talk to.

It serves real files with the headers huggingface_hub reads (X-Repo-Commit,
ETag / X-Linked-Etag, X-Linked-Size, Content-Length, Accept-Ranges, Range →
206 with Content-Range), the /api/models endpoints used for search, listing
(tree, paths-info, model info), and the hub's error headers (X-Error-Code).
Faults are planned per file and used up one per content request: a status
(404, 401, 403, 429 + Retry-After, 500 ...), a connection cut at an offset,
wrong bytes, or a slow rate. It counts the bytes it serves per file.

    python -m tests.support.hub_server owner/repo=path/to/file.gguf ...
prints `PORT <n>` and serves until killed (used by the benchmark).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.support.hub_state import COMMIT, Fault, HubFile, HubState, Repo, Request

CHUNK = 64 * 1024
SLOW_LIMIT_S = 30.0  # a slow answer never lasts longer than this
SOCKET_TIMEOUT_S = 15.0

__all__ = ["COMMIT", "Fault", "HubServer", "HubState", "Request", "closed_port"]


_MODEL_API = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+)(?:/(?P<rest>.*))?$")
_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<path>.+)$")
_CDN = re.compile(r"^/cdn/(?P<repo>[^/]+/[^/]+)/(?P<path>.+)$")
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


class HubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HubServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(SOCKET_TIMEOUT_S)
        with self.server.hub.lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.hub.lock:
            self.server.connections.discard(self.connection)
        super().finish()

    @property
    def hub(self) -> HubState:
        return self.server.hub

    def _record(self, status: int) -> Request:
        record = Request(
            self.command,
            urlsplit(self.path).path,
            self.headers.get("Range"),
            self.headers.get("Authorization") is not None,
            status,
            time.monotonic(),
        )
        with self.hub.lock:
            self.hub.requests.append(record)
        return record

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self._record(status)
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, data: Any, status: int = 200) -> None:
        self._reply(status, json.dumps(data).encode(), {"Content-Type": "application/json"})

    def _error(self, status: int, code: str = "", message: str = "") -> None:
        headers = {"Content-Type": "application/json"}
        if code:
            headers["X-Error-Code"] = code
        if message:
            headers["X-Error-Message"] = message
        self._reply(status, json.dumps({"error": message or code}).encode(), headers)

    def do_GET(self) -> None:
        self._route()

    def do_HEAD(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        query = parse_qs(url.query)
        if path == "/api/models":
            self._search(query)
        elif match := _MODEL_API.match(path):
            self._model_api(match["repo"], match["rest"] or "", query)
        elif match := _RESOLVE.match(path):
            self._resolve(match["repo"], match["path"])
        elif match := _CDN.match(path):
            self._resolve(match["repo"], match["path"], cdn=True)
        else:
            self._error(404, "", "no such endpoint")

    # -- api -------------------------------------------------------------

    def _search(self, query: dict[str, list[str]]) -> None:
        text = (query.get("search") or [""])[0].lower()
        limit = int((query.get("limit") or ["1000"])[0])
        with self.hub.lock:
            repos = [r for r in self.hub.repos.values() if text in r.repo_id.lower()]
        if (query.get("sort") or [""])[0] == "downloads":
            repos.sort(key=lambda r: -r.downloads)
        self._json([self._summary(r) for r in repos[:limit]])

    def _summary(self, repo: Repo) -> dict[str, Any]:
        return {
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "author": repo.repo_id.split("/")[0],
            "downloads": repo.downloads,
            "likes": repo.downloads // 10,
            "gated": "manual" if repo.gated else False,
            "private": False,
            "tags": ["gguf"],
            "library_name": "gguf",
            "lastModified": "2025-01-01T00:00:00.000Z",
            "sha": COMMIT,
        }

    def _entry(self, entry: HubFile) -> dict[str, Any]:
        return {
            "type": "file",
            "oid": hashlib.sha1(entry.sha256.encode()).hexdigest(),
            "size": entry.size,
            "path": entry.path,
            "lfs": {"oid": entry.sha256, "size": entry.size, "pointerSize": 135},
        }

    def _model_api(self, repo_id: str, rest: str, query: dict[str, list[str]]) -> None:
        with self.hub.lock:
            repo = self.hub.repos.get(repo_id)
            files = list(repo.files.values()) if repo else []
        if repo is None:
            self._error(404, "RepoNotFound", "Repository not found")
        elif rest == "" or rest.startswith("revision/"):
            info = self._summary(repo)
            info["siblings"] = [{"rfilename": f.path, "size": f.size} for f in files]
            self._json(info)
        elif rest.startswith("tree/"):
            self._json([self._entry(f) for f in sorted(files, key=lambda f: f.path)])
        elif rest.startswith("paths-info/") and self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(length).decode())
            wanted = set(form.get("paths", []))
            self._json([self._entry(f) for f in files if f.path in wanted])
        else:
            self._error(404, "", "no such endpoint")

    # -- files -----------------------------------------------------------

    def _resolve(self, repo_id: str, path: str, cdn: bool = False) -> None:
        with self.hub.lock:
            repo = self.hub.repos.get(repo_id)
            entry = repo.files.get(path) if repo else None
        if repo is None:
            self._error(404, "RepoNotFound", "Repository not found")
            return
        if entry is None:
            self._error(404, "EntryNotFound", f"{path} does not exist on main")
            return
        if repo.gated and not cdn:
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ").strip()
            if not token:
                self._error(401, "GatedRepo", "Access to this model is restricted. Please log in.")
                return
            if token not in repo.tokens:
                self._error(403, "GatedRepo", "Access to this model is restricted.")
                return
        if self.hub.cdn_url and not cdn:
            self._reply(
                302,
                b"",
                {
                    "Location": f"{self.hub.cdn_url}/cdn/{repo_id}/{path}",
                    "X-Linked-Etag": f'"{entry.sha256}"',
                    "X-Linked-Size": str(entry.size),
                    "X-Repo-Commit": COMMIT,
                },
            )
            return
        fault = self.hub.next_fault(repo_id, path) if self.command == "GET" else None
        if fault is not None and fault.status:
            self._reply(fault.status, b"planned failure", fault.headers)
            return
        start, end, status = 0, entry.size - 1, 200
        wanted = self.headers.get("Range")
        if wanted and not (fault is not None and fault.ignore_range):
            match = _RANGE.match(wanted.strip())
            if match is None or int(match[1]) >= entry.size:
                self._reply(416, b"", {"Content-Range": f"bytes */{entry.size}"})
                return
            start = int(match[1])
            end = min(int(match[2]), entry.size - 1) if match[2] else entry.size - 1
            status = 206
        headers = {
            "Content-Type": "application/octet-stream",
            "Accept-Ranges": "bytes",
            "ETag": f'"{entry.sha256}"',
            "X-Linked-Etag": f'"{entry.sha256}"',
            "X-Linked-Size": str(entry.size),
            "X-Repo-Commit": COMMIT,
            "Content-Disposition": f'attachment; filename="{Path(path).name}"',
        }
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end}/{entry.size}"
        record = self._record(status)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        if self.command == "GET":
            self._send_body(record, repo_id, entry, start, end + 1, fault)

    def _count(self, record: Request, key: tuple[str, str], sent: int) -> None:
        with self.hub.lock:
            self.hub.served[key] += sent
            record.served += sent

    def _send_body(
        self,
        record: Request,
        repo_id: str,
        entry: HubFile,
        start: int,
        stop: int,
        fault: Fault | None,
    ) -> None:
        cut = fault.drop_at if fault is not None and fault.drop_at is not None else None
        last = min(stop, cut) if cut is not None else stop
        key = (repo_id, entry.path)
        try:
            with open(entry.source, "rb") as handle:
                if fault is None or (not fault.corrupt and not fault.rate):
                    count = max(0, last - start)
                    self._count(record, key, self.connection.sendfile(handle, start, count))
                else:
                    self._send_slowly(record, handle, key, start, last, fault)
        except (BrokenPipeError, ConnectionResetError, TimeoutError, OSError):
            self.close_connection = True
            return
        if cut is not None and cut < stop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send_slowly(
        self,
        record: Request,
        handle: Any,
        key: tuple[str, str],
        start: int,
        last: int,
        fault: Fault,
    ) -> None:
        handle.seek(start)
        position = start
        deadline = time.monotonic() + SLOW_LIMIT_S
        piece = min(CHUNK, max(1024, fault.rate // 20)) if fault.rate else CHUNK
        while position < last:
            if fault.rate and time.monotonic() > deadline:
                self.close_connection = True
                return
            data = bytearray(handle.read(min(piece, last - position)))
            if fault.corrupt:
                data[len(data) // 2] ^= 0xFF
            self.wfile.write(data)
            position += len(data)
            self._count(record, key, len(data))
            if fault.rate:
                time.sleep(len(data) / fault.rate)


class HubServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, hub: HubState | None = None, port: int = 0) -> None:
        # A port of its own, or one given: the hub "coming back" where it was.
        super().__init__(("127.0.0.1", port), HubHandler)
        self.hub = hub or HubState()  # a CDN server shares its hub's state
        self.connections: set[socket.socket] = set()
        self._thread: threading.Thread | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a cancelled or dropped download) is normal here."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            self.hub.errors.append(repr(error))  # a bug in this server: the fixture fails the test
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> HubServer:
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut every open connection (the line goes down)."""
        self.shutdown()
        self.server_close()
        with self.hub.lock:
            open_now = list(self.connections)
        for connection in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for now): connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", help="owner/repo=path/to/file")
    args = parser.parse_args(argv)
    server = HubServer()
    for spec in args.files:
        repo_id, _, source = spec.partition("=")
        server.hub.add_file(repo_id, Path(source).name, Path(source))
    print(f"PORT {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever(0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
