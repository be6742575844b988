"""User settings, declared once with their types and defaults.

Stored as JSON in the config dir. A missing file, a broken file, an unknown
key or a value of the wrong type never stops Hearth: the default is used and
the problem is logged. Saving writes a temp file and renames it, so a crash
mid-save never leaves half a settings file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from hearth import paths

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    # 0 means "automatic": the number of physical cores.
    n_threads: int = 0
    # Context length the engine is started with (tokens); 0: the planner chooses
    # the largest that fits this machine, up to a sensible cap.
    n_ctx: int = 0
    # Seconds to wait for a model to load before giving up.
    load_timeout_s: float = 180.0
    # The model the window selects on start (its id from the library).
    last_model: str = ""
    # Minutes without a message before the model is unloaded to give memory back (0: never).
    unload_after_min: int = 30
    # Serve the engine's OpenAI-compatible API to other programs on this computer.
    serve_enabled: bool = False
    serve_port: int = 8080
    # The key other programs must send is in the OS keyring (library/tokens.py).
    # Hugging Face hub address; empty means HF_ENDPOINT or huggingface.co. Set a
    # mirror here where huggingface.co is slow or blocked. (The token is in the keyring.)
    hub_endpoint: str = ""
    # Send the Hugging Face token to that mirror too (off: it goes to huggingface.co only).
    send_token_to_mirror: bool = False
    # List GGUFs that other apps (HF cache, LM Studio, GPT4All, Jan, Ollama) keep on disk.
    discover_models: bool = True
    # The first-run welcome was answered or closed; it shows only until then.
    welcome_done: bool = False
    # The window's language ("zh_CN", "ja", ...); empty: the system's. Read at start.
    language: str = ""

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        settings = cls()
        for field in fields(cls):
            if field.name not in raw:
                continue
            value = raw[field.name]
            default = getattr(settings, field.name)
            if (
                isinstance(default, float)
                and isinstance(value, int)
                and not isinstance(value, bool)
            ):
                value = float(value)
            if type(value) is not type(default):
                log.warning(
                    "Setting %s has a value of the wrong type (%r); using the default",
                    field.name,
                    value,
                )
                continue
            setattr(settings, field.name, value)
        return settings

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load() -> Settings:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Could not read %s (%s); using default settings", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("%s does not hold a settings object; using default settings", path)
        return Settings()
    settings = Settings.from_dict(raw)
    if raw.get("serve_api_key"):
        _move_serve_key_to_keyring(str(raw["serve_api_key"]), settings)
    return settings


def _move_serve_key_to_keyring(key: str, settings: Settings) -> None:
    """Older versions kept the serve key in this file, in plain text: move it."""
    from hearth.library import tokens

    try:
        tokens.set_token(key, tokens.SERVE_KEY_ACCOUNT)
    except Exception:  # no keyring: the file stays as it was, nothing is lost
        log.warning("The serve API key stays in settings.json: no keyring to move it to")
        return
    save(settings)  # without it
    log.info("The serve API key moved from settings.json to the keyring")


def save(settings: Settings) -> None:
    path = settings_path()
    tmp = path.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(settings.to_dict(), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def physical_cores() -> int:
    """Physical cores, the thread count llama.cpp does best with on most CPUs."""
    import psutil

    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def effective_threads(settings: Settings) -> int:
    return settings.n_threads if settings.n_threads > 0 else physical_cores()
