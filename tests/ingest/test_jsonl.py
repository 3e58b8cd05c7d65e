"""JSON Lines: one article a line; a bad line is its own Skipped, the rest is read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from storydesk.article import Article
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options

BODY = "Rescuers pulled 14 people from the rubble overnight, the fire service said on Sunday."


def _read(path: Path) -> tuple[list[Article], dict[str, str]]:
    items = list(read_inputs([str(path)], Options()))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    return articles, skipped


def test_good_lines_are_read_and_bad_lines_skipped(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "title": "Rescue", "date": "2024-05-12", "source": "Daily"}),
        "{not json",
        json.dumps({"title": "no body"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"html": "<html><body><p>x</p></body></html>", "url": "https://a.example/1"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped = _read(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:6"]
    assert set(skipped) == {f"{path}:2", f"{path}:3", f"{path}:5"}
    assert skipped[f"{path}:2"].startswith("invalid JSON")
    assert skipped[f"{path}:3"] == "no 'text' or 'html' field with content"
    assert skipped[f"{path}:5"] == "expected a JSON object, got list"


def test_metadata_fields(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    record = {
        "text": BODY,
        "headline": "Rescue",
        "link": "https://daily.example/r",
        "published": "2024-05-12",
        "authors": ["Kim Lee", "Sam Roe"],
        "outlet": "The Daily",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [article], _ = _read(path)
    assert (article.text, article.raw, article.raw_kind) == ("", BODY, "text")
    assert article.title == "Rescue"
    assert article.url == "https://daily.example/r"
    assert (article.published, article.published_from) == ("2024-05-12", "metadata")
    assert article.author == "Kim Lee, Sam Roe"
    assert (article.outlet, article.outlet_from) == ("The Daily", "metadata")


def test_html_lines_are_raw_html(tmp_path: Path, make_page: Callable[..., str]) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": make_page(), "outlet": "Gazette"}), encoding="utf-8")
    [article], _ = _read(path)
    assert article.raw_kind == "html"
    assert article.outlet == "Gazette"


def test_same_text_twice_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(
        json.dumps({"text": BODY}) + "\n" + json.dumps({"text": "  " + BODY}), encoding="utf-8"
    )
    articles, skipped = _read(path)
    # One article, and the second line says which it repeats (never dropped silently).
    assert len(articles) == 1
    assert skipped == {f"{path}:2": f"the same text as {path}:1: read once"}


def test_empty_jsonl_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert _read(path) == ([], {str(path): "empty file"})
