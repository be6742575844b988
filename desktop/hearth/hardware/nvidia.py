"""NVIDIA GPUs through NVML (the library nvidia-smi itself reads), else nvidia-smi's CSV.

`collect_nvml()` turns live NVML answers into a plain dict; `gpus_from_nvml()`
parses that dict, whether it came from the driver or from a recorded fixture.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from hearth.hardware.probes import ProbeBackend, ProbeUnavailableError
from hearth.hardware.profile import GpuInfo, GpuProcess

logger = logging.getLogger(__name__)

MIB = 1024 * 1024

SMI_FIELDS = (
    "index",
    "name",
    "memory.total",
    "memory.free",
    "memory.used",
    "driver_version",
    "pci.bus_id",
    "compute_cap",
    "clocks.max.memory",
)
# Drivers older than ~510 reject compute_cap and the whole query with it.
SMI_FIELDS_OLD = SMI_FIELDS[:7]

# NVIDIA chips that share system memory instead of having their own VRAM.
UNIFIED_MEMORY_NAMES = ("GB10", "Jetson", "Orin", "Thor")


def normalise_bus_id(bus_id: str | None) -> str | None:
    """NVML's "00000000:01:00.0" to the "0000:01:00.0" form sysfs and llama.cpp use."""
    if not bus_id:
        return None
    bus_id = bus_id.strip().lower()
    domain, sep, rest = bus_id.partition(":")
    if sep and len(domain) > 4:
        domain = domain[-4:]
    return f"{domain}{sep}{rest}" if sep else bus_id


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def collect_nvml() -> dict[str, Any]:
    """Ask the NVIDIA driver through NVML; ProbeUnavailableError when there is no driver."""
    import pynvml

    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError as exc:
        missing = (pynvml.NVML_ERROR_LIBRARY_NOT_FOUND, pynvml.NVML_ERROR_DRIVER_NOT_LOADED)
        if getattr(exc, "value", None) in missing:
            raise ProbeUnavailableError(f"NVML: {exc}") from exc
        raise
    try:
        values: dict[str, Any] = {
            "driver_version": _text(pynvml.nvmlSystemGetDriverVersion()),
            "devices": [],
        }
        try:
            values["cuda_driver_version"] = int(pynvml.nvmlSystemGetCudaDriverVersion())
        except pynvml.NVMLError:
            values["cuda_driver_version"] = None
        for index in range(pynvml.nvmlDeviceGetCount()):
            values["devices"].append(_collect_device(pynvml, index))
        return values
    finally:
        with contextlib.suppress(pynvml.NVMLError):
            pynvml.nvmlShutdown()


def _collect_device(pynvml: Any, index: int) -> dict[str, Any]:
    handle = pynvml.nvmlDeviceGetHandleByIndex(index)
    device: dict[str, Any] = {"index": index, "name": _text(pynvml.nvmlDeviceGetName(handle))}

    def optional(key: str, call: Any) -> None:
        # Each query may be unsupported on some boards (e.g. memory info on GB10).
        try:
            device[key] = call()
        except pynvml.NVMLError as exc:
            device[key] = None
            logger.debug("NVML %s on GPU %d: %s", key, index, exc)

    def memory() -> dict[str, int]:
        info = pynvml.nvmlDeviceGetMemoryInfo(handle)
        return {"total": int(info.total), "free": int(info.free), "used": int(info.used)}

    def processes() -> list[dict[str, Any]]:
        seen: dict[int, int | None] = {}
        for getter in (
            pynvml.nvmlDeviceGetComputeRunningProcesses,
            pynvml.nvmlDeviceGetGraphicsRunningProcesses,
        ):
            for proc in getter(handle):
                used = getattr(proc, "usedGpuMemory", None)
                seen[int(proc.pid)] = None if used is None else int(used)
        return [{"pid": pid, "used_memory": used} for pid, used in seen.items()]

    optional("memory", memory)
    optional("compute_capability", lambda: list(pynvml.nvmlDeviceGetCudaComputeCapability(handle)))
    optional("pci_bus_id", lambda: _text(pynvml.nvmlDeviceGetPciInfo(handle).busId))
    optional("uuid", lambda: _text(pynvml.nvmlDeviceGetUUID(handle)))
    optional(
        "max_memory_clock_mhz",
        lambda: int(pynvml.nvmlDeviceGetMaxClockInfo(handle, pynvml.NVML_CLOCK_MEM)),
    )
    optional("memory_bus_width", lambda: int(pynvml.nvmlDeviceGetMemoryBusWidth(handle)))
    optional("processes", processes)
    return device


