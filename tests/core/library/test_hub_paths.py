"""A hostile or broken mirror cannot write outside the models folder or get the token."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth import paths
from hearth import settings as settings_mod
from hearth.errors import HearthError
from hearth.gguf.remote import hub_token
from hearth.hubpath import UnsafeNameError, check_file_path, check_repo_id
from hearth.library import tokens
from hearth.library.downloads import download_model
from hearth.library.hub import HubConnection, RemoteFile, RemoteModel, list_model_files
from tests.core.library.conftest import FAST, REPO, Files
from tests.support.hub_server import HubServer

HOSTILE = [
    "../../escaped.gguf",
    "/tmp/escaped-absolute.gguf",
    "sub\\..\\..\\escaped-backslash.gguf",
    "C:/escaped-drive.gguf",
    "ok/../../escaped-middle.gguf",
    "nul\x00escaped.gguf",
]


def test_listings_leave_out_names_that_would_escape(hub: HubServer, gguf_files: Files) -> None:
    for name in HOSTILE:
        hub.hub.add_file(REPO, name, gguf_files.q4)
    listed = {f.path for m in list_model_files(REPO) for f in m.files}
    assert listed and not listed & set(HOSTILE)
    assert all("escaped" not in path for path in listed)


@pytest.mark.parametrize("name", HOSTILE)
def test_a_download_of_such_a_name_writes_nothing(
    hub: HubServer, gguf_files: Files, tmp_path: Path, name: str
) -> None:
    hub.hub.add_file(REPO, name, gguf_files.q4)
    size = gguf_files.q4.stat().st_size
    model = RemoteModel(REPO, "Escape", "Q4_K_M", (RemoteFile(REPO, name, size, ""),), "main")
    with pytest.raises(HearthError) as caught:
        download_model(model, conn=HubConnection(hub.url), policy=FAST)
    assert caught.value.kind == "hub_bad_path"
    written = [p for p in tmp_path.rglob("*escaped*")] + list(Path("/tmp").glob("escaped*"))
    assert written == []
    assert not any(paths.models_dir().rglob("*.gguf"))


def test_repo_ids_are_strict() -> None:
    assert check_repo_id("bartowski/Llama-3.2-3B-Instruct-GGUF")
    for bad in ("a/..", "../x", "a/b/c", "a--b/c", ".a/b", "a/b.", "a/", "a b/c", "a/b\\c"):
        with pytest.raises(UnsafeNameError):
            check_repo_id(bad)
    assert str(check_file_path("F16/Model-F16-00001-of-00003.gguf")) == (
        "F16/Model-F16-00001-of-00003.gguf"
    )


def test_the_token_goes_to_huggingface_only_unless_the_user_says_so() -> None:
    tokens.set_token("hf_secret")
    assert hub_token("https://huggingface.co") == "hf_secret"
    # False: no token at all, not even huggingface_hub's own login.
    assert hub_token("https://hf-mirror.example") is False
    settings = settings_mod.Settings(send_token_to_mirror=True)
    settings_mod.save(settings)
    assert hub_token("https://hf-mirror.example") == "hf_secret"


def test_a_mirror_is_not_sent_the_token(hub: HubServer) -> None:
    tokens.set_token("hf_secret")
    # HF_ENDPOINT points at the local hub: to Hearth, a mirror.
    conn = HubConnection.current()
    assert conn.token is False
    list_model_files(REPO, conn=conn)
    assert hub.hub.requests and not any(r.authorized for r in hub.hub.requests)
