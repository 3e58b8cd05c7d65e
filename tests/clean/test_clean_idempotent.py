"""Cleaning is a pure function of the article: cleaning twice is cleaning once (property
tests over lines of real articles, boilerplate and arbitrary text), and removed lines never
double."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from shared_data import EXAMPLE
from storydesk.article import Article
from storydesk.clean import across, clean_one
from storydesk.options import Options

# Real lines: every line of the bundled example (body, headlines, bylines, appeals, embeds).
REAL_LINES = sorted(
    {
        line.strip()
        for path in EXAMPLE.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and line.strip() != "---"
    }
)
LINES = st.one_of(
    st.sampled_from(REAL_LINES),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
)
META = st.fixed_dictionaries(
    {},
    optional={
        "title": st.sampled_from(REAL_LINES[:20]),
        "published": st.sampled_from(["2025-11-25", "Tue, 25 Nov 2025 21:17:00 GMT", "soon"]),
        "outlet": st.sampled_from(["Example News", "Reuters"]),
        "url": st.sampled_from(["https://www.ft.com/content/x", "https://news.example.org/a"]),
    },
)


def _article(lines: list[str], meta: dict[str, str]) -> Article:
    return Article(id="a", source="a.txt", raw="\n".join(lines), **meta)


@settings(max_examples=60, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=25), META, st.sampled_from([None, "2025-12-01"]))
def test_cleaning_twice_is_cleaning_once(lines: list[str], meta: dict[str, str], date) -> None:  # type: ignore[no-untyped-def]
    options = Options(date=date)
    once = clean_one(_article(lines, meta), options).as_dict()
    twice = clean_one(clean_one(_article(lines, meta), options), options).as_dict()
    assert twice == once


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(LINES, min_size=1, max_size=12), min_size=2, max_size=4))
def test_the_cross_article_pass_run_twice_changes_nothing(bodies: list[list[str]]) -> None:
    options = Options()
    articles = [
        clean_one(Article(str(n), f"{n}.txt", raw="\n".join(b), outlet="Example News"), options)
        for n, b in enumerate(bodies)
    ]
    across(articles, options)
    once = [a.as_dict() for a in articles]
    across(articles, options)
    assert [a.as_dict() for a in articles] == once


def test_removed_lines_never_double_on_the_example() -> None:
    options = Options()
    for path in sorted(Path(EXAMPLE).glob("*.txt")):
        article = Article(id=path.stem, source=str(path), raw=path.read_text(encoding="utf-8"))
        once = clean_one(article, options)
        count = len(once.removed)
        assert count > 0
        again = clean_one(once, options)
        assert len(again.removed) == count
