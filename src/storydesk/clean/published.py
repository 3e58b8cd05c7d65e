"""Publication dates: metadata, else the text, else --date, else the story's date."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import dateparser

from storydesk.article import Article
from storydesk.options import Options

ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")


def normalise(value: str) -> str | None:
    """Any date form a metadata field may hold, as YYYY-MM-DD (None when unreadable)."""
    match = ISO_DATE.search(value)
    if match:
        return match.group(0)
    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def own_date(article: Article, options: Options) -> None:
    if article.published:
        article.published = normalise(article.published)
        if article.published:
            return
        article.published_from = None
    match = ISO_DATE.search(article.text)
    if match:
        article.published, article.published_from = match.group(0), "text"


def fill_missing(articles: Sequence[Article], options: Options) -> None:
    if options.date:
        for article in articles:
            if not article.published:
                article.published, article.published_from = options.date, "option"
        return
    dated = Counter(a.published for a in articles if a.published)
    if not dated:
        return
    story_date = dated.most_common(1)[0][0]
    for article in articles:
        if not article.published:
            article.published, article.published_from = story_date, "story"
