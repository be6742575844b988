"""The hub's refusals and troubles, waited out where that helps and said in words where not."""

from __future__ import annotations

import logging
import time

import pytest

from hearth import settings as settings_mod
from hearth.hub import HubConnection, HubError
from hearth.library import tokens
from hearth.library.downloads import download_model
from hearth.library.hub import RemoteModel, current_connection, list_model_files
from hearth.library.partials import partial_path
from hearth.library.transfer import RetryPolicy
from tests.core.library.conftest import FAST, Q4, REPO, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer


def q4() -> RemoteModel:
    return next(m for m in list_model_files(REPO) if m.quant == "Q4_K_M")


def fails_with(
    hub: HubServer, kind: str, token: str | None = None, wanted: RemoteModel | None = None
) -> HubError:
    with pytest.raises(HubError) as caught:
        download_model(wanted or q4(), conn=HubConnection(hub.url, token), policy=FAST)
    assert caught.value.kind == kind, caught.value
    return caught.value


def test_missing_file_and_missing_repo(hub: HubServer) -> None:
    wanted = q4()
    hub.hub.repos[REPO].files.pop(Q4)
    error = fails_with(hub, "hub_file_not_found", wanted=wanted)
    assert str(error) == f"The model {REPO} has no file {Q4}."
    hub.hub.repos.pop(REPO)
    error = fails_with(hub, "hub_repo_not_found", wanted=wanted)
    assert f"There is no model {REPO} on 127.0.0.1" in str(error)
    assert len(hub.hub.content_requests()) == 2, "a refusal is not retried"


def test_gated_model_without_token_then_with_one(
    hub: HubServer, gguf_files: Files, caplog: pytest.LogCaptureFixture
) -> None:
    wanted = q4()
    hub.hub.repos[REPO].gated = True
    error = fails_with(hub, "hub_gated")
    assert error.params["has_token"] is False
    assert "accept the license on the model's page" in str(error)
    assert "then add your Hugging Face token in Settings" in str(error)
    assert error.params["url"] == f"{hub.url}/{REPO}"

    tokens.set_token("hf_notaccepted")
    error = fails_with(hub, "hub_gated", token=tokens.get_token())
    assert error.params["has_token"] is True, "403 GatedRepo: the token has no access yet"

    hub.hub.repos[REPO].tokens.add("hf_accepted0secret")
    tokens.set_token("hf_accepted0secret")
    # The local hub is a mirror to Hearth: the user lets it have the token.
    settings_mod.save(settings_mod.Settings(send_token_to_mirror=True))
    caplog.set_level(logging.DEBUG)
    path = download_model(wanted, conn=current_connection(), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    assert hub.hub.content_requests()[-1].authorized
    # The token lives in the keyring only: not in settings, not in any log line.
    settings_mod.save(settings_mod.load())
    assert "hf_accepted0secret" not in settings_mod.settings_path().read_text()
    assert not [r for r in caplog.records if "hf_accepted0secret" in r.getMessage()]


def test_forbidden(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(status=403))
    error = fails_with(hub, "hub_forbidden")
    assert "403" in str(error)


def test_rate_limit_waits_as_long_as_retry_after_says(hub: HubServer, gguf_files: Files) -> None:
    hub.hub.plan(
        REPO, Q4, Fault(drop_at=1_000_000), Fault(status=429, headers={"Retry-After": "1"})
    )
    path = download_model(q4(), conn=HubConnection(hub.url, None), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    limited, resumed = hub.hub.content_requests(Q4)[-2:]
    assert limited.status == 429
    assert resumed.time - limited.time >= 1.0, "Retry-After: 1 was honoured"
    assert resumed.range == "bytes=1000000-"


def test_rate_limit_that_does_not_end_is_said_in_words(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, *[Fault(status=429, headers={"Retry-After": "0"})] * 4)
    error = fails_with(hub, "hub_rate_limited")
    assert "limiting how fast you can download" in str(error)
    assert len(hub.hub.content_requests(Q4)) == FAST.attempts + 1


def test_server_errors_are_retried_with_backoff(hub: HubServer, gguf_files: Files) -> None:
    hub.hub.plan(REPO, Q4, Fault(status=500), Fault(status=503))
    policy = RetryPolicy(attempts=3, base_delay_s=0.1, max_delay_s=1.0)
    path = download_model(q4(), conn=HubConnection(hub.url, None), policy=policy)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    first, second, third = hub.hub.content_requests(Q4)
    assert second.time - first.time >= 0.1
    assert third.time - second.time >= 0.2, "the wait doubles"


def test_server_error_that_does_not_end_keeps_the_bytes(hub: HubServer) -> None:
    hub.hub.plan(REPO, Q4, Fault(drop_at=700_000), *[Fault(status=500)] * 4)
    error = fails_with(hub, "hub_server_error")
    assert error.params["status"] == 500
    assert partial_path(q4().files[0]).stat().st_size == 700_000


def test_offline_keeps_the_bytes_and_resumes_later(hub: HubServer, gguf_files: Files) -> None:
    wanted = q4()
    hub.hub.plan(REPO, Q4, Fault(drop_at=800_000))

    def line_goes_down(done: int, _total: int) -> None:
        if done >= 800_000:
            hub.stop()

    with pytest.raises(HubError) as caught:
        download_model(
            wanted, conn=HubConnection(hub.url, None), policy=FAST, on_progress=line_goes_down
        )
    assert caught.value.kind == "hub_offline"
    assert "Cannot reach 127.0.0.1" in str(caught.value)
    assert partial_path(wanted.files[0]).stat().st_size == 800_000

    back = HubServer().start()  # the line is back (at another port)
    try:
        back.hub.add_file(REPO, Q4, gguf_files.q4)
        path = download_model(wanted, conn=HubConnection(back.url, None), policy=FAST)
        assert sha256_of(path) == sha256_of(gguf_files.q4)
        assert [r.range for r in back.hub.content_requests()] == ["bytes=800000-"]
    finally:
        back.stop()


def test_offline_error_when_nothing_arrived(hub: HubServer) -> None:
    wanted = q4()
    url = hub.url
    hub.stop()
    start = time.monotonic()
    with pytest.raises(HubError) as caught:
        download_model(wanted, conn=HubConnection(url, None), policy=FAST)
    assert caught.value.kind == "hub_offline"
    assert time.monotonic() - start < 5
