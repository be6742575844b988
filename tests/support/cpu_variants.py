"""Which of ggml's CPU backend variants should run on this machine.

The table is ggml's own (ggml/src/CMakeLists.txt, GGML_CPU_ALL_VARIANTS on x86):
each variant and the instruction-set features it is compiled with. ggml's loader
scores every variant against the CPU and loads the best one that can run, which
is the one with the most features this CPU has all of.
"""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

X86_VARIANTS: dict[str, tuple[str, ...]] = {
    "x64": (),
    "sse42": ("SSE42",),
    "sandybridge": ("SSE42", "AVX"),
    "ivybridge": ("SSE42", "AVX", "F16C"),
    "piledriver": ("SSE42", "AVX", "F16C", "FMA"),
    "haswell": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2"),
    "skylakex": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512"),
    "cannonlake": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VBMI"),
    "cascadelake": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VNNI"),
    "icelake": (
        "SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VBMI", "AVX512_VNNI",
    ),
    "cooperlake": (
        "SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VNNI", "AVX512_BF16",
    ),
    "zen4": (
        "SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VBMI", "AVX512_VNNI",
        "AVX512_BF16",
    ),
    "alderlake": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX_VNNI"),
    "sapphirerapids": (
        "SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512", "AVX512_VBMI", "AVX512_VNNI",
        "AVX512_BF16", "AMX_TILE", "AMX_INT8",
    ),
}  # fmt: skip

# ggml's feature names as /proc/cpuinfo spells them.
CPUINFO_FLAGS = {
    "SSE42": "sse4_2",
    "AVX": "avx",
    "F16C": "f16c",
    "FMA": "fma",
    "AVX2": "avx2",
    "BMI2": "bmi2",
    "AVX512": "avx512f",
    "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni",
    "AVX512_BF16": "avx512_bf16",
    "AVX_VNNI": "avx_vnni",
    "AMX_TILE": "amx_tile",
    "AMX_INT8": "amx_int8",
}


def cpu_flags() -> set[str]:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def best_variant(flags: set[str]) -> str:
    runnable = [
        name
        for name, features in X86_VARIANTS.items()
        if all(CPUINFO_FLAGS[feature] in flags for feature in features)
    ]
    return max(runnable, key=lambda name: len(X86_VARIANTS[name]))


def expected_cpu_variant() -> str:
    """The variant ggml should load here; skips the test away from x86-64 Linux."""
    if platform.machine() not in ("x86_64", "AMD64") or not Path("/proc/cpuinfo").exists():
        pytest.skip("the variant table here is for x86-64 Linux")
    return best_variant(cpu_flags())


def chosen_cpu_variant() -> str:
    """The variant Hearth runs here: the best for this CPU's flags, unless its self-test
    ruled it out on this machine (hardware/cpu_code.py), then the next that passed."""
    from hearth.hardware import cpu_code

    expected = expected_cpu_variant()
    chosen = cpu_code.choose()
    if expected in chosen.ruled_out:
        expected = str(chosen.variant)
    assert chosen.variant == expected, chosen
    return expected
