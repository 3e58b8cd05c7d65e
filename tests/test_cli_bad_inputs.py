"""Bad inputs beside good ones: the run finishes, says what it skipped and why, reads the rest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from storydesk import cli

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ukraine-peace-plan-2025-11-25"
LATIN1_TEXT = (
    "---\ntitle: Café owners in São Paulo protest new tax\noutlet: Jornal Exemplo\n---\n"
    "Café owners in São Paulo marched on Monday against a new municipal tax, "
    "said José Müller, who leads the traders' association.\n"
    "The city's finance secretary, Inês Conceição, said the levy would raise 40 million reais.\n"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("inputs")
    for good in sorted(EXAMPLE.glob("*.txt"))[:2]:
        shutil.copy(good, folder / good.name)
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "lines.jsonl").write_text('{"text": ""}\n{broken\n', encoding="utf-8")
    out = folder.parent / "report.json"
    code = cli.main(["analyze", str(folder), "--format", "json", "--out", str(out), "--quiet"])
    assert code == cli.EXIT_OK
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    data["folder"] = str(folder)
    return data


def _skipped(report: dict[str, Any]) -> dict[str, str]:
    return {Path(s["source"]).name: s["reason"] for s in report["skipped"]}


def test_bad_files_are_listed_with_reasons(report: dict[str, Any]) -> None:
    assert _skipped(report) == {
        "scan.txt": "binary content (NUL or control bytes), not text",
        "photo.jpg": "unsupported file type '.jpg'",
        "empty.txt": "empty file",
        "lines.jsonl:1": "no 'text' or 'html' field with content",
        "lines.jsonl:2": "invalid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
    }


def test_good_articles_are_reported(report: dict[str, Any]) -> None:
    """Every good article is reported: the two Kyiv reports as one story, the café tax apart."""
    stories = {
        tuple(sorted(Path(a["source"]).name for a in story["articles"]))
        for story in report["stories"]
    }
    good = tuple(p.name for p in sorted(EXAMPLE.glob("*.txt"))[:2])
    assert stories == {good, ("latin1.txt",)}


def test_latin1_text_is_decoded_with_a_note(report: dict[str, Any]) -> None:
    [article] = [
        a
        for story in report["stories"]
        for a in story["articles"]
        if a["source"].endswith("latin1.txt")
    ]
    assert "not valid UTF-8; decoded as cp1252" in article["notes"]
    assert article["title"] == "Café owners in São Paulo protest new tax"
    assert "said José Müller" in article["text"]
    assert "Inês Conceição" in article["text"]
