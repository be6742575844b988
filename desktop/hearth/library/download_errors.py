"""A download's own failures (the disk, a damaged file), beside the hub's (hearth.hub.errors)."""

from __future__ import annotations

from pathlib import Path

from hearth.errors import HearthError


class DownloadError(HearthError):
    """A download that could not finish: no disk space, a damaged file, stopped."""


def disk_full(folder: Path, exc: OSError) -> DownloadError:
    return DownloadError(
        "disk_full",
        f"The disk filled up while downloading into {folder}. Free some space, then "
        "resume: what was downloaded so far is kept.",
        folder=str(folder),
        detail=str(exc),
    )
