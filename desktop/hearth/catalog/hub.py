"""Refreshing a catalog entry's file list from the Hugging Face hub when online.

The bundled catalog was checked against the hub when it was written, but
publishers re-upload and rename. `refresh_entry` lists the repository
(through hearth.hub, at the hub and with the token it is given) and returns
the entry with each quant's sizes and checksums as the hub lists them now,
quants whose files are gone dropped, and what changed, so a Download button
never points at a file that is not there.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

from hearth import hub
from hearth.catalog.model import CatalogEntry, CatalogFile, Quant
from hearth.hub import HubConnection, RemoteFile

log = logging.getLogger(__name__)


@dataclass
class RefreshResult:
    entry: CatalogEntry
    changed: list[str] = field(default_factory=list)  # "Q4_K_M: size 1 -> 2"
    missing: list[str] = field(default_factory=list)  # quants whose files are gone


def reconcile(entry: CatalogEntry, files: list[RemoteFile]) -> RefreshResult:
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
            CatalogFile(old.name, now.size, now.sha256 or old.sha256)
            for old, now in zip(quant.files, listed, strict=True)
            if now is not None
        )
        if new_files != quant.files:
            old_size, new_size = quant.size, sum(f.size for f in new_files)
            result.changed.append(f"{quant.name}: {old_size} -> {new_size} bytes")
        quants.append(dataclasses.replace(quant, files=new_files, verified="hub listing"))
    result.entry = dataclasses.replace(entry, quants=tuple(quants))
    return result


def refresh_entry(entry: CatalogEntry, *, conn: HubConnection) -> RefreshResult:
    """List the entry's repository on the hub and reconcile its quants with it.

    Raises HubError. The listing is not retried: a refresh is optional, and
    whoever asked goes on with the catalog's own list rather than wait.
    """
    if entry.source != "hub":
        return RefreshResult(entry)
    result = reconcile(entry, hub.list_files(conn, entry.repo, retries=0))
    if result.changed or result.missing:
        log.info(
            "Hub listing of %s: changed %s, missing %s", entry.repo, result.changed, result.missing
        )
    return result
