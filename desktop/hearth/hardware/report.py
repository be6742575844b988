"""A readable multi-line summary of a HardwareProfile, for `hearth detect`."""

from __future__ import annotations

import textwrap

from hearth.hardware.cpu_code import RuledOut, variant_name
from hearth.hardware.profile import GpuInfo, HardwareProfile, LlamaDevice

OS_LABELS = {"linux": "Linux", "macos": "macOS", "windows": "Windows"}


def size(value: int | None) -> str:
    """Bytes in the units people read on spec sheets (GB = 1024^3 bytes, as OSes show)."""
    if value is None:
        return "unknown"
    if value >= 1024**3:
        return f"{value / 1024**3:.1f} GB"
    return f"{value / 1024**2:.0f} MB"


def _gpu_lines(gpu: GpuInfo) -> list[str]:
    kind = "integrated" if gpu.integrated else "discrete"
    if gpu.unified_memory:
        kind += ", shares system memory"
    lines = [f"  {gpu.name} ({kind})"]
    if gpu.vram_total_bytes is not None:
        label = "GPU share of memory" if gpu.vendor == "apple" else "VRAM"
        lines.append(
            f"    {label}: {size(gpu.vram_free_bytes)} free of {size(gpu.vram_total_bytes)}"
        )
    if gpu.integrated and gpu.shared_total_bytes:
        lines.append(
            f"    Shared memory: {size(gpu.shared_free_bytes)} free of "
            f"{size(gpu.shared_total_bytes)}"
        )
    details = []
    if gpu.architecture and gpu.architecture != "metal":
        prefix = "compute capability " if gpu.vendor == "nvidia" else ""
        details.append(f"{prefix}{gpu.architecture}")
    if gpu.bandwidth_gbps:
        details.append(f"{gpu.bandwidth_gbps:.0f} GB/s")
    if gpu.driver_version:
        details.append(f"driver {gpu.driver_version}")
    if gpu.pci_bus_id:
        details.append(f"PCI {gpu.pci_bus_id}")
    if details:
        lines.append("    " + ", ".join(details))
    others = [p for p in gpu.processes if p.used_bytes]
    if others:
        used = sum(p.used_bytes or 0 for p in others)
        lines.append(f"    In use by {len(others)} other program(s): {size(used)}")
    return lines


def _device_line(device: LlamaDevice) -> str:
    text = f"  {device.name}: {device.description} [{device.type}]"
    if device.memory_total_bytes:
        text += f", {size(device.memory_free_bytes)} free of {size(device.memory_total_bytes)}"
    return text


def format_summary(profile: HardwareProfile) -> str:
    """Several lines of plain text describing the machine and what llama.cpp can use."""
    cpu, mem = profile.cpu, profile.memory
    os_label = OS_LABELS.get(profile.os, profile.os)
    lines = [f"System: {os_label} {profile.os_version or ''}".rstrip() + f" ({profile.arch})"]
    cores = f"{cpu.physical_cores or '?'} cores, {cpu.logical_cores or '?'} threads"
    if cpu.performance_cores:
        cores += f" ({cpu.performance_cores} performance cores)"
    lines.append(f"CPU: {cpu.brand or 'unknown'} - {cores}")
    if cpu.features:
        lines.append(f"  Features: {' '.join(cpu.features)}")
    lines.append(
        f"Memory: {size(mem.available_bytes)} available of {size(mem.total_bytes)}"
        + (f", swap {size(mem.swap_total_bytes)}" if mem.swap_total_bytes else "")
    )
    if mem.bandwidth_gbps:
        lines.append(f"  Bandwidth: {mem.bandwidth_gbps:.0f} GB/s ({mem.bandwidth_source})")
    if profile.gpus:
        lines.append("GPUs:")
        for gpu in profile.gpus:
            lines.extend(_gpu_lines(gpu))
    else:
        lines.append("GPUs: none found")
    version = f" {profile.llama_cpp_version}" if profile.llama_cpp_version else ""
    if profile.llama_cpu_variant:
        version += f" (CPU code for {profile.llama_cpu_variant})"
    if profile.llama_devices:
        offload = {True: "yes", False: "no", None: "unknown"}[profile.gpu_offload_supported]
        lines.append(f"llama.cpp{version} can use (GPU offload: {offload}):")
        lines.extend(_device_line(d) for d in profile.llama_devices)
    else:
        lines.append(f"llama.cpp{version}: devices unknown")
    for variant, why in profile.llama_cpu_ruled_out.items():
        reason = RuledOut(why.get("kind", "selftest_failed"), why.get("params") or {})
        lines.append(f"  Not used: the {variant_name(variant)} CPU code, {reason.describe()}")
    if profile.notes:
        lines.append("Notes:")
        for note in profile.notes:
            lines.extend(
                textwrap.wrap(note.text, 96, initial_indent="  - ", subsequent_indent="    ")
            )
    if profile.detect_seconds is not None:
        lines.append(f"(detected in {profile.detect_seconds:.2f} s)")
    return "\n".join(lines)
