import shutil
from pathlib import Path

import pytest

from hearth import paths
from hearth.errors import ModelError
from hearth.library import list_installed, resolve_model
from hearth.library.naming import name_from_filename


@pytest.mark.parametrize(
    ("filename", "name", "quant"),
    [
        ("SmolLM2-135M-Instruct.Q4_1.gguf", "SmolLM2 135M Instruct", "Q4_1"),
        ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "Meta Llama 3.1 8B Instruct", "Q4_K_M"),
        ("Qwen2.5-72B-Instruct-Q4_K_M-00001-of-00002.gguf", "Qwen2.5 72B Instruct", "Q4_K_M"),
        ("DeepSeek-R1-Distill-Qwen-7B-IQ3_XXS.gguf", "DeepSeek R1 Distill Qwen 7B", "IQ3_XXS"),
        ("Mistral-7B-Instruct-v0.3.Q8_0.gguf", "Mistral 7B Instruct v0.3", "Q8_0"),
        ("phi-4-mini-instruct-bf16.gguf", "phi 4 mini instruct", "BF16"),
        ("model.gguf", "model", ""),
    ],
)
def test_names_from_file_names(filename: str, name: str, quant: str) -> None:
    assert name_from_filename(filename) == (name, quant)


def test_starter_model_is_listed_like_a_model(starter_model: Path) -> None:
    models = list_installed()
    assert models, "the starter model should always be installed"
    starter = models[0]
    assert starter.source == "starter"
    assert starter.path == starter_model
    assert starter.name == "SmolLM2 135M Instruct"
    assert starter.quant == "Q4_1"
    assert starter.display_name == "SmolLM2 135M Instruct · Q4_1"
    assert starter.id == "smollm2-135m-instruct-q4-1"
    assert starter.size_bytes == starter_model.stat().st_size > 90_000_000


def test_models_folder_is_listed_and_hash_names_read_the_header(starter_model: Path) -> None:
    folder = paths.models_dir()
    (folder / "sub").mkdir()
    (folder / "sub" / "Tiny-Model-Q8_0.gguf").write_bytes(b"GGUF" + b"\0" * 60)
    blob = folder / "sha256-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.gguf"
    shutil.copyfile(starter_model, blob)
    by_name = {m.name: m for m in list_installed() if m.source == "hearth"}
    assert set(by_name) == {"Tiny Model", "Smollm2 135M 8k Lc100K Mix1 Ep2"}
    assert by_name["Tiny Model"].quant == "Q8_0"


def test_resolve_by_id_name_and_path(starter_model: Path) -> None:
    assert resolve_model("smollm2-135m-instruct-q4-1").path == starter_model
    assert resolve_model("SmolLM2 135M Instruct").path == starter_model
    assert resolve_model(str(starter_model)).path == starter_model


def test_resolve_unknown_names_the_choices() -> None:
    with pytest.raises(ModelError) as caught:
        resolve_model("gpt-17")
    assert caught.value.kind == "model_not_found"
    assert "smollm2-135m-instruct-q4-1" in str(caught.value)


def test_resolve_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        resolve_model(str(tmp_path / "gone.gguf"))
    assert caught.value.kind == "model_missing"
