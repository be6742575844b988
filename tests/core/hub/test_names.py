"""Repo ids and in-repo paths are checked in one place, with errors a person can read."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth.hub import HubError, UnsafeNameError, names
from hearth.hub.names import check_file_path, check_repo_id, contained, repo_id_from

BAD_REPO_IDS = [
    "a/..",
    "../x",
    "a/b/c",
    "a--b/c",
    ".a/b",
    "a/b.",
    "a/",
    "/b",
    "a b/c",
    "a/b\\c",
    "just-a-name",
    "",
    "a/" + "b" * 97,
]
BAD_PATHS = [
    "",
    "../../escaped.gguf",
    "ok/../../escaped-middle.gguf",
    "./x.gguf",
    "a//b.gguf",
    "/tmp/escaped-absolute.gguf",
    "sub\\..\\..\\escaped-backslash.gguf",
    "C:/escaped-drive.gguf",
    "c:escaped.gguf",
    "nul\x00escaped.gguf",
    "line\nbreak.gguf",
    "folder/",
]


def test_plain_repo_ids_pass() -> None:
    for good in ("bartowski/Llama-3.2-3B-Instruct-GGUF", "Qwen/Qwen3-0.6B-GGUF", "a/b", "u_1/m.v2"):
        assert check_repo_id(good) == good
        assert names.is_repo_id(good)


@pytest.mark.parametrize("bad", BAD_REPO_IDS)
def test_bad_repo_ids_are_refused_in_words(bad: str) -> None:
    with pytest.raises(UnsafeNameError) as caught:
        check_repo_id(bad)
    error = caught.value
    assert isinstance(error, HubError), "one vocabulary: a bad name is a hub error"
    assert error.kind == "hub_bad_repo_id" and error.params == {"repo": bad}
    assert "owner/name" in error.message and "bartowski/" in error.message
    assert not names.is_repo_id(bad)


def test_typed_or_pasted_repo_ids() -> None:
    assert repo_id_from(" https://huggingface.co/a/b-GGUF/ ") == "a/b-GGUF"
    assert repo_id_from("hf.co/a/b") == "a/b"
    with pytest.raises(UnsafeNameError) as caught:
        repo_id_from("https://huggingface.co/a/b/tree/main")
    assert caught.value.kind == "hub_bad_repo_id"


def test_plain_paths_pass() -> None:
    for good in ("x.gguf", "F16/Model-F16-00001-of-00003.gguf", "a.b/c..d.gguf"):
        assert str(check_file_path(good)) == good
        assert names.is_file_path(good)


@pytest.mark.parametrize("bad", BAD_PATHS)
def test_paths_that_leave_the_repo_are_refused_in_words(bad: str) -> None:
    with pytest.raises(UnsafeNameError) as caught:
        check_file_path(bad)
    error = caught.value
    assert error.kind == "hub_bad_path" and error.params == {"path": bad}
    assert "outside the models folder" in error.message and "not downloaded" in error.message
    assert not names.is_file_path(bad)


def test_contained_stays_under_the_root(tmp_path: Path) -> None:
    root = tmp_path / "models"
    root.mkdir()
    assert contained(root, "a/b", "Q4/x.gguf") == root / "a" / "b" / "Q4" / "x.gguf"
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "a").mkdir()
    (root / "a" / "b").symlink_to(outside)  # a link planted inside the models folder
    with pytest.raises(UnsafeNameError) as caught:
        contained(root, "a/b", "x.gguf")
    assert caught.value.kind == "hub_bad_path"
    with pytest.raises(UnsafeNameError):
        contained(root, "a/..", "x.gguf")
