"""Publication dates: metadata, else the text, else --date, else the story's date.

From the text only standalone timestamp lines (removed as such), datelines at the top or
bottom and the date in the article's address count (clean/datelines.py): a date in the body
is news, a date in a tweet or caption is someone else's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

import dateparser

from storydesk.article import Article
from storydesk.clean import datelines, rules
from storydesk.options import Options

ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")


def normalise(value: str) -> str | None:
    """Any date form a metadata field may hold, as YYYY-MM-DD (None when unreadable)."""
    match = ISO_DATE.search(value)
    if match:
        return _valid(match.group(0))
    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _valid(iso: str) -> str | None:
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        return None


def own_date(article: Article, options: Options) -> None:
    """Metadata first (normalised), else a timestamp line or dateline in the text, else the
    --date option: all from the article itself, whatever other articles say."""
    if article.published:
        article.published = normalise(article.published)
        if article.published:
            article.published_from = article.published_from or "metadata"
            return
        article.notes.append("metadata date unreadable; looked elsewhere")
        article.published_from = None
    # A timestamp line, a dateline, the address: published_from says which (datelines.py).
    found = datelines.find(article, rules.TIMESTAMP)
    if found:
        article.published, article.published_from = found.date, found.kind
    elif options.date:
        article.published, article.published_from = options.date, "option"


# Dates an article gives itself; only these vouch for a story (datelines.py: where in the
# text the date was read).
OWN = ("metadata", "text", *datelines.KINDS)


def from_story(articles: Sequence[Article]) -> None:
    """An undated article of a story takes the story's date: the most common date among the
    story's articles that give their own (``published_from`` "story", the articles that gave
    it in ``published_basis``). Only ever the articles of the same story: a folder that mixes
    two events gives two stories, and neither lends the other its date."""
    story_date = _story_date(articles)
    if story_date is None:
        return
    basis = sorted(a.id for a in articles if a.published == story_date and a.published_from in OWN)
    for article in articles:
        if not article.published:
            article.published, article.published_from = story_date, "story"
            article.published_basis = basis


def _story_date(articles: Sequence[Article]) -> str | None:
    dated = Counter(a.published for a in articles if a.published and a.published_from in OWN)
    if not dated:
        return None
    # Most common; ties go to the latest, since a story's articles trail its first report.
    return max(dated.items(), key=lambda item: (item[1], item[0]))[0]
