"""Windows: every GPU vendor through DXGI, and the CPU from the registry.

`collect_dxgi()` asks DXGI (via ctypes, no extra package) for each adapter's
description, dedicated and shared memory, and - through IDXGIAdapter3 - the
memory budget the OS grants right now, which accounts for other apps' VRAM.
`gpus_from_dxgi()` parses those values, live or recorded. Windows' own Task
Manager reads the same numbers; AMD's free VRAM is only trustworthy this way.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from hearth.hardware.intel import DISCRETE as INTEL_DISCRETE
from hearth.hardware.nvidia import UNIFIED_MEMORY_NAMES
from hearth.hardware.probes import ProbeUnavailableError
from hearth.hardware.profile import GpuInfo

DXGI_ADAPTER_FLAG_SOFTWARE = 0x2
VENDORS = {0x10DE: "nvidia", 0x1002: "amd", 0x1022: "amd", 0x8086: "intel"}
MICROSOFT = 0x1414  # "Microsoft Basic Render Driver" and other software adapters
QUALCOMM = 0x5143
# AMD integrated GPUs: "AMD Radeon(TM) Graphics", "AMD Radeon 780M Graphics", "... 8060S Graphics".
AMD_INTEGRATED = re.compile(r"Radeon(\(TM\))?\s+(\d{3,4}[MS]\s+)?Graphics\s*$", re.IGNORECASE)

# IsProcessorFeaturePresent ids -> our feature names.
PROCESSOR_FEATURES = {
    13: "sse3",
    36: "ssse3",
    39: "avx",
    40: "avx2",
    41: "avx512f",
    19: "neon",
    43: "dotprod",
    46: "sve",
    47: "sve2",
}


def collect_cpu() -> dict[str, Any]:
    """CPU brand from the registry and features from IsProcessorFeaturePresent."""
    if sys.platform != "win32":
        raise ProbeUnavailableError("not Windows")
    import ctypes
    import winreg

    key_path = r"HARDWARE\DESCRIPTION\System\CentralProcessor\0"
    with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path) as key:
        brand = str(winreg.QueryValueEx(key, "ProcessorNameString")[0])
    present = ctypes.windll.kernel32.IsProcessorFeaturePresent
    features = {name for pf, name in PROCESSOR_FEATURES.items() if present(pf)}
    if "avx2" in features:
        # Windows has no flag for these; every AVX2 CPU (Haswell, Zen and later) has them.
        features |= {"fma", "f16c"}
    return {"brand": brand.strip(), "features": sorted(features)}


def collect_dxgi() -> dict[str, Any]:
    """Every DXGI adapter's description and memory numbers, as a JSON-able dict."""
    if sys.platform == "win32":  # this way round, mypy skips the helpers on other systems
        factory = _create_factory()
        try:
            return {"adapters": _adapters(factory)}
        finally:
            _release(factory)
    raise ProbeUnavailableError("DXGI exists only on Windows")


