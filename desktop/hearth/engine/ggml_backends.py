"""Make llama.cpp's compute backends available in this process before a model loads.

Release builds compile ggml with GGML_BACKEND_DL and GGML_CPU_ALL_VARIANTS
(packaging/README.md): the CPU backend exists once per instruction-set level
(libggml-cpu-sandybridge, -haswell, -skylakex, ...) and ggml's loader scores
each against this CPU and loads the best, so one package runs on an old laptop
and uses AVX-512 on a server. llama-cpp-python never calls that loader, and a
build like this registers no backend until it is called: llama.cpp then
refuses every model ("no backends are loaded"). In builds with the backends
linked in, nothing is loaded and nothing changes.
"""

from __future__ import annotations

from hearth.hardware import ggml_probe, llama_backends


def ensure_loaded() -> str | None:
    """Load the backends (once: later calls find them loaded); returns the CPU variant
    in use, None in a build with a single CPU backend."""
    found = llama_backends.find_lib_dir()
    if found is None:
        raise FileNotFoundError("llama-cpp-python is not installed")
    libdir = str(found)
    ggml_probe.load_backends(libdir, ggml_probe.binder(libdir))
    return ggml_probe.loaded_cpu_variant(libdir)
