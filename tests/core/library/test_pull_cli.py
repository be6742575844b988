"""`hearth pull REPO [FILE | --quant Q]`: progress on stderr, the path on stdout, exit codes."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from hearth.library import cli, downloads
from hearth.library.model_download import human_size
from tests.core.library.conftest import Q8, REPO, SPLIT, Files
from tests.support.gguf_files import sha256_of
from tests.support.hub_server import Fault, HubServer


def pull(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="hearth")
    cli.add_pull_parser(parser.add_subparsers(dest="command"))
    return cli.run_pull(parser.parse_args(["pull", *argv]))


def test_pull_a_quant(
    hub: HubServer, gguf_files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.hub.plan(REPO, Q8, Fault(drop_at=2_000_000))
    assert pull(REPO, "--quant", "q8_0") == 0
    out, err = capsys.readouterr()
    path = Path(out.strip())
    assert path.name == Q8 and sha256_of(path) == sha256_of(gguf_files.q8)
    assert f"Downloading {Q8} (5.0 MB) from {REPO}" in err
    assert "5.0 MB of 5.0 MB" in err and "100%" in err
    assert "Verified (SHA-256) and ready: Tiny Model · Q8_0" in err
    assert pull(REPO, "--quant", "Q8_0") == 0
    assert "already downloaded" in capsys.readouterr().err


def test_pull_a_split_model_by_file(hub: HubServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert pull(REPO, Path(SPLIT[0]).name) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()).name == Path(SPLIT[0]).name
    assert "in 3 parts" in err


def test_list(hub: HubServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert pull(REPO, "--list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["Q4_K_M", "F16", "Q8_0"]
    assert "3 parts" in lines[1]


def test_failures_exit_non_zero_with_words(
    hub: HubServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pull("nobody/Nothing-GGUF") == 1
    assert "hearth pull: There is no model nobody/Nothing-GGUF" in capsys.readouterr().err
    assert pull(REPO, "--quant", "IQ1_S") == 1
    assert "has no IQ1_S version. It has: Q4_K_M, F16, Q8_0" in capsys.readouterr().err


def test_ctrl_c_keeps_the_bytes_and_says_how_to_continue(
    hub: HubServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kw: object) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(downloads, "download_model", interrupted)
    assert pull(REPO) == 130
    assert "Run the same command again to continue" in capsys.readouterr().err


def test_progress_bar_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = cli.ProgressBar("x.gguf", stream)
    bar.meter.add(0, now=0.0)
    bar.meter.add(50_000_000, now=5.0)
    line = bar.line(50_000_000, 200_000_000)
    assert line.startswith("x.gguf  [######------------------")
    assert " 25%" in line and "50.0 MB of 200.0 MB" in line
    assert "10.0 MB/s" in line and "15s left" in line
    bar(200_000_000, 200_000_000)
    bar.finish()
    assert stream.getvalue().startswith("\r") and stream.getvalue().endswith("\n")
    assert cli.format_duration(3725) == "1h 02m"
    assert human_size(999) == "999 bytes"


def test_progress_bar_says_offline_at_once() -> None:
    from hearth.hub import HubError
    from hearth.hub.errors import offline
    from hearth.library.retry import Retrying

    stream = io.StringIO()  # a pipe: whole lines
    bar = cli.ProgressBar("x.gguf", stream)
    bar(1_000, 200_000_000)
    bar.retrying(Retrying("offline", offline("https://huggingface.co"), 8.0, 0.0, 1))
    bar.retrying(Retrying("retry", HubError("hub_server_error", "busy"), 2.0, 0.0, 1))
    lines = stream.getvalue().splitlines()
    assert lines[1] == "x.gguf  Offline — cannot reach the hub; retrying in 8 s (Ctrl+C stops)"
    assert lines[2] == "x.gguf  Interrupted (hub_server_error); retrying in 2 s"
    bar(2_000, 200_000_000)  # bytes flow again: the bar at once, not 15 s later
    assert len(stream.getvalue().splitlines()) == 4
