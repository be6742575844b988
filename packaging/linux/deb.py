"""The Debian package: the frozen app in /opt/hearth, `hearth` on the PATH, a desktop
entry with hicolor icons, and the .gguf MIME type (so opening a model file in the
file manager opens it in Hearth).

No maintainer scripts: dpkg's file triggers (desktop-file-utils, shared-mime-info,
hicolor-icon-theme) refresh the menu, MIME and icon caches when these files land.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALL_DIR = "opt/hearth"
# A needed symbol version in an ELF file's string table, e.g. b"GLIBC_2.34\0".
_GLIBC_NEED = re.compile(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00")
_ELF_MAGIC = b"\x7fELF"


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                if handle.read(4) == _ELF_MAGIC:
                    found.append(path)
    return found


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def oldest_glibc(folder: Path) -> str:
    """The oldest glibc the frozen app runs on: the newest GLIBC_ version any file needs."""
    needed = {"2.17"}
    for path in elf_files(folder):
        needed.update(match.decode() for match in _GLIBC_NEED.findall(path.read_bytes()))
    return max(needed, key=_version_key)


def system_libraries(folder: Path) -> set[str]:
    """Shared libraries the bundle takes from the system (ldd resolves them outside it)."""
    bundle_dirs = sorted({str(p.parent) for p in folder.rglob("*.so*")})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(bundle_dirs))
    outside: set[str] = set()
    for path in elf_files(folder):
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            parts = line.split("=>")
            if len(parts) != 2:
                continue
            target = parts[1].split("(")[0].strip()
            if target.startswith("/") and not target.startswith(str(folder)):
                outside.add(os.path.realpath(target))
    return outside


def debian_packages(libraries: set[str]) -> list[str]:
    """The Debian packages owning these files (dpkg -S), glibc's own left out."""
    packages: set[str] = set()
    for library in sorted(libraries):
        for candidate in (library, library.replace("/usr/lib/", "/lib/", 1)):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                owner = done.stdout.split(":", 1)[0].strip()
                packages.update(part.strip() for part in owner.split(","))
                break
    packages.discard("libc6")
    return sorted(packages)


# What the window needs to show Chinese and Japanese (its translations, chat
# titles, replies): Noto CJK covers both; a system without it shows empty boxes.
# Recommended, not required: users of other languages need not download 50 MB.
RECOMMENDS = ("fonts-noto-cjk",)


def control_text(version: str, installed_kib: int, depends: list[str]) -> str:
    return (
        "Package: hearth\n"
        f"Version: {version}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Maintainer: Hearth developers <hearth@users.noreply.github.com>\n"
        "Homepage: https://github.com/hearth-app/hearth\n"
        "Description: chat with open AI models on your own computer\n"
        " Hearth finds what your computer can run, recommends open models that fit,\n"
        " downloads them from Hugging Face and chats with them through llama.cpp,\n"
        " offline. A small starter model is included, so the first chat needs no\n"
        " network at all.\n"
    )


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(frozen: Path, icons: dict[int, Path], svg: Path, root: Path) -> None:
    """Lay out the package's files under root (the future /)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(frozen, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "hearth").symlink_to(f"/{INSTALL_DIR}/hearth")
    share = root / "usr" / "share"
    _install(HERE / "hearth.desktop", share / "applications" / "hearth.desktop")
    _install(HERE / "hearth-mime.xml", share / "mime" / "packages" / "hearth.xml")
    for size, png in icons.items():
        _install(png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "hearth.png")
    _install(svg, share / "icons" / "hicolor" / "scalable" / "apps" / "hearth.svg")
    # Files readable by all, writable by root only; what was executable stays so.
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def installed_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def build_deb(
    frozen: Path,
    version: str,
    icons: dict[int, Path],
    svg: Path,
    work: Path,
    out_dir: Path,
    compression: str = "xz",
) -> Path:
    """dist/hearth_<version>_amd64.deb from the frozen app folder."""
    root = work / "deb-root"
    stage(frozen, icons, svg, root)
    glibc = oldest_glibc(frozen)
    depends = [f"libc6 (>= {glibc})", *debian_packages(system_libraries(frozen))]
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_text(version, installed_kib(root), depends))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"hearth_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target
