"""GGUF models on the Hugging Face hub (or a mirror of it), as the library sees them.

`list_model_files` lists a repository's GGUF files (through hearth.hub) as
`RemoteModel`s: one per quantization, a split model's parts (-00001-of-00003)
grouped into one, each file with its size and the hub's LFS SHA-256, which
downloads verify against. `current_connection` is the hub the user chose in
Settings with the token from the keyring: the library and the GUI pass it
down to hearth.hub, which reads neither.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from hearth.hub import (
    DEFAULT_ENDPOINT,
    HubConnection,
    HubError,
    RemoteFile,
    list_files,
    paths_info,
    repo_id_from,
)
from hearth.hub import errors as hub_errors
from hearth.library.naming import name_from_filename

_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)


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
    from hearth.library.tokens import get_token

    endpoint = (endpoint or hub_endpoint()).rstrip("/")
    if endpoint != DEFAULT_ENDPOINT and not settings.load().send_token_to_mirror:
        return False
    return get_token()


def current_connection() -> HubConnection:
    """The hub address from Settings (else HF_ENDPOINT) and the token from the keyring."""
    endpoint = hub_endpoint()
    return HubConnection(endpoint, hub_token(endpoint))


def split_part(filename: str) -> tuple[str, int, int] | None:
    """("Model-Q4_K_M", 1, 3) for "Model-Q4_K_M-00001-of-00003.gguf"; None if not split."""
    match = _SPLIT.match(PurePosixPath(filename).name)
    if match is None:
        return None
    return match["stem"], int(match["index"]), int(match["count"])


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


def list_model_files(
    repo_id: str, *, revision: str = "main", conn: HubConnection | None = None
) -> list[RemoteModel]:
    """The repository's GGUF models (each with its parts, sizes and SHA-256), smallest first.

    `repo_id` may be typed or pasted by a person (a hub URL too).
    """
    repo_id = repo_id_from(repo_id)
    files = list_files(conn or current_connection(), repo_id, revision=revision)
    return group_gguf_files(repo_id, files, revision)


def remote_files(
    repo_id: str, paths: list[str], *, revision: str = "main", conn: HubConnection | None = None
) -> list[RemoteFile]:
    """Size and SHA-256 of named files (one paths-info call, no full listing)."""
    repo_id = repo_id_from(repo_id)
    return paths_info(conn or current_connection(), repo_id, paths, revision=revision)


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
        raise hub_errors.file_not_found(repo_id, filename)
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
