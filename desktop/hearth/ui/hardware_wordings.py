"""Hardware notes and memory bars said in the user's language, from their kinds.

The core's notes (hardware/notes.py) and bars (HardwareProfile.memory_bars) carry
a kind and params beside an English sentence for the command line; the window
words each kind here. A note kind without a wording fails a test, like errors.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from hearth.hardware.notes import VENDOR_LABELS
from hearth.hardware.profile import HardwareNote, MemoryBar, MemoryBarKind, NoteKind
from hearth.ui.units import gigabytes

# A plain name for Qt's translate(), so pyside6-lupdate finds every literal given to it.
translate = QCoreApplication.translate

Params = Mapping[str, Any]


def _vendor(p: Params) -> str:
    vendor = str(p.get("vendor", ""))
    return VENDOR_LABELS.get(vendor, vendor)


def _fallback(p: Params) -> str:
    if p.get("fallback") == "vulkan":
        return translate("Hardware", "Hearth runs models through Vulkan, which is slower.")
    return translate("Hardware", "Hearth runs models on the processor only.")


def _remedy(p: Params) -> str:
    """What would put an unused GPU to work: the installer's download, or (run from
    source) the core's pip command, which is a command and stays as it is."""
    if not getattr(sys, "frozen", False):
        return translate("Hardware", "To use it: {command}").format(command=p.get("remedy", ""))
    vendor = p.get("vendor")
    if vendor == "nvidia":
        return translate(
            "Hardware",
            'Install "Hearth for NVIDIA" from the download page: it uses your GPU through '
            "CUDA (an up-to-date NVIDIA driver is needed).",
        )
    if vendor == "apple":
        return translate("Hardware", "The Apple Silicon download of Hearth uses it through Metal.")
    return translate(
        "Hardware",
        "Hearth uses it through Vulkan: install your graphics driver's Vulkan support "
        "(on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.",
    )


def _gpu_unused(p: Params) -> str:
    text = translate(
        "Hardware",
        "Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models "
        "run on the processor only.",
    ).format(gpu=p.get("gpu", ""), backend=p.get("backend", ""))
    if p.get("integrated"):
        text += " " + translate(
            "Hardware", "On integrated graphics the gain over the processor is often small."
        )
    return text + " " + _remedy(p)


NOTE_WORDINGS: dict[NoteKind, Callable[[Params], str]] = {
    "rosetta": lambda _p: translate(
        "Hardware",
        "Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon "
        "Mac, which is much slower and cannot use the GPU. Install the Apple Silicon "
        "(arm64) version of Hearth.",
    ),
    "nvidia_unanswered": lambda p: translate(
        "Hardware",
        "The NVIDIA driver did not answer ({reason}). If the driver was updated recently, "
        "restart the computer.",
    ).format(reason=p.get("reason", "")),
    "llama_missing": lambda _p: translate(
        "Hardware",
        "llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.",
    ),
    "llama_unreadable": lambda p: translate(
        "Hardware",
        "Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes "
        "the processor only.",
    ).format(reason=p.get("reason", "")),
    "gpu_unused": _gpu_unused,
    "gpu_hidden": lambda p: translate(
        "Hardware",
        "llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by "
        "CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.",
    ).format(seen=p.get("seen", "?"), total=p.get("total", "?"), vendor=_vendor(p)),
    "cuda_driver_old": lambda p: translate(
        "Hardware",
        "Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or "
        "newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.",
    ).format(
        driver=p.get("driver", ""),
        needed=p.get("needed", ""),
        fallback=_fallback(p),
        gpu=p.get("gpu", ""),
    ),
    "cuda_failed": lambda p: translate(
        "Hardware",
        "CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and "
        "restarting the computer usually fixes this.",
    ).format(gpu=p.get("gpu", ""), fallback=_fallback(p)),
    "gpu_no_driver": lambda p: translate(
        "Hardware",
        "A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, "
        "so it cannot be used. Install the {vendor} driver.",
    ).format(vendor=_vendor(p), slot=p.get("slot", "")),
    "gpu_nouveau": lambda p: translate(
        "Hardware",
        "Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which "
        "cannot run models. Install NVIDIA's own driver to use it.",
    ).format(slot=p.get("slot", "")),
    "shared_memory_apple": lambda p: translate(
        "Hardware",
        "Memory is shared between the processor and the GPU: models on the GPU can use up "
        "to {gpu} GB of your {ram} GB (Metal's limit, which "
        "`sudo sysctl iogpu.wired_limit_mb=...` can raise).",
    ).format(gpu=gigabytes(p.get("gpu_bytes")), ram=gigabytes(p.get("ram_bytes"))),
    "shared_memory_apu": lambda p: translate(
        "Hardware",
        "The {gpu} shares system memory: {reserved} GB is reserved for it and it can map "
        "up to {shared} GB more.",
    ).format(
        gpu=p.get("gpu", ""),
        reserved=gigabytes(p.get("reserved_bytes")),
        shared=gigabytes(p.get("shared_bytes")),
    ),
    "cpu_no_avx2": lambda _p: translate(
        "Hardware",
        "Your processor has no AVX2 instructions, so models run several times slower on it "
        "than on recent processors.",
    ),
    "probes_failed": lambda p: translate(
        "Hardware",
        "Some hardware could not be read ({probes}); recommendations may be less accurate. "
        "Details are in Hearth's log.",
    ).format(probes=", ".join(str(x) for x in p.get("probes") or [])),
    "detection_failed": lambda _p: translate(
        "Hardware", "Hearth could not read this computer's hardware; see Hearth's log."
    ),
    "other": lambda _p: "",  # a sentence saved by an older Hearth: shown as it is
}


def note_text(note: HardwareNote) -> str:
    """A hardware note in the user's language."""
    return NOTE_WORDINGS[note.kind](note.params) or note.text


BAR_WORDINGS: dict[MemoryBarKind, Callable[[MemoryBar], str]] = {
    "ram": lambda _b: translate("Hardware", "System memory (RAM)"),
    "unified": lambda _b: translate("Hardware", "Unified memory"),
    "vram": lambda b: b.device or b.name,
    "gpu_share": lambda b: translate("Hardware", "{gpu} (GPU share)").format(gpu=b.device),
    "shared": lambda b: translate("Hardware", "{gpu} (shared memory)").format(gpu=b.device),
}


def bar_label(bar: MemoryBar) -> str:
    """A memory bar's name in the user's language."""
    return BAR_WORDINGS[bar.kind](bar)
