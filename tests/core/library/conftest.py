"""A local hub on 127.0.0.1 (huggingface_hub pointed at it by HF_ENDPOINT) with small GGUFs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hearth.library.transfer import RetryPolicy
from tests.support.gguf_files import make_gguf
from tests.support.hub_server import HubServer

REPO = "tester/Tiny-Model-GGUF"
Q4 = "Tiny-Model-Q4_K_M.gguf"
Q8 = "Tiny-Model-Q8_0.gguf"
SPLIT = [f"F16/Tiny-Model-F16-0000{i}-of-00003.gguf" for i in (1, 2, 3)]
MMPROJ = "mmproj-Tiny-Model-f16.gguf"
STARTER_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
STARTER_FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"

# Fast retries: the tests exercise the retry paths, not the waiting. Offline, the
# app waits for the network as long as it takes; these tests give up after 3 tries
# (test_offline.py lets it wait).
FAST = RetryPolicy(
    attempts=3,
    base_delay_s=0.02,
    max_delay_s=0.1,
    connect_timeout_s=2,
    read_timeout_s=5,
    offline_base_delay_s=0.02,
    offline_max_delay_s=0.1,
    offline_attempts=3,
)


@dataclass
class Files:
    folder: Path
    q4: Path
    q8: Path
    split: list[Path]
    mmproj: Path


@pytest.fixture(scope="session")
def gguf_files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("hub-files")
    q4 = folder / Q4
    make_gguf(q4, 3_000_000, name="Tiny Model", seed=1)
    q8 = folder / Q8
    make_gguf(q8, 5_000_000, name="Tiny Model", seed=2)
    split = []
    for index, name in enumerate(SPLIT):
        part = folder / Path(name).name
        make_gguf(part, 1_200_000 + index, name="Tiny Model", seed=10 + index)
        split.append(part)
    mmproj = folder / MMPROJ
    make_gguf(mmproj, 100_000, name="projector", seed=3)
    return Files(folder, q4, q8, split, mmproj)


@pytest.fixture
def hub(gguf_files: Files, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[HubServer]:
    """The hub with REPO (two quants, a 3-part split model, a projector) and no faults planned."""
    server = HubServer().start()
    server.hub.add_file(REPO, Q4, gguf_files.q4)
    server.hub.add_file(REPO, Q8, gguf_files.q8)
    for name, part in zip(SPLIT, gguf_files.split, strict=True):
        server.hub.add_file(REPO, name, part)
    server.hub.add_file(REPO, MMPROJ, gguf_files.mmproj)
    server.hub.repo(REPO).downloads = 500
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-cache"))  # not the real one
    yield server
    server.stop()
    assert not server.hub.errors, f"the test hub failed: {server.hub.errors}"
