"""Who reports what: the names pages give outlets, and how many independent sources back a
line. Counting lives here only, so the brief, the facts, the coverage view and the timeline
say the same ("5 of 5 outlets").

A source is an outlet: two articles of one outlet (an update and its first version) are one
source, and a near-verbatim copy (``link.syndication``: a wire story run by six papers) counts
with its original. An article whose outlet is unknown is a source of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storydesk.article import Article
from storydesk.link.syndication import originals
from storydesk.story import Story

UNKNOWN_OUTLET = "Unknown outlet {n}"


def outlet_names(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> the outlet as every page names it; articles without one are "Unknown
    outlet 1, 2, …" in article order (never a hash or a file path)."""
    names: dict[str, str] = {}
    unknown = 0
    for article in articles:
        if article.outlet:
            names[article.id] = article.outlet
        else:
            unknown += 1
            names[article.id] = UNKNOWN_OUTLET.format(n=unknown)
    return names


@dataclass(frozen=True, slots=True)
class Corroboration:
    """How many outlets report something, how many independent sources they are, out of how
    many independent sources the story has."""

    outlets: int
    independent: int
    total: int

    @property
    def label(self) -> str:
        """ "5 of 5 outlets"; where copies collapse: "2 of 4 sources (6 outlets, with
        copies)"."""
        if self.independent == self.outlets:
            noun = "outlet" if self.total == 1 else "outlets"
            return f"{self.independent} of {self.total} {noun}"
        noun = "source" if self.total == 1 else "sources"
        return (f"{self.independent} of {self.total} {noun} "
                f"({self.outlets} outlets, with copies)")


class Sources:
    """The story's sources, computed once: ``of(article_ids)`` counts any set of articles."""

    def __init__(self, story: Story) -> None:
        names = outlet_names(story.articles)
        source_of = originals(story)
        self.outlet = names
        # One source per outlet, and a copy counts as the outlet of its original.
        self.source = {a.id: names.get(source_of.get(a.id, a.id), names[a.id])
                       for a in story.articles}
        self.total = len(set(self.source.values()))

    def of(self, article_ids: Iterable[str]) -> Corroboration:
        ids = [a for a in dict.fromkeys(article_ids) if a in self.source]
        outlets = len({self.outlet[a] for a in ids})
        independent = len({self.source[a] for a in ids})
        return Corroboration(outlets, independent, max(self.total, independent))
