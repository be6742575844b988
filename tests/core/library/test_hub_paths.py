"""A hostile or broken mirror cannot write outside the models folder or get the token."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth import paths
from hearth import settings as settings_mod
from hearth.errors import HearthError
from hearth.hub import HubConnection, RemoteFile
from hearth.library import tokens
from hearth.library.downloads import download_model
from hearth.library.hub import RemoteModel, current_connection, hub_token, list_model_files
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
    conn = current_connection()
    assert conn.token is False
    list_model_files(REPO, conn=conn)
    assert hub.hub.requests and not any(r.authorized for r in hub.hub.requests)
