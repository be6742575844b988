"""Hearth's Windows installer: hearth.nsi compiled by makensis (NSIS 3), and the .ico.

Standard library only, loaded by path from packaging/build.py (packaging/ is not
a Python package, and must not shadow PyPI's `packaging`):

    build_installer(payload_dir, version, out_dir, icon) -> out_dir/Hearth-Setup-<version>.exe
    write_ico([png, ...], out) -> out

makensis also runs on Linux (Debian package `nsis`), so the installer can be
built and tested there; only installing it needs Windows.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
NSI = HERE / "hearth.nsi"
APP_EXE = "hearth.exe"
# What hearth.nsi's uninstaller removes from the install folder (it never removes
# the folder wholesale); a payload with anything else would leave it behind.
PAYLOAD_ENTRIES = frozenset({APP_EXE, "_internal"})
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
INSTALL_HINT = (
    "makensis (NSIS 3) is not installed. Debian or Ubuntu: apt-get install nsis; "
    "Windows: choco install nsis; macOS: brew install makensis. "
    "Or set MAKENSIS to its path."
)


class InstallerError(RuntimeError):
    """The installer could not be built; the message says why and what to do."""


def installer_name(version: str) -> str:
    return f"Hearth-Setup-{version}.exe"


def version_quad(version: str) -> str:
    """'0.1.0rc1' -> '0.1.0.0': the four numbers Windows' file properties want."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    if match is None:
        raise InstallerError(f"version {version!r} does not start with a number")
    numbers = [min(int(part), 65535) for part in match.group(0).split(".")][:4]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def find_makensis() -> str:
    """makensis from MAKENSIS, PATH, or NSIS' usual Windows folders (not on PATH there)."""
    override = os.environ.get("MAKENSIS")
    if override:
        return override
    found = shutil.which("makensis")
    if found:
        return found
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        folder = os.environ.get(variable)
        if folder and (Path(folder) / "NSIS" / "makensis.exe").is_file():
            return str(Path(folder) / "NSIS" / "makensis.exe")
    raise InstallerError(INSTALL_HINT)


def check_payload(payload_dir: Path) -> None:
    if not (payload_dir / APP_EXE).is_file():
        raise InstallerError(f"{payload_dir} has no {APP_EXE}: is it the frozen app's folder?")
    extra = sorted(p.name for p in payload_dir.iterdir() if p.name not in PAYLOAD_ENTRIES)
    if extra:
        raise InstallerError(
            f"{payload_dir} holds {', '.join(extra)}, which the uninstaller in "
            f"{NSI.name} would leave behind: add them to its uninstall section "
            "and to PAYLOAD_ENTRIES"
        )


def makensis_command(
    makensis: str, payload_dir: Path, version: str, out_file: Path, icon: Path
) -> list[str]:
    return [
        makensis,
        "-V2",  # warnings and errors only
        "-WX",  # a warning is an error: it is usually a real mistake in the script
        f"-DVERSION={version}",
        f"-DVERSION_QUAD={version_quad(version)}",
        f"-DPAYLOAD_DIR={payload_dir}",
        f"-DOUTFILE={out_file}",
        f"-DICON={icon}",
        str(NSI),
    ]


def build_installer(payload_dir: Path, version: str, out_dir: Path, icon: Path) -> Path:
    """Compile hearth.nsi around the frozen app; returns out_dir/Hearth-Setup-<version>.exe."""
    payload_dir, out_dir, icon = payload_dir.resolve(), out_dir.resolve(), icon.resolve()
    check_payload(payload_dir)
    if not icon.is_file():
        raise InstallerError(f"the icon {icon} does not exist (write_ico makes it from PNGs)")
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / installer_name(version)
    out_file.unlink(missing_ok=True)
    command = makensis_command(find_makensis(), payload_dir, version, out_file, icon)
    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    except FileNotFoundError as error:
        raise InstallerError(INSTALL_HINT) from error
    if done.returncode != 0 or not out_file.is_file():
        raise InstallerError(
            f"makensis failed ({done.returncode}):\n{done.stdout}\n{done.stderr}".rstrip()
        )
    return out_file


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def write_ico(pngs: Sequence[Path], out: Path) -> Path:
    """Pack PNG images (at most 256 px, one per size) into a Windows .ico file.

    An ICO entry may hold a whole PNG file (Windows Vista and later, and makensis,
    read them), so no image library is needed. The size byte 0 means 256.
    """
    images: dict[tuple[int, int], bytes] = {}
    for path in pngs:
        data = path.read_bytes()
        width, height = png_size(data)
        if not (0 < width <= 256 and 0 < height <= 256):
            raise ValueError(f"{path}: {width}x{height}; an .ico holds images up to 256x256")
        images[(width, height)] = data
    if not images:
        raise ValueError("an .ico needs at least one image")
    ordered = sorted(images.items())
    header = struct.pack("<HHH", 0, 1, len(ordered))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(ordered)
    entries = []
    for (width, height), data in ordered:
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries.append(
            struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        )
        offset += len(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + b"".join(entries) + b"".join(data for _, data in ordered))
    return out
