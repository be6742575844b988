"""What the installed llama.cpp build registers, asked for real and from recordings."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hearth.hardware import ggml_probe, llama_backends
from hearth.hardware.llama_backends import (
    backend_name,
    collect_llama,
    device_vendor,
    devices_from_values,
    find_lib_dir,
    offload_from_values,
)
from hearth.hardware.probes import ProbeTimeoutError, ProbeUnavailableError, ReplayBackend
from hearth.hardware.profile import LlamaDevice


def test_recorded_cuda_build(replay: Callable[[str], ReplayBackend]) -> None:
    values = replay("nvidia-2gpu-rtx3090").values("llama", collect_llama)
    devices = devices_from_values(values)
    assert [(d.name, d.type) for d in devices] == [
        ("CUDA0", "gpu"),
        ("CUDA1", "gpu"),
        ("CPU", "cpu"),
    ]
    assert devices[0].memory_free_bytes == 6_924_730_368
    assert offload_from_values(values) is True


def test_zero_memory_means_unknown(replay: Callable[[str], ReplayBackend]) -> None:
    devices = devices_from_values(replay("mac-m1-8gb").values("llama", collect_llama))
    blas = next(d for d in devices if d.name == "BLAS")
    assert blas.type == "accel"
    assert blas.memory_total_bytes is None and blas.memory_free_bytes is None


@pytest.mark.parametrize(
    ("name", "description", "vendor", "backend"),
    [
        ("CUDA0", "NVIDIA GeForce RTX 4090", "nvidia", "CUDA"),
        ("ROCm0", "AMD Radeon RX 7900 XTX", "amd", "ROCm"),
        ("Vulkan0", "AMD Radeon 780M Graphics (RADV PHOENIX)", "amd", "Vulkan"),
        ("Vulkan1", "Intel(R) Iris(R) Xe Graphics (RPL-P)", "intel", "Vulkan"),
        ("Metal", "Apple M1", "apple", "Metal"),
        ("MTL0", "Apple M3 Max", "apple", "Metal"),
        ("SYCL0", "Intel(R) Arc(TM) A770 Graphics", "intel", "SYCL"),
        ("CUDA0", "", "nvidia", "CUDA"),
    ],
)
def test_device_vendor_and_backend(name: str, description: str, vendor: str, backend: str) -> None:
    device = LlamaDevice(name=name, description=description, type="gpu")
    assert device_vendor(device) == vendor
    assert backend_name(device) == backend


def test_installed_build_lists_the_cpu_device() -> None:
    """The real llama.cpp in this environment, asked in a child process."""
    libdir = find_lib_dir()
    assert libdir is not None, "llama-cpp-python is not installed in this environment"
    values = collect_llama()
    devices = devices_from_values(values)
    cpu = [d for d in devices if d.type == "cpu"]
    assert cpu, devices
    assert cpu[0].name == "CPU"
    assert (cpu[0].memory_total_bytes or 0) > 0
    assert isinstance(values["supports_gpu_offload"], bool)
    assert values["version"]


def test_in_process_probe_matches_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    libdir = find_lib_dir()
    assert libdir is not None
    child = collect_llama()
    monkeypatch.setenv("HEARTH_GGML_PROBE_IN_PROCESS", "1")
    here = collect_llama()
    assert [(d["name"], d["type"]) for d in here["devices"]] == [
        (d["name"], d["type"]) for d in child["devices"]
    ]


def test_child_that_takes_too_long_times_out() -> None:
    libdir = find_lib_dir()
    assert libdir is not None
    with pytest.raises(ProbeTimeoutError):
        llama_backends._run_child(libdir, timeout=0.001)


def test_child_that_fails_reports_why(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"no llama\.cpp libraries"):
        llama_backends._run_child(tmp_path, timeout=30)


def test_missing_package_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llama_backends, "find_lib_dir", lambda: None)
    with pytest.raises(ProbeUnavailableError):
        collect_llama()


def test_probe_script_needs_only_the_standard_library() -> None:
    # It runs as `python -I -S`: no site-packages, so no third-party import may sneak in.
    source = Path(ggml_probe.__file__).read_text()
    imports = {line.split()[1] for line in source.splitlines() if line.startswith("import ")}
    assert imports <= set(sys.stdlib_module_names)
    assert "from hearth" not in source
