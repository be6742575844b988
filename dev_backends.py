"""llama.cpp's GPU backends, built as loadable libraries beside the CPU variants.

dev.py compiles llama-cpp-python's wheel with every CPU variant as a loadable
backend (GGML_BACKEND_DL). The GPU backends are built here, from the same fixed
source, as one more library each (libggml-vulkan.so, ggml-cuda.dll, ...), and
added to a copy of that wheel: a new backend costs its own compile, not the
whole of llama.cpp again. At run time Hearth loads a backend by file only where
its driver exists (hardware/ggml_probe.py); without one the backend is skipped
and the CPU runs as before.

Which backends: HEARTH_LLAMA_BACKENDS ("vulkan", "vulkan,cuda", "" for none);
by default Vulkan on Linux and Windows. macOS builds Metal into the wheel itself.

Vulkan's build tools on Debian 12 and its derivatives come from Debian's own
archive, downloaded and unpacked into a private folder (nothing is installed,
no root needed): glslc and the loader from the system's release, the headers
from Debian 13, because ggml-vulkan needs Vulkan 1.4 headers and Debian 12 has
1.3.239. Elsewhere the Vulkan SDK (VULKAN_SDK) or the system's packages are used.

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

# Debian packages Vulkan's build needs, with the release each comes from ("" = this system's).
# Debian 13's libvulkan-dev and spirv-headers are headers and CMake files only, so they
# work on Debian 12; its glslc needs glibc 2.38, so glslc stays the system's.
DEBIAN_VULKAN_TOOLS = {
    "libvulkan-dev": "trixie",
    "spirv-headers": "trixie",
    "glslc": "",
    "libshaderc1": "",
    "libvulkan1": "",
}
DEBIAN_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
DEBIAN_MIRROR = "http://deb.debian.org/debian"

# The cmake target and the options that turn each backend on.
BACKEND_TARGETS = {"vulkan": "ggml-vulkan", "cuda": "ggml-cuda"}
# CUDA: the GPU generations "Hearth for NVIDIA" runs on natively (packaging/README.md):
# Pascal 6.1, Volta 7.0, Turing 7.5, Ampere 8.0/8.6, Ada 8.9, Hopper 9.0, Blackwell
# 12.0 (and PTX for newer ones, from the last).
CUDA_ARCHITECTURES = "61-real;70-real;75-real;80-real;86-real;89-real;90-real;120"

Runner = Callable[..., None]


def wanted_backends() -> list[str]:
    """The GPU backends this setup builds (HEARTH_LLAMA_BACKENDS, else the platform's)."""
    value = os.environ.get("HEARTH_LLAMA_BACKENDS")
    if value is None:
        value = "" if sys.platform == "darwin" else "vulkan"
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [name for name in names if name not in BACKEND_TARGETS]
    if unknown:
        sys.exit(f"HEARTH_LLAMA_BACKENDS: unknown backend {', '.join(unknown)}")
    return names


def debian_suite() -> str | None:
    """This system's Debian release name, or None when it is not a Debian one with apt."""
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb") and Path(DEBIAN_KEYRING).exists()):
        return None
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        return None
    fields = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )
    if fields.get("ID", "").strip('"') != "debian":
        return None
    return fields.get("VERSION_CODENAME", "").strip('"') or None


