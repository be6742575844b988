"""Finding GGUF models on the Hugging Face hub (or a mirror of it).

`search_models` finds GGUF repositories by text, most downloaded first;
`list_model_files` lists a repository's GGUF files as `RemoteModel`s: one per
quantization, a split model's parts (-00001-of-00003) grouped into one, each
file with its size and the hub's LFS SHA-256, which downloads verify against.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from hearth import hubpath
from hearth.hubpath import UnsafeNameError, check_file_path
from hearth.library import huberrors
from hearth.library.huberrors import HubError
from hearth.library.installed import name_from_filename

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
SEARCH_LIMIT = 30
API_RETRIES = 2  # retries of a listing call (429 and 5xx included) before it fails
API_TIMEOUT_S = 20.0
MAX_PAGES = 50

_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)


def split_part(filename: str) -> tuple[str, int, int] | None:
    """("Model-Q4_K_M", 1, 3) for "Model-Q4_K_M-00001-of-00003.gguf"; None if not split."""
    match = _SPLIT.match(PurePosixPath(filename).name)
    if match is None:
        return None
    return match["stem"], int(match["index"]), int(match["count"])


@dataclass(frozen=True)
class HubConnection:
    """Where the hub is and the token to show it (None: huggingface_hub's own login, if any)."""

    endpoint: str = DEFAULT_ENDPOINT
    # False: send no token at all (a mirror the user did not trust with it).
    token: str | bool | None = None

    @classmethod
    def current(cls) -> HubConnection:
        """The hub address from Settings (else HF_ENDPOINT) and the token from the keyring."""
        from hearth.gguf.remote import hub_endpoint, hub_token

        endpoint = hub_endpoint()
        return cls(endpoint, hub_token(endpoint))

    def get_json(self, path: str, *, params: Any = None, data: Any = None) -> list[Any]:
        """GET (or POST `data` to) an /api path; every page of a paginated answer, joined.

        huggingface_hub's HfApi retries a refused connection for ~20 s with no
        way to shorten it; the listing a person is waiting for uses the same
        session and error handling with fewer retries, so "offline" comes fast.
        """
        from huggingface_hub.utils import build_hf_headers, hf_raise_for_status, http_backoff

        headers = build_hf_headers(token=self.token, library_name="hearth")
        url: str | None = f"{self.endpoint}{path}"
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
                max_retries=API_RETRIES,
            )
            hf_raise_for_status(response)
            page = response.json()
            items.extend(page if isinstance(page, list) else [page])
            url, params = response.links.get("next", {}).get("url"), None
        return items


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
class RemoteModel:
    """One quantization of a repository: a single GGUF or all parts of a split one."""

    repo_id: str
    name: str
    quant: str
    files: tuple[RemoteFile, ...]
    revision: str = "main"

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def filename(self) -> str:
        """The first file's name: what `hearth pull REPO FILE` takes."""
        return self.files[0].filename

    @property
    def parts(self) -> int:
        return len(self.files)

    @property
    def complete(self) -> bool:
        found = split_part(self.files[0].path)
        return found is None or found[2] == len(self.files)

    @property
    def display_name(self) -> str:
        return f"{self.name} · {self.quant}" if self.quant else self.name


def _is_model_file(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    # Vision projectors (mmproj-*.gguf) go with a model; they are not one.
    return name.endswith(".gguf") and not name.startswith("mmproj")


def group_gguf_files(
    repo_id: str, files: Iterable[RemoteFile], revision: str = "main"
) -> list[RemoteModel]:
    """Group a repository's GGUF files into models, smallest first."""
    groups: dict[str, list[RemoteFile]] = {}
    for file in files:
        if not _is_model_file(file.path):
            continue
        split = split_part(file.path)
        key = str(PurePosixPath(file.path).parent / split[0]) if split else file.path
        groups.setdefault(key, []).append(file)
    models = []
    for members in groups.values():
        members.sort(key=lambda f: f.path)
        name, quant = name_from_filename(members[0].filename)
        models.append(RemoteModel(repo_id, name, quant, tuple(members), revision))
    models.sort(key=lambda m: (m.size, m.filename))
    return models


def _repo_files(repo_id: str, entries: list[Any]) -> list[RemoteFile]:
    """Files from the hub's tree / paths-info answer (folders, and names that would
    leave the models folder, skipped)."""
    files = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("type") != "file":
            continue
        try:
            check_file_path(str(entry.get("path", "")))
        except UnsafeNameError as exc:
            log.warning("Skipped a file the hub listed in %s: %s", repo_id, exc)
            continue
        lfs = entry.get("lfs") or {}
        files.append(
            RemoteFile(repo_id, str(entry["path"]), int(entry["size"]), str(lfs.get("oid") or ""))
        )
    return files


def check_repo_id(repo_id: str) -> str:
    """A repo id as typed or pasted (a hub URL too), checked by hubpath's rules."""
    repo_id = repo_id.strip().strip("/")
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "hf.co/"):
        repo_id = repo_id.removeprefix(prefix)
    try:
        return hubpath.check_repo_id(repo_id)
    except UnsafeNameError as exc:
        raise HubError(exc.kind, exc.message, **exc.params) from None


