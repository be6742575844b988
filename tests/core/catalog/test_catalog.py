"""The bundled catalog: its schema, its coverage, and the two entries we can check byte for byte."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from hearth.catalog import (
    USES,
    CatalogDownload,
    CatalogError,
    catalog_path,
    default_catalog,
    load_catalog,
    model_info_for,
    parse_catalog,
)
from hearth.gguf import read_model_info
from hearth.planner.memory import kv_cache_bytes
from tests.support.gguf_files import sha256_of


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(catalog_path().read_text(encoding="utf-8"))
    return data


def test_catalog_covers_what_people_ask_for() -> None:
    catalog = default_catalog()
    assert len(catalog) >= 30
    families = set(catalog.families())
    for family in ("Llama 3", "Qwen 2.5", "Qwen 3", "DeepSeek", "Mistral", "Gemma 3", "OLMo"):
        assert family in families
    for family in ("GLM", "Kimi", "Phi", "SmolLM", "Granite"):
        assert family in families
    sizes = [e.params_b for e in catalog]
    assert min(sizes) < 0.5 and max(sizes) >= 70
    assert any(e.is_moe and e.family == "Qwen 3" for e in catalog)
    assert any(e.id == "phi-4-mini-instruct" for e in catalog)
    assert any(e.chinese for e in catalog) and any(not e.chinese for e in catalog)
    assert {use for e in catalog for use, score in e.strengths.items() if score} == set(USES)


def test_every_quant_is_sourced_and_named_consistently() -> None:
    for entry in default_catalog():
        assert entry.license and entry.summary and entry.context_length >= 2048
        for quant in entry.quants:
            assert quant.verified, f"{entry.id} {quant.name} has no source"
            for file in quant.files:
                # A quant's file name says its quant: guards against pasting the wrong row.
                assert quant.name.lower() in file.name.lower(), (entry.id, file.name)
                assert file.size > 50_000_000
                assert not file.sha256 or re.fullmatch(r"[0-9a-f]{64}", file.sha256)
            # Bytes per parameter fit the quant (catches a size copied from another model).
            bits = quant.size * 8 / (entry.params_b * 1e9)
            assert 0.6 * quant.bits < bits < 1.5 * quant.bits + 2.5, (entry.id, quant.name, bits)


def test_starter_entry_is_the_installed_file(starter_model: Path) -> None:
    entry = default_catalog().get("smollm2-135m-instruct")
    assert entry is not None and entry.source == "bundled"
    file = entry.quants[0].files[0]
    assert file.name == starter_model.name
    assert file.size == starter_model.stat().st_size
    assert file.sha256 == sha256_of(starter_model)


def test_gemma_entry_is_the_packaged_file(gemma_model: Path) -> None:
    entry = default_catalog().get("gemma-3-270m")
    assert entry is not None
    file = entry.quants[0].files[0]
    assert (file.name, file.size) == (gemma_model.name, gemma_model.stat().st_size)
    assert file.sha256 == sha256_of(gemma_model)


@pytest.mark.parametrize("entry_id", ["smollm2-135m-instruct", "gemma-3-270m"])
def test_catalog_estimate_matches_the_real_header(
    entry_id: str, starter_model: Path, gemma_model: Path
) -> None:
    """The catalog's shape numbers give the same KV cache and weights as the file itself."""
    path = starter_model if entry_id.startswith("smollm2") else gemma_model
    entry = default_catalog().get(entry_id)
    assert entry is not None
    estimate = model_info_for(entry, entry.quants[0])
    real = read_model_info(path)
    for n_ctx in (2048, 8192):
        assert kv_cache_bytes(estimate, n_ctx) == kv_cache_bytes(real, n_ctx)
    assert estimate.swa_layers == real.swa_layers
    assert abs(estimate.weights_bytes - real.weights_bytes) < 0.03 * real.weights_bytes


def test_lookups() -> None:
    catalog = default_catalog()
    entry = catalog.get("qwen3-8b")
    assert entry is not None and entry.quant("q4_k_m") is not None
    found = catalog.find_file("Qwen/Qwen3-8B-GGUF", "Qwen3-8B-Q4_K_M.gguf")
    assert found is not None and found[0] is entry
    assert catalog.find_file("Qwen/Qwen3-8B-GGUF", "Qwen3-8B-Q9.gguf") is None
    assert catalog.get("no-such-model") is None
    download = CatalogDownload(entry, entry.quants[0])
    assert download.repo == "Qwen/Qwen3-8B-GGUF"
    assert download.size == 5_027_783_488 == sum(f.size for f in download.files)


def _broken(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(_raw())
    change(raw)
    return raw


def _split(raw: dict[str, Any]) -> None:
    quant = raw["entries"][5]["quants"][0]
    quant["files"] = [
        {"name": "M-Q4_K_M-00002-of-00002.gguf", "size": 10},
        {"name": "M-Q4_K_M-00001-of-00002.gguf", "size": 10},
    ]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda r: r.update(schema=2), "catalog"),
        (lambda r: r["entries"].append(copy.deepcopy(r["entries"][3])), "smollm2-1.7b"),
        (lambda r: r["entries"][4].update(repo="not a repo"), "qwen3-0.6b"),
        (lambda r: r["entries"][4]["quants"][0]["files"][0].update(sha256="xyz"), "qwen3-0.6b"),
        (lambda r: r["entries"][4]["quants"][0]["files"][0].update(size=0), "qwen3-0.6b"),
        (lambda r: r["entries"][4]["quants"][0]["files"][0].update(name="../x.gguf"), "qwen3"),
        (lambda r: r["entries"][4]["strengths"].update(chat=11), "qwen3-0.6b"),
        (lambda r: r["entries"][4]["strengths"].update(poetry=3), "qwen3-0.6b"),
        (lambda r: r["entries"][4]["arch"].update(block_count=0), "qwen3-0.6b"),
        (lambda r: r["entries"][4].update(quants=[]), "qwen3-0.6b"),
        (lambda r: r["entries"][4].pop("license"), "qwen3-0.6b"),
        (_split, "qwen3-1.7b"),
    ],
)
def test_schema_violations_name_the_entry(change: Any, where: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(_broken(change))
    assert caught.value.kind == "catalog_invalid"
    assert where in str(caught.value)


def test_split_files_in_order_are_accepted() -> None:
    def split_in_order(raw: dict[str, Any]) -> None:
        raw["entries"][5]["quants"][0]["files"] = [
            {"name": "M-Q8_0-00001-of-00002.gguf", "size": 10},
            {"name": "M-Q8_0-00002-of-00002.gguf", "size": 12},
        ]

    catalog = parse_catalog(_broken(split_in_order))
    quant = catalog.entries[5].quants[0]
    assert quant.size == 22 and quant.first_file == "M-Q8_0-00001-of-00002.gguf"


def test_missing_and_unreadable_catalog_files(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path / "nothing.json")
    assert caught.value.kind == "catalog_missing"
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    with pytest.raises(CatalogError) as caught:
        load_catalog(bad)
    assert caught.value.kind == "catalog_invalid"
