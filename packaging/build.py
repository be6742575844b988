#!/usr/bin/env python3
"""Build Hearth's installers on the operating system they are for.

    python packaging/build.py linux     # dist/hearth_<version>_amd64.deb
    python packaging/build.py windows   # dist/Hearth-Setup-<version>.exe (NSIS)
    python packaging/build.py macos     # dist/Hearth-<version>.dmg

Each sets up .venv as dev.py does (with the release llama.cpp build and
PyInstaller), freezes the app with packaging/hearth.spec, checks that the frozen
app starts, and wraps it. The CI workflow (.github/workflows/release.yml) only
calls this script. The AppImage is made in CI (packaging/linux/make_appimage.sh):
its tools come from GitHub, which this machine cannot reach.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"


def load_script(name: str, path: Path) -> ModuleType:
    """Import a script by path: packaging/ must not shadow PyPI's `packaging` module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def version() -> str:
    text = (ROOT / "desktop" / "hearth" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def in_project_venv() -> bool:
    return Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()


def reexec_in_venv(argv: list[str]) -> int:
    """Set up .venv for packaging (as dev.py does), then run this script inside it."""
    dev = load_script("hearth_dev", ROOT / "dev.py")
    python = dev.ensure_environment("package")
    return subprocess.run([str(python), str(Path(__file__).resolve()), *argv]).returncode


def check_qt_libraries() -> None:
    """Linux: every library Qt's X11 plugin needs must be here to be bundled."""
    dev = load_script("hearth_dev", ROOT / "dev.py")
    missing = dev.missing_qt_libraries()
    if missing:
        packages = sorted({dev.XCB_PACKAGES.get(lib, lib) for lib in missing})
        sys.exit(
            "The Qt X11 libraries must be installed before freezing, or the app aborts "
            "with 'Could not load the Qt platform plugin xcb' where they are missing. "
            "Missing: " + ", ".join(missing) + "\n    apt-get install " + " ".join(packages)
        )


def freeze(work: Path) -> Path:
    """The one-folder frozen app (PyInstaller); returns its folder."""
    dist = work / "pyinstaller" / "dist"
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller" / "work"),
            str(HERE / "hearth.spec"),
        ],
        check=True,
        env=dict(os.environ, HEARTH_ICON_DIR=str(work / "icons")),
    )
    print(f"Frozen in {time.monotonic() - started:.0f} s", flush=True)
    frozen = dist / "hearth"
    if sys.platform == "darwin":
        frozen = dist / "Hearth.app"
    return frozen


def link_duplicate_libraries(frozen: Path) -> int:
    """Replace wheel-made copies of a shared library (libllama.so, .so.0, .so.0.5.0:
    wheels cannot hold symlinks) by links to the soname file; returns bytes saved."""
    saved = 0
    for soname in frozen.rglob("lib*.so.[0-9]"):
        if soname.is_symlink():
            continue
        stem = soname.name.rsplit(".so.", 1)[0]
        for other in soname.parent.glob(f"{stem}.so*"):
            if other == soname or other.is_symlink() or not other.is_file():
                continue
            if other.stat().st_size == soname.stat().st_size and (
                other.read_bytes() == soname.read_bytes()
            ):
                saved += other.stat().st_size
                other.unlink()
                other.symlink_to(soname.name)
    return saved


def frozen_executable(frozen: Path) -> Path:
    if sys.platform == "darwin":
        return frozen / "Contents" / "MacOS" / "hearth"
    return frozen / ("hearth.exe" if os.name == "nt" else "hearth")


def smoke_test(frozen: Path, expected_version: str) -> None:
    """The frozen app must at least start and know its version."""
    done = subprocess.run(
        [str(frozen_executable(frozen)), "--version"], capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0 or expected_version not in done.stdout:
        sys.exit(f"The frozen app does not start:\n{done.stdout}\n{done.stderr}")


def build(target: str, out_dir: Path, work: Path, compression: str = "xz") -> Path:
    icons = load_script("hearth_icons", HERE / "icons.py")
    release = version()
    pngs = icons.render_pngs(work / "icons")
    if target == "linux":
        check_qt_libraries()
    if target == "windows":
        windows = load_script("hearth_nsis", HERE / "windows" / "make_installer.py")
        # The executable's own icon is set when freezing (hearth.spec reads it).
        ico = windows.write_ico(
            [pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)], work / "icons" / "hearth.ico"
        )
    if target == "macos":
        macos = load_script("hearth_dmg", HERE / "macos" / "make_app.py")
        macos.make_icns(pngs, work / "icons" / "hearth.icns")
    frozen = freeze(work)
    if target != "windows":
        saved = link_duplicate_libraries(frozen)
        print(f"Linked duplicate libraries: {saved / 1e6:.0f} MB saved", flush=True)
    smoke_test(frozen, release)
    if target == "linux":
        deb = load_script("hearth_deb", HERE / "linux" / "deb.py")
        return deb.build_deb(frozen, release, pngs, icons.ICON_SVG, work, out_dir, compression)
    if target == "windows":
        return windows.build_installer(frozen, release, out_dir, ico)
    return macos.build_dmg(frozen, release, out_dir)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description="Build Hearth's installer for this OS.")
    parser.add_argument("target", choices=["linux", "windows", "macos"])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where installers go")
    parser.add_argument("--work", type=Path, default=BUILD, help="scratch folder")
    parser.add_argument(
        "--compression",
        choices=["xz", "zstd"],
        default="xz",
        help=".deb compression: xz is ~15%% smaller to download, zstd ~30x faster to build",
    )
    args = parser.parse_args(argv)
    host = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform)
    if args.target != host:
        sys.exit(f"The {args.target} installer is built on {args.target}; this is {sys.platform}.")
    if not in_project_venv() or importlib.util.find_spec("PyInstaller") is None:
        return reexec_in_venv(argv)
    started = time.monotonic()
    result = build(args.target, args.out.resolve(), args.work.resolve(), args.compression)
    size = result.stat().st_size / 1e6 if result.is_file() else 0
    print(f"Built {result} ({size:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
