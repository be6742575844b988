"""The Mistral entries and the split model no desktop can hold."""

from __future__ import annotations

import pytest

from hearth.catalog import default_catalog, model_info_for
from hearth.planner import plan
from tests.core.planner.profiles import NAMES, profile


@pytest.mark.parametrize(
    ("entry_id", "file_name", "size"),
    [
        ("mistral-nemo-instruct-2407", "Mistral-Nemo-Instruct-2407-Q4_K_M.gguf", 7_477_208_192),
        (
            "mistral-small-24b-instruct-2501",
            "Mistral-Small-24B-Instruct-2501-Q4_K_M.gguf",
            14_333_908_672,
        ),
    ],
)
def test_mistral_entries(entry_id: str, file_name: str, size: int) -> None:
    entry = default_catalog().get(entry_id)
    assert entry is not None and entry.family == "Mistral"
    quant = entry.quant("Q4_K_M")
    assert quant is not None
    assert [(f.name, f.size) for f in quant.files] == [(file_name, size)]
    assert len(quant.files[0].sha256) == 64


def test_split_model_lists_every_part_in_its_folder() -> None:
    catalog = default_catalog()
    entry = catalog.get("qwen3-235b-a22b")
    assert entry is not None and entry.is_moe
    quant = entry.quant("Q4_K_M")
    assert quant is not None
    names = [f.name for f in quant.files]
    assert names == [f"Q4_K_M/Qwen3-235B-A22B-Q4_K_M-{i:05d}-of-00005.gguf" for i in range(1, 6)]
    assert quant.size == 142_154_074_176
    assert all(len(f.sha256) == 64 for f in quant.files)
    found = catalog.find_file("Qwen/Qwen3-235B-A22B-GGUF", names[2])
    assert found is not None and found[0] is entry


@pytest.mark.parametrize("machine", NAMES)
def test_split_model_fits_no_fixture_machine(machine: str) -> None:
    entry = default_catalog().get("qwen3-235b-a22b")
    assert entry is not None
    result = plan(model_info_for(entry, entry.quants[0]), profile(machine))
    assert result.verdict.kind == "too_large", result.verdict.text
