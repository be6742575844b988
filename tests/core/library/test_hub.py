"""The library's view of the hub: GGUF models grouped from a listing, choosing one,
and the connection Settings and the keyring make (hearth.hub's own tests: tests/core/hub)."""

from __future__ import annotations

import socket

import pytest

from hearth import settings as settings_mod
from hearth.hub import HubConnection, HubError
from hearth.hub import client as hub_client
from hearth.library import tokens
from hearth.library.hub import (
    choose_model,
    current_connection,
    list_model_files,
    remote_files,
    split_part,
)
from tests.core.library.conftest import MMPROJ, Q4, Q8, REPO, SPLIT, Files
from tests.support.hub_server import HubServer


def test_listing_groups_quants_and_split_parts(hub: HubServer, gguf_files: Files) -> None:
    models = list_model_files(REPO)
    by_quant = {m.quant: m for m in models}
    assert set(by_quant) == {"Q4_K_M", "Q8_0", "F16"}, "the projector is not a model"
    q4 = by_quant["Q4_K_M"]
    assert q4.name == "Tiny Model"
    assert q4.size == gguf_files.q4.stat().st_size
    assert q4.files[0].sha256 == hub.hub.repos[REPO].files[Q4].sha256
    split = by_quant["F16"]
    assert [f.path for f in split.files] == SPLIT
    assert split.parts == 3 and split.complete
    assert split.size == sum(p.stat().st_size for p in gguf_files.split)
    assert [m.quant for m in models] == ["Q4_K_M", "F16", "Q8_0"], "smallest first"
    assert MMPROJ not in {f.path for m in models for f in m.files}


def test_paths_info_gives_size_and_hash(hub: HubServer) -> None:
    (info,) = remote_files(REPO, [Q8])
    assert info.size == hub.hub.repos[REPO].files[Q8].size
    assert info.sha256 == hub.hub.repos[REPO].files[Q8].sha256


def test_choose_by_file_quant_or_default(hub: HubServer) -> None:
    models = list_model_files(REPO)
    assert choose_model(models, REPO).quant == "Q4_K_M"
    assert choose_model(models, REPO, quant="q8_0").quant == "Q8_0"
    assert choose_model(models, REPO, filename=SPLIT[0]).quant == "F16"
    assert choose_model(models, REPO, filename=SPLIT[0].split("/")[1]).quant == "F16"
    with pytest.raises(HubError) as caught:
        choose_model(models, REPO, quant="IQ2_XS")
    assert caught.value.kind == "hub_quant_not_found"
    assert "Q8_0" in caught.value.params["choices"]
    with pytest.raises(HubError) as caught:
        choose_model(models, REPO, filename="nope.gguf")
    assert caught.value.kind == "hub_file_not_found"
    without_q4 = [m for m in models if m.quant != "Q4_K_M"]
    with pytest.raises(HubError) as caught:
        choose_model(without_q4, REPO)
    assert caught.value.kind == "hub_choose_quant"


def test_missing_repo_in_words(hub: HubServer) -> None:
    with pytest.raises(HubError) as caught:
        list_model_files("nobody/Nothing-GGUF")
    assert caught.value.kind == "hub_repo_not_found"
    assert "There is no model nobody/Nothing-GGUF" in str(caught.value)


def test_repo_ids_as_typed_are_checked_and_urls_accepted(hub: HubServer) -> None:
    models = list_model_files(f"https://huggingface.co/{REPO}/")
    assert {m.repo_id for m in models} == {REPO}
    for bad in ("just-a-name", "a/../b"):
        with pytest.raises(HubError) as caught:
            list_model_files(bad)
        assert caught.value.kind == "hub_bad_repo_id"
        with pytest.raises(HubError):
            remote_files(bad, [Q8])
    assert all(r.path.endswith(f"{REPO}/tree/main") for r in hub.hub.requests)


def test_split_names() -> None:
    assert split_part("Q4/M-Q4_K_M-00002-of-00005.gguf") == ("M-Q4_K_M", 2, 5)
    assert split_part("M-Q4_K_M.gguf") is None


def test_offline_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_client, "API_RETRIES", 0)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    with pytest.raises(HubError) as caught:
        list_model_files(REPO)
    assert caught.value.kind == "hub_offline"
    assert "Cannot reach 127.0.0.1" in str(caught.value)


def test_connection_uses_the_mirror_setting_and_the_keyring_token(
    hub: HubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any address but huggingface.co is a mirror: no token unless the user says so.
    assert current_connection() == HubConnection(hub.url, False)
    settings_mod.save(settings_mod.Settings(hub_endpoint="https://mirror.example/"))
    tokens.set_token("hf_secret")
    assert current_connection() == HubConnection("https://mirror.example", False)
    trusted = settings_mod.Settings(
        hub_endpoint="https://mirror.example/", send_token_to_mirror=True
    )
    settings_mod.save(trusted)
    assert current_connection() == HubConnection("https://mirror.example", "hf_secret")
    monkeypatch.delenv("HF_ENDPOINT")
    settings_mod.save(settings_mod.Settings())
    assert current_connection().endpoint == "https://huggingface.co"
