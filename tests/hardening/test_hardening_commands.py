"""The commands as a user runs them: fetched URLs on loopback and private addresses refused by
``analyze``, ``add`` and ``serve`` unless ``--allow-private-urls`` is given (issue 12, item 2),
and escape sequences in an article's title and text never reaching the terminal from any
command that prints it (item 6). Each beside a good article that must still be reported."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from hostile import page
from isolation import COUNTS, EXAMPLE

from storydesk import cli
from storydesk.options import Options

Serve = Callable[[dict[str, Callable[[BaseHTTPRequestHandler], None]]], str]
# What a terminal would obey: CSI and OSC openers (7- and 8-bit), BEL, a bare carriage return
# and the bidirectional overrides that reverse what follows.
CONTROLS = ("\x1b", "\x9b", "\x9d", "\x07", "\r", "\u202e", "\u202d")


def _page(handler: BaseHTTPRequestHandler) -> None:
    body = page()
    handler.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    shutil.copy(sorted(EXAMPLE.glob("*.txt"))[0], folder)
    return folder


@pytest.mark.parametrize("allowed", [False, True], ids=["refused", "allowed"])
def test_analyze_fetches_a_loopback_url_only_when_allowed(
    allowed: bool, tmp_path: Path, good: Path, raw_server: Serve
) -> None:
    url = raw_server({"/story": _page}) + "/story"
    out = tmp_path / "report.json"
    flag = ["--allow-private-urls"] if allowed else []
    code = cli.main(["analyze", str(good), url, "--format", "json", "--out", str(out),
                     "--quiet", *flag])
    assert code == cli.EXIT_OK
    report = json.loads(out.read_text(encoding="utf-8"))
    sources = {a["source"] for story in report["stories"] for a in story["articles"]}
    skipped = {s["source"]: s["reason"] for s in report["skipped"]}
    assert str(good / sorted(EXAMPLE.glob("*.txt"))[0].name) in sources
    if allowed:
        assert url in sources
    else:
        assert url not in sources
        assert "is a loopback address (127.0.0.1)" in skipped[url]
        assert "--allow-private-urls" in skipped[url]
    COUNTS["inputs tried"] += 1
    COUNTS["articles checked"] += 2 if allowed else 1


@pytest.mark.parametrize("allowed", [False, True], ids=["refused", "allowed"])
def test_add_fetches_a_loopback_url_only_when_allowed(
    allowed: bool, tmp_path: Path, good: Path, raw_server: Serve,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = raw_server({"/story": _page}) + "/story"
    flag = ["--allow-private-urls"] if allowed else []
    code = cli.main(["add", str(good), url, "--store", str(tmp_path / "desk.db"), "--format",
                     "json", "--quiet", *flag])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    skipped = {s["source"]: s["reason"] for s in result["skipped"]}
    assert len(result["added"]) == (2 if allowed else 1), result
    if not allowed:
        assert "is a loopback address (127.0.0.1)" in skipped[url]
    COUNTS["inputs tried"] += 1
    COUNTS["articles checked"] += len(result["added"])


@pytest.mark.parametrize("allowed", [False, True], ids=["refused", "allowed"])
def test_serve_passes_the_flag_to_the_reading(
    allowed: bool, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``serve INPUT...`` reads its inputs with the options the flag sets (the reading itself
    is the one the tests above run)."""
    seen: list[Options] = []

    def read_inputs_only(inputs: list[str], host: str, options: Options) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr("storydesk.web.serve._from_inputs", read_inputs_only)
    flag = ["--allow-private-urls"] if allowed else []
    assert cli.main(["serve", str(good), "--port", "0", *flag]) == 0
    assert [options.allow_private_urls for options in seen] == [allowed]


def _without_controls(text: str) -> None:
    found = sorted({repr(mark) for mark in CONTROLS if mark in text})
    assert not found, f"{found} reached the terminal: {text[:300]!r}"


def test_escape_sequences_in_titles_and_text_never_reach_the_terminal(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title that clears the screen, renames the terminal window and reverses the text
    after it; a body line with colours and a carriage return that would hide what precedes
    it. Every command that prints an article or story prints none of it."""
    real = sorted(EXAMPLE.glob("*.txt"))[1].read_text(encoding="utf-8")
    body = real.split("\n---\n", 1)[-1] if real.startswith("---") else real
    hostile = good / "hostile\x1b[31m.txt"
    hostile.write_text(
        "---\ntitle: \"Peace plan\x1b[2J\x1b]0;owned\x07 talks \u202ereversed\x9b31m\"\n---\n"
        f"Envoy\x1b[31m arrives\r in Moscow.\n{body}",
        encoding="utf-8",
    )
    store = str(tmp_path / "desk.db")
    commands = [
        ["analyze", str(good), "--format", "text", "--quiet"],
        ["analyze", str(good), "--format", "md", "--quiet"],
        ["add", str(good), "--store", store, "--quiet"],
        ["stories", "--store", store],
    ]
    outputs: list[str] = []
    for command in commands:
        assert cli.main(command) == cli.EXIT_OK, command
        captured = capsys.readouterr()
        outputs.append(captured.out + captured.err)
    stories = json.loads(_run_json(["stories", "--store", store], capsys))["stories"]
    for story in stories:
        for fmt in ("text", "md"):
            assert cli.main(["show", story["id"], "--store", store, "--format", fmt]) == 0
            captured = capsys.readouterr()
            outputs.append(captured.out + captured.err)
        assert cli.main(["show", story["id"], "--store", store, "--since", "2000-01-01"]) == 0
        captured = capsys.readouterr()
        outputs.append(captured.out + captured.err)
    for printed in outputs:
        _without_controls(printed)
    every = "\n".join(outputs)
    assert "talks" in every and "reversed" in every  # the words are kept, the controls not
    COUNTS["inputs tried"] += 1
    COUNTS["articles checked"] += 2


def _run_json(command: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert cli.main([*command, "--format", "json"]) == cli.EXIT_OK
    return capsys.readouterr().out
