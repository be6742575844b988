"""Hardware detection: what this computer has, and what its llama.cpp build can use.

`detect()` returns a `HardwareProfile`, cached for the session (`detect(refresh=True)`
reads the machine again). `profile.to_dict()` is JSON-able and
`HardwareProfile.from_dict()` reads it back; `profile.memory_bars()` gives the GUI
one (name, used, total) bar per device; `format_summary(profile)` is the CLI's text.
"""

from __future__ import annotations

from hearth.hardware.detector import build_profile, detect
from hearth.hardware.profile import (
    CpuInfo,
    GpuInfo,
    GpuProcess,
    HardwareProfile,
    LlamaDevice,
    MemoryBar,
    MemoryInfo,
)
from hearth.hardware.report import format_summary

__all__ = [
    "CpuInfo",
    "GpuInfo",
    "GpuProcess",
    "HardwareProfile",
    "LlamaDevice",
    "MemoryBar",
    "MemoryInfo",
    "build_profile",
    "detect",
    "format_summary",
]
