"""Hearth.app's Info.plist, the .iconset and the .dmg command (checked here, run on macOS)."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.packaging.stand_ins import PACKAGING, load_script, write_png


@pytest.fixture(scope="module")
def make_app() -> ModuleType:
    return load_script("hearth_make_app", PACKAGING / "macos" / "make_app.py")


def fake_app(folder: Path) -> Path:
    """A bundle shaped like PyInstaller's, with a framework symlink as Qt's are."""
    app = folder / "Hearth.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Frameworks" / "QtCore.framework" / "Versions" / "A").mkdir(parents=True)
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps({"CFBundleName": "Hearth"}))
    (app / "Contents" / "MacOS" / "hearth").write_text("#!/bin/sh\n")
    (app / "Contents" / "Frameworks" / "QtCore.framework" / "Versions" / "Current").symlink_to("A")
    return app


@pytest.mark.parametrize("fmt", [plistlib.FMT_XML, plistlib.FMT_BINARY])
def test_info_plist_is_valid_and_opens_gguf(
    make_app: ModuleType, fmt: plistlib.PlistFormat
) -> None:
    plist = plistlib.loads(plistlib.dumps(make_app.info_plist("1.2.3"), fmt=fmt))

    assert plist == make_app.info_plist("1.2.3")
    assert plist["CFBundleIdentifier"] == "org.hearth.Hearth"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"
    assert plist["LSMinimumSystemVersion"] == "11.0"
    assert plist["NSHighResolutionCapable"] is True
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSHandlerRank"] in ("Owner", "Alternate")
    assert document["CFBundleTypeRole"] == "Viewer"
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]] == ["org.hearth.gguf"]
    assert "public.data" in declared["UTTypeConformsTo"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["gguf"]


def test_iconset_names_each_png_by_its_size(tmp_path: Path, make_app: ModuleType) -> None:
    pngs = {size: write_png(tmp_path / f"hearth-{size}.png", size) for size in (16, 32, 64, 128)}

    written = make_app.write_iconset(pngs, tmp_path / "hearth.iconset")

    assert sorted(p.name for p in written) == [
        "icon_128x128.png",
        "icon_16x16.png",
        "icon_16x16@2x.png",
        "icon_32x32.png",
        "icon_32x32@2x.png",
    ]
    iconset = tmp_path / "hearth.iconset"
    assert (iconset / "icon_16x16@2x.png").read_bytes() == pngs[32].read_bytes()
    assert (iconset / "icon_32x32@2x.png").read_bytes() == pngs[64].read_bytes()
    assert make_app.iconutil_command(iconset, tmp_path / "hearth.icns") == [
        "iconutil",
        "-c",
        "icns",
        "-o",
        str(tmp_path / "hearth.icns"),
        str(iconset),
    ]
    with pytest.raises(make_app.MacPackagingError):
        make_app.write_iconset({20: pngs[16]}, tmp_path / "empty.iconset")


def test_dmg_command(make_app: ModuleType, tmp_path: Path) -> None:
    assert make_app.dmg_command(tmp_path / "stage", tmp_path / "Hearth-1.0.dmg") == [
        "hdiutil",
        "create",
        "-volname",
        "Hearth",
        "-srcfolder",
        str(tmp_path / "stage"),
        "-ov",
        "-format",
        "UDZO",
        str(tmp_path / "Hearth-1.0.dmg"),
    ]


def test_dmg_holds_the_app_and_a_link_to_applications(
    tmp_path: Path, make_app: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = fake_app(tmp_path / "dist")
    calls: list[list[str]] = []

    def hdiutil(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        staging = Path(command[command.index("-srcfolder") + 1])
        out = Path(command[-1])
        assert command == make_app.dmg_command(staging, out)
        assert sorted(p.name for p in staging.iterdir()) == ["Applications", "Hearth.app"]
        assert (staging / "Applications").readlink() == Path("/Applications")
        copied = staging / "Hearth.app" / "Contents"
        assert (copied / "MacOS" / "hearth").read_text() == "#!/bin/sh\n"
        current = copied / "Frameworks" / "QtCore.framework" / "Versions" / "Current"
        assert current.is_symlink() and current.readlink() == Path("A")
        out.write_bytes(b"disk image")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(make_app.subprocess, "run", hdiutil)

    dmg = make_app.build_dmg(app, "1.2.3", tmp_path / "out")

    assert dmg == (tmp_path / "out" / "Hearth-1.2.3.dmg").resolve()
    assert dmg.read_bytes() == b"disk image"
    assert len(calls) == 1


def test_dmg_is_retried_when_hdiutil_is_busy(
    tmp_path: Path, make_app: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = fake_app(tmp_path)
    outcomes = [1, 1, 0]

    def hdiutil(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        code = outcomes.pop(0)
        if code == 0:
            Path(command[-1]).write_bytes(b"disk image")
        return subprocess.CompletedProcess(command, code, "", "hdiutil: create failed - busy")

    monkeypatch.setattr(make_app.subprocess, "run", hdiutil)
    monkeypatch.setattr(make_app.time, "sleep", lambda seconds: None)

    assert make_app.build_dmg(app, "1.0", tmp_path / "out").is_file()
    assert outcomes == []

    outcomes.extend([1, 1, 1])
    with pytest.raises(make_app.MacPackagingError, match="busy"):
        make_app.build_dmg(app, "1.0", tmp_path / "out")
    assert outcomes == []


def test_dmg_needs_an_app_bundle(tmp_path: Path, make_app: ModuleType) -> None:
    with pytest.raises(make_app.MacPackagingError, match="not an app bundle"):
        make_app.build_dmg(tmp_path, "1.0", tmp_path / "out")
