"""The release workflow: it parses, builds on each OS through the scripts, and releases tags."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML: a dependency of huggingface_hub

from tests.packaging.stand_ins import ROOT, load_script

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
BUILD_JOBS = {"linux": "ubuntu-22.04", "windows": "windows-latest", "macos": "macos-14"}


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def run_text(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_runs_on_version_tags_and_by_hand(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean true.
    triggers = workflow["on"] if "on" in workflow else workflow[True]
    assert triggers["push"] == {"tags": ["v*"]}
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}


@pytest.mark.parametrize(("target", "runner"), sorted(BUILD_JOBS.items()))
def test_each_os_builds_with_build_py_and_uploads(
    workflow: dict[Any, Any], target: str, runner: str
) -> None:
    job = workflow["jobs"][target]
    assert job["runs-on"] == runner
    assert f"python packaging/build.py {target}" in run_text(job)
    uploads = [s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(uploads) == 1
    # v4 and later share one artifact store with download-artifact v4 and later.
    assert int(uploads[0]["uses"].rpartition("@v")[2]) >= 4
    assert uploads[0]["with"]["if-no-files-found"] == "error"


def test_release_attaches_every_build_on_tags_only(workflow: dict[Any, Any]) -> None:
    release = workflow["jobs"]["release"]
    assert sorted(release["needs"]) == sorted([*BUILD_JOBS, "nvidia"])
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    assert "gh release upload" in run_text(release)


def test_scripts_it_calls_exist(workflow: dict[Any, Any]) -> None:
    called = set()
    for job in workflow["jobs"].values():
        called |= set(re.findall(r"packaging/[\w./-]+\.(?:py|sh)\b", run_text(job)))
    assert {"packaging/build.py", "packaging/linux/make_appimage.sh"} <= called
    missing = sorted(path for path in called if not (ROOT / path).is_file())
    assert not missing, f"the workflow calls scripts that are not in the repository: {missing}"


def test_build_flags_are_left_to_build_py() -> None:
    """packaging/build.py (through dev.py) sets CMAKE_ARGS; two places would drift apart."""
    assert "CMAKE_ARGS" not in WORKFLOW.read_text(encoding="utf-8")


def test_linux_job_installs_the_qt_libraries_the_app_bundles(workflow: dict[Any, Any]) -> None:
    dev = load_script("hearth_dev_for_workflow", ROOT / "dev.py")
    installed = set(run_text(workflow["jobs"]["linux"]).split())
    wanted = {*dev.XCB_PACKAGES.values(), "desktop-file-utils", "shared-mime-info"}
    assert not wanted - installed, f"missing from the apt-get line: {sorted(wanted - installed)}"


def test_actions_are_pinned_to_a_major_version(workflow: dict[Any, Any]) -> None:
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), (name, step["uses"])


def test_actionlint_finds_nothing() -> None:
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (it is not on PyPI as an offline wheel)")
    done = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_nvidia_build_adds_cuda_to_vulkan_on_linux_and_windows(
    workflow: dict[Any, Any],
) -> None:
    job = workflow["jobs"]["nvidia"]
    assert job["env"]["HEARTH_LLAMA_BACKENDS"] == "vulkan,cuda"
    targets = {entry["target"] for entry in job["strategy"]["matrix"]["include"]}
    assert targets == {"linux", "windows"}
    text = run_text(job)
    assert "python packaging/build.py ${{ matrix.target }}" in text
    assert "cuda-toolkit-12-4" in text and "cuda_12.4.1_windows_network.exe" in text
    assert "hearth-nvidia" in text  # named apart from the standard download


def test_every_build_but_macos_carries_vulkan(workflow: dict[Any, Any]) -> None:
    """Vulkan is dev_backends.py's default there; each such job installs the SDK."""
    for name in ("linux", "windows", "nvidia"):
        assert "Vulkan SDK" in [
            s.get("name", "").split(" (")[0] for s in workflow["jobs"][name]["steps"]
        ]
