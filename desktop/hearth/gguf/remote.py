"""Reading the header of a GGUF file on the Hugging Face hub without downloading it.

The header is fetched with HTTP Range requests in growing steps (1 MiB, 2 MiB,
4 MiB, ...): tokenizer arrays make headers several megabytes, but the parser
stops right after the tensor table, so a 40 GB model costs a few requests.
Skipped arrays are not fetched at all. The hub client (hearth.hub) makes the
requests, to the hub and with the token it is given, and says its failures
in the hub's words (HubError); a file that is not a GGUF fails as the local
reader's would (ModelError).
"""

from __future__ import annotations

import logging
from typing import Any

from hearth import hub
from hearth.errors import ModelError
from hearth.gguf.reader import GGUFHeader, parse_header
from hearth.hub import HubConnection

log = logging.getLogger(__name__)

FIRST_STEP = 1 << 20
MAX_STEP = 32 << 20
# No real header comes near this; past it the file is treated as malformed.
MAX_HEADER_BYTES = 256 << 20


class RangeSource:
    """A ByteSource over HTTP Range requests that fetches in growing steps."""

    def __init__(
        self,
        conn: HubConnection,
        repo_id: str,
        path: str,
        *,
        revision: str = "main",
        client: Any = None,
        first_step: int = FIRST_STEP,
        max_bytes: int = MAX_HEADER_BYTES,
    ) -> None:
        self.conn = conn
        self.repo_id = repo_id
        self.path = path
        self.revision = revision
        self.client = client
        self.name = path
        self.location = hub.file_url(conn, repo_id, path, revision)  # checks both names
        self.step = first_step
        self.max_bytes = max_bytes
        self.pos = 0
        self.buf = b""
        self.buf_start = 0
        self.total: int | None = None
        self.requests = 0
        self.fetched = 0

    def _fetch(self, start: int, length: int) -> bytes:
        if start + length > self.max_bytes:
            raise ModelError(
                "gguf_malformed",
                f"{self.name} is not a valid GGUF model file (its header is larger than"
                f" {self.max_bytes >> 20} MiB).",
                path=self.location,
                detail="header too large",
            )
        if self.total is not None and start >= self.total:
            return b""
        self.requests += 1
        chunk = hub.read_range(
            self.conn,
            self.repo_id,
            self.path,
            start,
            length,
            revision=self.revision,
            client=self.client,
        )
        if chunk.total is not None:
            self.total = chunk.total
        self.fetched += len(chunk.data)
        return chunk.data

    def read(self, size: int) -> bytes:
        end = self.pos + size
        buf_end = self.buf_start + len(self.buf)
        if end > buf_end:
            if not self.buf_start <= self.pos <= buf_end:
                self.buf, self.buf_start, buf_end = b"", self.pos, self.pos
            need = end - buf_end
            data = self._fetch(buf_end, max(need, self.step))
            self.step = min(self.step * 2, MAX_STEP)
            # Keep only what is still ahead of the cursor, so memory stays bounded.
            keep_from = self.pos - self.buf_start
            self.buf = self.buf[keep_from:] + data
            self.buf_start = self.pos
        offset = self.pos - self.buf_start
        result = self.buf[offset : offset + size]
        self.pos += len(result)
        return result

    def skip(self, size: int) -> None:
        self.pos += size

    def size(self) -> int | None:
        return self.total


def read_remote_header(
    conn: HubConnection,
    repo_id: str,
    filename: str,
    *,
    revision: str = "main",
    client: Any = None,
    first_step: int = FIRST_STEP,
) -> GGUFHeader:
    """The header (metadata and tensor table) of `filename` in a hub repository.

    Raises HubError (hub_bad_repo_id, hub_bad_path, hub_file_not_found,
    hub_offline, ...), or the reader's own ModelError for a malformed file.
    """
    source = RangeSource(
        conn, repo_id, filename, revision=revision, client=client, first_step=first_step
    )
    header = parse_header(source)
    log.info(
        "Read the header of %s/%s: %d bytes in %d requests",
        repo_id,
        filename,
        source.fetched,
        source.requests,
    )
    return header
