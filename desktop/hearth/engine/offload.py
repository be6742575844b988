"""Where a loaded model's layers run, as llama.cpp said while loading it."""

from __future__ import annotations

import re
from dataclasses import dataclass

# llama.cpp's log lines saying where the layers went (llama-model.cpp, llama.cpp).
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_DEVICE = re.compile(r"using device (\S+) \((.*)\) \([^)]*\) - \d+ MiB free")
_BLOCKS = re.compile(r"print_info: n_layer\s+=\s+(\d+)")
# What a C++ exception that ended the process said ("vk::Queue::submit: ErrorDeviceLost").
_ABORT = re.compile(r"what\(\):\s+(.+)")


@dataclass(frozen=True)
class Offload:
    """Where a loaded model runs: `gpu_layers` of `layers` on `devices`, the rest on the CPU."""

    gpu_layers: int
    layers: int
    devices: tuple[str, ...] = ()  # "Vulkan0 (NVIDIA GeForce RTX 3060)"

    @property
    def on_cpu_only(self) -> bool:
        return self.gpu_layers == 0

    def describe(self) -> str:
        """For the logs (the GUI words it itself)."""
        if self.on_cpu_only:
            return f"all {self.layers} layers on the CPU"
        where = ", ".join(self.devices) or "the GPU"
        rest = self.layers - self.gpu_layers
        return f"{self.gpu_layers} of {self.layers} layers on {where}, {rest} on the CPU"


def offload_from_log(log_text: str) -> Offload | None:
    """What llama.cpp said about this load's offload; None if it said nothing."""
    counts = _OFFLOADED.findall(log_text)
    if not counts:
        # Without a GPU backend llama.cpp does not speak of offloading at all.
        blocks = _BLOCKS.findall(log_text)
        return Offload(0, int(blocks[-1]) + 1) if blocks else None
    done, total = (int(n) for n in counts[-1])
    devices = tuple(f"{name} ({description})" for name, description in _DEVICE.findall(log_text))
    return Offload(done, total, devices if done else ())


@dataclass(frozen=True)
class OffloadFallback:
    """The GPU could not run what was asked: `requested` layers then, `now` layers now."""

    requested: int
    now: int
    reason: str  # llama.cpp's own words, for the log and the details
    device_lost: bool = False  # mid-reply (True) or while loading (False)


def abort_reason(log_text: str) -> str:
    """The message of the exception that aborted the engine, from its log ('' if none)."""
    found = _ABORT.findall(log_text)
    return found[-1].strip() if found else ""
