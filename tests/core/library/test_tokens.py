"""The token goes to the keyring (or clearly nowhere), never to settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from hearth import settings as settings_mod
from hearth.library import tokens
from tests.support.memory_keyring import MemoryKeyring


def test_token_round_trip_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert tokens.get_token() is None and not tokens.has_token()
    tokens.set_token("  hf_abc123  ")
    assert memory_keyring.passwords == {(tokens.SERVICE, tokens.ACCOUNT): "hf_abc123"}
    assert tokens.get_token() == "hf_abc123"
    settings_mod.save(settings_mod.load())
    assert "hf_abc123" not in settings_mod.settings_path().read_text()
    tokens.set_token("")
    assert tokens.get_token() is None
    tokens.delete_token()  # nothing to delete is fine


def test_malformed_token_is_refused() -> None:
    with pytest.raises(tokens.TokenError) as caught:
        tokens.set_token("hf_abc 123")
    assert caught.value.kind == "token_malformed"


def test_no_keyring_is_said_clearly_and_downloads_go_on_without_a_token() -> None:
    keyring.set_keyring(fail.Keyring())
    assert tokens.get_token() is None
    with pytest.raises(tokens.TokenError) as caught:
        tokens.set_token("hf_abc123")
    assert caught.value.kind == "keyring_unavailable"
    assert "hf_abc123" not in str(caught.value) + repr(caught.value.params)
    assert "password store" in str(caught.value)
