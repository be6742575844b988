"""Hearth's exception tree.

Every error a person may see carries a `kind` (a stable identifier) and the
`params` that fill its message, so the GUI can say it in the user's language
(see hearth.ui.messages); `str(error)` is the English sentence for logs and
the command line.
"""

from __future__ import annotations

from typing import Any


class HearthError(Exception):
    """An error with a user-readable English message, a kind and parameters."""

    def __init__(self, kind: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.kind = kind
        self.params = params

    @property
    def message(self) -> str:
        return str(self.args[0])


class ModelError(HearthError):
    """A model file that is missing, unreadable or not a usable GGUF."""


class EngineError(HearthError):
    """The engine could not start, or stopped while it was working."""
