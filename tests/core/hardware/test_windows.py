"""Windows: recorded DXGI adapter values."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from hearth.hardware.probes import ProbeUnavailableError, ReplayBackend
from hearth.hardware.windows import collect_cpu, collect_dxgi, gpus_from_dxgi


def test_dxgi_adapters(replay: Callable[[str], ReplayBackend]) -> None:
    values = replay("windows-dxgi").values("dxgi", collect_dxgi)
    amd, intel = gpus_from_dxgi(values)  # the software renderer is left out
    assert (amd.vendor, amd.name, amd.integrated) == ("amd", "AMD Radeon RX 6700 XT", False)
    assert amd.vram_total_bytes == 12_868_124_672
    # Free is the OS's current budget for us, which already counts other apps' use.
    assert amd.vram_free_bytes == 11_127_633_920
    assert amd.shared_total_bytes == 17_095_081_984
    assert amd.driver_version == "31.0.24033.1003"
    assert (intel.vendor, intel.integrated, intel.unified_memory) == ("intel", True, True)
    assert intel.vram_total_bytes == intel.vram_free_bytes == 134_217_728
    assert intel.shared_free_bytes == 15_416_254_464  # UMA: its budget is the shared pool


def test_amd_apu_and_nvidia_names_on_windows() -> None:
    values = {
        "adapters": [
            {"description": "AMD Radeon(TM) 890M Graphics", "vendor_id": 0x1002,
             "dedicated_video_memory": 4 * 1024**3},
            {"description": "NVIDIA GeForce RTX 4070", "vendor_id": 0x10DE,
             "dedicated_video_memory": 12 * 1024**3},
            {"description": "Qualcomm(R) Adreno(TM) X1-85 GPU", "vendor_id": 0x5143,
             "dedicated_video_memory": 0},
        ]
    }  # fmt: skip
    apu, rtx, adreno = gpus_from_dxgi(values)
    assert apu.integrated and not rtx.integrated
    assert (adreno.vendor, adreno.integrated) == ("other", True)
    assert rtx.vram_free_bytes is None  # no budget recorded: unknown, not "all free"


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows answer")
def test_windows_collectors_are_unavailable_elsewhere() -> None:
    with pytest.raises(ProbeUnavailableError):
        collect_dxgi()
    with pytest.raises(ProbeUnavailableError):
        collect_cpu()
