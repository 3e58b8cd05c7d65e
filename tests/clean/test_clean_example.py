"""Cleaning on the bundled example: the listed boilerplate goes, the article proper stays.

The golden file (tests/clean/golden/example.json, rewritten by regenerate_golden.py and
reviewed by hand) lists every removed line of every article with its reason; a line that
holds a quote mark or a digit may leave the body only if it is listed there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storydesk.article import Article

GOLDEN = Path(__file__).resolve().parent / "golden" / "example.json"
QUOTE_OR_DIGIT = set("“”0123456789")


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


def raw_lines(article: Article) -> list[str]:
    return [line.strip() for line in article.raw.splitlines() if line.strip()]


def test_listed_boilerplate_is_removed_with_a_reason(example_articles, expected):
    for key, items in expected["boilerplate"].items():
        article = example_articles[key]
        for item in items:
            holders = [r for r in article.removed if item in r.text]
            assert holders, f"{key}: {item!r} not removed"
            assert all(r.reason.strip() for r in holders)
            assert item not in article.text, f"{key}: {item!r} still in the text"


def test_removed_lines_match_the_reviewed_golden_file(example_articles, golden):
    for article in example_articles.values():
        want = golden[Path(article.source).name]["removed"]
        assert [[r.reason, r.text] for r in article.removed] == want


def test_no_line_is_dropped_silently(example_articles):
    for article in example_articles.values():
        accounted = article.text + "\n" + "\n".join(r.text for r in article.removed)
        for line in raw_lines(article):
            # A byline cut off the front leaves the rest of its line in the text.
            parts = [p for p in accounted.split("\n") if p and p in line]
            assert line in accounted.split("\n") or len(parts) >= 2, line


def test_lines_with_quotes_or_figures_stay_unless_reviewed(example_articles, golden):
    for article in example_articles.values():
        reviewed = {text for _, text in golden[Path(article.source).name]["removed"]}
        body = article.text
        for line in raw_lines(article):
            if QUOTE_OR_DIGIT & set(line) and line not in reviewed:
                assert line in body or line.endswith(body.split("\n")[0]), line


def test_reviewed_removals_of_quoted_lines_are_embeds_or_captions(golden):
    # The one kind of quoted or numbered line that may leave: someone else's words or photos.
    allowed = (
        "tweet embed",
        "photo caption",
        "donation appeal",
        "newsletter",
        "timestamp",
        "rating widget",
        "byline",
        "boilerplate beside other boilerplate",  # the line classifier's (clean/linescore.py)
    )
    for article in golden.values():
        for reason, text in article["removed"]:
            # Sentence-length lines only: "list of 4 items" is a widget, not a figure.
            if QUOTE_OR_DIGIT & set(text) and len(text.split()) >= 8:
                assert reason.startswith(allowed), (reason, text)


def test_headline_standfirst_and_captions(example_articles):
    ft, moscow, newslooks = (example_articles[k] for k in ("001", "002", "003"))
    assert (
        ft.title == "Donald Trump sends top envoy to Russia to finalise US peace plan for Ukraine"
    )
    assert ft.title not in ft.text
    assert moscow.title and moscow.title.startswith("Trump Says Envoy Witkoff")
    assert moscow.standfirst and moscow.standfirst in moscow.text  # a lede is never lost
    assert len(newslooks.captions) == 2
    assert all(caption not in newslooks.text for caption in newslooks.captions)
    assert "What was your reaction?" in example_articles["004"].text  # a section heading


def test_outlet_and_date_say_where_they_came_from(example_articles, expected):
    outlets = {key: (a.outlet, a.outlet_from) for key, a in example_articles.items()}
    # Appeals name The Moscow Times ("Support The Moscow Times!"); Al Jazeera's page names
    # its correspondent at work ("Al Jazeera's Yulia Shapovalova, reporting from Moscow",
    # the newsroom rule, seen on The Hill's, Fox News' and USA Today's pages); the others
    # give no address, wire credit, copyright line, appeal or newsroom credit, and the report
    # calls them "Unknown outlet n" (clean/outlet.py says which phrases were measured and
    # left out).
    assert outlets["002"] == ("The Moscow Times", "text")
    assert outlets["004"] == ("Al Jazeera", "text")
    assert {outlets[key] for key in ("000", "001", "003")} == {(None, None)}
    for article in example_articles.values():
        assert article.published == expected["publication_date"]
        assert article.published_from in ("timestamp", "story")
    # "2025-11-25 21:17:00" alone on the FT article's last line
    assert example_articles["001"].published_from == "timestamp"
