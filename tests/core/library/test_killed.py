"""Hearth killed mid-download (SIGKILL, no chance to clean up) continues from its bytes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hearth.hub import HubConnection
from hearth.library import list_installed
from hearth.library.downloads import download_model, unfinished_downloads
from hearth.library.hub import list_model_files
from hearth.library.partials import partial_path
from tests.core.library.conftest import FAST, Q4, REPO, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer

DOWNLOADER = """
import sys
from hearth.library.downloads import download_model
from hearth.hub import HubConnection
from hearth.library.hub import list_model_files

conn = HubConnection(sys.argv[1], None)
model = next(m for m in list_model_files(sys.argv[2], conn=conn) if m.quant == "Q4_K_M")
download_model(model, conn=conn)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_download_resumes_on_restart(
    hub: HubServer, gguf_files: Files, hearth_home: Path
) -> None:
    hub.hub.plan(REPO, Q4, Fault(rate=400_000))
    wanted = next(m for m in list_model_files(REPO) if m.quant == "Q4_K_M")
    part = partial_path(wanted.files[0])
    env = {
        **os.environ,
        "HEARTH_HOME": str(hearth_home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    child = subprocess.Popen([sys.executable, "-c", DOWNLOADER, hub.url, REPO], env=env)
    try:
        deadline = time.monotonic() + 30
        while not (part.exists() and part.stat().st_size > 600_000):
            assert child.poll() is None, "the downloader ended early"
            assert time.monotonic() < deadline, "the downloader made no progress"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    on_disk = part.stat().st_size
    assert 600_000 < on_disk < wanted.size
    assert [m.repo_id for m in list_installed(discover=False) if m.source == "hearth"] == []
    assert unfinished_downloads() == [wanted], "Hearth finds the stopped download on restart"

    path = download_model(wanted, conn=HubConnection(hub.url, None), policy=FAST)
    assert sha256_of(path) == sha256_of(gguf_files.q4)
    resumed = hub.hub.content_requests(Q4)[-1]
    assert resumed.range == f"bytes={on_disk}-"
    assert resumed.served == wanted.size - on_disk
