"""What the test hub holds, the faults planned for it, and what happened to it.

Shared by the handler threads of HubServer (and by a second server acting as
the hub's CDN), so every field is read and written under `lock`.
"""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.gguf_files import sha256_of

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class Fault:
    """One planned misbehaviour, used by the next content request of its file."""

    status: int = 0  # answer with this status instead of the content
    headers: dict[str, str] = field(default_factory=dict)
    drop_at: int | None = None  # cut the connection once this absolute offset is reached
    corrupt: bool = False  # serve wrong bytes (one flipped byte in every 64 KiB)
    rate: int = 0  # bytes per second; 0 = as fast as possible
    ignore_range: bool = False  # answer a Range request with the whole file (200)


@dataclass
class HubFile:
    path: str
    source: Path
    size: int
    sha256: str


@dataclass
class Repo:
    repo_id: str
    files: dict[str, HubFile] = field(default_factory=dict)
    downloads: int = 0
    gated: bool = False
    tokens: set[str] = field(default_factory=set)  # tokens that accepted the license


@dataclass
class Request:
    method: str
    path: str
    range: str | None
    authorized: bool
    status: int
    time: float
    served: int = 0  # body bytes sent for this request


# One sha256 helper for every test (tests/support/gguf_files.py).
file_sha256 = sha256_of


class HubState:
    """What the hub holds and what happened to it; shared by the handler threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.repos: dict[str, Repo] = {}
        self.faults: dict[tuple[str, str], deque[Fault]] = defaultdict(deque)
        self.served: dict[tuple[str, str], int] = defaultdict(int)
        self.requests: list[Request] = []
        self.errors: list[str] = []  # unexpected exceptions in request handlers
        # When set, /resolve/ answers 302 to this other origin (like the hub's CDN), which
        # serves the bytes without auth; the X-Linked-* headers ride on the redirect.
        self.cdn_url: str | None = None

    def add_file(
        self, repo_id: str, path: str, source: Path, *, sha256: str | None = None
    ) -> HubFile:
        entry = HubFile(path, source, source.stat().st_size, sha256 or file_sha256(source))
        with self.lock:
            self.repos.setdefault(repo_id, Repo(repo_id)).files[path] = entry
        return entry

    def repo(self, repo_id: str) -> Repo:
        with self.lock:
            return self.repos.setdefault(repo_id, Repo(repo_id))

    def plan(self, repo_id: str, path: str, *faults: Fault) -> None:
        with self.lock:
            self.faults[(repo_id, path)].extend(faults)

    def next_fault(self, repo_id: str, path: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get((repo_id, path))
            return queue.popleft() if queue else None

    def content_requests(self, path_suffix: str = "") -> list[Request]:
        """The GET requests for file content (optionally of files ending in path_suffix)."""
        with self.lock:
            return [
                r
                for r in self.requests
                if r.method == "GET"
                and r.status != 302
                and ("/resolve/" in r.path or r.path.startswith("/cdn/"))
                and r.path.endswith(path_suffix)
            ]

    def served_total(self) -> int:
        with self.lock:
            return sum(self.served.values())
