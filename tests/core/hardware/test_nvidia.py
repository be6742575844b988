"""NVIDIA: recorded NVML values and nvidia-smi CSV through the live parsing code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from hearth.hardware.nvidia import (
    SMI_FIELDS_OLD,
    bandwidth_from_clock,
    gpus_from_nvml,
    gpus_from_smi_csv,
    normalise_bus_id,
    probe_nvidia,
)
from hearth.hardware.probes import CommandResult, ProbeUnavailableError, ReplayBackend

from .conftest import FIXTURES

MIB = 1024**2

# machine -> [(name, total MiB, compute capability, PCI bus id)]
EXPECTED = {
    "nvidia-0gpu": [],
    "nvidia-1gpu-rtx4090": [("NVIDIA GeForce RTX 4090", 24564, "8.9", "0000:01:00.0")],
    "nvidia-2gpu-rtx3090": [
        ("NVIDIA GeForce RTX 3090", 24576, "8.6", "0000:1a:00.0"),
        ("NVIDIA GeForce RTX 3090", 24576, "8.6", "0000:68:00.0"),
    ],
    "laptop-nvidia-intel": [("NVIDIA GeForce RTX 4060 Laptop GPU", 8188, "8.9", "0000:01:00.0")],
}


class NoNvml(ReplayBackend):
    """A recorded machine whose NVML is missing or broken, so nvidia-smi is asked."""

    def __init__(self, root: Any, nvml_error: Exception | None = None) -> None:
        super().__init__(root)
        self.nvml_error = nvml_error or ProbeUnavailableError("libnvidia-ml.so.1 not found")

    def values(self, name: str, collect: Callable[[], Any]) -> Any:
        if name == "nvml":
            raise self.nvml_error
        return super().values(name, collect)


class ScriptedSmi(NoNvml):
    """nvidia-smi answering each call with the next scripted (status, output)."""

    def __init__(self, answers: list[tuple[int, str]]) -> None:
        super().__init__(FIXTURES / "nvidia-0gpu")
        self.answers = answers

    def run(self, argv: Sequence[str], timeout: float = 4.0) -> CommandResult:
        self.commands_run.append(list(argv))
        code, out = self.answers.pop(0)
        return CommandResult(code, out)


def summary(gpus: list[Any]) -> list[tuple[str, int, str | None, str | None]]:
    return [(g.name, round(g.vram_total_bytes / MIB), g.architecture, g.pci_bus_id) for g in gpus]


@pytest.mark.parametrize("machine", sorted(EXPECTED))
def test_nvml_replay(machine: str, replay: Callable[[str], ReplayBackend]) -> None:
    gpus = probe_nvidia(replay(machine))
    assert summary(gpus) == EXPECTED[machine]
    assert all(g.source == "nvml" and g.vendor == "nvidia" and not g.integrated for g in gpus)


@pytest.mark.parametrize("machine", sorted(EXPECTED))
def test_nvidia_smi_fallback_agrees_with_nvml(machine: str) -> None:
    backend = NoNvml(FIXTURES / machine)
    gpus = probe_nvidia(backend)
    assert summary(gpus) == EXPECTED[machine]
    assert all(g.source == "nvidia-smi" for g in gpus)
    assert backend.commands_run[0][1].startswith("--query-gpu=index,name,memory.total")
    nvml = gpus_from_nvml(ReplayBackend(FIXTURES / machine).values("nvml", dict))
    for smi_gpu, nvml_gpu in zip(gpus, nvml, strict=True):
        assert smi_gpu.driver_version == nvml_gpu.driver_version
        # nvidia-smi rounds to MiB; NVML counts bytes.
        assert abs((smi_gpu.vram_free_bytes or 0) - (nvml_gpu.vram_free_bytes or 0)) < MIB


def test_nvml_details_other_processes_and_bandwidth(
    replay: Callable[[str], ReplayBackend],
) -> None:
    first, second = probe_nvidia(replay("nvidia-2gpu-rtx3090"))
    # Another program holds 17 GB on the first card: free memory says so.
    assert first.vram_free_bytes == 7_329_611_776
    assert [p.pid for p in first.processes] == [48211, 1871]
    assert second.processes == []
    assert first.bandwidth_gbps == second.bandwidth_gbps == 936.1
    assert first.driver_version == "535.183.01"
    assert (first.index, second.index) == (0, 1)


def test_bandwidth_from_nvml_clocks() -> None:
    assert bandwidth_from_clock(10501, 384) == 1008.1  # RTX 4090, GDDR6X
    assert bandwidth_from_clock(2619, 5120) == 3352.3  # H100 SXM, HBM3
    assert bandwidth_from_clock(None, 384) is None


def test_no_driver_at_all_means_no_gpu() -> None:
    empty = NoNvml(FIXTURES / "linux-arm64-graviton3")
    assert probe_nvidia(empty) == []


def test_old_driver_without_compute_cap_field() -> None:
    backend = ScriptedSmi(
        [
            (2, 'Field "compute_cap" is not a valid field to query.\n'),
            (0, "0, Tesla T4, 15360, 15101, 259, 470.256.02, 00000000:00:1E.0\n"),
        ]
    )
    (gpu,) = probe_nvidia(backend)
    assert (gpu.name, gpu.architecture, gpu.pci_bus_id) == ("Tesla T4", None, "0000:00:1e.0")
    assert backend.commands_run[1][1] == "--query-gpu=" + ",".join(SMI_FIELDS_OLD)


def test_driver_that_does_not_answer_is_an_error() -> None:
    message = (
        "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
        "Make sure that the latest NVIDIA driver is installed and running.\n"
    )
    with pytest.raises(RuntimeError, match="couldn't communicate"):
        probe_nvidia(ScriptedSmi([(9, message)]))


def test_broken_nvml_without_nvidia_smi_reports_nvml_error() -> None:
    broken = NoNvml(FIXTURES / "linux-arm64-graviton3", RuntimeError("Driver/library mismatch"))
    with pytest.raises(RuntimeError, match="mismatch"):
        probe_nvidia(broken)


def test_smi_csv_with_unsupported_fields() -> None:
    text = "0, NVIDIA GB10, [N/A], [N/A], [N/A], 580.95.05, 0000000F:01:00.0, 12.1, [N/A]\n"
    (gpu,) = gpus_from_smi_csv(text)
    assert gpu.vram_total_bytes is None and gpu.vram_free_bytes is None
    assert gpu.unified_memory and gpu.integrated  # GB10 shares LPDDR5X with its CPU
    assert gpu.pci_bus_id == "000f:01:00.0"


def test_normalise_bus_id() -> None:
    assert normalise_bus_id("00000000:1A:00.0") == "0000:1a:00.0"
    assert normalise_bus_id("0000:03:00.0") == "0000:03:00.0"
    assert normalise_bus_id(None) is None
