"""Importing a GGUF from anywhere (in place) and deleting models (saying what it frees)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth import paths
from hearth.errors import ModelError
from hearth.library import list_installed
from hearth.library.installed import InstalledModel, describe
from hearth.library.manage import delete_model, import_model, plan_delete
from tests.support.gguf_files import make_gguf


def listed(source: str) -> list[InstalledModel]:
    return [m for m in list_installed(discover=False) if m.source == source]


def test_import_uses_the_file_where_it_is(tmp_path: Path) -> None:
    source = tmp_path / "Downloads" / "Mistral-7B-Instruct-v0.3.Q4_K_M.gguf"
    make_gguf(source, 20_000)
    model = import_model(source)
    assert model.source == "imported"
    assert model.path == source.resolve()
    assert model.display_name == "Mistral 7B Instruct v0.3 · Q4_K_M"
    assert list(paths.models_dir().rglob("*.gguf")) == [], "nothing was copied"
    (again,) = listed("imported")
    assert again.path == source.resolve() and again.found_in == str(source.parent)
    assert import_model(source) == again, "importing twice keeps one entry"
    assert len(listed("imported")) == 1
    source.unlink()
    assert listed("imported") == [], "a file that is gone is not offered"


def test_import_a_split_model_by_any_part(tmp_path: Path) -> None:
    parts = [tmp_path / f"Qwen-72B-Q4_K_M-0000{i}-of-00002.gguf" for i in (1, 2)]
    for part in parts:
        make_gguf(part, 10_000)
    model = import_model(parts[1])
    assert model.path == parts[0].resolve()
    assert model.parts == tuple(p.resolve() for p in parts)
    assert model.size_bytes == 20_000
    parts[1].unlink()
    with pytest.raises(ModelError) as caught:
        import_model(parts[0])
    assert caught.value.kind == "model_parts_missing"


def test_import_refuses_what_is_not_a_model(tmp_path: Path) -> None:
    fake = tmp_path / "movie.gguf"
    fake.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\0" * 100)
    with pytest.raises(ModelError) as caught:
        import_model(fake)
    assert caught.value.kind == "not_gguf"
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00")
    with pytest.raises(ModelError) as caught:
        import_model(broken)
    assert caught.value.kind == "gguf_truncated"
    with pytest.raises(ModelError) as caught:
        import_model(tmp_path / "nothing.gguf")
    assert caught.value.kind == "model_missing"
    assert listed("imported") == []


def test_import_of_a_model_already_in_the_library(starter_model: Path) -> None:
    assert import_model(starter_model).source == "starter"
    assert listed("imported") == []


def test_delete_a_downloaded_model_frees_its_space() -> None:
    folder = paths.models_dir() / "owner" / "Repo-GGUF"
    parts = [folder / f"Big-Q4_K_M-0000{i}-of-00002.gguf" for i in (1, 2)]
    for part in parts:
        make_gguf(part, 30_000)
    (model,) = listed("hearth")
    assert plan_delete(model).freed_bytes == 60_000
    result = delete_model(model)
    assert result.freed_bytes == 60_000
    assert set(result.files) == set(parts)
    assert not any(p.exists() for p in parts)
    assert not (paths.models_dir() / "owner").exists(), "empty folders go too"
    assert listed("hearth") == []


def test_delete_an_imported_model_forgets_it_or_deletes_the_file(tmp_path: Path) -> None:
    source = tmp_path / "Tiny-Q8_0.gguf"
    make_gguf(source, 12_000)
    model = import_model(source)
    assert delete_model(model).freed_bytes == 0
    assert source.exists() and listed("imported") == []
    model = import_model(source)
    assert plan_delete(model, delete_files=True).freed_bytes == 12_000
    assert delete_model(model, delete_files=True).freed_bytes == 12_000
    assert not source.exists()


def test_models_of_other_apps_and_the_starter_are_not_deleted(
    tmp_path: Path, starter_model: Path
) -> None:
    blob = tmp_path / "sha256-abc"
    make_gguf(blob, 5000)
    ollama = describe(blob, "ollama", name="llama3.2:3b", found_in=str(tmp_path))
    with pytest.raises(ModelError) as caught:
        delete_model(ollama)
    assert caught.value.kind == "model_owned_by_app"
    assert "Remove it in that app" in str(caught.value)
    assert blob.exists()
    with pytest.raises(ModelError) as caught:
        plan_delete(describe(starter_model, "starter"))
    assert caught.value.kind == "model_not_deletable"
