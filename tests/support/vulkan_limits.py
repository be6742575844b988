"""Lavapipe as a smaller or failing GPU: a Vulkan layer built by the tests.

Mesa's lavapipe is a real Vulkan device on any machine, so the tests run
llama.cpp's Vulkan backend on it (GGML_VK_VISIBLE_DEVICES=0: ggml skips CPU-type
devices unless told). What a user's GPU does and lavapipe does not - run out of
memory, lose the device mid-reply - comes from a Vulkan layer, the mechanism
Vulkan itself offers for standing between an app and its driver. ggml-vulkan
reaches every Vulkan function through the loader's dispatch chain, so the layer
sees each allocation and submission as a driver would:

- HEARTH_TEST_VK_ALLOW_BYTES: device allocations beyond this many bytes in all
  fail with VK_ERROR_OUT_OF_DEVICE_MEMORY, as on a card that is full;
- HEARTH_TEST_VK_LOSE_AFTER: after this many queue submissions, every further one
  fails with VK_ERROR_DEVICE_LOST, as when a driver resets the GPU.

The memory size the device reports is left as it is: the planner trusts it, and
the load then fails the way a plan made on stale free-memory figures does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hearth.hardware import llama_backends

LAYER_NAME = "VK_LAYER_HEARTH_test_limits"
LAVAPIPE_ICD = Path("/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")

LAYER_SOURCE = r"""
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <vulkan/vulkan.h>
#include <vulkan/vk_layer.h>

#define EXPORT __attribute__((visibility("default")))

static PFN_vkGetInstanceProcAddr next_instance_proc;
static PFN_vkGetDeviceProcAddr next_device_proc;
static PFN_vkAllocateMemory next_allocate;
static PFN_vkFreeMemory next_free;
static PFN_vkQueueSubmit next_submit;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
enum { SLOTS = 65536 };
static VkDeviceMemory handles[SLOTS];
static VkDeviceSize sizes[SLOTS];
static VkDeviceSize in_use;
static long submits;

static long long env_number(const char *name) {
    const char *value = getenv(name);
    return value && *value ? atoll(value) : -1;
}

static VkResult VKAPI_CALL allocate(VkDevice device, const VkMemoryAllocateInfo *info,
                                    const VkAllocationCallbacks *callbacks,
                                    VkDeviceMemory *memory) {
    long long allow = env_number("HEARTH_TEST_VK_ALLOW_BYTES");
    pthread_mutex_lock(&lock);
    if (allow >= 0 && in_use + info->allocationSize > (VkDeviceSize) allow) {
        pthread_mutex_unlock(&lock);
        return VK_ERROR_OUT_OF_DEVICE_MEMORY;
    }
    VkResult result = next_allocate(device, info, callbacks, memory);
    if (result == VK_SUCCESS) {
        for (int i = 0; i < SLOTS; i++) {
            if (handles[i] == VK_NULL_HANDLE) {
                handles[i] = *memory;
                sizes[i] = info->allocationSize;
                in_use += info->allocationSize;
                break;
            }
        }
    }
    pthread_mutex_unlock(&lock);
    return result;
}

