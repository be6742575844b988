"""Reading the header of a GGUF file on the Hugging Face hub without downloading it.

The header is fetched with HTTP Range requests in growing steps (1 MiB, 2 MiB,
4 MiB, ...): tokenizer arrays make headers several megabytes, but the parser
stops right after the tensor table, so a 40 GB model costs a few requests.
Skipped arrays are not fetched at all. huggingface_hub builds the URL (it
honours HF_ENDPOINT) and provides the HTTP client and the auth headers.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

from hearth.errors import ModelError
from hearth.gguf.reader import GGUFHeader, parse_header

log = logging.getLogger(__name__)

FIRST_STEP = 1 << 20
MAX_STEP = 32 << 20
# No real header comes near this; past it the file is treated as malformed.
MAX_HEADER_BYTES = 256 << 20
DEFAULT_ENDPOINT = "https://huggingface.co"
TIMEOUT_S = 30.0
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


def hub_endpoint() -> str:
    """The hub's address, the one place it is decided: the mirror set in Settings,
    else HF_ENDPOINT (read now, not at import), else huggingface.co."""
    from hearth import settings

    configured = settings.load().hub_endpoint.strip() or os.environ.get("HF_ENDPOINT", "").strip()
    # Not huggingface_hub.constants.ENDPOINT: it keeps whatever HF_ENDPOINT was at its import.
    return configured.rstrip("/") or DEFAULT_ENDPOINT


def hub_token(endpoint: str | None = None) -> str | bool | None:
    """What to authenticate to `endpoint` (default: the current hub) with.

    The user's saved token (OS keyring) goes to huggingface.co only. A mirror gets
    no token at all (False: not even huggingface_hub's own login) unless the user
    ticked "also send my token to this mirror" in Settings. None: no token saved.
    """
    from hearth import settings
    from hearth.library.tokens import get_token  # here: library imports this package

    endpoint = (endpoint or hub_endpoint()).rstrip("/")
    if endpoint != DEFAULT_ENDPOINT and not settings.load().send_token_to_mirror:
        return False
    return get_token()


def _http_error(status: int, name: str, url: str) -> ModelError:
    if status == 404:
        return ModelError(
            "remote_not_found",
            f"{name} is not on the model hub (it may have been renamed).",
            url=url,
        )
    if status in (401, 403):
        return ModelError(
            "remote_denied",
            f"The model hub refuses access to {name}: it may need a login or a licence acceptance.",
            url=url,
            status=status,
        )
    return ModelError(
        "remote_failed",
        f"The model hub answered {status} for {name}; try again later.",
        url=url,
        status=status,
    )


class RangeSource:
    """A ByteSource over HTTP Range requests that fetches in growing steps."""

    def __init__(
        self,
        url: str,
        name: str,
        client: Any,
        headers: dict[str, str] | None = None,
        first_step: int = FIRST_STEP,
        max_bytes: int = MAX_HEADER_BYTES,
    ) -> None:
        self.url = url
        self.name = name
        self.location = url
        self.client = client
        self.headers = dict(headers or {})
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
                path=self.url,
                detail="header too large",
            )
        if self.total is not None and start >= self.total:
            return b""
        headers = {**self.headers, "Range": f"bytes={start}-{start + length - 1}"}
        self.requests += 1
        try:
            with self.client.stream(
                "GET", self.url, headers=headers, follow_redirects=True, timeout=TIMEOUT_S
            ) as response:
                if response.status_code == 416:
                    return b""
                if response.status_code not in (200, 206):
                    raise _http_error(response.status_code, self.name, self.url)
                skip = 0
                if response.status_code == 206:
                    match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
                    if match and match.group(3) != "*":
                        self.total = int(match.group(3))
                else:  # the server ignored Range: read the start of the body only
                    skip = start
                    size = response.headers.get("Content-Length")
                    self.total = int(size) if size and size.isdigit() else None
                chunks: list[bytes] = []
                wanted = skip + length
                got = 0
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    got += len(chunk)
                    if got >= wanted:
                        break
        except ModelError:
            raise
        except Exception as exc:  # the HTTP library's errors: no network, timeouts, TLS
            raise ModelError(
                "remote_unreachable",
                f"The model hub cannot be reached to read {self.name}: {exc}.",
                url=self.url,
                detail=str(exc),
            ) from exc
        data = b"".join(chunks)[skip:wanted]
        self.fetched += len(data)
        return data

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
    repo_id: str,
    filename: str,
    *,
    revision: str | None = None,
    token: str | bool | None = None,
    client: Any = None,
    first_step: int = FIRST_STEP,
) -> GGUFHeader:
    """The header (metadata and tensor table) of `filename` in a hub repository.

    Raises ModelError: remote_not_found / remote_denied / remote_failed /
    remote_unreachable, or the reader's own kinds for a malformed file.
    """
    from huggingface_hub import get_session, hf_hub_url
    from huggingface_hub.utils import build_hf_headers

    endpoint = hub_endpoint()
    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint)
    source = RangeSource(
        url,
        filename,
        client or get_session(),
        headers=build_hf_headers(token=hub_token(endpoint) if token is None else token),
        first_step=first_step,
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
