"""Make llama.cpp's compute backends available in this process before a model loads.

Release builds compile ggml with GGML_BACKEND_DL and GGML_CPU_ALL_VARIANTS
(packaging/README.md): the CPU backend exists once per instruction-set level
(libggml-cpu-sandybridge, -haswell, -skylakex, ...), so one package runs on an
old laptop and uses AVX-512 on a server. llama-cpp-python never loads them,
and a build like this registers no backend until something does: llama.cpp
then refuses every model ("no backends are loaded"). In builds with the
backends linked in, nothing is loaded and nothing changes.

Which CPU variant runs is decided in one place, engine/cpu_code.py (self-tested,
not only scored); every process that runs llama.cpp (the engine child, the
self-test child, the device probe, the benches) loads it through here.
"""

from __future__ import annotations

from hearth.hardware import ggml_probe, llama_backends


def ensure_loaded(cpu_variant: str | None = None, gpu: bool = True) -> str | None:
    """Load the backends (once: later calls find them loaded) with `cpu_variant` as
    the CPU code (ggml's own pick when None), and the GPU backends whose driver
    works unless `gpu` is False; returns the CPU variant in use, None in a build
    with a single CPU backend."""
    found = llama_backends.find_lib_dir()
    if found is None:
        raise FileNotFoundError("llama-cpp-python is not installed")
    libdir = str(found)
    ggml_probe.load_backends(libdir, ggml_probe.binder(libdir), cpu_variant, gpu)
    return ggml_probe.loaded_cpu_variant(libdir)