def debian_vulkan_tools(cache: Path, run: Runner) -> Path | None:
    """Vulkan's build tools unpacked from Debian's archive into `cache`; None off Debian.

    A private apt configuration reads the archive: the system's sources, state and
    packages are left alone.
    """
    suite = debian_suite()
    if suite is None:
        return None
    packages = [f"{name}/{release or suite}" for name, release in DEBIAN_VULKAN_TOOLS.items()]
    key = hashlib.sha256(" ".join(packages).encode()).hexdigest()[:12]
    root = cache / f"vulkan-tools-{key}"
    if (root / "usr" / "bin" / "glslc").exists():
        return root
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        apt = Path(scratch) / "apt"
        for sub in ("etc/apt.conf.d", "etc/preferences.d", "etc/sources.list.d", "lists/partial"):
            (apt / sub).mkdir(parents=True)
        (apt / "archives" / "partial").mkdir(parents=True)
        releases = sorted({release or suite for release in DEBIAN_VULKAN_TOOLS.values()})
        (apt / "etc" / "sources.list").write_text(
            "".join(
                f"deb [signed-by={DEBIAN_KEYRING}] {DEBIAN_MIRROR} {r} main\n" for r in releases
            )
        )
        options = [
            f"-oDir::Etc={apt / 'etc'}",
            f"-oDir::State::Lists={apt / 'lists'}",
            f"-oDir::Cache={apt}",
            "-oDebug::NoLocking=1",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            options.append("-oAPT::Sandbox::User=root")  # its _apt user cannot write here
        downloads = Path(scratch) / "debs"
        downloads.mkdir()
        try:
            subprocess.run(["apt-get", *options, "update"], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["apt-get", *options, "download", *packages], check=True, cwd=downloads)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"Could not fetch Vulkan's build tools from Debian ({exc}).", flush=True)
            return None
        unpacked = Path(scratch) / "root"
        for deb in sorted(downloads.glob("*.deb")):
            run(["dpkg-deb", "-x", str(deb), str(unpacked)])
        os.replace(unpacked, root)  # whole or not at all
    return root


def _vulkan_cmake_args(tools: Path | None) -> tuple[list[str], dict[str, str]]:
    if tools is None:  # the Vulkan SDK (VULKAN_SDK) or the system's own packages
        return ["-DGGML_VULKAN=ON"], {}
    lib = next((tools / "usr" / "lib").glob("*/libvulkan.so.1"))
    args = [
        "-DGGML_VULKAN=ON",
        f"-DVulkan_INCLUDE_DIR={tools / 'usr' / 'include'}",
        f"-DVulkan_LIBRARY={lib}",
        f"-DVulkan_GLSLC_EXECUTABLE={tools / 'usr' / 'bin' / 'glslc'}",
        f"-DCMAKE_PREFIX_PATH={tools / 'usr'}",
    ]
    # glslc finds its libshaderc beside it only through the library path.
    env = {
        "LD_LIBRARY_PATH": os.pathsep.join(
            filter(None, [str(lib.parent), os.environ.get("LD_LIBRARY_PATH")])
        )
    }
    return args, env


def build_backend(
    name: str, source: Path, out: Path, env: dict[str, str], run: Runner, tools: Path | None
) -> list[Path]:
    """Compile one GPU backend of the llama.cpp in `source` (llama-cpp-python's
    vendor/llama.cpp); its libraries, copied into `out`."""
    extra_env: dict[str, str] = {}
    if name == "vulkan":
        args, extra_env = _vulkan_cmake_args(tools)
    else:
        args = ["-DGGML_CUDA=ON", f"-DCMAKE_CUDA_ARCHITECTURES={CUDA_ARCHITECTURES}"]
    build = out.parent / f"build-{name}"
    common = [
        "-DCMAKE_BUILD_TYPE=Release",
        "-DBUILD_SHARED_LIBS=ON",
        "-DGGML_NATIVE=OFF",
        "-DGGML_BACKEND_DL=ON",
        "-DGGML_CPU=OFF",
        "-DLLAMA_BUILD_TESTS=OFF",
        "-DLLAMA_BUILD_EXAMPLES=OFF",
        "-DLLAMA_BUILD_TOOLS=OFF",
        "-DLLAMA_BUILD_SERVER=OFF",
        "-DLLAMA_CURL=OFF",
        # Found beside libggml-base, as the wheel's own libraries are.
        "-DCMAKE_INSTALL_RPATH=$ORIGIN",
        "-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON",
    ]
    build_env = dict(env, **extra_env)
    run(["cmake", "-S", str(source), "-B", str(build), *common, *args], build_env)
    target = BACKEND_TARGETS[name]
    run(["cmake", "--build", str(build), "--config", "Release", "--target", target], build_env)
    made = [
        path
        for pattern in (f"lib{target}.so", f"lib{target}.dylib", f"{target}.dll")
        for path in build.rglob(pattern)
    ]
    if not made:
        raise RuntimeError(f"the {name} build made no {target} library")
    out.mkdir(parents=True, exist_ok=True)
    runtime = cuda_runtime_libraries() if name == "cuda" else []
    return [Path(shutil.copy2(path, out / path.name)) for path in [made[0], *runtime]]


