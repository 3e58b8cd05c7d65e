"""What changed in a story between two of its states.

``diff(old, new)`` compares two linked stories (``old`` None for a story that did not exist)
and lists, each with the sentences it rests on: new articles and outlets, new facts, facts
whose values changed, whose status changed (agree → conflict) or whose figure rose, new
quote groups and speakers, and brief lines superseded or added. Objects are matched by id,
which the desk carries forward between versions (``link.carry``), so nothing is reported
new merely because it was renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from storydesk.link.syndication import originals
from storydesk.reconcile.sources import outlet_names
from storydesk.report.refs import article_ref
from storydesk.report.view import fmt_number
from storydesk.story import Citation, Fact, QuoteGroup, Story

# The order a reader takes changes in: what arrived, then what it changed in the account.
KINDS = ("story", "merge", "split", "article", "outlet", "status", "rose", "value", "fact",
         "speaker", "quote", "brief")
QUOTE_CHARS = 120


@dataclass(slots=True)
class Change:
    kind: str
    key: str  # what changed, stable across versions (an article, fact or group id, …)
    text: str
    citations: list[Citation] = field(default_factory=list)
    at: str = ""  # when it happened (ISO 8601 UTC), filled in by the desk

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at, "kind": self.kind, "text": self.text,
                "citations": [asdict(c) for c in self.citations]}

    def data(self) -> dict[str, Any]:
        """What the store keeps of a change (kind and key are its columns)."""
        return {"text": self.text, "citations": [asdict(c) for c in self.citations]}


def diff(old: Story | None, new: Story) -> list[Change]:
    before = old or Story(id=new.id, title=new.title)
    changes = [
        *_articles(before, new),
        *_facts(before, new),
        *_quotes(before, new),
        *_brief(before, new),
    ]
    return sorted(changes, key=lambda c: KINDS.index(c.kind))


def _articles(old: Story, new: Story) -> list[Change]:
    known = {a.id for a in old.articles}
    outlets = {o.casefold() for a in old.articles
               for o in (a.outlet, *(p.outlet for p in a.republished)) if o}
    source_of = originals(new)
    names = outlet_names(new.articles)
    changes: list[Change] = []
    for article in new.articles:
        cite = [Citation(article.id, 0)] if article.sentences else []
        # Its very text from another outlet: one more outlet, the same source.
        for place in article.republished:
            if place.outlet.casefold() not in outlets:
                outlets.add(place.outlet.casefold())
                changes.append(Change("outlet", place.outlet.casefold(),
                                      f"New outlet: {place.outlet} (not a new source: the "
                                      f"same text as {names[article.id]}’s report)", cite))
        if article.id in known:
            continue
        # A wire copy is no new source (link.syndication): say whose report it carries.
        original = source_of.get(article.id, article.id)
        copy = f"a copy of {names[original]}’s report" if original != article.id else ""
        # An article with no outlet is named as every page names it ("Unknown outlet 2").
        where = ", ".join(p for p in (names[article.id], article.published, copy) if p)
        title = article_ref(article).title  # its opening words when it has no headline
        changes.append(Change("article", article.id,
                              f"New article: “{title}”" + (f" ({where})" if where else ""), cite))
        if article.outlet and article.outlet.casefold() not in outlets:
            outlets.add(article.outlet.casefold())
            changes.append(Change("outlet", article.outlet.casefold(),
                                  f"New outlet: {article.outlet}" + (
                                      f" (not a new source: {copy})" if copy else ""), cite))
    return changes


def _facts(old: Story, new: Story) -> list[Change]:
    before = {f.id: f for f in old.facts}
    changes: list[Change] = []
    for fact in new.facts:
        previous = before.get(fact.id)
        cites = _fact_citations(fact, previous)
        if previous is None:
            changes.append(Change("fact", fact.id,
                                  f"New fact: {fact.slot}: {_values(fact)} ({fact.status})",
                                  cites))
            continue
        if fact.status != previous.status:
            changes.append(Change("status", fact.id,
                                  f"{fact.slot}: {previous.status} → {fact.status} "
                                  f"({_values(fact)})", cites))
        if fact.range[1] > previous.range[1]:
            changes.append(Change("rose", fact.id,
                                  f"{fact.slot} rose from {fmt_number(previous.range[1])} to "
                                  f"{fmt_number(fact.range[1])}", cites))
        elif _value_set(fact) != _value_set(previous):
            changes.append(Change("value", fact.id,
                                  f"{fact.slot}: now {_values(fact)} (was {_values(previous)})",
                                  cites))
    return changes


def _values(fact: Fact) -> str:
    labels = [f"{v.qualifier} {fmt_number(v.value)}" if v.qualifier else fmt_number(v.value)
              for v in fact.values]
    return ", ".join(dict.fromkeys(labels)) or fmt_number(fact.conservative)


def _value_set(fact: Fact) -> set[tuple[float, str | None]]:
    return {(v.value, v.qualifier) for v in fact.values}


def _fact_citations(fact: Fact, previous: Fact | None) -> list[Citation]:
    """The sentences giving values the previous state did not have (all, for a new fact)."""
    seen = {(v.article, v.sentence) for v in previous.values} if previous else set()
    fresh = [Citation(v.article, v.sentence) for v in fact.values
             if (v.article, v.sentence) not in seen]
    return _unique(fresh or [Citation(v.article, v.sentence) for v in fact.values])


def _quotes(old: Story, new: Story) -> list[Change]:
    known = {g.id for g in old.quote_groups}
    old_speakers = {g.speaker for g in old.quote_groups if g.speaker}
    names = {e.id: e.name for e in new.entities}
    quotes = {q.id: (q, a.id) for a in new.articles for q in a.quotes}
    changes: list[Change] = []
    for group in new.quote_groups:
        cites = _group_citations(group, quotes)
        speaker = names.get(group.speaker or "") or _worded_speaker(group, quotes)
        if group.speaker and group.speaker not in old_speakers:
            old_speakers.add(group.speaker)
            changes.append(Change("speaker", group.speaker, f"New speaker: {speaker}", cites[:1]))
        if group.id not in known:
            first = quotes.get(group.quotes[0]) if group.quotes else None
            words = _short(first[0].text) if first else ""
            changes.append(Change("quote", group.id, f"New quote: {speaker}: “{words}”", cites))
    return changes


def _worded_speaker(group: QuoteGroup, quotes: dict[str, Any]) -> str:
    worded = (quotes[q][0].speaker for q in group.quotes if q in quotes)
    return next((s for s in worded if s), None) or "speaker unknown"


def _group_citations(group: QuoteGroup, quotes: dict[str, Any]) -> list[Citation]:
    return _unique([Citation(quotes[q][1], quotes[q][0].sentence)
                    for q in group.quotes if q in quotes])


def _brief(old: Story, new: Story) -> list[Change]:
    before = {line.text for line in old.brief}
    after = {line.text for line in new.brief}
    changes = [Change("brief", "-" + _digest(line.text),
                      f"No longer in the brief: “{line.text}”", list(line.citations))
               for line in old.brief if line.text not in after]
    if old.brief:  # on a story's first state its whole brief is new: not worth listing
        changes += [Change("brief", "+" + _digest(line.text),
                           f"New in the brief: “{line.text}”", list(line.citations))
                    for line in new.brief if line.text not in before]
    return changes


def _digest(text: str) -> str:
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=6).hexdigest()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _unique(citations: list[Citation]) -> list[Citation]:
    seen: set[tuple[str, int]] = set()
    unique: list[Citation] = []
    for citation in citations:
        if (citation.article, citation.sentence) not in seen:
            seen.add((citation.article, citation.sentence))
            unique.append(citation)
    return unique
