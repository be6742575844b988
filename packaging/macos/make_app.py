"""Hearth.app's Info.plist, its .icns icon, and the .dmg around it (macOS only to run).

Standard library only, loaded by path (from packaging/build.py and hearth.spec):

    info_plist(version) -> dict    for PyInstaller's BUNDLE(info_plist=...)
    make_icns({size: png}, out) -> out                  (iconutil)
    build_dmg(app_path, version, out_dir) -> out_dir/Hearth-<version>.dmg   (hdiutil)

The commands are built by separate functions so they can be checked anywhere.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

BUNDLE_ID = "org.hearth.Hearth"
GGUF_UTI = "org.hearth.gguf"
MIN_MACOS = "11.0"
VOLUME_NAME = "Hearth"
APP_NAME = "Hearth.app"
# An .iconset's file names and the pixel size each holds (iconutil's layout).
ICONSET = {
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}
# hdiutil sometimes fails at once with "Resource busy" on CI machines; a retry works.
DMG_ATTEMPTS = 3


class MacPackagingError(RuntimeError):
    """The .icns or .dmg could not be made; the message says why."""


def info_plist(version: str) -> dict[str, object]:
    """Keys for Hearth.app's Info.plist (PyInstaller adds CFBundleExecutable and the icon)."""
    return {
        "CFBundleName": "Hearth",
        "CFBundleDisplayName": "Hearth",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "LSMinimumSystemVersion": MIN_MACOS,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        # Follow the system's dark mode (Qt 6 draws both).
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "The Hearth developers. Apache License 2.0.",
        # Double-clicking a .gguf opens it in Hearth (Qt hands it over as a
        # QFileOpenEvent, not as a command-line argument).
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "GGUF AI model",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [GGUF_UTI],
            }
        ],
        # The type itself: nobody registers one for GGUF on macOS, so Hearth does.
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": GGUF_UTI,
                "UTTypeDescription": "GGUF AI model",
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["gguf"],
                    "public.mime-type": ["application/x-gguf"],
                },
            }
        ],
    }


def write_iconset(pngs: Mapping[int, Path], iconset: Path) -> list[Path]:
    """Copy the PNGs into an .iconset folder under iconutil's names (missing sizes are left out)."""
    iconset.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in ICONSET.items():
        if size in pngs:
            target = iconset / name
            shutil.copyfile(pngs[size], target)
            written.append(target)
    if not written:
        raise MacPackagingError(
            f"no PNG of a size an .icns holds ({sorted(set(ICONSET.values()))})"
        )
    return written


def iconutil_command(iconset: Path, out: Path) -> list[str]:
    return ["iconutil", "-c", "icns", "-o", str(out), str(iconset)]


def make_icns(pngs: Mapping[int, Path], out: Path) -> Path:
    """Hearth's .icns for BUNDLE(icon=...), from PNGs by pixel size (16 to 1024)."""
    with tempfile.TemporaryDirectory() as scratch:
        iconset = Path(scratch) / "hearth.iconset"
        write_iconset(pngs, iconset)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(iconutil_command(iconset, out), check=True)
    return out


def dmg_name(version: str) -> str:
    return f"Hearth-{version}.dmg"


def stage_dmg(app_path: Path, staging: Path) -> None:
    """What the disk image shows: Hearth.app beside a link to /Applications to drag it onto."""
    staging.mkdir(parents=True, exist_ok=True)
    # symlinks=True: the Qt frameworks inside the bundle are made of symlinks.
    shutil.copytree(app_path, staging / APP_NAME, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")


def dmg_command(staging: Path, out: Path) -> list[str]:
    return [
        "hdiutil",
        "create",
        "-volname",
        VOLUME_NAME,
        "-srcfolder",
        str(staging),
        "-ov",
        "-format",
        "UDZO",
        str(out),
    ]


def build_dmg(app_path: Path, version: str, out_dir: Path) -> Path:
    """A compressed disk image holding Hearth.app; returns out_dir/Hearth-<version>.dmg."""
    if not (app_path / "Contents" / "Info.plist").is_file():
        raise MacPackagingError(f"{app_path} is not an app bundle (no Contents/Info.plist)")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir.resolve() / dmg_name(version)
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch) / "dmg"
        stage_dmg(app_path, staging)
        for attempt in range(1, DMG_ATTEMPTS + 1):
            done = subprocess.run(dmg_command(staging, out), capture_output=True, text=True)
            if done.returncode == 0:
                break
            if attempt == DMG_ATTEMPTS:
                raise MacPackagingError(f"hdiutil failed:\n{done.stdout}\n{done.stderr}".rstrip())
            time.sleep(5 * attempt)
    if not out.is_file():
        raise MacPackagingError(f"hdiutil reported success but wrote no {out}")
    return out