def search_models(
    query: str, *, limit: int = SEARCH_LIMIT, conn: HubConnection | None = None
) -> list[RepoSummary]:
    """GGUF repositories matching `query`, most downloaded first."""
    conn = conn or HubConnection.current()
    params: dict[str, Any] = {"filter": "gguf", "sort": "downloads", "direction": -1}
    params["limit"] = limit
    if query.strip():
        params["search"] = query.strip()
    try:
        infos = conn.get_json("/api/models", params=params)[:limit]
    except Exception as exc:
        raise huberrors.translate(exc, repo_id=query, filename="", endpoint=conn.endpoint) from None
    found = [
        RepoSummary(
            repo_id=str(info.get("id") or info.get("modelId") or ""),
            downloads=int(info.get("downloads") or 0),
            likes=int(info.get("likes") or 0),
            gated=bool(info.get("gated")),
            last_modified=str(info.get("lastModified") or ""),
        )
        for info in infos
        # A result a mirror sent that names no real repo is left out.
        if isinstance(info, dict) and hubpath.is_repo_id(str(info.get("id") or info.get("modelId")))
    ]
    # The hub already sorts; mirrors may not.
    found.sort(key=lambda r: -r.downloads)
    return found


def list_model_files(
    repo_id: str, *, revision: str = "main", conn: HubConnection | None = None
) -> list[RemoteModel]:
    """The repository's GGUF models (each with its parts, sizes and SHA-256), smallest first."""
    repo_id = check_repo_id(repo_id)
    conn = conn or HubConnection.current()
    path = f"/api/models/{repo_id}/tree/{quote(revision, safe='')}"
    try:
        entries = conn.get_json(path, params={"recursive": "true"})
    except Exception as exc:
        raise huberrors.translate(
            exc, repo_id=repo_id, filename="", endpoint=conn.endpoint
        ) from None
    return group_gguf_files(repo_id, _repo_files(repo_id, entries), revision)


def remote_files(
    repo_id: str, paths: list[str], *, revision: str = "main", conn: HubConnection | None = None
) -> list[RemoteFile]:
    """Size and SHA-256 of named files (one paths-info call, no full listing)."""
    repo_id = check_repo_id(repo_id)
    conn = conn or HubConnection.current()
    path = f"/api/models/{repo_id}/paths-info/{quote(revision, safe='')}"
    try:
        entries = conn.get_json(path, data={"paths": paths, "expand": "false"})
    except Exception as exc:
        raise huberrors.translate(
            exc, repo_id=repo_id, filename="", endpoint=conn.endpoint
        ) from None
    return _repo_files(repo_id, entries)


def choose_model(
    models: list[RemoteModel], repo_id: str, *, filename: str = "", quant: str = ""
) -> RemoteModel:
    """The model a user named by file name or quantization (Q4_K_M when they named neither)."""
    if not models:
        raise HubError("hub_no_gguf", f"{repo_id} has no GGUF model files.", repo=repo_id)
    choices = ", ".join(m.quant or m.filename for m in models)
    if filename:
        wanted = PurePosixPath(filename).name.lower()
        for model in models:
            if any(
                f.filename.lower() == wanted or f.path.lower() == filename.lower()
                for f in model.files
            ):
                return model
        raise huberrors.file_not_found(repo_id, filename)
    if not quant and len(models) == 1:
        return models[0]
    wanted = (quant or "Q4_K_M").upper()
    matching = [m for m in models if m.quant.upper() == wanted]
    if matching:
        return matching[0]
    if not quant:
        raise HubError(
            "hub_choose_quant",
            f"{repo_id} has several versions; choose one with --quant: {choices}.",
            repo=repo_id,
            choices=choices,
        )
    raise HubError(
        "hub_quant_not_found",
        f"{repo_id} has no {wanted} version. It has: {choices}.",
        repo=repo_id,
        quant=wanted,
        choices=choices,
    )
