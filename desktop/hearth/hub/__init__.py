"""The Hugging Face hub (or a mirror of it), spoken to in one place.

`client` makes every request (search, listings, file URLs, byte ranges) with
the endpoint and token it is given; `names` checks repo ids and in-repo paths
before they are asked for or touch the disk; `errors` is the one vocabulary
(`hub_*` kinds) every failure is said in. Below gguf, catalog and library,
which all use it; it imports none of them, nor settings or the keyring.
"""

from hearth.hub.client import (
    DEFAULT_ENDPOINT,
    SEARCH_LIMIT,
    Chunk,
    HubConnection,
    RemoteFile,
    RepoSummary,
    file_url,
    list_files,
    parse_entries,
    paths_info,
    read_range,
    search_models,
)
from hearth.hub.errors import HubError
from hearth.hub.names import (
    UnsafeNameError,
    check_file_path,
    check_repo_id,
    contained,
    is_file_path,
    is_repo_id,
    repo_id_from,
)

__all__ = [
    "DEFAULT_ENDPOINT",
    "SEARCH_LIMIT",
    "Chunk",
    "HubConnection",
    "HubError",
    "RemoteFile",
    "RepoSummary",
    "UnsafeNameError",
    "check_file_path",
    "check_repo_id",
    "contained",
    "file_url",
    "is_file_path",
    "is_repo_id",
    "list_files",
    "parse_entries",
    "paths_info",
    "read_range",
    "repo_id_from",
    "search_models",
]