def bandwidth_from_clock(max_memory_clock_mhz: Any, bus_width_bits: Any) -> float | None:
    """Peak bandwidth in GB/s: NVML's memory clock is half the data rate (DDR)."""
    if not max_memory_clock_mhz or not bus_width_bits:
        return None
    return round(float(max_memory_clock_mhz) * 2 * float(bus_width_bits) / 8 / 1000, 1)


def _unified(name: str) -> bool:
    return any(marker.lower() in name.lower() for marker in UNIFIED_MEMORY_NAMES)


def gpus_from_nvml(values: dict[str, Any]) -> list[GpuInfo]:
    """GpuInfo for each device in an NVML snapshot (live or recorded)."""
    gpus = []
    for device in values.get("devices") or []:
        name = str(device.get("name") or "NVIDIA GPU")
        memory = device.get("memory") or {}
        cc = device.get("compute_capability")
        unified = _unified(name)
        gpus.append(
            GpuInfo(
                vendor="nvidia",
                name=name,
                vram_total_bytes=memory.get("total"),
                vram_free_bytes=memory.get("free"),
                integrated=unified,
                unified_memory=unified,
                driver_version=values.get("driver_version"),
                architecture=f"{cc[0]}.{cc[1]}" if cc else None,
                pci_bus_id=normalise_bus_id(device.get("pci_bus_id")),
                bandwidth_gbps=bandwidth_from_clock(
                    device.get("max_memory_clock_mhz"), device.get("memory_bus_width")
                ),
                index=device.get("index"),
                source="nvml",
                processes=[
                    GpuProcess(int(p["pid"]), p.get("used_memory"))
                    for p in device.get("processes") or []
                ],
            )
        )
    return gpus


def _csv_value(raw: str) -> str | None:
    raw = raw.strip()
    return None if not raw or raw.startswith("[") or raw == "N/A" else raw


def _mib(raw: str | None) -> int | None:
    try:
        return None if raw is None else int(float(raw) * MIB)
    except ValueError:
        return None


def gpus_from_smi_csv(text: str, fields: tuple[str, ...] = SMI_FIELDS) -> list[GpuInfo]:
    """Parse `nvidia-smi --query-gpu=<fields> --format=csv,noheader,nounits`."""
    gpus = []
    for line in text.splitlines():
        if not line.strip() or "," not in line:
            continue  # "No devices were found" and other prose
        # GPU names never contain commas; split from the left all the same.
        row = dict(zip(fields, (_csv_value(c) for c in line.split(",")), strict=False))
        name = row.get("name") or "NVIDIA GPU"
        unified = _unified(name)
        index = row.get("index")
        gpus.append(
            GpuInfo(
                vendor="nvidia",
                name=name,
                vram_total_bytes=_mib(row.get("memory.total")),
                vram_free_bytes=_mib(row.get("memory.free")),
                integrated=unified,
                unified_memory=unified,
                driver_version=row.get("driver_version"),
                architecture=row.get("compute_cap"),
                pci_bus_id=normalise_bus_id(row.get("pci.bus_id")),
                index=int(index) if index and index.isdigit() else None,
                source="nvidia-smi",
            )
        )
    return gpus


def _query_smi(backend: ProbeBackend) -> list[GpuInfo]:
    for fields in (SMI_FIELDS, SMI_FIELDS_OLD):
        result = backend.run(
            ["nvidia-smi", f"--query-gpu={','.join(fields)}", "--format=csv,noheader,nounits"]
        )
        if result.returncode == 0:
            return gpus_from_smi_csv(result.stdout, fields)
        if "No devices were found" in result.stdout:
            return []
        if "not a valid field" not in result.stdout:
            # e.g. "NVIDIA-SMI has failed because it couldn't communicate with the driver"
            message = result.stdout.strip().splitlines()[0] if result.stdout.strip() else ""
            raise RuntimeError(f"nvidia-smi exited {result.returncode}: {message}")
    raise RuntimeError("nvidia-smi rejected the query")


def probe_nvidia(backend: ProbeBackend) -> list[GpuInfo]:
    """NVIDIA GPUs: NVML first, nvidia-smi when NVML is missing or broken."""
    nvml_error: Exception | None = None
    try:
        return gpus_from_nvml(backend.values("nvml", collect_nvml))
    except ProbeUnavailableError:
        pass
    except Exception as exc:  # a broken driver install: try the command-line tool
        nvml_error = exc
        logger.info("NVML failed (%s); trying nvidia-smi", exc)
    try:
        return _query_smi(backend)
    except ProbeUnavailableError:
        if nvml_error is not None:
            raise nvml_error from None
        return []
