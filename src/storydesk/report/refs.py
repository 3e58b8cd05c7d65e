"""How every page names an article: its outlet (or "Unknown outlet n"), its title, its date,
and where each came from, in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from storydesk.article import Article
from storydesk.reconcile.sources import UNKNOWN_OUTLET, named_list, outlet_names


@dataclass(slots=True)
class ArticleRef:
    """How every page names an article: an outlet name or "Unknown outlet n" (never a hash
    or a path: the input's file name is only a tooltip), and where name and date came from."""

    id: str
    outlet: str
    title: str
    published: str | None
    outlet_known: bool = True
    file: str = ""  # the input's file name or address, for a tooltip
    outlet_note: str = ""  # where the outlet came from, in words
    date_note: str = ""  # where the date came from, in words
    date_assumed: bool = False  # not the article's own date (--date, or the story's)
    also: list[str] = field(default_factory=list)  # other outlets that published this very
    # text (``Article.republished``): one source with it

    @property
    def outlets(self) -> list[str]:
        """Its outlet, then those that published the same text."""
        return [self.outlet, *self.also]

    copy_of: str = ""  # the outlet of the report it copies (``source``), "" when its own

    @property
    def also_label(self) -> str:
        """Where else it ran, in words: "a copy of CBC’s report", "also published by ap.org
        and Yahoo" (the same text), both, or "" (its own report, published here alone)."""
        parts = [f"a copy of {self.copy_of}’s report" if self.copy_of else "",
                 f"also published by {named_list(self.also)}" if self.also else ""]
        return "; ".join(p for p in parts if p)

    @property
    def date_label(self) -> str:
        """The date as pages print it, marked when it is not the article's own."""
        if not self.published:
            return "date unknown"
        return f"{self.published} (assumed)" if self.date_assumed else self.published
    source: str = ""  # the article it is a copy of (link.syndication); "" when its own


OUTLET_NOTES = {
    "metadata": "outlet from the article's metadata",
    "url": "outlet from the article's address",
    "dateline": "outlet from the wire credit in its dateline",
    "copyright": "outlet from its copyright line",
    "text": "outlet named by the article itself",
}
DATE_NOTES = {
    "metadata": "date from the article's metadata",
    "timestamp": "date from the article's date line",
    "updated": "date from the article's “last updated” line (first published may be earlier)",
    "dateline": "date from the article's dateline",
    "url": "date from the article's address",
    "text": "date from the article's text",
    "option": "date given with --date, not from the article",
}
TITLE_WORDS = 12


def article_refs(articles: list[Article]) -> dict[str, ArticleRef]:
    """Refs of a story's articles; those with no outlet are "Unknown outlet n" in article
    order (``reconcile.sources.outlet_names``, so generated lines name them alike)."""
    names = outlet_names(articles)
    return {a.id: article_ref(a, outlet=names[a.id]) for a in articles}


def article_ref(article: Article, unknown: int = 1, outlet: str | None = None) -> ArticleRef:
    """``outlet``: the name ``article_refs`` gave it among its story's articles (else
    ``unknown`` numbers an article without an outlet)."""
    file = Path(article.source).name or article.source
    outlet = outlet or article.outlet or UNKNOWN_OUTLET.format(n=unknown)
    outlet_note = OUTLET_NOTES.get(article.outlet_from or "", "") if article.outlet else (
        "no outlet found in its metadata, address or text")
    return ArticleRef(article.id, outlet, article.title or _untitled(article),
                      article.published, bool(article.outlet), file, outlet_note,
                      date_note(article), article.published_from in ("story", "option"),
                      [p.outlet for p in article.republished])


def date_note(article: Article) -> str:
    """Where the article's date came from, in plain words."""
    if not article.published:
        return "no date: the article gives none (storydesk analyze --date sets one)"
    if article.published_from == "story":
        return (f"date assumed from the other articles of this story ({article.published});"
                " the article gives none")
    return DATE_NOTES.get(article.published_from or "", "date from the article")


def _untitled(article: Article) -> str:
    """No headline: the opening words, so a page never shows a file path as a title."""
    words = (article.sentences[0] if article.sentences else article.text).split()
    if not words:
        return "(untitled)"
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
