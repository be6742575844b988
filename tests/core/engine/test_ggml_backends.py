"""Release builds carry one CPU backend per instruction-set level; the best must load.

dev.py builds llama.cpp as releases do (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS),
so a plain `-march=native` build, which dies with "illegal instruction" on older
CPUs, fails these tests instead of passing unnoticed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hearth.hardware import ggml_probe, llama_backends
from tests.support.cpu_variants import X86_VARIANTS, chosen_cpu_variant, expected_cpu_variant


def test_the_build_carries_every_cpu_variant_and_no_native_one() -> None:
    libdir = llama_backends.find_lib_dir()
    assert libdir is not None
    expected_cpu_variant()  # the table below is x86's
    variants = {name for name, _path in ggml_probe._cpu_variant_files(str(libdir))}
    assert variants == set(X86_VARIANTS)
    assert not list(libdir.glob("libggml-cpu.so*")), "a CPU backend built for this machine only"


def test_hearth_loads_the_best_cpu_code_for_this_processor() -> None:
    values = llama_backends.collect_llama()
    # On this 2-core AMD EPYC with AVX2 and no AVX-512, that is "haswell" (the best
    # for the CPU's flags, unless its self-test failed here).
    assert values["cpu_variant"] == chosen_cpu_variant()
    assert values["cpu_variant_scores"][values["cpu_variant"]] > 0
    assert [d["type"] for d in values["devices"]].count("cpu") == 1
    # llama.cpp's own report lists the features the loaded variant was built with.
    features = X86_VARIANTS[values["cpu_variant"]]
    assert ("AVX2 = 1" in values["system_info"]) == ("AVX2" in features)


def test_the_engine_says_which_cpu_code_it_runs(shared_engine: object) -> None:
    log = Path(shared_engine.log_path).read_text(errors="replace")  # type: ignore[attr-defined]
    assert f"llama.cpp CPU code for {chosen_cpu_variant()}" in log


def test_nothing_is_loaded_twice_in_a_build_with_backends_linked_in() -> None:
    """load_backends leaves builds that registered their backends already alone."""
    calls: list[str] = []

    def bind(name: str, _restype: object, *_args: object) -> object:
        if name == "ggml_backend_reg_count":
            return lambda: 1
        return lambda *_a: calls.append(name)

    ggml_probe.load_backends("/nonexistent", bind)
    assert calls == []


def test_the_amx_code_loads_a_real_tile_config() -> None:
    """The sapphirerapids variant configures its AMX tiles from a constant, per thread.

    Compiled from llama.cpp as released, GCC dropped the stores to the config on
    the stack and ldtilecfg loaded every tile as 0 x 0: the first tile
    instruction then dies with SIGILL on AMX Xeons. dev.py fixes the source.
    """
    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.skip("objdump (binutils) is not installed")
    libdir = llama_backends.find_lib_dir()
    assert libdir is not None
    expected_cpu_variant()  # x86-64 Linux only
    code = subprocess.run(
        [objdump, "-d", "--no-show-raw-insn", str(libdir / "libggml-cpu-sapphirerapids.so")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    loads = [i for i, line in enumerate(code) if "ldtilecfg" in line]
    assert loads, "no AMX code in the sapphirerapids variant"
    for index in loads:
        assert "(%rip)" in code[index], f"tile config read from the stack: {code[index]}"
        before = "\n".join(code[max(0, index - 8) : index])
        assert "$0x1023" in before, "no per-thread AMX permission request before ldtilecfg"


def _fake_gpu_build(tmp_path: Path, families: list[str]) -> str:
    """A lib folder with GPU backends named like a release's, and one CPU variant."""
    for family in families:
        (tmp_path / f"libggml-{family}.so").write_bytes(b"")
    (tmp_path / "libggml-cpu-haswell.so").write_bytes(b"")
    return str(tmp_path)


def _binder(devices: dict[str, int], events: list[str]) -> object:
    """Binds ggml's loader calls: `devices` tells how many devices each family's
    backend finds (-1: its driver is missing); each call is noted in `events`."""
    handles: dict[int, str] = {}

    def bind(name: str, _restype: object, *_args: object) -> object:
        if name == "ggml_backend_reg_count":
            return lambda: 0

        def load(path: bytes) -> int:
            family = ggml_probe.backend_family(path.decode())
            events.append(f"load {family}")
            if devices.get(family, 1) < 0:
                return 0  # its driver library is missing: dlopen fails
            handles[len(handles) + 1] = family
            return len(handles)

        if name == "ggml_backend_load":
            return load
        if name == "ggml_backend_reg_dev_count":
            return lambda reg: max(0, devices.get(handles[reg], 1))
        if name == "ggml_backend_unload":
            return lambda reg: events.append(f"unload {handles[reg]}")
        return None

    return bind


def test_a_vendor_backend_comes_before_vulkan_for_the_same_card(tmp_path: Path) -> None:
    """With CUDA working, Vulkan is not loaded: the card would be listed twice."""
    libdir = _fake_gpu_build(tmp_path, ["vulkan", "cuda"])
    events: list[str] = []
    used = ggml_probe.load_backends(libdir, _binder({}, events), "haswell")
    assert used == ["cuda"]
    assert events == ["load cuda", "load cpu-haswell"]


def test_vulkan_takes_over_when_the_nvidia_driver_is_too_old(tmp_path: Path) -> None:
    """A CUDA backend that finds no device (a driver older than its CUDA) is unloaded."""
    libdir = _fake_gpu_build(tmp_path, ["vulkan", "cuda"])
    events: list[str] = []
    used = ggml_probe.load_backends(libdir, _binder({"cuda": 0}, events), "haswell")
    assert used == ["vulkan"]
    assert events == ["load cuda", "unload cuda", "load vulkan", "load cpu-haswell"]


def test_no_gpu_driver_leaves_the_cpu(tmp_path: Path) -> None:
    libdir = _fake_gpu_build(tmp_path, ["vulkan", "cuda"])
    events: list[str] = []
    bind = _binder({"cuda": -1, "vulkan": 0}, events)
    assert ggml_probe.load_backends(libdir, bind, "haswell") == []
    assert events[-1] == "load cpu-haswell" and "unload vulkan" in events
    events.clear()
    assert ggml_probe.load_backends(libdir, bind, "haswell", gpu=False) == []
    assert events == ["load cpu-haswell"]
