import json
from pathlib import Path

import pytest

from hearth import settings


def test_defaults_when_there_is_no_file() -> None:
    loaded = settings.load()
    assert loaded == settings.Settings()
    assert loaded.n_threads == 0  # automatic


def test_round_trip_and_no_temp_file_left() -> None:
    original = settings.Settings(n_threads=1, n_ctx=2048, last_model="smollm2-135m-instruct-q4-1")
    settings.save(original)
    assert settings.load() == original
    leftovers = [p.name for p in settings.settings_path().parent.iterdir()]
    assert leftovers == ["settings.json"]


def test_broken_file_gives_defaults(caplog) -> None:
    settings.settings_path().write_text("{not json", encoding="utf-8")
    assert settings.load() == settings.Settings()
    assert "using default settings" in caplog.text


def test_wrong_types_and_unknown_keys_are_ignored(caplog) -> None:
    raw = {"n_threads": "four", "n_ctx": 8192, "load_timeout_s": 30, "colour": "blue"}
    settings.settings_path().write_text(json.dumps(raw), encoding="utf-8")
    loaded = settings.load()
    assert loaded.n_threads == 0
    assert loaded.n_ctx == 8192
    assert loaded.load_timeout_s == 30.0
    assert "n_threads" in caplog.text


def test_effective_threads_auto_is_physical_cores() -> None:
    import psutil

    assert settings.effective_threads(settings.Settings()) == psutil.cpu_count(logical=False)
    assert settings.effective_threads(settings.Settings(n_threads=1)) == 1


def test_settings_live_under_hearth_home(hearth_home: Path) -> None:
    assert hearth_home in settings.settings_path().parents


def test_a_serve_key_in_settings_json_moves_to_the_keyring(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    from hearth.library import tokens

    caplog.set_level(logging.DEBUG)
    path = settings.settings_path()
    path.write_text(json.dumps({"serve_enabled": True, "serve_api_key": "old-plain-key"}))
    loaded = settings.load()
    assert loaded.serve_enabled
    assert tokens.get_token(tokens.SERVE_KEY_ACCOUNT) == "old-plain-key"
    assert "old-plain-key" not in path.read_text()
    assert "old-plain-key" not in caplog.text
