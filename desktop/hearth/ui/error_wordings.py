"""Every error kind of the core (hearth.errors.ErrorKind) said in the user's language.

One entry per kind, checked both ways by mypy (a kind that is not an ErrorKind
cannot be a key) and by a test (an ErrorKind without an entry fails it), so no
error ever reaches a person as the core's English or as a bare identifier.
Each entry takes the error's params and returns a translatable sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from hearth.errors import ErrorKind, HearthError
from hearth.ui.units import data_size, gigabytes

Params = Mapping[str, Any]


# A plain name for Qt's translate(), so pyside6-lupdate finds every literal given to it.
translate = QCoreApplication.translate


def _name(p: Params) -> str:
    return str(p.get("name") or p.get("path") or p.get("file") or "")


def _load_failed(p: Params) -> str:
    return translate(
        "Errors",
        "The model {name} could not be loaded. The file may be incomplete or damaged; "
        "downloading it again usually helps. (llama.cpp said: {reason})",
    ).format(name=_name(p), reason=p.get("reason") or translate("Errors", "no reason given"))


def _engine_stopped(_p: Params) -> str:
    return translate(
        "Errors",
        "The model stopped working in the middle of the reply. "
        "What it wrote so far is kept. Reload the model to go on.",
    )


def _gated(p: Params) -> str:
    if p.get("has_token"):
        return translate(
            "Errors",
            "This model is gated: accept the license on the model's page ({url}), then try again.",
        ).format(url=p.get("url", ""))
    return translate(
        "Errors",
        "This model is gated: accept the license on the model's page ({url}), then add "
        "your Hugging Face token in Settings.",
    ).format(url=p.get("url", ""))


def _damaged_download(p: Params) -> str:
    return translate(
        "Errors",
        "{file} arrived damaged and was deleted; it is never used for chat. "
        "Resume to download it again.",
    ).format(file=p.get("file", ""))


def _broken_model_file(p: Params) -> str:
    return translate(
        "Errors",
        "{path} is not a complete model file: it may have been cut short while downloading "
        "or copying. Download it again.",
    ).format(path=_name(p) or translate("Errors", "This file"))


def _chat_history_unreadable(p: Params) -> str:
    return translate(
        "Errors",
        "Hearth cannot read the chat history at {path} ({reason}). Your chats are not "
        "changed; a backup of the file can be restored there.",
    ).format(path=p.get("path", ""), reason=p.get("reason", ""))


ERROR_WORDINGS: dict[ErrorKind, Callable[[Params], str]] = {
    # Model files
    "model_missing": lambda p: translate(
        "Errors", "The model file {path} is missing. It may have been moved or deleted."
    ).format(path=p.get("path", "")),
    "not_gguf": lambda p: translate(
        "Errors", "{path} is not a model file Hearth can use (it is not in GGUF format)."
    ).format(path=p.get("path", "")),
    "model_unreadable": lambda p: translate(
        "Errors",
        "The model file {path} cannot be read ({detail}). Check that the drive it is on is "
        "connected and that you may read it.",
    ).format(path=p.get("path", ""), detail=p.get("detail", "")),
    "gguf_malformed": lambda p: translate(
        "Errors",
        "{path} is not a valid model file ({detail}). Download it again, or choose another.",
    ).format(path=_name(p) or translate("Errors", "This file"), detail=p.get("detail", "")),
    "gguf_truncated": _broken_model_file,
    "gguf_unsupported": lambda p: translate(
        "Errors",
        "This file describes a kind of model Hearth cannot run for chat (architecture {arch}).",
    ).format(arch=p.get("architecture") or translate("Errors", "unknown")),
    "model_too_large": lambda p: translate(
        "Errors",
        "{name} is too large for this computer: it needs {need} GB and there are {have} GB.",
    ).format(
        name=_name(p),
        need=gigabytes(p.get("need_bytes", 0)),
        have=gigabytes(p.get("have_bytes", 0)),
    ),
    "model_not_found": lambda p: translate("Errors", "No installed model is called {name}.").format(
        name=p.get("name", "")
    ),
    "model_owned_by_app": lambda p: translate(
        "Errors",
        "{name} belongs to {app} (in {folder}); Hearth only uses it where it is. "
        "Remove it in {app} to free its space.",
    ).format(name=p.get("name", ""), app=p.get("app", ""), folder=p.get("folder", "")),
    "model_parts_missing": lambda p: translate(
        "Errors",
        "{path} is one part of a model split into several files, and some of the other "
        "parts are not next to it.",
    ).format(path=p.get("path", "")),
    "model_not_deletable": lambda p: translate(
        "Errors", "{name} comes with Hearth and cannot be deleted."
    ).format(name=p.get("name", "")),
    # The engine
    "model_load_failed": _load_failed,
    "engine_start_timeout": lambda p: translate(
        "Errors", "The model took longer than {seconds} seconds to load, so loading was stopped."
    ).format(seconds=p.get("seconds", "?")),
    "engine_connection_lost": _engine_stopped,
    "engine_died": _engine_stopped,
    "engine_request_failed": lambda p: translate(
        "Errors", "The model could not answer this message ({detail}). Try sending it again."
    ).format(detail=p.get("detail", "")),
    "engine_unauthorized": lambda _p: translate(
        "Errors", "The model's engine refused Hearth's key. Reload the model."
    ),
    "engine_cancelled": lambda _p: translate("Errors", "Loading the model was cancelled."),
    # The catalog
    "catalog_invalid": lambda p: translate(
        "Errors", "Hearth's list of models is damaged ({where}). Reinstalling Hearth restores it."
    ).format(where=p.get("where", "")),
    "catalog_missing": lambda _p: translate(
        "Errors", "Hearth's list of models is missing. Reinstalling Hearth restores it."
    ),
    # Chats
    "chat_db_error": lambda p: translate(
        "Errors",
        "The chat history could not be saved or read ({reason}). What is on screen is kept; "
        "try again, or check the free disk space.",
    ).format(reason=p.get("reason", "")),
    "chat_db_too_new": lambda p: translate(
        "Errors",
        "The chat history was written by a newer version of Hearth. Update Hearth to open it; "
        "nothing in it was changed.",
    ),
    "chat_db_unreadable": _chat_history_unreadable,
    "conversation_not_found": lambda _p: translate(
        "Errors", "This conversation no longer exists; it may have been deleted in another window."
    ),
    "message_not_found": lambda _p: translate(
        "Errors", "This message no longer exists; it may have been deleted in another window."
    ),
    "chat_import_invalid": lambda p: translate(
        "Errors", "This is not a chat exported by Hearth ({reason})."
    ).format(reason=p.get("reason", "")),
    "export_format_unsupported": lambda _p: translate(
        "Errors", "Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those."
    ),
    "export_failed": lambda p: translate(
        "Errors",
        "Could not save the chat to {path} ({reason}). Choose another folder or file name.",
    ).format(path=p.get("path", ""), reason=p.get("reason", "")),
    # The hub and downloads
    "hub_gated": _gated,
    "hub_bad_path": lambda p: translate(
        "Errors",
        "The model hub listed a file named {path}, which would be saved outside the "
        "models folder, so it was not downloaded. If you set a mirror, it may be broken.",
    ).format(path=p.get("path", "")),
    "hub_bad_repo_id": lambda p: translate(
        "Errors",
        "{repo} is not a model name on the hub; they look like owner/name "
        "(for example bartowski/Llama-3.2-3B-Instruct-GGUF).",
    ).format(repo=p.get("repo", "")),
    "hub_repo_not_found": lambda p: translate(
        "Errors", "There is no model {repo} on {host}."
    ).format(repo=p.get("repo", ""), host=p.get("host", "")),
    "hub_file_not_found": lambda p: translate(
        "Errors", "The model {repo} has no file {file}."
    ).format(repo=p.get("repo", ""), file=p.get("file", "")),
    "hub_token_invalid": lambda _p: translate(
        "Errors", "The hub did not accept your Hugging Face token. Check it in Settings."
    ),
    "hub_forbidden": lambda _p: translate(
        "Errors",
        "The hub refused access (403). Your token may lack permission, or access may be "
        "blocked where you are: try a mirror as the hub address in Settings.",
    ),
    "hub_rate_limited": lambda _p: translate(
        "Errors",
        "The hub is limiting downloads right now. Resume in a few minutes; "
        "nothing downloaded so far is lost.",
    ),
    "hub_server_error": lambda p: translate(
        "Errors",
        "The hub had a problem on its side (HTTP {status}). Resume later; nothing "
        "downloaded so far is lost.",
    ).format(status=p.get("status", "")),
    "hub_http_error": lambda p: translate(
        "Errors", "The hub answered with an error (HTTP {status}) for {file}. Try again later."
    ).format(status=p.get("status", ""), file=p.get("file") or p.get("repo", "")),
    "hub_offline": lambda p: translate(
        "Errors",
        "Cannot reach {host}. Check the internet connection, then resume: nothing "
        "downloaded so far is lost.",
    ).format(host=p.get("host", "")),
    "hub_unexpected": lambda p: translate(
        "Errors", "Talking to the model hub failed ({detail}). Try again in a moment."
    ).format(detail=p.get("detail", "")),
    "hub_no_gguf": lambda p: translate(
        "Errors",
        "{repo} has no model files Hearth can run (GGUF). Look for a version of it whose "
        "name ends in -GGUF.",
    ).format(repo=p.get("repo", "")),
    "hub_choose_quant": lambda p: translate(
        "Errors", "{repo} comes in several versions; choose one of: {choices}."
    ).format(repo=p.get("repo", ""), choices=p.get("choices", "")),
    "hub_quant_not_found": lambda p: translate(
        "Errors", "{repo} has no {quant} version. It has: {choices}."
    ).format(repo=p.get("repo", ""), quant=p.get("quant", ""), choices=p.get("choices", "")),
    "check_failed": lambda p: translate(
        "Errors", "Hearth could not check whether {file} fits this computer. Try again in a moment."
    ).format(file=p.get("file", "")),
    "disk_space": lambda p: translate(
        "Errors", "Not enough free disk space: this model needs {needed} and there is {free} free."
    ).format(needed=data_size(p.get("needed", 0)), free=data_size(p.get("free", 0))),
    "disk_full": lambda _p: translate("Errors", "The disk is full. Free some space, then resume."),
    "download_corrupt": _damaged_download,
    "download_size_mismatch": _damaged_download,
    "download_failed": lambda p: translate(
        "Errors",
        "The download failed ({detail}). Resume it to try again; nothing downloaded so far "
        "is lost.",
    ).format(detail=p.get("detail", "")),
    "download_parts_missing": lambda p: translate(
        "Errors",
        "{name} is split into several files and some of them are missing on the hub, so it "
        "cannot be downloaded.",
    ).format(name=p.get("name", "")),
    "download_busy": lambda p: translate(
        "Errors", "{file} is already being downloaded by another Hearth window or command."
    ).format(file=p.get("file", "")),
    "download_write_failed": lambda p: translate(
        "Errors",
        "Hearth could not write the download to {folder} ({detail}). Check the free space "
        "and that the folder may be written to.",
    ).format(folder=p.get("folder", ""), detail=p.get("detail", "")),
    # Settings and the command line
    "keyring_unavailable": lambda _p: translate(
        "Errors",
        "This computer has no password store Hearth can use, so the token cannot be saved. "
        "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).",
    ),
    "token_malformed": lambda _p: translate(
        "Errors", "A Hugging Face token is one word without spaces, starting with hf_."
    ),
    "profile_unreadable": lambda p: translate(
        "Errors", "{path} is not a hardware profile saved by Hearth (hearth detect --json)."
    ).format(path=p.get("path", "")),
}


def user_message(error: HearthError) -> str:
    """One or two sentences a person can act on, in their language."""
    wording = ERROR_WORDINGS.get(error.kind)
    return wording(error.params) if wording is not None else error.message
