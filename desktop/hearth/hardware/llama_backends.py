"""What this llama.cpp build can use: the devices it registers, and GPU offload support.

The libraries are found through llama-cpp-python's package folder (without
importing it) and asked in a child process (see ggml_probe.py for why).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from hearth.hardware import ggml_probe
from hearth.hardware.llama_lib import find_lib_dir
from hearth.hardware.probes import ProbeUnavailableError, run_command
from hearth.hardware.profile import GpuInfo, LlamaDevice

# Registering a CUDA backend on a multi-GPU machine can take seconds; still bounded.
LLAMA_TIMEOUT = 10.0


def llama_cpp_version() -> str | None:
    import importlib.metadata  # ~30 ms to import; only needed here

    try:
        return importlib.metadata.version("llama_cpp_python")
    except importlib.metadata.PackageNotFoundError:
        return None


def _run_child(libdir: Path, timeout: float, cpu_variant: str | None = None) -> dict[str, Any]:
    if getattr(sys, "frozen", False):
        # The frozen app runs the probe as itself (hearth.cli handles the flag).
        argv = [sys.executable, ggml_probe.PROBE_FLAG, str(libdir)]
    else:
        argv = [sys.executable, "-I", "-S", ggml_probe.__file__, str(libdir)]
    argv.append(cpu_variant or "")
    done = run_command(argv, timeout, "llama.cpp did not list its devices")
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(ggml_probe.MARKER):
            return json.loads(line[len(ggml_probe.MARKER) :])
    tail = " ".join(done.stderr.strip().splitlines()[-3:])
    raise RuntimeError(f"llama.cpp device probe exited with status {done.returncode}: {tail}")


def collect_llama(timeout: float = LLAMA_TIMEOUT) -> dict[str, Any]:
    """Live: the devices llama.cpp registers, as a JSON-able dict."""
    libdir = find_lib_dir()
    if libdir is None:
        raise ProbeUnavailableError("llama-cpp-python is not installed")
    from hearth.hardware import cpu_code

    # The CPU code the engine will run (self-tested on a first start, seconds).
    code = cpu_code.choose(libdir)
    # HEARTH_GGML_PROBE_IN_PROCESS runs the probe here instead (for debugging, and
    # to test that path).
    if os.environ.get("HEARTH_GGML_PROBE_IN_PROCESS"):
        values = ggml_probe.probe(str(libdir), code.variant)
    else:
        values = _run_child(libdir, timeout, code.variant)
    values["version"] = llama_cpp_version()
    values["cpu_ruled_out"] = code.to_json()["ruled_out"]
    return values


def _size(value: Any) -> int | None:
    return None if value is None else int(value)


def devices_from_values(values: dict[str, Any]) -> list[LlamaDevice]:
    """LlamaDevice for each registered device in recorded or live probe values."""
    devices = []
    for raw in values.get("devices") or []:
        total = _size(raw.get("memory_total"))
        free = _size(raw.get("memory_free"))
        devices.append(
            LlamaDevice(
                name=str(raw.get("name", "")),
                description=str(raw.get("description", "")),
                type=str(raw.get("type", "unknown")),
                # Some backends (BLAS, RPC) report 0/0: that means "not known".
                memory_total_bytes=total or None,
                memory_free_bytes=free if total else None,
                max_tensor_bytes=_size(raw.get("max_tensor_bytes")),
            )
        )
    return devices


def offload_from_values(values: dict[str, Any]) -> bool | None:
    supports = values.get("supports_gpu_offload")
    return None if supports is None else bool(supports)


# Which vendor's GPUs each llama.cpp backend drives, by device-name prefix.
BACKEND_VENDORS = {
    "CUDA": ("nvidia",),
    "ROCm": ("amd",),
    "HIP": ("amd",),
    "Metal": ("apple",),
    "MTL": ("apple",),
    "SYCL": ("intel",),
    "Vulkan": ("nvidia", "amd", "intel", "apple", "other"),
    "OpenCL": ("nvidia", "amd", "intel", "other"),
    "CANN": ("other",),
    "MUSA": ("other",),
}


def device_vendor(device: LlamaDevice) -> str | None:
    """The GPU vendor a llama.cpp device belongs to, judged from its name and description."""
    text = f"{device.name} {device.description}".lower()
    for marker, vendor in (
        ("nvidia", "nvidia"),
        ("geforce", "nvidia"),
        ("tesla", "nvidia"),
        ("radeon", "amd"),
        ("amd", "amd"),
        ("instinct", "amd"),
        ("intel", "intel"),
        ("apple", "apple"),
    ):
        if marker in text:
            return vendor
    for prefix, vendors in BACKEND_VENDORS.items():
        if device.name.startswith(prefix) and len(vendors) == 1:
            return vendors[0]
    return None


def backend_name(device: LlamaDevice) -> str:
    """ "CUDA" for "CUDA0", "Vulkan" for "Vulkan1", "Metal" for "MTL0"."""
    for prefix in BACKEND_VENDORS:
        if device.name.startswith(prefix):
            return "Metal" if prefix == "MTL" else prefix
    return device.name.rstrip("0123456789") or device.name


# Vulkan drivers that draw on the CPU and system RAM (Mesa's lavapipe, Google's
# SwiftShader). ggml lists them only when asked (GGML_VK_VISIBLE_DEVICES): the tests
# do, to run the GPU code path on any machine.
SOFTWARE_RENDERERS = ("llvmpipe", "lavapipe", "swiftshader")


def is_software_device(device: LlamaDevice) -> bool:
    return any(marker in device.description.lower() for marker in SOFTWARE_RENDERERS)


def gpus_only_llama_sees(devices: list[LlamaDevice], gpus: list[GpuInfo]) -> list[GpuInfo]:
    """GPUs llama.cpp can offload to that no vendor tool described (a card whose
    vendor has no probe here, a Vulkan device of a driver without tools, lavapipe):
    described from llama.cpp's own figures, so the planner can place layers on them."""
    described = {gpu.vendor for gpu in gpus}
    found = []
    for device in devices:
        if device.type not in ("gpu", "igpu") or not device.memory_total_bytes:
            continue
        vendor = device_vendor(device)
        if vendor is not None and vendor in described:
            continue
        software = is_software_device(device)
        found.append(
            GpuInfo(
                vendor=vendor or "other",
                name=device.description or device.name,
                vram_total_bytes=device.memory_total_bytes,
                vram_free_bytes=device.memory_free_bytes,
                # A software device's "VRAM" is the system RAM: one budget, CPU speed.
                integrated=device.type == "igpu" or software,
                unified_memory=software,
                source="llama.cpp",
            )
        )
    return found
