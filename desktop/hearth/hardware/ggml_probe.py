"""Ask the installed llama.cpp build which devices it registers.

Standard library only, because llama_backends.py runs this file as a script in a
short-lived child (`python -I -S ggml_probe.py LIBDIR`): registering a CUDA or
Vulkan backend initialises the driver, and querying a GPU's memory creates a
context that would otherwise hold VRAM in the app's own process for its whole
life - and a driver fault here must not take the app down. Frozen builds, which
cannot start a plain Python, start their own executable with PROBE_FLAG.

The functions bound are llama.cpp's stable C API (ggml-backend.h, llama.h).
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

MARKER = "HEARTH-GGML-PROBE "
PROBE_FLAG = "--ggml-probe"

# enum ggml_backend_dev_type, in order.
DEVICE_TYPES = ("cpu", "gpu", "igpu", "accel", "meta")


def _library_path(libdir: str, stem: str) -> str | None:
    for name in (f"lib{stem}.so", f"lib{stem}.dylib", f"{stem}.dll", f"lib{stem}.dll"):
        path = os.path.join(libdir, name)
        if os.path.exists(path):
            return path
    return None


def _add_dll_dirs(libdir: str) -> None:
    # As llama-cpp-python does on Windows: its DLLs and the CUDA/HIP runtimes they need.
    add = getattr(os, "add_dll_directory", None)
    if add is None:
        return
    add(libdir)
    for variable in ("CUDA_PATH", "HIP_PATH"):
        root = os.environ.get(variable)
        for sub in ("bin", "lib"):
            if root and os.path.isdir(os.path.join(root, sub)):
                add(os.path.join(root, sub))


def _cpu_variant_files(libdir: str) -> list[tuple[str, str]]:
    """(variant, path) of each CPU backend variant in a GGML_CPU_ALL_VARIANTS build."""
    found = []
    for entry in sorted(os.listdir(libdir)):
        stem = entry.split(".")[0]
        for prefix in ("libggml-cpu-", "ggml-cpu-"):
            if stem.startswith(prefix) and entry.endswith((".so", ".dylib", ".dll")):
                found.append((stem[len(prefix) :], os.path.join(libdir, entry)))
    return found


def _is_loaded(path: str) -> bool:
    """Whether this process has the library loaded, without loading it."""
    if os.name == "nt":
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.GetModuleHandleW.restype = ctypes.c_void_p
        kernel32.GetModuleHandleW.argtypes = [ctypes.c_wchar_p]
        return bool(kernel32.GetModuleHandleW(path))
    try:
        ctypes.CDLL(path, mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
    except OSError:
        return False
    return True


def loaded_cpu_variant(libdir: str) -> str | None:
    """The CPU backend variant ggml's loader picked for this CPU ("haswell", ...).

    None in builds with a single CPU backend, or before the backends are loaded.
    """
    for variant, path in _cpu_variant_files(libdir):
        if _is_loaded(path):
            return variant
    return None


def variant_scores(libdir: str) -> dict[str, int]:
    """ggml's own score of each CPU variant on this CPU (0: cannot run here).

    The same call ggml's loader makes to pick one: each library answers from
    CPUID alone, without running its instruction set.
    """
    import _ctypes

    binder(libdir)  # the variants need libggml-base loaded first, as in ggml's loader
    # Unloaded again after asking, as ggml's loader does: loaded_cpu_variant()
    # tells the variant in use by which library stays loaded.
    unload = getattr(_ctypes, "dlclose", None) or getattr(_ctypes, "FreeLibrary", None)
    scores = {}
    for variant, path in _cpu_variant_files(libdir):
        try:
            lib = ctypes.CDLL(path, mode=getattr(os, "RTLD_LOCAL", 0))
        except OSError:
            scores[variant] = 0
            continue
        score = getattr(lib, "ggml_backend_score", None)
        if score is None:
            scores[variant] = 0
        else:
            score.restype = ctypes.c_int
            score.argtypes = []
            scores[variant] = max(0, int(score()))
        if unload is not None:
            unload(lib._handle)
    return scores


def best_variant(scores: dict[str, int], skipped: Iterable[str] = ()) -> str | None:
    """The CPU variant ggml's loader would pick from `scores` (leaving out `skipped`):
    the highest score above 0; None when none runs here."""
    left = set(skipped)
    runnable = sorted(name for name, score in scores.items() if score > 0 and name not in left)
    return max(runnable, key=lambda name: scores[name], default=None)


def _other_backend_files(libdir: str) -> list[str]:
    """The GPU and other non-CPU backends of a GGML_BACKEND_DL build (libggml-vulkan, ...)."""
    found = []
    for entry in sorted(os.listdir(libdir)):
        stem = entry.split(".")[0]
        name = stem[3:] if stem.startswith("lib") else stem
        if not name.startswith("ggml-") or name in ("ggml-base",):
            continue
        if name.startswith("ggml-cpu") or not entry.endswith((".so", ".dylib", ".dll")):
            continue
        found.append(os.path.join(libdir, entry))
    return found


# GPU backends by preference for the same card: each vendor's own backend before
# Vulkan and OpenCL, which drive every vendor's cards. Those two are loaded only
# when no vendor backend found a device: with both, one GPU would be listed twice
# and llama.cpp would split the model between the card and itself.
VENDOR_BACKENDS = ("cuda", "hip", "musa", "metal", "sycl", "cann")
ANY_VENDOR_BACKENDS = ("vulkan", "opencl")


def backend_family(path: str) -> str:
    """ "vulkan" for .../libggml-vulkan.so, "cuda" for ggml-cuda.dll."""
    stem = os.path.basename(path).split(".")[0]
    return stem[len("libggml-") :] if stem.startswith("lib") else stem[len("ggml-") :]


def load_gpu_backends(libdir: str, bind: Any) -> list[str]:
    """Load the GPU backends whose driver works here; the families that found a device.

    A backend whose driver is missing does not load (its library needs the driver's),
    or loads and finds no device (a driver too old for it): it is unloaded again.
    """
    load_one = bind("ggml_backend_load", ctypes.c_void_p, ctypes.c_char_p)
    unload = bind("ggml_backend_unload", None, ctypes.c_void_p)
    device_count = bind("ggml_backend_reg_dev_count", ctypes.c_size_t, ctypes.c_void_p)
    if load_one is None or device_count is None:
        return []
    order = {name: rank for rank, name in enumerate(VENDOR_BACKENDS + ANY_VENDOR_BACKENDS)}
    files = sorted(_other_backend_files(libdir), key=lambda p: order.get(backend_family(p), 99))
    used: list[str] = []
    for path in files:
        family = backend_family(path)
        if family in ANY_VENDOR_BACKENDS and any(f in VENDOR_BACKENDS for f in used):
            continue
        reg = load_one(os.fsencode(path))
        if not reg:
            continue
        if device_count(reg) == 0:
            if unload is not None:
                unload(reg)
            continue
        used.append(family)
    return used


def load_backends(
    libdir: str, bind: Any, cpu_variant: str | None = None, gpu: bool = True
) -> list[str]:
    """Load the backends of a GGML_BACKEND_DL build; nothing to do in others.

    Such builds register no backend until asked, and ggml's default search looks
    beside the executable (python, or the frozen app), not in llama_cpp/lib.
    Each is loaded by file: the GPU backends whose driver works (unless `gpu` is
    False), and `cpu_variant` as the CPU code (the one Hearth's self-test chose,
    see hardware/cpu_code.py); without one, the CPU variant ggml scores best here.
    Returns the GPU backend families loaded (["vulkan"], ...).
    """
    count = bind("ggml_backend_reg_count", ctypes.c_size_t)
    if count is None or count() != 0:
        return []
    variants = dict(_cpu_variant_files(libdir))
    load_one = bind("ggml_backend_load", ctypes.c_void_p, ctypes.c_char_p)
    if load_one is None:
        load_all = bind("ggml_backend_load_all_from_path", None, ctypes.c_char_p)
        if load_all is not None:
            load_all(os.fsencode(libdir))
        return []
    used = load_gpu_backends(libdir, bind) if gpu else []
    if cpu_variant not in variants:
        cpu_variant = best_variant(variant_scores(libdir))
    if cpu_variant is None:
        return used  # a build whose CPU code is linked in, or none runs here
    if not load_one(os.fsencode(variants[cpu_variant])):
        raise RuntimeError(f"llama.cpp could not load its {cpu_variant} CPU code")
    return used


def binder(libdir: str) -> Any:
    """A function binding llama.cpp's C functions by name from the libraries in `libdir`."""
    if os.name == "nt":
        _add_dll_dirs(libdir)
    libs = []
    for stem in ("ggml-base", "ggml", "llama"):
        path = _library_path(libdir, stem)
        if path:
            libs.append(ctypes.CDLL(path, mode=getattr(ctypes, "RTLD_GLOBAL", 0)))
    if not libs:
        raise FileNotFoundError(f"no llama.cpp libraries in {libdir}")

    def bind(name: str, restype: Any, *argtypes: Any) -> Any:
        for lib in reversed(libs):
            fn = getattr(lib, name, None)
            if fn is not None:
                fn.restype = restype
                fn.argtypes = list(argtypes)
                return fn
        return None

    return bind


# Vulkan's per-buffer limits, which ggml's Vulkan backend enforces per tensor: an
# operation with a tensor larger than maxStorageBufferRange (unless the device can
# index 64-bit) or than the largest allocation runs on the CPU instead, and its
# buffers are allocated there (ggml_backend_vk_device_supports_op). Lavapipe's
# range is 128 MiB, so a large output head or attention scores stay on the host.
VK_API_1_1 = (1 << 22) | (1 << 12)
VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO = 1
VK_STRUCTURE_TYPE_APPLICATION_INFO = 0
VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 = 1000059001
VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_3_PROPERTIES = 1000168000
# Offsets in VkPhysicalDeviceProperties (the same on every 32- and 64-bit ABI).
_VK_NAME_OFFSET = 20
_VK_STORAGE_RANGE_OFFSET = 296 + 7 * 4  # limits.maxStorageBufferRange
_VK_PROPERTIES_SIZE = 1024  # 824 bytes in Vulkan 1.x, with room to spare


class _VkApplicationInfo(ctypes.Structure):
    _fields_ = [
        ("sType", ctypes.c_int),
        ("pNext", ctypes.c_void_p),
        ("pApplicationName", ctypes.c_char_p),
        ("applicationVersion", ctypes.c_uint32),
        ("pEngineName", ctypes.c_char_p),
        ("engineVersion", ctypes.c_uint32),
        ("apiVersion", ctypes.c_uint32),
    ]


class _VkInstanceCreateInfo(ctypes.Structure):
    _fields_ = [
        ("sType", ctypes.c_int),
        ("pNext", ctypes.c_void_p),
        ("flags", ctypes.c_uint32),
        ("pApplicationInfo", ctypes.POINTER(_VkApplicationInfo)),
        ("enabledLayerCount", ctypes.c_uint32),
        ("ppEnabledLayerNames", ctypes.c_void_p),
        ("enabledExtensionCount", ctypes.c_uint32),
        ("ppEnabledExtensionNames", ctypes.c_void_p),
    ]


class _VkMaintenance3Properties(ctypes.Structure):
    _fields_ = [
        ("sType", ctypes.c_int),
        ("pNext", ctypes.c_void_p),
        ("maxPerSetDescriptors", ctypes.c_uint32),
        ("maxMemoryAllocationSize", ctypes.c_uint64),
    ]


class _VkProperties2(ctypes.Structure):
    _fields_ = [
        ("sType", ctypes.c_int),
        ("pNext", ctypes.c_void_p),
        ("properties", ctypes.c_ubyte * _VK_PROPERTIES_SIZE),
    ]


def _vulkan_loader() -> Any:
    names = {"nt": ("vulkan-1.dll",)}.get(os.name, ("libvulkan.so.1", "libvulkan.1.dylib"))
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def _vk_extensions(vk: Any, device: Any) -> set[str]:
    count = ctypes.c_uint32(0)
    vk.vkEnumerateDeviceExtensionProperties(device, None, ctypes.byref(count), None)
    entries = (ctypes.c_char * 260 * count.value)()  # VkExtensionProperties
    vk.vkEnumerateDeviceExtensionProperties(device, None, ctypes.byref(count), entries)
    return {bytes(e)[:256].split(b"\0", 1)[0].decode("ascii", "replace") for e in entries}


def vulkan_tensor_limits() -> dict[str, int]:
    """The largest tensor ggml's Vulkan backend keeps on each Vulkan device, by device
    name (what ggml gives as the device's description). Empty without a Vulkan driver."""
    vk = _vulkan_loader()
    if vk is None:
        return {}
    vk.vkCreateInstance.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    vk.vkEnumeratePhysicalDevices.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    vk.vkEnumerateDeviceExtensionProperties.argtypes = [ctypes.c_void_p] * 4
    vk.vkGetPhysicalDeviceProperties2.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    vk.vkDestroyInstance.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    app = _VkApplicationInfo(VK_STRUCTURE_TYPE_APPLICATION_INFO, None, b"hearth", 0, None, 0)
    app.apiVersion = VK_API_1_1
    create = _VkInstanceCreateInfo(VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO)
    create.pApplicationInfo = ctypes.pointer(app)
    instance = ctypes.c_void_p()
    if vk.vkCreateInstance(ctypes.byref(create), None, ctypes.byref(instance)) != 0:
        return {}
    limits: dict[str, int] = {}
    try:
        count = ctypes.c_uint32(0)
        vk.vkEnumeratePhysicalDevices(instance, ctypes.byref(count), None)
        devices = (ctypes.c_void_p * count.value)()
        vk.vkEnumeratePhysicalDevices(instance, ctypes.byref(count), devices)
        for device in devices:
            maintenance3 = _VkMaintenance3Properties(
                VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_3_PROPERTIES
            )
            props = _VkProperties2(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2)
            props.pNext = ctypes.cast(ctypes.pointer(maintenance3), ctypes.c_void_p)
            vk.vkGetPhysicalDeviceProperties2(device, ctypes.byref(props))
            raw = bytes(props.properties)
            name = raw[_VK_NAME_OFFSET : _VK_NAME_OFFSET + 256].split(b"\0", 1)[0]
            limit = maintenance3.maxMemoryAllocationSize or (1 << 64)
            if "VK_EXT_shader_64bit_indexing" not in _vk_extensions(vk, device):
                offset = _VK_STORAGE_RANGE_OFFSET
                limit = min(limit, int.from_bytes(raw[offset : offset + 4], sys.byteorder))
            key = name.decode("utf-8", "replace")
            limits[key] = min(limit, limits.get(key, limit))
    finally:
        vk.vkDestroyInstance(instance, None)
    return limits


def probe(libdir: str, cpu_variant: str | None = None) -> dict[str, Any]:
    """Devices, GPU offload support and system info of the llama.cpp in `libdir`,
    with `cpu_variant` loaded as the CPU code (ggml's own pick when None)."""
    scores = variant_scores(libdir)
    bind = binder(libdir)
    # Before anything asks what is registered; ggml's pick from the scores just read.
    result: dict[str, Any] = {
        "devices": [],
        "gpu_backends": load_backends(libdir, bind, cpu_variant or best_variant(scores)),
        # What the build carries, loaded or not (a CUDA backend the driver cannot run).
        "gpu_backends_built": sorted({backend_family(p) for p in _other_backend_files(libdir)}),
    }
    supports = bind("llama_supports_gpu_offload", ctypes.c_bool)
    result["supports_gpu_offload"] = bool(supports()) if supports else None
    count = bind("ggml_backend_dev_count", ctypes.c_size_t)
    get = bind("ggml_backend_dev_get", ctypes.c_void_p, ctypes.c_size_t)
    name = bind("ggml_backend_dev_name", ctypes.c_char_p, ctypes.c_void_p)
    description = bind("ggml_backend_dev_description", ctypes.c_char_p, ctypes.c_void_p)
    dev_type = bind("ggml_backend_dev_type", ctypes.c_int, ctypes.c_void_p)
    memory = bind(
        "ggml_backend_dev_memory",
        None,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_size_t),
        ctypes.POINTER(ctypes.c_size_t),
    )
    if not all((count, get, name, description, dev_type, memory)):
        raise RuntimeError("this llama.cpp build lacks the ggml backend device API")
    for index in range(count()):
        device = get(index)
        free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
        memory(device, ctypes.byref(free), ctypes.byref(total))
        kind = dev_type(device)
        result["devices"].append(
            {
                "name": (name(device) or b"").decode("utf-8", "replace"),
                "description": (description(device) or b"").decode("utf-8", "replace"),
                "type": DEVICE_TYPES[kind] if 0 <= kind < len(DEVICE_TYPES) else "unknown",
                "memory_free": free.value,
                "memory_total": total.value,
            }
        )
    if "vulkan" in result["gpu_backends"]:
        tensor_limits = vulkan_tensor_limits()
        for entry in result["devices"]:
            if entry["name"].startswith("Vulkan"):
                entry["max_tensor_bytes"] = tensor_limits.get(entry["description"])
    result["cpu_variant"] = loaded_cpu_variant(libdir) if cpu_variant is None else cpu_variant
    result["cpu_variant_scores"] = scores
    info = bind("llama_print_system_info", ctypes.c_char_p)
    result["system_info"] = (info() or b"").decode("utf-8", "replace").strip() if info else None
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = probe(args[0], args[1] if len(args) > 1 and args[1] else None)
    # llama.cpp may log to stdout too; the marker finds our line among its.
    sys.stdout.write(MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
