"""Sampling presets offered per conversation."""

from __future__ import annotations

from hearth.engine.client import ChatParams

PRESETS: dict[str, ChatParams] = {
    # Focused and repeatable: facts, code, extraction.
    "precise": ChatParams(temperature=0.2, top_p=0.9, top_k=20, min_p=0.1, repeat_penalty=1.1),
    # llama.cpp's own defaults: a good general chat.
    "balanced": ChatParams(temperature=0.7, top_p=0.95, top_k=40, min_p=0.05, repeat_penalty=1.1),
    # More varied wording: stories, brainstorming.
    "creative": ChatParams(temperature=1.0, top_p=0.98, top_k=100, min_p=0.02, repeat_penalty=1.05),
}
DEFAULT_PRESET = "balanced"


def preset_of(params: ChatParams) -> str:
    """The preset `params` matches in its sampling values, or "custom"."""
    sampling = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty")
    for name, preset in PRESETS.items():
        if all(getattr(params, key) == getattr(preset, key) for key in sampling):
            return name
    return "custom"
