"""Sentences for the user about what the profile means: unused GPUs, missing
drivers, shared memory. Each note is complete on its own, shown as-is."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from hearth.hardware.llama_backends import device_vendor
from hearth.hardware.profile import GpuInfo, HardwareProfile
from hearth.hardware.sysfs import VENDOR_NAMES, PciDevice

VENDOR_LABELS = {"nvidia": "NVIDIA", "amd": "AMD", "intel": "Intel", "apple": "Apple"}
REINSTALL = "pip install --force-reinstall --no-cache-dir llama-cpp-python"

# What a build needs for each vendor's GPUs, and how to get it.
MISSING_BACKEND = {
    "nvidia": (
        "CUDA",
        f'Install a CUDA build of llama-cpp-python: CMAKE_ARGS="-DGGML_CUDA=on" {REINSTALL}',
    ),
    "amd": (
        "ROCm or Vulkan",
        "Install a ROCm or Vulkan build of llama-cpp-python: "
        f'CMAKE_ARGS="-DGGML_HIP=on" (with ROCm installed) or CMAKE_ARGS="-DGGML_VULKAN=on" '
        f"{REINSTALL}",
    ),
    "intel": (
        "SYCL or Vulkan",
        "Install a Vulkan build of llama-cpp-python: "
        f'CMAKE_ARGS="-DGGML_VULKAN=on" {REINSTALL} (or -DGGML_SYCL=on with Intel oneAPI)',
    ),
    "apple": (
        "Metal",
        f'Install a Metal build of llama-cpp-python: CMAKE_ARGS="-DGGML_METAL=on" {REINSTALL}',
    ),
}

# An installed Hearth gets its backends from the installer, not pip (packaging/README.md:
# the standard download carries CPU and Vulkan code, "Hearth for NVIDIA" adds CUDA).
VULKAN_DRIVER_REMEDY = (
    "Hearth uses it through Vulkan: install your graphics driver's Vulkan support "
    "(on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth."
)
INSTALLED_REMEDY = {
    "nvidia": 'Install "Hearth for NVIDIA" from the download page: it uses your GPU through '
    "CUDA (an up-to-date NVIDIA driver is needed).",
    "amd": VULKAN_DRIVER_REMEDY,
    "intel": VULKAN_DRIVER_REMEDY,
    "apple": "The Apple Silicon download of Hearth uses it through Metal.",
}


def remedy(vendor: str) -> str:
    """How to get a build that uses this vendor's GPU: the installer, or pip from source."""
    if getattr(sys, "frozen", False):
        return INSTALLED_REMEDY[vendor]
    return MISSING_BACKEND[vendor][1]


@dataclass
class NoteContext:
    """Facts gathered during detection that the profile itself does not keep."""

    failures: dict[str, str] = field(default_factory=dict)  # probe -> reason
    llama_installed: bool = True
    pci_devices: list[PciDevice] = field(default_factory=list)
    rosetta: bool = False
    # GPU backend families the llama.cpp build carries, and those that found a device.
    gpu_backends_built: list[str] = field(default_factory=list)
    gpu_backends_loaded: list[str] = field(default_factory=list)


def gib(value: int | None) -> str:
    return "unknown" if value is None else f"{value / 1024**3:.1f} GB"


def _unused_gpu_notes(profile: HardwareProfile) -> Iterable[str]:
    llama_gpus = profile.llama_gpu_devices()
    any_discrete = any(not g.integrated for g in profile.gpus)
    by_vendor: dict[str, list[GpuInfo]] = {}
    for gpu in profile.gpus:
        by_vendor.setdefault(gpu.vendor, []).append(gpu)
    for vendor, gpus in by_vendor.items():
        seen = [d for d in llama_gpus if device_vendor(d) == vendor]
        if vendor not in MISSING_BACKEND:
            continue
        backend, how = MISSING_BACKEND[vendor][0], remedy(vendor)
        if not seen:
            for gpu in gpus:
                # An integrated GPU beside a discrete one is not worth a warning.
                if gpu.integrated and vendor != "apple" and any_discrete:
                    continue
                small_gain = (
                    " On integrated graphics the gain over the CPU is often small."
                    if gpu.integrated and vendor != "apple"
                    else ""
                )
                yield (
                    f"Your {gpu.name} is not used: this llama.cpp build has no {backend} "
                    f"backend, so models run on the CPU only.{small_gain} {how}"
                )
        elif len(seen) < len(gpus):
            yield (
                f"llama.cpp can use {len(seen)} of your {len(gpus)} {VENDOR_LABELS[vendor]} "
                "GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES "
                "or GGML_VK_VISIBLE_DEVICES."
            )


