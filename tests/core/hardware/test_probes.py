"""The probe interface: live and replay backends, and per-probe time limits."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from hearth.hardware.probes import (
    LiveBackend,
    Pending,
    ProbeTimeoutError,
    ProbeUnavailableError,
    ReplayBackend,
    call_with_timeout,
)

from .conftest import FIXTURES


def test_replay_reads_recorded_files_and_lists_pci_names_with_colons() -> None:
    backend = ReplayBackend(FIXTURES / "laptop-nvidia-intel")
    assert backend.system == "Linux"
    assert "13th Gen Intel(R) Core(TM) i7-13700H" in (backend.read_text("/proc/cpuinfo") or "")
    # ':' is stored as %3A on disk but seen as ':' by the probes, like the real sysfs.
    assert "0000:00:02.0" in backend.list_dir("/sys/bus/pci/devices")
    assert backend.read_text("/sys/bus/pci/devices/0000:00:02.0/vendor") == "0x8086\n"
    assert backend.read_text("/no/such/file") is None
    assert backend.list_dir("/no/such/dir") == []


def test_replay_commands_carry_their_exit_status() -> None:
    backend = ReplayBackend(FIXTURES / "nvidia-0gpu")
    result = backend.run(["nvidia-smi", "--query-gpu=name", "--format=csv"])
    assert result.returncode == 6
    assert "No devices were found" in result.stdout
    with pytest.raises(ProbeUnavailableError):
        backend.run(["rocm-smi"])
    assert backend.commands_run[0][0] == "nvidia-smi"


def test_replay_values_never_call_the_live_collector() -> None:
    backend = ReplayBackend(FIXTURES / "nvidia-1gpu-rtx4090")

    def live() -> object:
        raise AssertionError("a replay must not touch the real machine")

    assert backend.values("nvml", live)["driver_version"] == "550.120"
    with pytest.raises(ProbeUnavailableError):
        backend.values("dxgi", live)


def test_live_backend_reads_this_machine() -> None:
    backend = LiveBackend()
    assert backend.system in ("Linux", "Darwin", "Windows")
    assert backend.read_text(__file__) == Path(__file__).read_text()
    assert backend.read_text("/definitely/not/here") is None
    assert backend.list_dir("/definitely/not/here") == []
    assert backend.values("x", lambda: {"a": 1}) == {"a": 1}


def test_live_command_missing_is_unavailable_not_an_error() -> None:
    with pytest.raises(ProbeUnavailableError):
        LiveBackend().run(["hearth-no-such-tool-xyz"])


def test_live_command_that_hangs_times_out() -> None:
    started = time.monotonic()
    with pytest.raises(ProbeTimeoutError):
        LiveBackend().run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert time.monotonic() - started < 5


def test_live_command_output_and_status() -> None:
    result = LiveBackend().run([sys.executable, "-c", "print('hi'); raise SystemExit(3)"])
    assert (result.returncode, result.stdout.strip()) == (3, "hi")


def test_pending_returns_value_raises_error_or_times_out() -> None:
    assert call_with_timeout(lambda: 42, 1.0, "answer") == 42

    def broken() -> None:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        call_with_timeout(broken, 1.0, "bad")
    started = time.monotonic()
    with pytest.raises(ProbeTimeoutError, match="slow"):
        Pending("slow", lambda: time.sleep(10), 0.2).result()
    assert time.monotonic() - started < 2


def test_pending_deadline_counts_from_start_not_from_result() -> None:
    def quick() -> str:
        time.sleep(0.3)
        return "done"

    pending = Pending("quick", quick, 0.5)
    time.sleep(0.6)  # the probe finished while the caller was busy elsewhere
    assert pending.result() == "done"
