"""Names that come from a model hub or a mirror, checked before they touch the disk.

The hub address is user-settable (a mirror), so a listing can come from a
hostile or broken server: a repo id like `a/..` or a file named `../../x.gguf`,
`/tmp/x.gguf`, `C:\\x.gguf` or `a\\..\\b` must never write outside the models
folder, nor make a request for some other path on the server. One validator
for the catalog, hub search, header reads and downloads.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from hearth.hub.errors import HubError

# Hugging Face's own rule: letters, digits, "-", "_", "."; no "--" or "..";
# "-" and "." neither first nor last; at most 96 characters.
_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$")
_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafeNameError(HubError):
    """A repo id or file path from a hub (or a person) that Hearth will not use."""


def check_repo_id(repo_id: str) -> str:
    """`repo_id` when it is a plain owner/name in the hub's character set."""
    parts = repo_id.split("/")
    if len(parts) != 2 or not all(
        _NAME.match(part) and "--" not in part and ".." not in part for part in parts
    ):
        raise UnsafeNameError(
            "hub_bad_repo_id",
            f"{repo_id!r} is not a model name on the hub; they look like owner/name "
            "(for example bartowski/Llama-3.2-3B-Instruct-GGUF).",
            repo=repo_id,
        )
    return repo_id


def repo_id_from(text: str) -> str:
    """A repo id as typed or pasted (a hub URL too), checked by check_repo_id."""
    repo_id = text.strip().strip("/")
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "hf.co/"):
        repo_id = repo_id.removeprefix(prefix)
    return check_repo_id(repo_id)


def check_file_path(path: str) -> PurePosixPath:
    """A file path inside a repo, when it stays inside it: relative, "/"-separated,
    no "..", no drive letter, no backslash or control character."""
    bad = (
        not path
        or path.startswith("/")
        or "\\" in path
        or _DRIVE.match(path) is not None
        or any(ord(ch) < 32 for ch in path)
    )
    parts = path.split("/")
    if bad or any(part in ("", ".", "..") for part in parts):
        raise UnsafeNameError(
            "hub_bad_path",
            f"The model hub listed a file named {path!r}, which would be saved outside the "
            "models folder; it was not downloaded. If you set a mirror, it may be broken.",
            path=path,
        )
    return PurePosixPath(path)


def is_repo_id(repo_id: str) -> bool:
    """Whether check_repo_id accepts `repo_id` (for lists that leave bad names out)."""
    try:
        check_repo_id(repo_id)
    except UnsafeNameError:
        return False
    return True


def is_file_path(path: str) -> bool:
    """Whether check_file_path accepts `path`."""
    try:
        check_file_path(path)
    except UnsafeNameError:
        return False
    return True


def contained(root: Path, repo_id: str, path: str) -> Path:
    """root/OWNER/NAME/<path>, checked to resolve inside `root`."""
    owner, name = check_repo_id(repo_id).split("/")
    target = root.joinpath(owner, name, *check_file_path(path).parts)
    resolved_root = root.resolve()
    if not target.resolve().is_relative_to(resolved_root):  # a link planted inside
        raise UnsafeNameError(
            "hub_bad_path",
            f"{path!r} would be saved outside the models folder; it was not downloaded.",
            path=path,
        )
    return target
