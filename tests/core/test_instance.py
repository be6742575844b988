"""One Hearth at a time, the part without Qt: the server name and the messages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hearth import instance
from hearth.instance import (
    ACK,
    MAX_PATHS,
    BadMessageError,
    LineReader,
    decode_request,
    encode_request,
    is_ack,
    server_name,
)


def test_the_name_is_per_user_and_per_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    assert server_name(one, "ada") == server_name(one, "ada")
    assert server_name(one, "ada") != server_name(two, "ada")
    assert server_name(one, "ada") != server_name(one, "bob")
    assert server_name(one, "ada").startswith("hearth-")
    assert "/" not in server_name(one, "ada")  # Qt puts a plain name in the temp folder


def test_hearth_home_gives_its_own_name(
    hearth_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = server_name()
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "another-home"))
    assert server_name() != here


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux's")
def test_on_linux_the_socket_goes_in_the_users_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = server_name(tmp_path, "ada")
    assert Path(name).parent == runtime and name.endswith(".sock")
    # A socket path too long for sockaddr_un falls back to a plain name.
    deep = tmp_path / ("x" * 120)
    deep.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    assert "/" not in server_name(tmp_path, "ada")


def test_a_request_goes_there_and_back() -> None:
    files = ["/models/a b.gguf", "/models/ünï\ncode.gguf"]
    line = encode_request(files)
    assert line.endswith(b"\n") and line.count(b"\n") == 1  # one line, whatever the names
    assert decode_request(line[:-1]) == files
    assert decode_request(encode_request([])[:-1]) == []


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'{"open": "/a.gguf"}',
        b'{"open": [1]}',
        b'{"open": [""]}',
        b'{"open": ["a.gguf"]}',
        b'{"open": ["/a\\u0000b.gguf"]}',
        b'{"show": true}',
    ],
)
def test_anything_else_is_a_bad_message(line: bytes) -> None:
    with pytest.raises(BadMessageError):
        decode_request(line)


def test_too_many_paths_is_a_bad_message() -> None:
    with pytest.raises(BadMessageError):
        decode_request(encode_request(["/m.gguf"] * (MAX_PATHS + 1))[:-1])


def test_lines_arrive_in_pieces_and_oversize_is_refused() -> None:
    reader = LineReader(limit=32)
    assert reader.feed(b'{"open"') == []
    assert reader.feed(b': []}\n{"op') == [b'{"open": []}']
    assert reader.feed(b"en\n") == [b'{"open']
    with pytest.raises(BadMessageError):
        reader.feed(b"y" * 40)
    assert reader.feed(b"ok\n") == [b"ok"]  # the overflow was dropped


def test_acknowledgement() -> None:
    assert is_ack(ACK.strip())
    assert not is_ack(b'{"ok": false}')
    assert not is_ack(b"\xff")
    assert instance.ACK.endswith(b"\n")
