"""Clean: from raw input to the article's own text, its outlet and its date.

Two steps, kept apart so that an article's cleaning never depends on which articles it is
cleaned with:

- ``clean_one``: a pure, idempotent function of one article (cleaning twice is cleaning
  once): HTML extraction or the plain-text rules with headline/standfirst/captions, then
  outlet and own date (metadata, text, else ``--date``);
- ``across``: what needs other articles, computed against them (a desk's store, or the
  articles of one ``analyze`` run) through ``recurring.LineCounts`` and recorded as such:
  lines that recur across an outlet's articles. The story's date for an undated article is
  taken later, from its own story only, once stories are known (``published.from_story``).
"""

from __future__ import annotations

from collections.abc import Sequence

from storydesk.article import Article
from storydesk.clean import boilerplate, outlet, published, recurring, structure
from storydesk.options import Options


def clean_one(article: Article, options: Options) -> Article:
    as_read(article)
    if article.raw_kind == "html":
        from storydesk.clean import html

        html.extract(article, options)
    else:
        boilerplate.clean_text(article, options)
        structure.apply(article)
    outlet.infer(article)
    published.own_date(article, options)
    return article


GIVEN = (
    "title", "url", "outlet", "outlet_from", "author", "published", "published_from", "notes"
)  # fmt: skip


def as_read(article: Article) -> Article:
    """Undo a previous cleaning: the fields cleaning fills go back to what the reader gave
    (recorded in ``given`` the first time), and what cleaning derives is emptied, so that
    cleaning again starts from the same point."""
    if article.given:
        for name in GIVEN:
            setattr(article, name, article.given.get(name))
        article.notes = list(article.given.get("notes") or [])
    else:
        article.given = {name: getattr(article, name) for name in GIVEN}
        article.given["notes"] = list(article.notes)
    article.published_basis = []
    article.text, article.standfirst = "", None
    article.removed, article.captions = [], []
    return article


def across(
    articles: Sequence[Article], options: Options, lines: recurring.LineCounts | None = None
) -> list[Article]:
    """The passes that need other articles, over articles ``clean_one`` has cleaned: against
    ``lines`` (a desk's store), else against ``articles`` themselves."""
    counts = lines or recurring.MemoryLines(articles)
    for article in articles:
        recurring.remove_recurring(article, counts, options)
    return list(articles)


def clean(articles: Sequence[Article], options: Options) -> list[Article]:
    return across([clean_one(article, options) for article in articles], options)
