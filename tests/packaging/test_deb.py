"""Build the real .deb (packaging/build.py linux), install it into a temporary root with
dpkg, and use the installed app: its version, a headless chat with the bundled starter
model, the llama.cpp CPU code it picks, its desktop entry and its .gguf MIME type.

Slow (PyInstaller freezes the whole app, 2-3 minutes here), so it runs once per
session; CI runs it. The .deb is built with zstd instead of the release's xz: the
same files, ~30 times faster to pack.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hearth import __version__
from tests.packaging.stand_ins import PACKAGING, ROOT, load_script
from tests.support.cpu_variants import chosen_cpu_variant

pytestmark = [
    pytest.mark.timeout(1200),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux"),
]

deb_script = load_script("hearth_deb_for_tests", PACKAGING / "linux" / "deb.py")
dev_script = load_script("hearth_dev_for_tests", ROOT / "dev.py")


def need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is missing: apt-get install {package} (dev.py test does this as root)")
    return found


@dataclass
class Installed:
    deb: Path
    root: Path  # the temporary root dpkg installed into

    @property
    def app(self) -> Path:
        return self.root / "opt" / "hearth"

    @property
    def executable(self) -> Path:
        return self.app / "hearth"

    def control(self) -> dict[str, str]:
        text = subprocess.run(
            ["dpkg-deb", "-f", str(self.deb)], capture_output=True, text=True, check=True
        ).stdout
        return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)

    def run(self, *args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        env = {
            key: value
            for key, value in os.environ.items()
            # The installed app must not lean on the test environment's Python.
            if not key.startswith(("PYTHON", "VIRTUAL_ENV"))
        }
        env.update(HEARTH_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        return subprocess.run(
            [str(self.executable), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    need("dpkg-deb", "dpkg")
    work = tmp_path_factory.mktemp("deb-build")
    build = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "linux",
            "--out",
            str(work / "dist"),
            "--work",
            str(work / "work"),
            "--compression",
            "zstd",
        ],
        capture_output=True,
        text=True,
        timeout=1100,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    deb = work / "dist" / f"hearth_{__version__}_amd64.deb"
    assert deb.is_file(), build.stdout[-2000:]
    # A real dpkg install, into an empty root with its own package database.
    root = work / "root"
    (root / "var" / "lib" / "dpkg" / "updates").mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "info").mkdir()
    (root / "var" / "lib" / "dpkg" / "status").touch()
    install = subprocess.run(
        [
            "dpkg",
            f"--root={root}",
            "--force-not-root",
            "--force-depends",  # libc6 and friends live in the real root, not this one
            "--log=/dev/null",
            "--install",
            str(deb),
        ],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    yield Installed(deb=deb, root=root)
    shutil.rmtree(work, ignore_errors=True)


def test_dpkg_registers_every_file_where_it_belongs(installed: Installed) -> None:
    listed = subprocess.run(
        ["dpkg", f"--root={installed.root}", "-L", "hearth"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for path in (
        "/opt/hearth/hearth",
        "/usr/bin/hearth",
        "/usr/share/applications/hearth.desktop",
        "/usr/share/mime/packages/hearth.xml",
        "/usr/share/icons/hicolor/scalable/apps/hearth.svg",
        "/usr/share/icons/hicolor/48x48/apps/hearth.png",
        "/usr/share/icons/hicolor/256x256/apps/hearth.png",
    ):
        assert path in listed
    link = installed.root / "usr" / "bin" / "hearth"
    assert link.is_symlink() and os.readlink(link) == "/opt/hearth/hearth"
    assert os.access(installed.executable, os.X_OK)


def test_installed_hearth_knows_its_version(installed: Installed, tmp_path: Path) -> None:
    done = installed.run("--version", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Hearth {__version__}"


def test_installed_hearth_chats_with_the_bundled_starter_offline(
    installed: Installed, tmp_path: Path
) -> None:
    models = installed.run("models", "--json", home=tmp_path)
    assert models.returncode == 0, models.stderr
    starter = [m for m in json.loads(models.stdout) if m["source"] == "starter"]
    assert len(starter) == 1, models.stdout
    assert str(starter[0]["path"]).startswith(str(installed.app))
    done = installed.run(
        "chat",
        starter[0]["id"],
        "--prompt",
        "Name a colour.",
        "--max-tokens",
        "12",
        "--threads",
        "2",
        "--seed",
        "1",
        home=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip(), done.stderr[-2000:]
    assert re.search(r"\[\d+ tokens, [\d.]+ tokens/s\]", done.stderr), done.stderr[-2000:]
    engine_log = (tmp_path / "logs" / "engine.log").read_text(errors="replace")
    # The frozen engine loads the best CPU code for this machine, self-tested.
    assert f"llama.cpp CPU code for {chosen_cpu_variant()}" in engine_log
    verdict = json.loads((tmp_path / "cache" / "cpu_code.json").read_text())
    assert verdict["variant"] == chosen_cpu_variant() and verdict["selftest_s"] > 0


def test_installed_hearth_picks_the_cpu_code_for_this_processor(
    installed: Installed, tmp_path: Path
) -> None:
    done = installed.run("detect", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    profile = json.loads(done.stdout)
    assert profile["llama_cpu_variant"] == chosen_cpu_variant()
    assert any(d["type"] == "cpu" for d in profile["llama_devices"])


def test_the_desktop_entry_is_valid_and_opens_gguf_files(installed: Installed) -> None:
    validate = need("desktop-file-validate", "desktop-file-utils")
    entry = installed.root / "usr" / "share" / "applications" / "hearth.desktop"
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    keys = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert keys["Exec"] == "hearth %F"
    assert "application/x-gguf" in keys["MimeType"].split(";")
    # Every language the window speaks names the app in the menus too.
    for language in ("de", "es", "fr", "ja", "pt_BR", "zh_CN"):
        assert keys[f"GenericName[{language}]"] and keys[f"Comment[{language}]"]
    icons = installed.root / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256):
        png = icons / f"{size}x{size}" / "apps" / f"{keys['Icon']}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = (
            int.from_bytes(png.read_bytes()[16:20]),
            int.from_bytes(png.read_bytes()[20:24]),
        )
        assert (width, height) == (size, size)


def test_the_mime_type_recognises_gguf_by_its_magic(
    installed: Installed, tmp_path: Path, starter_model: Path
) -> None:
    """As a file manager sees it: gio reads the MIME database the package's XML builds."""
    update = need("update-mime-database", "shared-mime-info")
    gio = need("gio", "libglib2.0-bin")
    share = tmp_path / "share"
    shutil.copytree(installed.root / "usr" / "share" / "mime", share / "mime")
    subprocess.run([update, str(share / "mime")], check=True, capture_output=True)
    # A model saved without its extension is still a model; so is a .gguf by name.
    no_extension = tmp_path / "downloaded-model"
    with open(starter_model, "rb") as source:
        no_extension.write_bytes(source.read(4096))
    by_name = (
        tmp_path / "first-part.gguf"
    )  # (an empty file is text/plain to gio, whatever its name)
    by_name.write_bytes(bytes(64))
    not_a_model = tmp_path / "notes.bin"
    not_a_model.write_bytes(b"GGML is not GGUF" + bytes(100))
    env = dict(os.environ, XDG_DATA_DIRS=f"{share}:/usr/share", XDG_DATA_HOME=str(tmp_path / "x"))

    def content_type(path: Path) -> str:
        out = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        return out.rsplit("standard::content-type:", 1)[1].strip()

    assert content_type(no_extension) == "application/x-gguf"
    assert content_type(by_name) == "application/x-gguf"
    assert content_type(not_a_model) != "application/x-gguf"


