"""Ranking the catalog per use case on the fixture machines, and `hearth recommend`."""

from __future__ import annotations

import argparse
import json
import re

import pytest

from hearth.catalog import USES, default_catalog
from hearth.planner.cli import add_recommend_parser, run_recommend
from hearth.planner.recommend import evaluate_catalog, recommend
from tests.core.planner.profiles import PROFILES, profile


def _top(machine: str, use: str, limit: int = 3) -> list[str]:
    evaluations = evaluate_catalog(default_catalog(), profile(machine))
    return [r.evaluation.entry.id for r in recommend(evaluations, use, limit)]


def test_every_entry_is_evaluated_with_its_best_quant() -> None:
    evaluations = evaluate_catalog(default_catalog(), profile("laptop-4gb-cpu"))
    assert len(evaluations) == len(default_catalog())
    llama_1b = next(e for e in evaluations if e.entry.id == "llama-3.2-1b-instruct")
    assert set(llama_1b.plans) == {"Q2_K", "Q4_0", "Q4_K_M"}
    assert llama_1b.quant.name in ("Q4_0", "Q4_K_M")  # not the Q2_K when better ones run


def test_small_machine_gets_small_models() -> None:
    evaluations = evaluate_catalog(default_catalog(), profile("laptop-4gb-cpu"))
    for use in USES:
        recs = recommend(evaluations, use)
        assert recs, use
        for rec in recs:
            assert rec.evaluation.plan.usable
            assert rec.evaluation.entry.params_b < 3
            assert re.fullmatch(
                r"runs on your CPU with \d+\.\d GB of RAM to spare, about \d+(\.\d)? tokens/s",
                rec.reason,
            )
            assert "test-model" not in rec.evaluation.entry.tags


def test_gpu_machines_get_models_that_use_the_gpu() -> None:
    assert _top("desktop-rtx3060-12gb", "coding", 1) == ["qwen2.5-coder-7b-instruct"]
    evaluations = evaluate_catalog(default_catalog(), profile("desktop-rtx3060-12gb"))
    for rec in recommend(evaluations, "chat"):
        assert rec.reason.startswith(("fits your 12.0 GB GPU", "25 of 48 layers"))
    assert "qwen3-30b-a3b" in _top("rx7900xtx-24gb", "chat")
    assert "llama-3.3-70b-instruct" in _top("mac-m3max-128gb", "chat")
    assert "llama-3.3-70b-instruct" not in _top("rx7900xtx-24gb", "chat", 10)  # 1-2 tokens/s
    chinese = _top("mac-m3max-128gb", "multilingual", 5)
    assert any(default_catalog().get(i).chinese for i in chinese)  # type: ignore[union-attr]


def test_unknown_use() -> None:
    with pytest.raises(ValueError):
        recommend([], "poetry")


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="hearth")
    add_recommend_parser(parser.add_subparsers(dest="command"))
    return run_recommend(parser.parse_args(["recommend", *argv]))


def test_cli_json_lists_every_entry(capsys: pytest.CaptureFixture[str]) -> None:
    code = _run("--json", "--profile", str(PROFILES / "desktop-rtx3060-12gb.json"))
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["entries"]) == len(default_catalog())
    kinds = {e["plan"]["verdict"]["kind"] for e in data["entries"]}
    assert kinds == {"gpu_full", "gpu_partial", "too_large"}
    assert set(data["recommendations"]) == set(USES)
    assert data["machine"]["gpu"] == "NVIDIA GeForce RTX 3060"
    first = data["recommendations"]["coding"][0]
    assert first["reason"] and first["files"][0]["name"].endswith(".gguf")


def test_cli_context_and_use(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PROFILES / "laptop-16gb.json")
    assert _run("--json", "--ctx", "4096", "--use", "coding", "--profile", path) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["recommendations"]) == ["coding"]
    assert {e["plan"]["n_ctx"] for e in data["entries"]} <= {4096, 2048}  # capped by training
    assert _run("--use", "reasoning", "--profile", path) == 0
    text = capsys.readouterr().out
    assert "Best for reasoning:" in text and "Best for chat:" not in text
    assert "Too large — needs" in text and "Llama 3.3 70B Instruct" in text


def test_cli_bad_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--profile", "/nonexistent/profile.json") == 1
    assert "hardware profile" in capsys.readouterr().out
