"""A llama.cpp CPU variant that claims more than the machine runs, built by the test.

On an AMX Xeon, ggml scores its sapphirerapids code highest and that code dies
with SIGILL on the first prompt batch. To reproduce that anywhere, the test
compiles a small library through ggml's own backend interface: it is named
like a CPU variant (libggml-cpu-futurelake.so), scores higher than every real
one (so ggml's own loader picks it, as it picks sapphirerapids there),
registers the real best variant's backend, and interposes ggml_graph_compute,
the CPU backend's entry point for every computation:

- "trap": executes ud2, an illegal instruction - SIGILL, exactly as AMX does;
- "wrong": computes, then skews the logits - code that runs but miscounts.

The real CPU library calls ggml_graph_compute through its PLT, so the shim,
promoted to the global symbol scope before it loads the real library, is the
one that runs. A copy of llama-cpp-python's lib folder (links, plus the shim)
is what LLAMA_CPP_LIB_PATH then points Hearth and llama-cpp-python at.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hearth.hardware import llama_backends
from tests.support.cpu_variants import expected_cpu_variant

TRAP_VARIANT = "futurelake"

SHIM_SOURCE = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct ggml_cgraph;
struct ggml_cplan;
struct ggml_tensor;
/* ggml's public API (ggml.h, ggml-cpu.h), from libggml-base and the real variant. */
extern struct ggml_tensor * ggml_graph_node(struct ggml_cgraph * graph, int i);
extern float * ggml_get_data_f32(const struct ggml_tensor * tensor);
extern int64_t ggml_nelements(const struct ggml_tensor * tensor);
typedef int (*compute_fn)(struct ggml_cgraph *, struct ggml_cplan *);
typedef void * (*init_fn)(void);

static void * real_variant;

int ggml_backend_score(void) { return 1 << 30; }

void * ggml_backend_init(void) {
    Dl_info self;
    /* ggml loaded this library with RTLD_LOCAL: promote it, so that the real
       variant's calls to ggml_graph_compute find the one below. */
    dladdr((void *) ggml_backend_score, &self);
    dlopen(self.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
    real_variant = dlopen(REAL_VARIANT, RTLD_NOW | RTLD_LOCAL);
    if (!real_variant) {
        fprintf(stderr, "trap variant: %s\n", dlerror());
        return NULL;
    }
    return ((init_fn) dlsym(real_variant, "ggml_backend_init"))();
}

int ggml_graph_compute(struct ggml_cgraph * graph, struct ggml_cplan * plan) {
#if TRAP_MODE == 1
    __asm__ volatile("ud2");  /* what an instruction the CPU lacks does: SIGILL */
    (void) graph; (void) plan;
    return 0;
#else
    int status = ((compute_fn) dlsym(real_variant, "ggml_graph_compute"))(graph, plan);
    struct ggml_tensor * out = ggml_graph_node(graph, -1);
    float * data = ggml_get_data_f32(out);
    for (int64_t i = 0; i < ggml_nelements(out); i++) {
        data[i] = data[i] * 1.5f + (float) (i % 7);
    }
    return status;
#endif
}
"""


def _compiler() -> str:
    for name in ("cc", "gcc", "clang"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("no C compiler to build the trap variant with (dev.py needs one anyway)")


def lib_dir_with_trap(folder: Path, mode: str = "trap") -> Path:
    """A copy of llama.cpp's lib folder (links) with the `mode` shim as a CPU variant."""
    real = llama_backends.find_lib_dir()
    assert real is not None
    best = expected_cpu_variant()  # skips away from x86-64 Linux
    libdir = folder / f"lib-{mode}"
    libdir.mkdir(parents=True)
    for entry in real.iterdir():
        (libdir / entry.name).symlink_to(entry)
    source = folder / f"{mode}.c"
    source.write_text(SHIM_SOURCE)
    real_variant = real / f"libggml-cpu-{best}.so"
    subprocess.run(
        [
            _compiler(),
            "-shared",
            "-fPIC",
            "-O1",
            f"-DTRAP_MODE={1 if mode == 'trap' else 2}",
            f'-DREAL_VARIANT="{real_variant}"',
            "-o",
            str(libdir / f"libggml-cpu-{TRAP_VARIANT}.so"),
            str(source),
            f"-L{real}",
            "-lggml-base",
            f"-Wl,-rpath,{real}",
            "-ldl",
        ],
        check=True,
    )
    return libdir