# The CUDA runtime libraries libggml-cuda needs, bundled beside it: the user then
# needs only NVIDIA's driver. By file-name pattern, Linux and Windows.
CUDA_RUNTIME_PATTERNS = (
    "libcudart.so.1[0-9]",
    "libcublas.so.1[0-9]",
    "libcublasLt.so.1[0-9]",
    "cudart64_1*.dll",
    "cublas64_1*.dll",
    "cublasLt64_1*.dll",
)


def cuda_runtime_libraries() -> list[Path]:
    """The CUDA toolkit's runtime libraries (CUDA_PATH, else /usr/local/cuda)."""
    root = Path(os.environ.get("CUDA_PATH") or "/usr/local/cuda")
    found: list[Path] = []
    for folder in (root / "lib64", root / "bin", root / "lib" / "x64"):
        for pattern in CUDA_RUNTIME_PATTERNS:
            found += sorted(folder.glob(pattern))
    return found


def _record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def add_to_wheel(wheel: Path, libraries: list[Path], out: Path) -> Path:
    """A copy of `wheel` in `out` with `libraries` added to llama_cpp/lib (RECORD updated)."""
    out.mkdir(parents=True, exist_ok=True)
    made = out / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as dest:
        record_name = next(n for n in source.namelist() if n.endswith(".dist-info/RECORD"))
        added = {f"llama_cpp/lib/{path.name}": path.read_bytes() for path in libraries}
        for item in source.infolist():
            if item.filename in added or item.filename == record_name:
                continue
            dest.writestr(item, source.read(item.filename))
        lines = [
            line
            for line in source.read(record_name).decode().splitlines()
            if line and line.split(",", 1)[0] not in added
        ]
        for arcname, data in added.items():
            info = zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o755 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            dest.writestr(info, data)
            lines.append(_record_line(arcname, data))
        lines.append(f"{record_name},,")
        dest.writestr(record_name, "\n".join(lines) + "\n")
    return made


def wheel_with_backends(
    wheel: Path,
    backends: list[str],
    unpack_source: Callable[[Path], Path],
    cache: Path,
    env: dict[str, str],
    run: Runner,
) -> Path:
    """`wheel` with the GPU `backends` added, built once and kept under `cache`.

    A backend that cannot be built here (no toolchain, no SDK) is left out with a
    message: the app then runs on the CPU, as it does on a machine without a GPU.
    """
    if not backends:
        return wheel
    tools_key = repr(sorted(DEBIAN_VULKAN_TOOLS.items())) + CUDA_ARCHITECTURES
    key = hashlib.sha256(f"{wheel.parent.name} {backends} {tools_key}".encode()).hexdigest()[:16]
    folder = cache / f"{key}-{'-'.join(backends)}"
    found = sorted(folder.glob("*.whl"))
    if found:
        return found[-1]
    libraries: list[Path] = []
    with tempfile.TemporaryDirectory(dir=cache) as scratch:
        source = unpack_source(Path(scratch)) / "vendor" / "llama.cpp"
        for name in backends:
            print(f"Compiling llama.cpp's {name} backend (once; about 15 minutes on 2 cores) ...")
            tools = debian_vulkan_tools(cache.parent, run) if name == "vulkan" else None
            try:
                libraries += build_backend(name, source, Path(scratch) / "libs", env, run, tools)
            except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
                print(
                    f"The {name} backend could not be built here ({exc}); Hearth will use the CPU."
                )
        if not libraries:
            return wheel  # not kept: the next setup tries again
        made = add_to_wheel(wheel, libraries, Path(scratch) / "wheel")
        folder.mkdir(parents=True, exist_ok=True)
        os.replace(made, folder / made.name)
    return folder / wheel.name