if sys.platform == "win32":  # ctypes' COM calls (WINFUNCTYPE, windll) exist only there
    import ctypes
    import uuid
    from ctypes import wintypes

    IID_FACTORY1 = "770aae78-f26f-4dba-a829-253c83d1b387"  # IDXGIFactory1
    IID_DEVICE = "54ec77fa-1377-44e6-8c32-88fd5f44c84c"  # IDXGIDevice
    IID_ADAPTER3 = "645967a4-1392-4310-a798-8053ce3e93fd"  # IDXGIAdapter3

    class _Luid(ctypes.Structure):
        _fields_ = [("LowPart", wintypes.DWORD), ("HighPart", wintypes.LONG)]

    class _AdapterDesc1(ctypes.Structure):  # DXGI_ADAPTER_DESC1
        _fields_ = [
            ("Description", wintypes.WCHAR * 128),
            ("VendorId", wintypes.UINT),
            ("DeviceId", wintypes.UINT),
            ("SubSysId", wintypes.UINT),
            ("Revision", wintypes.UINT),
            ("DedicatedVideoMemory", ctypes.c_size_t),
            ("DedicatedSystemMemory", ctypes.c_size_t),
            ("SharedSystemMemory", ctypes.c_size_t),
            ("AdapterLuid", _Luid),
            ("Flags", wintypes.UINT),
        ]

    class _MemoryInfo(ctypes.Structure):  # DXGI_QUERY_VIDEO_MEMORY_INFO
        _fields_ = [
            ("Budget", ctypes.c_uint64),
            ("CurrentUsage", ctypes.c_uint64),
            ("AvailableForReservation", ctypes.c_uint64),
            ("CurrentReservation", ctypes.c_uint64),
        ]

    def _guid(text: str) -> ctypes.Array[ctypes.c_char]:
        return ctypes.create_string_buffer(uuid.UUID(text).bytes_le, 16)

    def _method(obj: ctypes.c_void_p, index: int, *argtypes: Any) -> Any:
        # COM: the object's first word points at its table of method pointers.
        vtable = ctypes.cast(obj, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p))).contents
        proto = ctypes.WINFUNCTYPE(ctypes.c_long, ctypes.c_void_p, *argtypes)
        return lambda *args: proto(vtable[index])(obj, *args)

    def _release(obj: ctypes.c_void_p) -> None:
        if obj:
            _method(obj, 2)()

    def _create_factory() -> ctypes.c_void_p:
        factory = ctypes.c_void_p()
        hr = ctypes.windll.dxgi.CreateDXGIFactory1(_guid(IID_FACTORY1), ctypes.byref(factory))
        if hr < 0:
            raise OSError(f"CreateDXGIFactory1 failed: {hr & 0xFFFFFFFF:#010x}")
        return factory

    def _adapters(factory: ctypes.c_void_p) -> list[dict[str, Any]]:
        enum_adapters1 = _method(factory, 12, wintypes.UINT, ctypes.c_void_p)
        adapters = []
        for index in range(16):
            adapter = ctypes.c_void_p()
            if enum_adapters1(index, ctypes.byref(adapter)):  # DXGI_ERROR_NOT_FOUND: the end
                break
            try:
                adapters.append(_adapter_values(adapter))
            finally:
                _release(adapter)
        return adapters

    def _adapter_values(adapter: ctypes.c_void_p) -> dict[str, Any]:
        desc = _AdapterDesc1()
        _method(adapter, 10, ctypes.c_void_p)(ctypes.byref(desc))  # GetDesc1
        values: dict[str, Any] = {
            "description": desc.Description,
            "vendor_id": desc.VendorId,
            "device_id": desc.DeviceId,
            "revision": desc.Revision,
            "dedicated_video_memory": desc.DedicatedVideoMemory,
            "dedicated_system_memory": desc.DedicatedSystemMemory,
            "shared_system_memory": desc.SharedSystemMemory,
            "flags": desc.Flags,
        }
        driver_version = _driver_version(adapter)
        if driver_version is not None:
            values["driver_version"] = driver_version
        values.update(_memory_budgets(adapter))
        return values

    def _driver_version(adapter: ctypes.c_void_p) -> str | None:
        """CheckInterfaceSupport(IDXGIDevice) hands back the user-mode driver version."""
        version = ctypes.c_int64()
        check_support = _method(adapter, 9, ctypes.c_void_p, ctypes.c_void_p)
        if check_support(_guid(IID_DEVICE), ctypes.byref(version)) < 0:
            return None
        v = version.value
        return ".".join(str((v >> shift) & 0xFFFF) for shift in (48, 32, 16, 0))

    def _memory_budgets(adapter: ctypes.c_void_p) -> dict[str, int]:
        """local_/nonlocal_ budget and usage from IDXGIAdapter3::QueryVideoMemoryInfo: what
        the OS grants right now, other apps' use counted; none where there is no Adapter3."""
        adapter3 = ctypes.c_void_p()
        query_interface = _method(adapter, 0, ctypes.c_void_p, ctypes.c_void_p)
        if query_interface(_guid(IID_ADAPTER3), ctypes.byref(adapter3)) < 0:
            return {}
        budgets: dict[str, int] = {}
        try:
            query = _method(adapter3, 14, wintypes.UINT, ctypes.c_int, ctypes.c_void_p)
            for group, prefix in ((0, "local"), (1, "nonlocal")):
                info = _MemoryInfo()
                if query(0, group, ctypes.byref(info)) >= 0:
                    budgets[f"{prefix}_budget"] = info.Budget
                    budgets[f"{prefix}_usage"] = info.CurrentUsage
        finally:
            _release(adapter3)
        return budgets


def _free(budget: Any, usage: Any) -> int | None:
    if budget is None or usage is None:
        return None
    return max(0, int(budget) - int(usage))


def _integrated(vendor: str, vendor_id: int, device_id: int, name: str) -> bool:
    if vendor == "intel":
        return device_id not in INTEL_DISCRETE
    if vendor == "amd":
        return bool(AMD_INTEGRATED.search(name))
    if vendor == "nvidia":
        return any(marker.lower() in name.lower() for marker in UNIFIED_MEMORY_NAMES)
    return vendor_id == QUALCOMM  # Snapdragon's Adreno shares system memory


def gpus_from_dxgi(values: dict[str, Any]) -> list[GpuInfo]:
    """GpuInfo for each hardware adapter in DXGI values (software adapters skipped)."""
    gpus: list[GpuInfo] = []
    for adapter in values.get("adapters") or []:
        vendor_id = int(adapter.get("vendor_id", 0))
        if int(adapter.get("flags", 0)) & DXGI_ADAPTER_FLAG_SOFTWARE or vendor_id == MICROSOFT:
            continue
        name = str(adapter.get("description") or "GPU").strip()
        vendor = VENDORS.get(vendor_id, "other")
        integrated = _integrated(vendor, vendor_id, int(adapter.get("device_id", 0)), name)
        dedicated = adapter.get("dedicated_video_memory")
        free = _free(adapter.get("local_budget"), adapter.get("local_usage"))
        shared_free = _free(adapter.get("nonlocal_budget"), adapter.get("nonlocal_usage"))
        if integrated and not adapter.get("nonlocal_budget"):
            # A UMA adapter keeps all its memory in the "local" group, so that budget is
            # the shared pool; its non-local group is empty.
            shared_free = free
        gpus.append(
            GpuInfo(
                vendor=vendor,
                name=name,
                vram_total_bytes=None if dedicated is None else int(dedicated),
                # The budget can exceed the dedicated memory on iGPUs; never report more.
                vram_free_bytes=None if free is None or dedicated is None else min(free, dedicated),
                integrated=integrated,
                unified_memory=integrated,
                driver_version=adapter.get("driver_version"),
                shared_total_bytes=adapter.get("shared_system_memory"),
                shared_free_bytes=shared_free,
                index=len(gpus),
                source="dxgi",
            )
        )
    return gpus
