"""The starter model with another family's chat template in its GGUF.

`gguf-new-metadata` (from the `gguf` package) copies the file with the new
template, so llama-cpp-python renders the very template that family ships.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

CHAT_TEMPLATES = Path(__file__).resolve().parents[1] / "fixtures" / "chat_templates"


def templated_starter(starter_model: Path, template: Path, out: Path) -> Path:
    """`out`: a copy of the starter whose chat template is `template`'s text."""
    tool = shutil.which("gguf-new-metadata", path=str(Path(sys.executable).parent))
    assert tool is not None, "the gguf package's gguf-new-metadata is missing"
    subprocess.run(
        [tool, "--chat-template-file", str(template), "--force", str(starter_model), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out
