"""Models other apps keep on disk, found in fake folders laid out like each app's."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from hearth import settings as settings_mod
from hearth.library import discovery, list_installed
from hearth.library.discovery import Location, default_locations, discover
from tests.support.gguf_files import make_gguf

LLAMA_DIGEST = "sha256:" + hashlib.sha256(b"llama").hexdigest()
SMOL_DIGEST = "sha256:" + hashlib.sha256(b"smol").hexdigest()


def manifest(*layers: tuple[str, str]) -> str:
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json"},
            "layers": [{"mediaType": m, "digest": d, "size": 1} for m, d in layers],
        }
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder holding models the way HF, LM Studio, GPT4All, Jan and Ollama leave them."""
    home = tmp_path / "home"
    # Hugging Face cache: snapshots link to blobs; two revisions share one blob.
    repo = home / ".cache/huggingface/hub/models--bartowski--Qwen2.5-0.5B-Instruct-GGUF"
    blob = repo / "blobs" / ("a" * 64)
    make_gguf(blob, 4000, name="qwen")
    (repo / "blobs" / ("b" * 64 + ".incomplete")).write_bytes(b"GGUF partial")
    for revision in ("1" * 40, "2" * 40):
        link = repo / "snapshots" / revision / "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf"
        link.parent.mkdir(parents=True)
        os.symlink(os.path.relpath(blob, link.parent), link)
    # LM Studio: publisher/repo/file; a projector, a half split model, a fake .gguf.
    lms = home / ".lmstudio/models/lmstudio-community/Phi-4-mini-GGUF"
    make_gguf(lms / "Phi-4-mini-instruct-Q8_0.gguf", 3000)
    make_gguf(lms / "mmproj-Phi-4-mini-F16.gguf", 3000)
    make_gguf(lms / "Big-Q2_K-00001-of-00002.gguf", 3000)
    (lms / "error-page-Q4_0.gguf").write_text("<html>Not found</html>")
    # GPT4All keeps unfinished downloads as incomplete-*.gguf.
    g4a = home / ".local/share/nomic.ai/GPT4All"
    make_gguf(g4a / "Llama-3.2-1B-Instruct-Q4_0.gguf", 3000)
    make_gguf(g4a / "incomplete-Llama-3.2-3B-Instruct-Q4_0.gguf", 3000)
    # Jan: new layout (<model id>/model.gguf) and the old one (~/jan/models).
    make_gguf(home / ".local/share/Jan/data/llamacpp/models/Qwen3-4B-Q4_K_M/model.gguf", 3000)
    make_gguf(home / "jan/models/tinyllama/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf", 3000)
    # Ollama: manifests name the blobs; only the model layer is a GGUF.
    ollama = home / ".ollama/models"
    make_gguf(ollama / "blobs" / LLAMA_DIGEST.replace(":", "-"), 5000, name="x", file_type=15)
    make_gguf(ollama / "blobs" / SMOL_DIGEST.replace(":", "-"), 5000, name="y", file_type=7)
    template = "sha256:" + "c" * 64
    (ollama / "blobs" / template.replace(":", "-")).write_text("{{ .Prompt }}")
    make_gguf(ollama / "blobs" / ("sha256-" + "d" * 64), 5000, name="orphan")
    library = ollama / "manifests/registry.ollama.ai/library/llama3.2"
    library.mkdir(parents=True)
    (library / "3b").write_text(
        manifest(
            ("application/vnd.ollama.image.model", LLAMA_DIGEST),
            ("application/vnd.ollama.image.template", template),
        )
    )
    hf = ollama / "manifests/hf.co/bartowski/SmolLM2-GGUF"
    hf.mkdir(parents=True)
    (hf / "Q8_0").write_text(manifest(("application/vnd.ollama.image.model", SMOL_DIGEST)))
    (library / "latest").write_text("not json")
    (library / "gone").write_text(
        manifest(("application/vnd.ollama.image.model", "sha256:" + "e" * 64))
    )
    return home


def linux(home: Path) -> list[Location]:
    return [
        loc
        for loc in default_locations(home=home, env={}, platform="linux")
        if home in loc.root.parents
    ]


def test_each_apps_models_are_found_once_and_named(home: Path) -> None:
    found = {(f.source, f.name or f.path.name) for f in discover(linux(home))}
    assert found == {
        ("huggingface", "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf"),
        ("lmstudio", "Phi-4-mini-instruct-Q8_0.gguf"),
        ("gpt4all", "Llama-3.2-1B-Instruct-Q4_0.gguf"),
        ("jan", "Qwen3 4B"),
        ("jan", "tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf"),
        ("ollama", "llama3.2:3b"),
        ("ollama", "hf.co/bartowski/SmolLM2-GGUF:Q8_0"),
    }


def test_library_lists_them_in_place_with_where_they_were_found(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discovery, "default_locations", lambda: linux(home))
    models = {m.name: m for m in list_installed() if m.source not in ("starter", "hearth")}
    llama = models["llama3.2:3b"]
    assert llama.source == "ollama"
    assert llama.quant == "Q4_K_M", "from the blob's GGUF header"
    assert llama.path.name == LLAMA_DIGEST.replace(":", "-"), "used in place, not copied"
    assert llama.found_in == str(home / ".ollama/models")
    assert llama.to_json()["found_in"] == str(home / ".ollama/models")
    assert models["hf.co/bartowski/SmolLM2-GGUF:Q8_0"].quant == "Q8_0"
    qwen = models["Qwen2.5 0.5B Instruct"]
    assert qwen.source == "huggingface" and qwen.quant == "Q4_K_M"
    assert "snapshots" in qwen.path.parts
    assert models["Qwen3 4B"].source == "jan"
    assert len({m.id for m in list_installed()}) == len(list_installed())
    settings_mod.save(settings_mod.Settings(discover_models=False))
    assert {m.source for m in list_installed()} <= {"starter", "hearth", "imported"}


def test_where_each_app_keeps_models_per_system(tmp_path: Path) -> None:
    home = tmp_path
    mac = {(loc.source, loc.root) for loc in default_locations(home, {}, "darwin")}
    assert ("gpt4all", home / "Library/Application Support/nomic.ai/GPT4All") in mac
    assert ("jan", home / "Library/Application Support/Jan/data/llamacpp/models") in mac
    assert ("lmstudio", home / ".lmstudio/models") in mac
    win_env = {"LOCALAPPDATA": str(home / "L"), "APPDATA": str(home / "R")}
    win = {(loc.source, loc.root) for loc in default_locations(home, win_env, "win32")}
    assert ("gpt4all", home / "L/nomic.ai/GPT4All") in win
    assert ("jan", home / "R/Jan/data/llamacpp/models") in win
    assert ("ollama", home / ".ollama/models") in win
    env = {"HF_HUB_CACHE": str(home / "hf"), "OLLAMA_MODELS": str(home / "om")}
    lin = {(loc.source, loc.root) for loc in default_locations(home, env, "linux")}
    assert ("huggingface", home / "hf") in lin
    assert ("ollama", home / "om") in lin
    assert ("ollama", Path("/usr/share/ollama/.ollama/models")) in lin
    hf_home = {
        (loc.source, loc.root) for loc in default_locations(home, {"HF_HOME": "/x"}, "linux")
    }
    assert ("huggingface", Path("/x/hub")) in hf_home


def test_missing_folders_are_simply_empty(tmp_path: Path) -> None:
    assert discover(default_locations(tmp_path / "nobody", {}, "linux")[:-1]) == []
