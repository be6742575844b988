"""Core errors said in the user's language.

Core errors carry a kind and parameters (hearth.errors); this turns them into
translatable sentences. A kind without an entry falls back to the core's
English message, so nothing is ever shown as a bare identifier.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hearth.errors import HearthError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def user_message(error: HearthError) -> str:
    """One or two sentences a person can act on."""
    p = error.params
    name = str(p.get("name") or p.get("path") or "")
    if error.kind == "model_missing":
        return _tr("The model file {path} is missing. It may have been moved or deleted.").format(
            path=p.get("path", "")
        )
    if error.kind == "not_gguf":
        return _tr("{path} is not a model file Hearth can use (it is not in GGUF format).").format(
            path=p.get("path", "")
        )
    if error.kind == "model_load_failed":
        return _tr(
            "The model {name} could not be loaded. The file may be incomplete or damaged; "
            "downloading it again usually helps. (llama.cpp said: {reason})"
        ).format(name=name, reason=p.get("reason") or _tr("no reason given"))
    if error.kind == "engine_start_timeout":
        return _tr(
            "The model took longer than {seconds} seconds to load, so loading was stopped."
        ).format(seconds=p.get("seconds", "?"))
    if error.kind in ("engine_connection_lost", "engine_died"):
        return _tr(
            "The model stopped working in the middle of the reply. "
            "What it wrote so far is kept. Reload the model to go on."
        )
    if error.kind == "engine_request_failed":
        return _tr("The model could not answer this message: {detail}").format(
            detail=p.get("detail", "")
        )
    return error.message
