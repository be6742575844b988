"""The release llama.cpp on older processors, emulated by qemu-user.

A plain pip build of llama.cpp (-march=native) dies here with "illegal
instruction" (exit 132 under `-cpu Nehalem`, checked by hand: packaging/README.md).
The release build must instead pick the CPU code that this older processor
runs and answer. qemu's -cpu model sets what CPUID reports and which
instructions it executes, so a wrong pick fails with SIGILL as on real hardware.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    platform.machine() != "x86_64" or not sys.platform.startswith("linux"),
    reason="x86-64 CPU models are emulated with qemu-x86_64 on Linux",
)

ANSWER = """
import sys
from hearth.engine import ggml_backends
print("variant", ggml_backends.ensure_loaded(), flush=True)
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_ctx=256, n_threads=2, verbose=False)
reply = llm.create_completion("The capital of France is", max_tokens=4, temperature=0)
print("reply", reply["choices"][0]["text"].strip(), flush=True)
"""


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    ("cpu", "variant"),
    [
        ("Nehalem", "sse42"),  # 2008: SSE4.2, no AVX
        ("SandyBridge", "sandybridge"),  # 2011: AVX, no AVX2
    ],
)
def test_an_older_processor_gets_code_it_can_run(
    cpu: str, variant: str, starter_model: Path
) -> None:
    qemu = shutil.which("qemu-x86_64")
    if qemu is None:
        pytest.fail("qemu-x86_64 is missing: apt-get install qemu-user (dev.py test does this)")
    done = subprocess.run(
        [qemu, "-cpu", cpu, sys.executable, "-c", ANSWER, str(starter_model)],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-1500:]}"
    assert f"variant {variant}" in done.stdout
    assert "reply Paris" in done.stdout, done.stdout
