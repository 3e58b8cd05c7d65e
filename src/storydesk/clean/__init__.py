"""Clean: from raw input to the article's own text, its outlet and its date.

``clean(articles, options)`` has the shape of every stage. Per-article work comes first
(HTML extraction or the plain-text rules with headline/standfirst/captions, then outlet and
own date), then the cross-article passes that need the whole batch (lines recurring within
an outlet, the story date as fallback).
"""

from __future__ import annotations

from collections.abc import Sequence

from storydesk.article import Article
from storydesk.clean import boilerplate, outlet, published, recurring, structure
from storydesk.options import Options


def clean_one(article: Article, options: Options) -> Article:
    if article.raw_kind == "html":
        from storydesk.clean import html

        html.extract(article, options)
    else:
        boilerplate.clean_text(article, options)
        structure.apply(article)
    outlet.infer(article)
    published.own_date(article, options)
    return article


def clean(articles: Sequence[Article], options: Options) -> list[Article]:
    cleaned = [clean_one(article, options) for article in articles]
    recurring.remove_recurring(cleaned, options)
    published.fill_missing(cleaned, options)
    return cleaned
