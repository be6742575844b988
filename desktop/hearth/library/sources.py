"""Where an installed model comes from: Hearth itself, the user, or another app."""

from __future__ import annotations

from typing import Literal

# Other apps whose model folders Hearth lists (library/discovery.py).
AppSource = Literal["huggingface", "lmstudio", "gpt4all", "jan", "ollama"]
# "starter": comes with Hearth; "hearth": Hearth downloaded it; "imported": the user
# added it to the list; "file": opened by path (hearth chat FILE); else another app's.
ModelSource = Literal["starter", "hearth", "imported", "file", AppSource]

APP_NAMES: dict[AppSource, str] = {
    "huggingface": "Hugging Face cache",
    "lmstudio": "LM Studio",
    "gpt4all": "GPT4All",
    "jan": "Jan",
    "ollama": "Ollama",
}


def app_name(source: ModelSource) -> str | None:
    """The other app a model belongs to, as people know it; None for Hearth's and yours."""
    return next((name for app, name in APP_NAMES.items() if app == source), None)
