"""``storydesk batch`` gives what ``analyze`` gives, resumes, and says what it did."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from shared_data import EXAMPLE
from storydesk import cli
from storydesk.errors import UsageError
from storydesk.options import Options
from storydesk.pipeline import Analysis, analyze
from storydesk.report import json_report
from storydesk.run import batch, tables
from storydesk.run.executor import InProcess


def reports(out: Path) -> dict[str, dict[str, Any]]:
    """Story id -> the story of its JSON report, from a batch output folder."""
    found = {}
    for path in (out / "reports").glob("*.json"):
        report = json.loads(path.read_text(encoding="utf-8"))
        json_report.validate(report)
        (story,) = report["stories"]
        found[story["id"]] = story
    return found


def analysed(analysis: Analysis) -> dict[str, dict[str, Any]]:
    """Story id -> the story as ``analyze``'s JSON report writes it (through JSON, as the
    batch reports are read: a tuple is a list there)."""
    written = json.loads(json.dumps(json_report.report_dict(analysis), ensure_ascii=False))
    return {s["id"]: s for s in written["stories"]}


def table(out: Path, name: str) -> list[dict[str, Any]]:
    return pq.read_table(out / name, schema=tables.schema(name)).to_pylist()


def test_example_gives_the_analyze_stories(tmp_path: Path, example_analysis: Analysis) -> None:
    out = tmp_path / "out"
    summary = batch.run([str(EXAMPLE)], out, Options.load(), InProcess())
    assert reports(out) == analysed(example_analysis)
    (story,) = example_analysis.stories
    assert {r["id"] for r in table(out, "facts")} == {f.id for f in story.facts}
    assert {r["id"] for r in table(out, "quotes")} == {
        q.id for a in story.articles for q in a.quotes
    }
    assert len(table(out, "articles")) == len(story.articles) == summary.articles["annotated"]
    assert summary.stories["stories"] == 1 and summary.rows["facts"] == len(story.facts)
    written = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert written["rows"]
    (busiest,) = written["worker_cpu_seconds"]["annotate, link, reconcile"]  # one process here
    assert busiest == pytest.approx(summary.cpu_seconds["annotate, link, reconcile"], abs=0.01)


def test_a_rerun_skips_finished_shards_and_new_inputs_are_added(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(EXAMPLE.glob("*.txt"))[:2]:
        (inputs / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    options = Options.load()
    first = batch.run([str(inputs)], out, options, InProcess())
    assert first.articles["annotated"] == 2
    (part,) = (out / "facts").glob("part-*.parquet")
    written = part.stat().st_mtime_ns

    again = batch.run([str(inputs)], out, options, InProcess())
    assert again.shards["input_done_before"] == again.shards["input"] == 1
    assert again.articles["annotated"] == 0 and again.articles["annotated_before"] == 2
    assert part.stat().st_mtime_ns == written

    third = sorted(EXAMPLE.glob("*.txt"))[2]
    (inputs / third.name).write_bytes(third.read_bytes())
    grown = batch.run([str(inputs)], out, options, InProcess())
    assert grown.articles["read"] == 3 and grown.articles["annotated"] == 3
    assert not part.exists()  # the story grew: its old part is gone, one part remains
    assert len(list((out / "facts").glob("part-*.parquet"))) == 1
    assert reports(out) == analysed(analyze([str(inputs)], options))


def test_streamed_containers_duplicates_and_skips_are_counted(tmp_path: Path) -> None:
    """JSONL and WARC files are shards of their own, read as streams; the same text in two
    inputs is one article; what cannot be read is skipped with its reason, counted by kind."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))[:3]]
    lines = [json.dumps({"text": t, "title": f"Report {n}"}) for n, t in enumerate(texts)]
    (tmp_path / "a.jsonl").write_text("\n".join([*lines, "{broken"]) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    (tmp_path / "c.warc.gz").write_bytes(gzip.compress(_warc(texts[2].replace("\n", "<br>"))))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    summary = batch.run(
        [str(tmp_path / n) for n in ("a.jsonl", "b.jsonl", "c.warc.gz", "empty.txt")],
        out,
        Options.load(),
        InProcess(),
    )
    assert summary.shards["input"] == 4
    assert summary.articles["duplicate"] >= 1
    assert len(summary.skipped) >= 2
    assert sum(summary.reasons().values()) == len(summary.skipped)
    skipped = pq.read_table(out / "skipped.parquet").to_pylist()
    assert {s["source"] for s in skipped} >= {str(tmp_path / "empty.txt")}
    assert any("a.jsonl" in s["source"] for s in skipped)  # the broken line, with its place


def _warc(html: str) -> bytes:
    body = f"<html><head><title>Report</title></head><body><p>{html}</p></body></html>"
    payload = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
        "WARC-Date: 2025-11-25T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}"
        "\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def test_out_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="inside the input folder"):
        batch.run([str(tmp_path)], tmp_path / "out", Options.load(), InProcess())


def test_skip_reasons_are_grouped_by_kind() -> None:
    assert batch.reason_kind(
        "written in German (de, probability 0.99); the model reads English only"
    ) == batch.reason_kind("written in French (fr, probability 0.97); the model reads English")
    assert batch.reason_kind("article text of 400,000 characters is longer than x") == (
        batch.reason_kind("article text of 310,222 characters is longer than x")
    )


def test_cli_batch_rejects_zero_workers(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["batch", str(EXAMPLE), "--out", "/nonexistent/x", "--workers", "0"])
    assert code == cli.EXIT_USAGE
    assert "--workers" in capsys.readouterr().err


def test_an_article_two_outlets_published_is_kept_with_both(tmp_path: Path) -> None:
    """ECB+ 24_3 (NBC News) and 24_9 (ahametals.com) clean to one text: batch keeps both
    outlets of the one article, as ``analyze`` (the desk) does."""
    from corpora_builders import paragraphs, read_ecbplus
    from shared_data import shared_path

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("24_3ecbplus", "24_9ecbplus"):
        document = read_ecbplus(shared_path("datasets", "ecbplus", "ECB+", "24", f"{name}.xml"))
        (folder / f"{name}.txt").write_text("\n".join(paragraphs(document.lines)) + "\n",
                                            encoding="utf-8")
    out = tmp_path / "out"
    batch.run([str(folder)], out, Options.load(), InProcess())
    want = analysed(analyze([str(folder)], Options.load()))
    got = reports(out)
    assert got == want
    [story] = got.values()
    [article] = story["articles"]
    assert [p["outlet"] for p in article["republished"]] == ["ahametals.com"]
