"""The CLI documents itself: every command's help ends with an example and is in the README."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from storydesk import cli

ROOT = Path(__file__).resolve().parents[1]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_help_ends_with_an_example(name: str) -> None:
    help_text = subcommands()[name].format_help().rstrip()
    assert "example:" in help_text
    assert help_text.splitlines()[-1].strip().startswith("storydesk ")


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"storydesk {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_analyze_writes_json_and_exit_code(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "---\ntitle: Storm hits coast\noutlet: Coast News\npublished: 2025-03-04\n---\n"
        "A storm hit the coast on Monday, and at least 12 homes were damaged, officials said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.json"
    code = cli.main(["analyze", str(article), "--format", "json", "--out", str(out), "--quiet"])
    assert code == cli.EXIT_OK
    report = json.loads(out.read_text(encoding="utf-8"))
    (story,) = report["stories"]
    (only,) = story["articles"]
    assert only["outlet"] == "Coast News" and only["outlet_from"] == "metadata"
    assert only["published"] == "2025-03-04" and only["published_from"] == "metadata"


def test_analyze_with_nothing_readable_exits_3(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "report.json"
    code = cli.main(["analyze", str(tmp_path), "--format", "json", "--out", str(out), "--quiet"])
    assert code == cli.EXIT_NOTHING
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["stories"] == []
    assert report["skipped"][0]["reason"]


def test_unknown_format_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Some text about a storm on the coast.", encoding="utf-8")
    code = cli.main(["analyze", str(tmp_path), "--format", "pdf", "--quiet"])
    assert code == cli.EXIT_USAGE
    assert "unknown format" in capsys.readouterr().err