def test_control_file_states_the_oldest_glibc_and_the_installed_size(installed: Installed) -> None:
    control = installed.control()
    glibc = deb_script.oldest_glibc(installed.app)
    assert control["Depends"].startswith(f"libc6 (>= {glibc})")
    assert control["Architecture"] == "amd64" and control["Version"] == __version__
    on_disk = sum(p.lstat().st_size for p in installed.app.rglob("*") if not p.is_dir())
    assert abs(int(control["Installed-Size"]) * 1024 - on_disk) / on_disk < 0.02
    # Chinese and Japanese need fonts that minimal systems lack.
    assert "fonts-noto-cjk" in control["Recommends"]


def test_the_app_carries_its_compiled_translations(installed: Installed) -> None:
    compiled = {p.name for p in installed.app.rglob("hearth_*.qm")}
    assert {"hearth_zh_CN.qm", "hearth_ja.qm", "hearth_de.qm"} <= compiled
    # Typing Chinese or Japanese goes through the desktop's input method (IBus).
    assert any(installed.app.rglob("libibusplatforminputcontextplugin.so"))


def test_the_qt_x11_libraries_travel_with_the_app_or_are_depended_on(
    installed: Installed,
) -> None:
    """A missing one aborts with "Could not load the Qt platform plugin xcb"."""
    internal = installed.app / "_internal"
    qt = internal / "PySide6" / "Qt"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
    depends = installed.control()["Depends"]
    checked = 0
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", internal / "libQt6XcbQpa.so.6"):
        lines = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=env, check=True
        ).stdout.splitlines()
        assert not [line for line in lines if "not found" in line], lines
        for line in lines:
            name, _, where = line.strip().partition(" => ")
            if not name.startswith(("libxcb", "libxkbcommon", "libX11")):
                continue
            checked += 1
            path = where.split(" (")[0]
            if path.startswith(str(installed.app)):
                continue  # carried in the bundle
            packages = deb_script.debian_packages({os.path.realpath(path)})
            assert packages, f"{name} comes from the system ({path}) but from no package"
            assert all(p in depends for p in packages), f"{name} ({packages}) not in Depends"
    assert checked >= 10  # libqxcb needs a dozen xcb/xkb libraries