def _driverless_notes(profile: HardwareProfile, pci: list[PciDevice]) -> Iterable[str]:
    known = {g.pci_bus_id for g in profile.gpus if g.pci_bus_id}
    for device in pci:
        vendor = VENDOR_NAMES.get(device.vendor_id)
        if vendor is None or device.slot in known:
            continue
        label = VENDOR_LABELS[vendor]
        if device.driver is None:
            yield (
                f"A {label} graphics card was found (PCI {device.slot}) but no driver is "
                f"loaded for it, so it cannot be used. Install the {label} driver."
            )
        elif vendor == "nvidia" and device.driver == "nouveau":
            yield (
                f"Your NVIDIA graphics card (PCI {device.slot}) runs the open-source nouveau "
                "driver, which cannot run models. Install NVIDIA's own driver to use it."
            )


# The oldest NVIDIA driver each CUDA major version runs on (NVIDIA's CUDA release notes).
CUDA_MIN_DRIVER = {"linux": (525, 60, 13), "windows": (527, 41)}


def _version(text: str | None) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in (text or "").split(".")) or None
    except ValueError:
        return None


def _cuda_notes(profile: HardwareProfile, context: NoteContext) -> Iterable[str]:
    """A CUDA build whose CUDA backend found no GPU: most often a driver too old for it."""
    if "cuda" not in context.gpu_backends_built or "cuda" in context.gpu_backends_loaded:
        return
    fallback = (
        "through Vulkan, which is slower"
        if "vulkan" in context.gpu_backends_loaded
        else "only on the CPU"
    )
    needed = CUDA_MIN_DRIVER.get(profile.os)
    for gpu in profile.gpus:
        if gpu.vendor != "nvidia":
            continue
        have = _version(gpu.driver_version)
        if needed and have and have < needed:
            yield (
                f"Your NVIDIA driver ({gpu.driver_version}) is too old for CUDA 12, which needs "
                f"{'.'.join(map(str, needed))} or newer, so Hearth runs models {fallback}. "
                f"Update the NVIDIA driver to use your {gpu.name} fully."
            )
        else:
            yield (
                f"CUDA could not start on your {gpu.name}, so Hearth runs models {fallback}. "
                "Updating the NVIDIA driver and restarting the computer usually fixes this."
            )
        return


def build_notes(profile: HardwareProfile, context: NoteContext) -> list[str]:
    """All notes for a finished profile, most important first."""
    notes: list[str] = []
    if context.rosetta:
        notes.append(
            "Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon "
            "Mac, which is much slower and cannot use the GPU. Install the Apple Silicon "
            "(arm64) version of Python or of Hearth."
        )
    if "nvidia" in context.failures:
        notes.append(
            f"The NVIDIA driver did not answer ({context.failures['nvidia']}). If the driver "
            "was updated recently, restart the computer."
        )
    if not context.llama_installed:
        notes.append(
            "llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet."
        )
    elif "llama.cpp" in context.failures:
        notes.append(
            "Hearth could not ask llama.cpp which devices it can use "
            f"({context.failures['llama.cpp']}); it assumes the CPU only."
        )
    elif profile.llama_devices:
        notes.extend(_unused_gpu_notes(profile))
    notes.extend(_cuda_notes(profile, context))
    notes.extend(_driverless_notes(profile, context.pci_devices))
    for gpu in profile.gpus:
        if gpu.vendor == "apple" and gpu.vram_total_bytes:
            notes.append(
                f"Memory is shared between the CPU and the GPU: models on the GPU can use up "
                f"to {gib(gpu.vram_total_bytes)} of your {gib(profile.memory.total_bytes)} "
                "(Metal's limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise)."
            )
        elif gpu.vendor == "amd" and gpu.integrated and gpu.shared_total_bytes:
            notes.append(
                f"The {gpu.name} shares system memory: {gib(gpu.vram_total_bytes)} is reserved "
                f"for it and it can map up to {gib(gpu.shared_total_bytes)} more."
            )
    if profile.arch == "x86_64" and profile.cpu.features and "avx2" not in profile.cpu.features:
        notes.append(
            "Your CPU has no AVX2 instructions, so models run several times slower on it "
            "than on recent processors."
        )
    broken = sorted(set(context.failures) - {"nvidia", "llama.cpp"})
    if broken:
        notes.append(
            f"Some hardware could not be read ({', '.join(broken)}); recommendations may be "
            "less accurate. Details are in Hearth's log."
        )
    return notes
