"""format_summary: the text `hearth detect` prints."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from hearth.hardware import build_profile, format_summary
from hearth.hardware.probes import ReplayBackend


def test_summary_of_a_two_gpu_machine(replay: Callable[[str], ReplayBackend]) -> None:
    text = format_summary(build_profile(replay("nvidia-2gpu-rtx3090"), measure_bandwidth=False))
    assert "CPU: Intel(R) Core(TM) i9-10980XE CPU @ 3.00GHz - 18 cores, 36 threads" in text
    assert text.count("NVIDIA GeForce RTX 3090 (discrete)") == 2
    assert "VRAM: 6.8 GB free of 24.0 GB" in text
    assert "compute capability 8.6, 936 GB/s, driver 535.183.01, PCI 0000:1a:00.0" in text
    assert "In use by 2 other program(s): 16.8 GB" in text
    assert "CUDA1: NVIDIA GeForce RTX 3090 [gpu]" in text


def test_summary_of_a_mac_and_notes(replay: Callable[[str], ReplayBackend]) -> None:
    text = format_summary(build_profile(replay("mac-m1-8gb"), measure_bandwidth=False))
    assert text.startswith("System: macOS 14.6.1 (arm64)")
    assert "(4 performance cores)" in text
    assert "GPU share of memory: 2.6 GB free of 5.3 GB" in text
    assert "Notes:\n  - Memory is shared between the CPU and the GPU" in text


def test_summary_without_gpus_or_llama(replay: Callable[[str], ReplayBackend]) -> None:
    profile = build_profile(replay("linux-arm64-graviton3"), measure_bandwidth=False)
    profile.llama_devices = []
    text = format_summary(profile)
    assert "GPUs: none found" in text
    assert "llama.cpp 0.3.36: devices unknown" in text


def test_hardware_package_never_imports_qt() -> None:
    code = (
        "import sys, hearth.hardware as h; h.format_summary(h.detect()); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
