"""make_appimage.sh: the AppDir it hands to appimagetool (a recording stand-in here).

The real appimagetool and its runtime come from GitHub, which only CI reaches.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hearth import __version__
from tests.packaging.stand_ins import PACKAGING

SCRIPT = PACKAGING / "linux" / "make_appimage.sh"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="AppImages are built on Linux"
)

# Records what it was given, as appimagetool would read it, then writes the "AppImage".
FAKE_APPIMAGETOOL = """#!/bin/sh
set -e
printf '%s\\n' "$@" > "$RECORD/args"
printf 'ARCH=%s VERSION=%s EXTRACT=%s\\n' "$ARCH" "$VERSION" "$APPIMAGE_EXTRACT_AND_RUN" \\
    > "$RECORD/env"
cp -a "$2" "$RECORD/AppDir"
echo "an AppImage" > "$3"
"""


def frozen_stand_in(folder: Path) -> Path:
    """A frozen app whose executable prints the arguments it got."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\x7fELF")
    executable = folder / "hearth"
    executable.write_text('#!/bin/sh\necho "hearth got: $*"\n')
    executable.chmod(0o755)
    return folder


def run_script(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    record = tmp_path / "record"
    record.mkdir(exist_ok=True)
    tool = tmp_path / "appimagetool"
    tool.write_text(FAKE_APPIMAGETOOL)
    tool.chmod(0o755)
    environment = dict(
        os.environ,
        APPIMAGETOOL=str(tool),
        RECORD=str(record),
        ARCH="x86_64",
        HEARTH_ICON_PNG=str(tmp_path / "no-png"),
    )
    environment.update(env or {})
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=environment, timeout=60
    )


def test_appdir_runs_the_frozen_app_and_carries_the_desktop_entry(tmp_path: Path) -> None:
    frozen = frozen_stand_in(tmp_path / "frozen" / "hearth")

    done = run_script(tmp_path, str(frozen), "9.8.7", str(tmp_path / "out"))

    assert done.returncode == 0, done.stderr
    appimage = tmp_path / "out" / "Hearth-9.8.7-x86_64.AppImage"
    assert done.stdout.strip() == str(appimage)
    assert appimage.read_text() == "an AppImage\n"
    record = tmp_path / "record"
    args = (record / "args").read_text().splitlines()
    assert args[0] == "--no-appstream" and args[2] == str(appimage)
    assert (record / "env").read_text().split() == ["ARCH=x86_64", "VERSION=9.8.7", "EXTRACT=1"]

    appdir = record / "AppDir"
    assert (appdir / "usr" / "lib" / "hearth" / "_internal" / "libpython3.11.so.1.0").is_file()
    ran = subprocess.run(
        [str(appdir / "AppRun"), "--version", "a b.gguf"], capture_output=True, text=True
    )
    assert ran.stdout == "hearth got: --version a b.gguf\n"

    desktop = (appdir / "hearth.desktop").read_text()
    assert "Icon=hearth" in desktop.splitlines()
    assert "TryExec" not in desktop
    assert (appdir / "hearth.svg").is_file()
    assert (appdir / "usr" / "share" / "mime" / "packages" / "hearth.xml").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.fail("desktop-file-validate is not installed: apt-get install desktop-file-utils")
    checked = subprocess.run([validate, str(appdir / "hearth.desktop")], capture_output=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_version_defaults_to_the_projects(tmp_path: Path) -> None:
    frozen = frozen_stand_in(tmp_path / "hearth")
    png = tmp_path / "hearth-256.png"
    png.write_bytes(b"\x89PNG stand-in")

    done = run_script(tmp_path, str(frozen), "", str(tmp_path), env={"HEARTH_ICON_PNG": str(png)})

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / f"Hearth-{__version__}-x86_64.AppImage")
    assert (tmp_path / "record" / "AppDir" / ".DirIcon").read_bytes() == png.read_bytes()


def test_a_folder_without_the_app_is_refused(tmp_path: Path) -> None:
    done = run_script(tmp_path, str(tmp_path), "1.0", str(tmp_path / "out"))
    assert done.returncode != 0
    assert "must be the frozen app's folder" in done.stderr
    assert not (tmp_path / "record" / "args").exists()
