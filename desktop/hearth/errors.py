"""Hearth's exception tree.

Every error a person may see carries a `kind` (a stable identifier) and the
`params` that fill its message, so the GUI can say it in the user's language
(see hearth.ui.messages); `str(error)` is the English sentence for logs and
the command line.
"""

from __future__ import annotations

from typing import Any, Literal

# Every kind an error may have. The GUI words each one (ui/error_wordings.py,
# checked by mypy and a test): add a kind here and there together.
ErrorKind = Literal[
    "catalog_invalid",
    "catalog_missing",
    "chat_db_error",
    "chat_db_too_new",
    "chat_db_unreadable",
    "chat_import_invalid",
    "check_failed",
    "conversation_not_found",
    "disk_full",
    "disk_space",
    "download_busy",
    "download_corrupt",
    "download_failed",
    "download_parts_missing",
    "download_size_mismatch",
    "download_write_failed",
    "engine_cancelled",
    "engine_connection_lost",
    "engine_died",
    "engine_request_failed",
    "engine_start_timeout",
    "engine_unauthorized",
    "export_failed",
    "export_format_unsupported",
    "gguf_malformed",
    "gguf_truncated",
    "gguf_unsupported",
    "hub_bad_path",
    "hub_bad_repo_id",
    "hub_choose_quant",
    "hub_file_not_found",
    "hub_forbidden",
    "hub_gated",
    "hub_http_error",
    "hub_no_gguf",
    "hub_offline",
    "hub_quant_not_found",
    "hub_rate_limited",
    "hub_repo_not_found",
    "hub_server_error",
    "hub_token_invalid",
    "hub_unexpected",
    "keyring_unavailable",
    "message_not_found",
    "model_load_failed",
    "model_missing",
    "model_not_deletable",
    "model_not_found",
    "model_owned_by_app",
    "model_parts_missing",
    "model_too_large",
    "model_unreadable",
    "not_gguf",
    "profile_unreadable",
    "token_malformed",
]


class HearthError(Exception):
    """An error with a user-readable English message, a kind and parameters."""

    def __init__(self, kind: ErrorKind, message: str, **params: Any) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.params = params

    @property
    def message(self) -> str:
        return str(self.args[0])


class ModelError(HearthError):
    """A model file that is missing, unreadable or not a usable GGUF."""


class EngineError(HearthError):
    """The engine could not start, or stopped while it was working."""
