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


COPIES_NAMED = 4  # copies a label names before "and N more": the citations list them all


@dataclass(frozen=True, slots=True)
class Corroboration:
    """How many outlets report something, how many independent sources they are, out of how
    many independent sources the story has; ``copied``: per source that several of the
    outlets are (a wire report and its copies), its name and the other outlets carrying it."""

    outlets: int
    independent: int
    total: int
    copied: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def label(self) -> str:
        """ "5 of 5 outlets"; where copies collapse, which outlets are copies: "2 of 4
        sources, 6 outlets: CBC, also in go.com, Daily Mail, pba-online.net and 2 more"."""
        if self.independent == self.outlets:
            noun = "outlet" if self.total == 1 else "outlets"
            return f"{self.independent} of {self.total} {noun}"
        noun = "source" if self.total == 1 else "sources"
        named = "; ".join(_copies_named(source, others) for source, others in self.copied)
        return (f"{self.independent} of {self.total} {noun}, {self.outlets} outlets"
                + (f": {named}" if named else ""))


def _copies_named(source: str, others: tuple[str, ...]) -> str:
    """ "CBC, also in go.com and Daily Mail"; when the original is not among them, "go.com
    and Daily Mail, copies of CBC’s report"."""
    if others and others[0] == source:
        return f"{source}, also in {named_list(others[1:])}"
    return f"{named_list(others)}, copies of {source}’s report"


def named_list(names: Sequence[str], limit: int = COPIES_NAMED) -> str:
    """ "a", "a and b", "a, b and c"; past ``limit`` names, "a, b, c, d and 3 more"."""
    shown = list(names[:limit])
    rest = len(names) - len(shown)
    if rest:
        return f"{', '.join(shown)} and {rest} more"
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


class Sources:
    """The story's sources, computed once: ``of(article_ids)`` counts any set of articles."""

    def __init__(self, story: Story) -> None:
        names = outlet_names(story.articles)
        source_of = originals(story)
        self.outlet = names
        # Each article's outlets: its own, then those that published its very text.
        self.outlets = {a.id: _unique([names[a.id], *(p.outlet for p in a.republished)])
                        for a in story.articles}
        # One source per outlet, and a copy counts as the outlet of its original.
        self.source = {a.id: names.get(source_of.get(a.id, a.id), names[a.id])
                       for a in story.articles}
        self.total = len(set(self.source.values()))

    def of(self, article_ids: Iterable[str]) -> Corroboration:
        ids = [a for a in dict.fromkeys(article_ids) if a in self.source]
        carried: dict[str, list[str]] = {}  # source -> its outlets among these, original first
        for article in ids:
            found = carried.setdefault(self.source[article], [])
            found += [o for o in self.outlets[article] if o not in found]
        outlets = len({o for found in carried.values() for o in found})
        copied = tuple((source, tuple(sorted(found, key=lambda o: o != source)))
                       for source, found in carried.items() if len(found) > 1)
        return Corroboration(outlets, len(carried), max(self.total, len(carried)), copied)


    def named(self, article_ids: Iterable[str]) -> str:
        """The outlets of ``article_ids`` by source, copies named as copies: "BBC, ESPN";
        "CBC, also in go.com and Daily Mail; BBC" (a wire report and its copies once)."""
        ids = list(article_ids)
        copied = dict(self.of(ids).copied)
        sources = dict.fromkeys(self.source[a] for a in ids if a in self.source)
        names = [_copies_named(source, copied[source]) if source in copied else source
                 for source in sources]
        return ("; " if copied else ", ").join(names)


def _unique(names: list[str]) -> list[str]:
    """Outlet names once each (a republication named as its article's outlet is not two)."""
    kept: dict[str, str] = {}
    for name in names:
        kept.setdefault(name.casefold(), name)
    return list(kept.values())
