"""Where llama-cpp-python keeps llama.cpp's libraries (no import of llama_cpp itself).

Its own module because both the device probe (llama_backends) and the CPU-code
choice (cpu_code), which the probe asks first, need it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path


def find_lib_dir() -> Path | None:
    """llama-cpp-python's lib/ folder holding libllama and libggml*, if installed.

    LLAMA_CPP_LIB_PATH, which llama-cpp-python itself obeys, names another one.
    """
    override = os.environ.get("LLAMA_CPP_LIB_PATH")
    if override:
        return Path(override) if Path(override).is_dir() else None
    try:
        spec = importlib.util.find_spec("llama_cpp")  # locates, does not import
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        lib = Path(location) / "lib"
        if lib.is_dir() and any(p.name.startswith(("libllama", "llama")) for p in lib.iterdir()):
            return lib
    if getattr(sys, "frozen", False):
        # A frozen app may keep the libraries elsewhere; the package knows where.
        try:
            import llama_cpp

            lib = Path(llama_cpp.__file__).parent / "lib"
            return lib if lib.is_dir() else None
        except Exception:
            return None
    return None
