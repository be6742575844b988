"""The Windows installer: the .ico writer, and hearth.nsi compiled by the real makensis."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from hearth import paths
from tests.packaging.stand_ins import PACKAGING, load_script, write_png

NSI = PACKAGING / "windows" / "hearth.nsi"


@pytest.fixture(scope="module")
def installer() -> ModuleType:
    return load_script("hearth_make_installer", PACKAGING / "windows" / "make_installer.py")


@pytest.fixture
def makensis() -> str:
    """The real makensis: on Linux its absence is a failure, elsewhere a skip."""
    found = shutil.which("makensis")
    if found:
        return found
    if not sys.platform.startswith("linux"):
        pytest.skip("the installer is checked with makensis on Linux")
    pytest.fail("makensis is not installed: apt-get install nsis")


@pytest.fixture
def icon(tmp_path: Path, installer: ModuleType) -> Path:
    pngs = [write_png(tmp_path / f"hearth-{size}.png", size) for size in (16, 32, 48, 256)]
    ico: Path = installer.write_ico(pngs, tmp_path / "hearth.ico")
    return ico


def stand_in_payload(folder: Path) -> int:
    """A folder shaped like PyInstaller's (hearth.exe, _internal/); returns its size in bytes."""
    internal = folder / "_internal"
    (internal / "llama_cpp" / "lib").mkdir(parents=True)
    (folder / "hearth.exe").write_text("not really a program\n")
    (internal / "python311.dll").write_bytes(os.urandom(150_000))  # incompressible
    (internal / "llama_cpp" / "lib" / "ggml-cpu-haswell.dll").write_bytes(os.urandom(100_000))
    (internal / "base_library.zip").write_bytes(b"PK" + bytes(5000))
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def read_ico(data: bytes) -> list[tuple[int, int, int, int, bytes]]:
    """(width, height, planes, bits, image bytes) per entry, read as Windows reads an .ico."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for index in range(count):
        width, height, colours, zero, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (colours, zero) == (0, 0)
        entries.append((width or 256, height or 256, planes, bits, data[offset : offset + size]))
    return entries


def test_ico_holds_each_png_once_smallest_first(tmp_path: Path, installer: ModuleType) -> None:
    pngs = {size: write_png(tmp_path / f"{size}.png", size) for size in (256, 16, 48, 32)}
    again = write_png(tmp_path / "again-32.png", 32, rgba=(0, 0, 0, 255))
    out = installer.write_ico([*pngs.values(), again], tmp_path / "out" / "hearth.ico")

    entries = read_ico(out.read_bytes())
    assert [(w, h) for w, h, *_ in entries] == [(16, 16), (32, 32), (48, 48), (256, 256)]
    assert all((planes, bits) == (1, 32) for _, _, planes, bits, _ in entries)
    expected = {16: pngs[16], 32: again, 48: pngs[48], 256: pngs[256]}  # the last 32 px wins
    for width, _, _, _, image in entries:
        assert image == expected[width].read_bytes()


def test_ico_refuses_what_it_cannot_hold(tmp_path: Path, installer: ModuleType) -> None:
    with pytest.raises(ValueError, match="256x256"):
        installer.write_ico([write_png(tmp_path / "big.png", 512)], tmp_path / "a.ico")
    (tmp_path / "not.png").write_bytes(b"GIF89a" + bytes(30))
    with pytest.raises(ValueError, match="not a PNG"):
        installer.write_ico([tmp_path / "not.png"], tmp_path / "b.ico")
    with pytest.raises(ValueError, match="at least one"):
        installer.write_ico([], tmp_path / "c.ico")


@pytest.mark.parametrize(
    ("version", "quad"),
    [("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc1", "2.0.1.0"), ("1.2.3.4.5", "1.2.3.4")],
)
def test_version_quad(installer: ModuleType, version: str, quad: str) -> None:
    assert installer.version_quad(version) == quad


def test_installer_is_built_around_the_payload(
    tmp_path: Path, installer: ModuleType, makensis: str, icon: Path
) -> None:
    payload_size = stand_in_payload(tmp_path / "payload")

    setup = installer.build_installer(tmp_path / "payload", "1.2.3", tmp_path / "dist", icon)

    assert setup == tmp_path / "dist" / "Hearth-Setup-1.2.3.exe"
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert len(data) > payload_size
    # 7-Zip reads NSIS installers: check what went in.
    seven_zip = shutil.which("7z")
    if seven_zip is None:
        pytest.fail("7z is missing: apt-get install p7zip-full (dev.py test does this as root)")
    listing = subprocess.run(
        [seven_zip, "l", "-slt", str(setup)], capture_output=True, text=True, check=True
    ).stdout
    names = set(re.findall(r"^Path = (.+)$", listing, re.MULTILINE))
    assert {
        "hearth.exe",
        "hearth.ico",
        "uninstall.exe",
        "_internal/python311.dll",
        "_internal/llama_cpp/lib/ggml-cpu-haswell.dll",
    } <= names


def test_installing_over_an_old_setup_replaces_it(
    tmp_path: Path, installer: ModuleType, makensis: str, icon: Path
) -> None:
    stand_in_payload(tmp_path / "payload")
    old = tmp_path / "dist" / "Hearth-Setup-1.0.exe"
    old.parent.mkdir()
    old.write_bytes(b"an older build")

    setup = installer.build_installer(tmp_path / "payload", "1.0", tmp_path / "dist", icon)

    assert setup == old
    assert setup.read_bytes()[:2] == b"MZ"


def test_makensis_errors_come_back_with_its_output(
    tmp_path: Path, installer: ModuleType, makensis: str
) -> None:
    stand_in_payload(tmp_path / "payload")
    broken_icon = tmp_path / "broken.ico"
    broken_icon.write_bytes(b"not an icon")
    with pytest.raises(installer.InstallerError, match="makensis failed"):
        installer.build_installer(tmp_path / "payload", "1.0", tmp_path / "dist", broken_icon)


def test_script_demands_its_defines(makensis: str) -> None:
    done = subprocess.run([makensis, "-V1", str(NSI)], capture_output=True, text=True)
    assert done.returncode != 0
    assert "Pass -DVERSION" in done.stdout + done.stderr


def test_missing_makensis_says_how_to_install_it(
    tmp_path: Path, installer: ModuleType, icon: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand_in_payload(tmp_path / "payload")
    monkeypatch.setenv("MAKENSIS", str(tmp_path / "no-such-makensis"))
    with pytest.raises(installer.InstallerError, match="apt-get install nsis"):
        installer.build_installer(tmp_path / "payload", "1.0", tmp_path / "dist", icon)


def test_payload_the_uninstaller_would_leave_behind_is_refused(
    tmp_path: Path, installer: ModuleType, icon: Path
) -> None:
    stand_in_payload(tmp_path / "payload")
    (tmp_path / "payload" / "README.txt").write_text("extra")
    with pytest.raises(installer.InstallerError, match=r"README\.txt"):
        installer.build_installer(tmp_path / "payload", "1.0", tmp_path / "dist", icon)
    with pytest.raises(installer.InstallerError, match=r"no hearth\.exe"):
        installer.build_installer(tmp_path, "1.0", tmp_path / "dist", icon)


def _block(script: str, header: str) -> str:
    """The text of one NSIS section or function, from its header line to its end."""
    start = script.index(header)
    end = re.compile(r"^(SectionEnd|FunctionEnd)\b", re.MULTILINE).search(script, start)
    assert end is not None
    return script[start : end.end()]


def test_uninstaller_keeps_models_and_chats_unless_asked(installer: ModuleType) -> None:
    script = NSI.read_text(encoding="ascii")
    # The folder the app really keeps its data in (platformdirs on Windows, not roaming).
    assert paths.APP_NAME == "Hearth"
    assert '!define USER_DATA "$LOCALAPPDATA\\Hearth"' in script
    # Only one place deletes it: an uninstaller section that is off (/o) by default,
    # so a plain or silent (/S) uninstall keeps it.
    deletions = [line.strip() for line in script.splitlines() if "${USER_DATA}" in line]
    assert [line for line in deletions if line.startswith(("RMDir", "Delete"))] == [
        'RMDir /r "${USER_DATA}"'
    ]
    data_section = _block(script, 'Section /o "un.')
    assert 'RMDir /r "${USER_DATA}"' in data_section
    # Program files go one by one, never the install folder wholesale.
    assert not re.search(r'RMDir /r "\$INSTDIR"', script)
    program = _block(script, 'Section "un.Hearth')
    assert 'RMDir /r "$INSTDIR\\_internal"' in program
    assert 'Delete "$INSTDIR\\${APP_EXE}"' in program
    assert sorted(installer.PAYLOAD_ENTRIES) == ["_internal", "hearth.exe"]
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in program
    assert 'DeleteRegKey HKCU "${CLASSES}\\${PROGID}"' in program


def test_installer_registers_the_association_and_the_uninstall_entry() -> None:
    script = NSI.read_text(encoding="ascii")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\Hearth"' in script
    association = _block(script, 'Section "Open .gguf')
    assert '"$INSTDIR\\${APP_EXE}" "%1"' in association
    assert 'WriteRegStr HKCU "${CLASSES}\\.gguf" "" "${PROGID}"' in association
    assert 'System::Call "${NOTIFY_ASSOC_CHANGED}"' in association
    app = _block(script, 'Section "Hearth" SecApp')
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "UninstallString",
        "QuietUninstallString",
        "EstimatedSize",
        "NoModify",
        "NoRepair",
    ):
        assert f'"${{UNINSTALL_KEY}}" "{value}"' in app, value
