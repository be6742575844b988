"""Notes for the user about what the profile means: unused GPUs, missing drivers,
shared memory. Each is a kind with its params (for the GUI to word) and a
complete English sentence (for the command line and the log)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from hearth.hardware.llama_backends import device_vendor
from hearth.hardware.profile import GpuInfo, HardwareNote, HardwareProfile
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


def _unused_gpu_notes(profile: HardwareProfile) -> Iterable[HardwareNote]:
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
                yield HardwareNote(
                    "gpu_unused",
                    f"Your {gpu.name} is not used: this llama.cpp build has no {backend} "
                    f"backend, so models run on the CPU only.{small_gain} {how}",
                    {
                        "gpu": gpu.name,
                        "backend": backend,
                        "vendor": vendor,
                        "integrated": gpu.integrated and vendor != "apple",
                        "remedy": how,
                    },
                )
        elif len(seen) < len(gpus):
            yield HardwareNote(
                "gpu_hidden",
                f"llama.cpp can use {len(seen)} of your {len(gpus)} {VENDOR_LABELS[vendor]} "
                "GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES "
                "or GGML_VK_VISIBLE_DEVICES.",
                {"seen": len(seen), "total": len(gpus), "vendor": vendor},
            )


def _driverless_notes(profile: HardwareProfile, pci: list[PciDevice]) -> Iterable[HardwareNote]:
    known = {g.pci_bus_id for g in profile.gpus if g.pci_bus_id}
    for device in pci:
        vendor = VENDOR_NAMES.get(device.vendor_id)
        if vendor is None or device.slot in known:
            continue
        label = VENDOR_LABELS[vendor]
        if device.driver is None:
            yield HardwareNote(
                "gpu_no_driver",
                f"A {label} graphics card was found (PCI {device.slot}) but no driver is "
                f"loaded for it, so it cannot be used. Install the {label} driver.",
                {"vendor": vendor, "slot": device.slot},
            )
        elif vendor == "nvidia" and device.driver == "nouveau":
            yield HardwareNote(
                "gpu_nouveau",
                f"Your NVIDIA graphics card (PCI {device.slot}) runs the open-source nouveau "
                "driver, which cannot run models. Install NVIDIA's own driver to use it.",
                {"slot": device.slot},
            )


# The oldest NVIDIA driver each CUDA major version runs on (NVIDIA's CUDA release notes).
CUDA_MIN_DRIVER = {"linux": (525, 60, 13), "windows": (527, 41)}


def _version(text: str | None) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in (text or "").split(".")) or None
    except ValueError:
        return None


def _cuda_notes(profile: HardwareProfile, context: NoteContext) -> Iterable[HardwareNote]:
    """A CUDA build whose CUDA backend found no GPU: most often a driver too old for it."""
    if "cuda" not in context.gpu_backends_built or "cuda" in context.gpu_backends_loaded:
        return
    fallback_kind = "vulkan" if "vulkan" in context.gpu_backends_loaded else "cpu"
    fallback = "through Vulkan, which is slower" if fallback_kind == "vulkan" else "only on the CPU"
    needed = CUDA_MIN_DRIVER.get(profile.os)
    for gpu in profile.gpus:
        if gpu.vendor != "nvidia":
            continue
        have = _version(gpu.driver_version)
        if needed and have and have < needed:
            yield HardwareNote(
                "cuda_driver_old",
                f"Your NVIDIA driver ({gpu.driver_version}) is too old for CUDA 12, which needs "
                f"{'.'.join(map(str, needed))} or newer, so Hearth runs models {fallback}. "
                f"Update the NVIDIA driver to use your {gpu.name} fully.",
                {
                    "gpu": gpu.name,
                    "driver": gpu.driver_version,
                    "needed": ".".join(map(str, needed)),
                    "fallback": fallback_kind,
                },
            )
        else:
            yield HardwareNote(
                "cuda_failed",
                f"CUDA could not start on your {gpu.name}, so Hearth runs models {fallback}. "
                "Updating the NVIDIA driver and restarting the computer usually fixes this.",
                {"gpu": gpu.name, "fallback": fallback_kind},
            )
        return


def build_notes(profile: HardwareProfile, context: NoteContext) -> list[HardwareNote]:
    """All notes for a finished profile, most important first."""
    notes: list[HardwareNote] = []
    if context.rosetta:
        notes.append(
            HardwareNote(
                "rosetta",
                "Hearth is running as an Intel (x86_64) program under Rosetta on an Apple "
                "Silicon Mac, which is much slower and cannot use the GPU. Install the Apple "
                "Silicon (arm64) version of Python or of Hearth.",
            )
        )
    if "nvidia" in context.failures:
        reason = context.failures["nvidia"]
        notes.append(
            HardwareNote(
                "nvidia_unanswered",
                f"The NVIDIA driver did not answer ({reason}). If the driver "
                "was updated recently, restart the computer.",
                {"reason": reason},
            )
        )
    if not context.llama_installed:
        notes.append(
            HardwareNote(
                "llama_missing",
                "llama.cpp (the llama-cpp-python package) is not installed, so models cannot "
                "run yet.",
            )
        )
    elif "llama.cpp" in context.failures:
        reason = context.failures["llama.cpp"]
        notes.append(
            HardwareNote(
                "llama_unreadable",
                f"Hearth could not ask llama.cpp which devices it can use ({reason}); "
                "it assumes the CPU only.",
                {"reason": reason},
            )
        )
    elif profile.llama_devices:
        notes.extend(_unused_gpu_notes(profile))
    notes.extend(_cuda_notes(profile, context))
    notes.extend(_driverless_notes(profile, context.pci_devices))
    for gpu in profile.gpus:
        if gpu.vendor == "apple" and gpu.vram_total_bytes:
            notes.append(
                HardwareNote(
                    "shared_memory_apple",
                    f"Memory is shared between the CPU and the GPU: models on the GPU can use "
                    f"up to {gib(gpu.vram_total_bytes)} of your "
                    f"{gib(profile.memory.total_bytes)} (Metal's limit, which "
                    "`sudo sysctl iogpu.wired_limit_mb=...` can raise).",
                    {"gpu_bytes": gpu.vram_total_bytes, "ram_bytes": profile.memory.total_bytes},
                )
            )
        elif gpu.vendor == "amd" and gpu.integrated and gpu.shared_total_bytes:
            notes.append(
                HardwareNote(
                    "shared_memory_apu",
                    f"The {gpu.name} shares system memory: {gib(gpu.vram_total_bytes)} is "
                    f"reserved for it and it can map up to {gib(gpu.shared_total_bytes)} more.",
                    {
                        "gpu": gpu.name,
                        "reserved_bytes": gpu.vram_total_bytes,
                        "shared_bytes": gpu.shared_total_bytes,
                    },
                )
            )
    if profile.arch == "x86_64" and profile.cpu.features and "avx2" not in profile.cpu.features:
        notes.append(
            HardwareNote(
                "cpu_no_avx2",
                "Your CPU has no AVX2 instructions, so models run several times slower on it "
                "than on recent processors.",
            )
        )
    broken = sorted(set(context.failures) - {"nvidia", "llama.cpp"})
    if broken:
        notes.append(
            HardwareNote(
                "probes_failed",
                f"Some hardware could not be read ({', '.join(broken)}); recommendations may "
                "be less accurate. Details are in Hearth's log.",
                {"probes": broken},
            )
        )
    return notes