static void VKAPI_CALL release(VkDevice device, VkDeviceMemory memory,
                               const VkAllocationCallbacks *callbacks) {
    pthread_mutex_lock(&lock);
    for (int i = 0; memory != VK_NULL_HANDLE && i < SLOTS; i++) {
        if (handles[i] == memory) {
            handles[i] = VK_NULL_HANDLE;
            in_use -= sizes[i];
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    next_free(device, memory, callbacks);
}

static VkResult VKAPI_CALL submit(VkQueue queue, uint32_t count, const VkSubmitInfo *infos,
                                  VkFence fence) {
    long long lose_after = env_number("HEARTH_TEST_VK_LOSE_AFTER");
    pthread_mutex_lock(&lock);
    long done = submits++;
    pthread_mutex_unlock(&lock);
    if (lose_after >= 0 && done >= lose_after) {
        return VK_ERROR_DEVICE_LOST;
    }
    return next_submit(queue, count, infos, fence);
}

static VkResult VKAPI_CALL create_instance(const VkInstanceCreateInfo *info,
                                           const VkAllocationCallbacks *callbacks,
                                           VkInstance *instance) {
    VkLayerInstanceCreateInfo *chain = (VkLayerInstanceCreateInfo *) info->pNext;
    while (chain && !(chain->sType == VK_STRUCTURE_TYPE_LOADER_INSTANCE_CREATE_INFO &&
                      chain->function == VK_LAYER_LINK_INFO)) {
        chain = (VkLayerInstanceCreateInfo *) chain->pNext;
    }
    if (!chain) return VK_ERROR_INITIALIZATION_FAILED;
    next_instance_proc = chain->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    chain->u.pLayerInfo = chain->u.pLayerInfo->pNext;
    PFN_vkCreateInstance next_create =
        (PFN_vkCreateInstance) next_instance_proc(VK_NULL_HANDLE, "vkCreateInstance");
    return next_create(info, callbacks, instance);
}

static VkResult VKAPI_CALL create_device(VkPhysicalDevice physical, const VkDeviceCreateInfo *info,
                                         const VkAllocationCallbacks *callbacks, VkDevice *device) {
    VkLayerDeviceCreateInfo *chain = (VkLayerDeviceCreateInfo *) info->pNext;
    while (chain && !(chain->sType == VK_STRUCTURE_TYPE_LOADER_DEVICE_CREATE_INFO &&
                      chain->function == VK_LAYER_LINK_INFO)) {
        chain = (VkLayerDeviceCreateInfo *) chain->pNext;
    }
    if (!chain) return VK_ERROR_INITIALIZATION_FAILED;
    PFN_vkGetInstanceProcAddr instance_proc = chain->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    next_device_proc = chain->u.pLayerInfo->pfnNextGetDeviceProcAddr;
    chain->u.pLayerInfo = chain->u.pLayerInfo->pNext;
    PFN_vkCreateDevice next_create =
        (PFN_vkCreateDevice) instance_proc(VK_NULL_HANDLE, "vkCreateDevice");
    VkResult result = next_create(physical, info, callbacks, device);
    if (result == VK_SUCCESS) {
        next_allocate = (PFN_vkAllocateMemory) next_device_proc(*device, "vkAllocateMemory");
        next_free = (PFN_vkFreeMemory) next_device_proc(*device, "vkFreeMemory");
        next_submit = (PFN_vkQueueSubmit) next_device_proc(*device, "vkQueueSubmit");
    }
    return result;
}

EXPORT PFN_vkVoidFunction VKAPI_CALL hearth_device_proc(VkDevice device, const char *name);

static PFN_vkVoidFunction own_device_function(const char *name) {
    if (!strcmp(name, "vkGetDeviceProcAddr")) return (PFN_vkVoidFunction) hearth_device_proc;
    if (!strcmp(name, "vkAllocateMemory")) return (PFN_vkVoidFunction) allocate;
    if (!strcmp(name, "vkFreeMemory")) return (PFN_vkVoidFunction) release;
    if (!strcmp(name, "vkQueueSubmit")) return (PFN_vkVoidFunction) submit;
    return NULL;
}

EXPORT PFN_vkVoidFunction VKAPI_CALL hearth_device_proc(VkDevice device, const char *name) {
    PFN_vkVoidFunction own = own_device_function(name);
    return own ? own : next_device_proc(device, name);
}

EXPORT PFN_vkVoidFunction VKAPI_CALL hearth_instance_proc(VkInstance instance, const char *name) {
    if (!strcmp(name, "vkGetInstanceProcAddr")) return (PFN_vkVoidFunction) hearth_instance_proc;
    if (!strcmp(name, "vkCreateInstance")) return (PFN_vkVoidFunction) create_instance;
    if (!strcmp(name, "vkCreateDevice")) return (PFN_vkVoidFunction) create_device;
    PFN_vkVoidFunction own = own_device_function(name);
    if (own) return own;
    return next_instance_proc ? next_instance_proc(instance, name) : NULL;
}

EXPORT VkResult VKAPI_CALL
vkNegotiateLoaderLayerInterfaceVersion(VkNegotiateLayerInterface *iface) {
    if (iface->loaderLayerInterfaceVersion > 2) iface->loaderLayerInterfaceVersion = 2;
    iface->pfnGetInstanceProcAddr = hearth_instance_proc;
    iface->pfnGetDeviceProcAddr = hearth_device_proc;
    iface->pfnGetPhysicalDeviceProcAddr = NULL;
    return VK_SUCCESS;
}
"""


def lavapipe_available() -> bool:
    """Whether Mesa's lavapipe and the Vulkan loader are installed (dev.py test installs them)."""
    return LAVAPIPE_ICD.exists() and any(
        Path(d, "libvulkan.so.1").exists()
        for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib")
    )


def lavapipe_env(**extra: str) -> dict[str, str]:
    """Environment variables that make ggml list lavapipe as its Vulkan device 0."""
    return {"GGML_VK_VISIBLE_DEVICES": "0", "VK_ICD_FILENAMES": str(LAVAPIPE_ICD), **extra}


def build_layer(folder: Path) -> dict[str, str]:
    """Compile the layer into `folder`; the environment variables that enable it."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or not Path("/usr/include/vulkan/vk_layer.h").exists():
        pytest.skip("building the test Vulkan layer needs a C compiler and Vulkan headers")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "hearth_test_limits.c"
    source.write_text(LAYER_SOURCE)
    library = folder / "libhearth_test_limits.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(library), str(source), "-lpthread"],
        check=True,
    )
    manifest = {
        "file_format_version": "1.1.2",
        "layer": {
            "name": LAYER_NAME,
            "type": "GLOBAL",
            "library_path": str(library),
            "api_version": "1.3.0",
            "implementation_version": "1",
            "description": "Hearth's tests: a GPU that runs out of memory or is lost",
        },
    }
    (folder / "hearth_test_limits.json").write_text(json.dumps(manifest))
    return {
        "VK_LAYER_PATH": str(folder),
        "VK_INSTANCE_LAYERS": LAYER_NAME,
        "VK_LOADER_LAYERS_ENABLE": LAYER_NAME,
    }


def without_vulkan_devices() -> dict[str, str]:
    """As on a machine with no Vulkan driver at all: the loader finds no ICD."""
    return {"VK_ICD_FILENAMES": os.devnull, "VK_DRIVER_FILES": os.devnull}


def vulkan_library() -> Path | None:
    libdir = llama_backends.find_lib_dir()
    if libdir is None:
        return None
    return next(iter(sorted(libdir.glob("*ggml-vulkan*"))), None)
