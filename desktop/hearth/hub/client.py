"""The one client of the Hugging Face hub (or a mirror): search, listings, file URLs, byte ranges.

Every call is given the hub's address and token (a HubConnection): this
package reads no settings and no keyring; the library and the GUI, which
know them, pass them down. Repo ids and paths are checked (names.py) before
a request is made, names a server lists are checked before they are used,
and every failure comes out as a HubError (errors.py). huggingface_hub
provides the HTTP session (proxies, user agent), the auth headers and URLs.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from hearth.errors import HearthError
from hearth.hub import errors
from hearth.hub.names import UnsafeNameError, check_file_path, check_repo_id, is_repo_id

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
SEARCH_LIMIT = 30
API_RETRIES = 2  # retries of an API call (429 and 5xx included) before it fails
API_TIMEOUT_S = 20.0
RANGE_TIMEOUT_S = 30.0
MAX_PAGES = 50
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True)
class HubConnection:
    """Where the hub is and the token to show it (None: huggingface_hub's own login, if any)."""

    endpoint: str = DEFAULT_ENDPOINT
    # False: send no token at all (a mirror the user did not trust with it).
    token: str | bool | None = None

    def headers(self) -> dict[str, str]:
        """The headers every request carries: user agent and, where one is sent, the token."""
        from huggingface_hub.utils import build_hf_headers

        return dict(build_hf_headers(token=self.token, library_name="hearth"))

    @property
    def sends_token(self) -> bool:
        return "authorization" in {key.lower() for key in self.headers()}


@dataclass(frozen=True)
class RepoSummary:
    repo_id: str
    downloads: int
    likes: int
    gated: bool
    last_modified: str


@dataclass(frozen=True)
class RemoteFile:
    repo_id: str
    path: str  # inside the repository, may hold folders: "Q4_K_M/x-00001-of-00002.gguf"
    size: int
    sha256: str  # the LFS object id; "" when the hub gave none

    @property
    def filename(self) -> str:
        return PurePosixPath(self.path).name


@dataclass(frozen=True)
class Chunk:
    """Bytes read from a file on the hub, and the file's size when the server said."""

    data: bytes
    total: int | None


def file_url(conn: HubConnection, repo_id: str, path: str, revision: str = "main") -> str:
    """The download URL of `path` in a repository (both checked first)."""
    from huggingface_hub import hf_hub_url

    check_file_path(path)
    return hf_hub_url(check_repo_id(repo_id), path, revision=revision, endpoint=conn.endpoint)


def get_json(
    conn: HubConnection,
    path: str,
    *,
    params: Any = None,
    data: Any = None,
    retries: int | None = None,
) -> list[Any]:
    """GET (or POST `data` to) an /api path; every page of a paginated answer, joined.

    Raises what huggingface_hub raises; the callers below turn it into a HubError.
    huggingface_hub's HfApi retries a refused connection for ~20 s with no way
    to shorten it; a listing a person is waiting for uses the same session
    with fewer retries, so "offline" comes fast.
    """
    from huggingface_hub.utils import hf_raise_for_status, http_backoff

    headers = conn.headers()
    url: str | None = f"{conn.endpoint}{path}"
    items: list[Any] = []
    for _ in range(MAX_PAGES):
        if url is None:
            break
        response = http_backoff(
            "POST" if data is not None else "GET",
            url,
            params=params,
            data=data,
            headers=headers,
            timeout=API_TIMEOUT_S,
            max_retries=API_RETRIES if retries is None else retries,
        )
        hf_raise_for_status(response)
        page = response.json()
        items.extend(page if isinstance(page, list) else [page])
        url, params = response.links.get("next", {}).get("url"), None
    return items


def _api(conn: HubConnection, path: str, repo_id: str, **kwargs: Any) -> list[Any]:
    try:
        return get_json(conn, path, **kwargs)
    except Exception as exc:
        raise errors.translate(exc, repo_id=repo_id, endpoint=conn.endpoint) from None


def search_models(
    conn: HubConnection, query: str, *, limit: int = SEARCH_LIMIT
) -> list[RepoSummary]:
    """GGUF repositories matching `query`, most downloaded first."""
    params: dict[str, Any] = {"filter": "gguf", "sort": "downloads", "direction": -1}
    params["limit"] = limit
    if query.strip():
        params["search"] = query.strip()
    infos = _api(conn, "/api/models", query, params=params)[:limit]
    found = [
        RepoSummary(
            repo_id=str(info.get("id") or info.get("modelId") or ""),
            downloads=_int(info.get("downloads")),
            likes=_int(info.get("likes")),
            gated=bool(info.get("gated")),
            last_modified=str(info.get("lastModified") or ""),
        )
        for info in infos
        # A result a mirror sent that names no real repo is left out.
        if isinstance(info, dict) and is_repo_id(str(info.get("id") or info.get("modelId")))
    ]
    # The hub already sorts; mirrors may not.
    found.sort(key=lambda r: -r.downloads)
    return found


def list_files(
    conn: HubConnection, repo_id: str, *, revision: str = "main", retries: int | None = None
) -> list[RemoteFile]:
    """Every file of a repository (in folders too), with its size and LFS SHA-256."""
    check_repo_id(repo_id)
    path = f"/api/models/{repo_id}/tree/{quote(revision, safe='')}"
    entries = _api(conn, path, repo_id, params={"recursive": "true"}, retries=retries)
    return parse_entries(repo_id, entries)


def paths_info(
    conn: HubConnection, repo_id: str, paths: list[str], *, revision: str = "main"
) -> list[RemoteFile]:
    """Size and SHA-256 of named files (one paths-info call, no full listing)."""
    check_repo_id(repo_id)
    for path in paths:
        check_file_path(path)
    path = f"/api/models/{repo_id}/paths-info/{quote(revision, safe='')}"
    entries = _api(conn, path, repo_id, data={"paths": paths, "expand": "false"})
    return parse_entries(repo_id, entries)


def parse_entries(repo_id: str, entries: list[Any]) -> list[RemoteFile]:
    """Files from the hub's tree / paths-info answer: folders, entries without a size,
    and names that would leave the models folder are left out."""
    files = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("type") != "file":
            continue
        path = str(entry.get("path", ""))
        try:
            check_file_path(path)
        except UnsafeNameError as exc:
            log.warning("Skipped a file the hub listed in %s: %s", repo_id, exc)
            continue
        lfs = entry.get("lfs")
        lfs = lfs if isinstance(lfs, dict) else {}
        size = lfs.get("size", entry.get("size"))
        if not isinstance(size, int) or size < 0:
            continue
        files.append(RemoteFile(repo_id, path, size, str(lfs.get("oid") or "")))
    return files


def read_range(
    conn: HubConnection,
    repo_id: str,
    path: str,
    start: int,
    length: int,
    *,
    revision: str = "main",
    client: Any = None,
) -> Chunk:
    """`length` bytes of a file from `start` (fewer at its end), by an HTTP Range request.

    A server that ignores Range is read only as far as needed. `client` is an
    httpx-style client (default: huggingface_hub's session).
    """
    from huggingface_hub import get_session

    url = file_url(conn, repo_id, path, revision)
    headers = {**conn.headers(), "Range": f"bytes={start}-{start + length - 1}"}
    try:
        with (client or get_session()).stream(
            "GET", url, headers=headers, follow_redirects=True, timeout=RANGE_TIMEOUT_S
        ) as response:
            status = response.status_code
            if status == 416:
                return Chunk(b"", None)
            if status not in (200, 206):
                raise errors.from_status(
                    status,
                    response.headers,
                    repo_id=repo_id,
                    filename=path,
                    endpoint=conn.endpoint,
                    has_token="authorization" in {k.lower() for k in headers},
                )
            skip, total = 0, None
            if status == 206:
                match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
                if match and match.group(3) != "*":
                    total = int(match.group(3))
            else:  # the server ignored Range: read the start of the body only
                skip = start
                size = response.headers.get("Content-Length")
                total = int(size) if size and size.isdigit() else None
            chunks: list[bytes] = []
            wanted, got = skip + length, 0
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                got += len(chunk)
                if got >= wanted:
                    break
    except HearthError:
        raise
    except Exception as exc:  # the HTTP library's errors: no network, timeouts, TLS
        raise errors.translate(
            exc, repo_id=repo_id, filename=path, endpoint=conn.endpoint
        ) from None
    return Chunk(b"".join(chunks)[skip:wanted], total)


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
