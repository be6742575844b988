"""CPU: brand, core counts and llama.cpp-relevant features from recorded outputs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hearth.hardware.apple import parse_sysctl
from hearth.hardware.cpu import (
    cpu_from_sysctl,
    normalise_arch,
    order_features,
    parse_cpuinfo,
    probe_cpu,
)
from hearth.hardware.probes import ReplayBackend

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("machine", "brand", "physical", "logical"),
    [
        ("nvidia-1gpu-rtx4090", "AMD Ryzen 9 7950X 16-Core Processor", 16, 32),
        ("nvidia-2gpu-rtx3090", "Intel(R) Core(TM) i9-10980XE CPU @ 3.00GHz", 18, 36),
        ("laptop-nvidia-intel", "13th Gen Intel(R) Core(TM) i7-13700H", 14, 20),
        ("amd-8700g-apu", "AMD Ryzen 7 8700G w/ Radeon 780M Graphics", 8, 16),
    ],
)
def test_cpuinfo_brand_and_counts(machine: str, brand: str, physical: int, logical: int) -> None:
    text = (FIXTURES / machine / "fs/proc/cpuinfo").read_text()
    parsed = parse_cpuinfo(text)
    assert (parsed["brand"], parsed["physical"], parsed["logical"]) == (brand, physical, logical)


def test_x86_features_only_those_the_cpu_has() -> None:
    zen4 = parse_cpuinfo((FIXTURES / "nvidia-1gpu-rtx4090/fs/proc/cpuinfo").read_text())
    assert {"avx2", "fma", "f16c", "avx512f", "avx512_bf16", "avx512_vnni"} <= set(zen4["features"])
    assert "amx_tile" not in zen4["features"]
    cascade = parse_cpuinfo((FIXTURES / "nvidia-2gpu-rtx3090/fs/proc/cpuinfo").read_text())
    assert "avx512f" in cascade["features"] and "avx512_bf16" not in cascade["features"]
    raptor = parse_cpuinfo((FIXTURES / "laptop-nvidia-intel/fs/proc/cpuinfo").read_text())
    assert "avx_vnni" in raptor["features"] and "avx512f" not in raptor["features"]
    # sse3 is spelled "pni" in /proc/cpuinfo.
    assert raptor["features"][0] == "sse3"


def test_arm_cpuinfo_without_model_name(replay: Callable[[str], ReplayBackend]) -> None:
    cpu = probe_cpu(replay("linux-arm64-graviton3"))
    assert cpu.brand == "Neoverse-V1"
    assert cpu.features == ["neon", "dotprod", "fp16", "i8mm", "bf16", "sve"]
    # cpuinfo on Arm has no core ids; the recorded psutil counts fill them in.
    assert (cpu.physical_cores, cpu.logical_cores) == (8, 8)


def test_macos_cpu_from_sysctl() -> None:
    m1 = cpu_from_sysctl(parse_sysctl((FIXTURES / "mac-m1-8gb/commands/sysctl.out").read_text()))
    assert m1.brand == "Apple M1"
    assert (m1.physical_cores, m1.logical_cores, m1.performance_cores) == (8, 8, 4)
    assert m1.features == ["neon", "dotprod", "fp16"]
    m3 = cpu_from_sysctl(
        parse_sysctl((FIXTURES / "mac-m3max-128gb/commands/sysctl.out").read_text())
    )
    assert m3.performance_cores == 12
    assert "i8mm" in m3.features and "bf16" in m3.features


def test_windows_cpu_from_recorded_values(replay: Callable[[str], ReplayBackend]) -> None:
    cpu = probe_cpu(replay("windows-dxgi"))
    assert cpu.brand == "13th Gen Intel(R) Core(TM) i5-13600K"
    assert (cpu.physical_cores, cpu.logical_cores) == (14, 20)
    assert cpu.features == ["sse3", "ssse3", "avx", "avx2", "fma", "f16c"]


@pytest.mark.parametrize(
    ("machine", "expected"),
    [("x86_64", "x86_64"), ("AMD64", "x86_64"), ("aarch64", "arm64"), ("arm64", "arm64")],
)
def test_normalise_arch(machine: str, expected: str) -> None:
    assert normalise_arch(machine) == expected


def test_unknown_features_keep_a_stable_order() -> None:
    assert order_features({"zzz", "avx2", "neon", "aaa"}) == ["avx2", "neon", "aaa", "zzz"]
