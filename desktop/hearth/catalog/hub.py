"""Refreshing a catalog entry's file list from the Hugging Face hub when online.

The bundled catalog was checked against the hub when it was written, but
publishers re-upload and rename. `refresh_entry` lists the repository (through
huggingface_hub, which honours HF_ENDPOINT) and returns the entry with each
quant's sizes and checksums as the hub lists them now, quants whose files are
gone dropped, and what changed, so a Download button never points at a file
that is not there.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

from hearth.catalog.model import CatalogEntry, CatalogFile, Quant
from hearth.errors import ModelError
from hearth.gguf.remote import hub_endpoint, hub_token

log = logging.getLogger(__name__)

REACHABLE_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class HubFile:
    """A file as the hub lists it."""

    path: str
    size: int
    sha256: str = ""


@dataclass
class RefreshResult:
    entry: CatalogEntry
    changed: list[str] = field(default_factory=list)  # "Q4_K_M: size 1 -> 2"
    missing: list[str] = field(default_factory=list)  # quants whose files are gone


def _unreachable(repo_id: str, exc: Exception) -> ModelError:
    return ModelError(
        "remote_unreachable",
        f"The model hub cannot be reached to list {repo_id}: {exc}.",
        repo=repo_id,
        detail=str(exc),
    )


def parse_tree(items: list[Any]) -> list[HubFile]:
    """HubFiles from list_repo_tree's items (RepoFile objects or the API's dicts)."""
    files: list[HubFile] = []
    for item in items:
        if isinstance(item, dict):
            if item.get("type") != "file":
                continue
            path, size, lfs = item.get("path"), item.get("size"), item.get("lfs") or {}
            sha = lfs.get("oid") or lfs.get("sha256") or ""
            size = lfs.get("size", size)
        else:
            path = getattr(item, "path", None)
            size = getattr(item, "size", None)
            lfs_info = getattr(item, "lfs", None)
            if lfs_info is None and not hasattr(item, "blob_id"):
                continue  # a folder
            sha = getattr(lfs_info, "sha256", "") if lfs_info is not None else ""
            size = getattr(lfs_info, "size", size) if lfs_info is not None else size
        if isinstance(path, str) and isinstance(size, int):
            files.append(HubFile(path, size, str(sha or "")))
    return files


def _check_reachable(endpoint: str, repo_id: str) -> None:
    """Fail at once when offline: huggingface_hub itself retries for about 20 seconds."""
    from huggingface_hub import get_session

    try:
        get_session().head(endpoint, timeout=REACHABLE_TIMEOUT_S)
    except Exception as exc:  # connection refused, DNS failure, timeout
        raise _unreachable(repo_id, exc) from exc


def list_repo_files(
    repo_id: str, *, revision: str | None = None, token: str | bool | None = None, api: Any = None
) -> list[HubFile]:
    """Every file in a hub repository (recursively), with sizes and LFS checksums.

    Raises ModelError (remote_not_found, remote_denied, remote_unreachable).
    """
    from huggingface_hub import HfApi
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        RepositoryNotFoundError,
    )

    endpoint = hub_endpoint()
    if api is None:
        _check_reachable(endpoint, repo_id)
    client = api or HfApi(endpoint=endpoint, token=hub_token(endpoint) if token is None else token)
    try:
        items = list(client.list_repo_tree(repo_id, recursive=True, revision=revision))
    except RepositoryNotFoundError as exc:
        raise ModelError(
            "remote_not_found", f"{repo_id} is not on the model hub.", repo=repo_id
        ) from exc
    except GatedRepoError as exc:
        raise ModelError(
            "remote_denied",
            f"The model hub refuses access to {repo_id}: it may need a login.",
            repo=repo_id,
        ) from exc
    except (HfHubHTTPError, OSError) as exc:
        raise _unreachable(repo_id, exc) from exc
    except Exception as exc:  # the HTTP library's own errors (connection refused, timeouts)
        raise _unreachable(repo_id, exc) from exc
    return parse_tree(items)


def reconcile(entry: CatalogEntry, files: list[HubFile]) -> RefreshResult:
    """The entry with its quants matched against the hub's current file list."""
    by_path = {f.path: f for f in files}
    result = RefreshResult(entry)
    quants: list[Quant] = []
    for quant in entry.quants:
        listed = [by_path.get(f.name) for f in quant.files]
        if any(item is None for item in listed):
            result.missing.append(quant.name)
            continue
        new_files = tuple(
            CatalogFile(old.name, hub.size, hub.sha256 or old.sha256)
            for old, hub in zip(quant.files, listed, strict=True)
            if hub is not None
        )
        if new_files != quant.files:
            old_size, new_size = quant.size, sum(f.size for f in new_files)
            result.changed.append(f"{quant.name}: {old_size} -> {new_size} bytes")
        quants.append(dataclasses.replace(quant, files=new_files, verified="hub listing"))
    result.entry = dataclasses.replace(entry, quants=tuple(quants))
    return result


def refresh_entry(
    entry: CatalogEntry, *, token: str | bool | None = None, api: Any = None
) -> RefreshResult:
    """List the entry's repository on the hub and reconcile its quants with it."""
    if entry.source != "hub":
        return RefreshResult(entry)
    files = list_repo_files(entry.repo, token=token, api=api)
    result = reconcile(entry, files)
    if result.changed or result.missing:
        log.info(
            "Hub listing of %s: changed %s, missing %s", entry.repo, result.changed, result.missing
        )
    return result
