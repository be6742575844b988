from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.gguf.gemma import assembled_gemma


@pytest.fixture(scope="session")
def gemma_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return assembled_gemma(tmp_path_factory)
