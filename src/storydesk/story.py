"""A story: the articles about one event and what linking and reconciling add to them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from storydesk.article import Article


@dataclass(slots=True)
class Variant:
    text: str
    articles: list[str]
    count: int


@dataclass(slots=True)
class StoryEntity:
    """One person, place or organisation across all articles, whatever the spelling."""

    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)


@dataclass(slots=True)
class QuoteGroup:
    """The same statement as carried by several articles, in its different wordings."""

    id: str
    speaker: str | None  # StoryEntity id
    quotes: list[str]  # Quote ids
    speakers_disagree: bool = False


@dataclass(slots=True)
class FactValue:
    value: float
    qualifier: str | None
    article: str
    sentence: int
    text: str
    stance: str = "asserted"  # asserted | denied | estimated | background
    version: str | None = None  # original | revised | other: the document version it is of
    source: str | None = None  # who gives it, as the article words it


@dataclass(slots=True)
class Fact:
    """One measured thing about the story, with every value the articles give for it.

    Keyed by ``quantity``, ``subject``, ``scope`` and ``version`` (the id comes from them);
    ``slot`` is the label in plain words rendered from that key, never parsed back.
    """

    id: str
    slot: str
    # conflict | disputed | changed | update | approximate | agree | single
    status: str
    conservative: float
    range: tuple[float, float]
    values: list[FactValue] = field(default_factory=list)
    quantity: str = ""  # the quantity class: "deaths", "count:point", "length", "money:USD"
    subject: str | None = None  # story entity id (or folded words) it is about
    scope: str | None = None  # story entity id of the place an event's count is for
    version: str | None = None  # the document version a document's size is of
    background: bool = False  # another event, time or comparison: kept apart


@dataclass(slots=True)
class Citation:
    article: str
    sentence: int


@dataclass(slots=True)
class TimelineEntry:
    """One event of the story: who did what (the clause the date is in), and every source
    that reports it."""

    date: str
    granularity: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    scheduled: bool = False  # still to come when reported (future tense, a deadline)
    background: bool = False  # well before the story's own days: context, not the story
    respelled: list[list[str]] = field(default_factory=list)  # [as written, as the story
    # spells it]: the line's names in the story's spelling (reconcile/spelling.py)


@dataclass(slots=True)
class BriefSentence:
    text: str
    generated: bool
    citations: list[Citation] = field(default_factory=list)  # its own sentence first
    respelled: list[list[str]] = field(default_factory=list)  # [as written, as the story
    # spells it] for names the line spells as the story does ("Witkov" -> "Witkoff")


@dataclass(slots=True)
class Coverage:
    """What one article alone reports."""

    article: str
    facts: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class OutletProfile:
    """What the user's outlets.toml says of an outlet (``reconcile.outlets``)."""

    name: str
    country: str | None = None
    owner: str | None = None
    kind: str | None = None
    lean: str | None = None  # assigned by the user, never guessed
    domains: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CopyGroup:
    """Articles that are one source: near-verbatim copies of ``original`` (syndicated wire
    copy, a republished story), found by ``link.syndication``."""

    original: str  # article id
    copies: list[str]  # article ids
    containment: list[float]  # per copy: share of its word shingles found in its group


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[Article] = field(default_factory=list)
    entities: list[StoryEntity] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    brief: list[BriefSentence] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    copies: list[CopyGroup] = field(default_factory=list)
    topic: str = ""  # stories sharing a topic are related (link.stream); "" when unknown
    outlets: list[OutletProfile] = field(default_factory=list)  # from the user's outlets.toml

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        def variants(items: list[dict[str, Any]]) -> list[Variant]:
            return [Variant(**v) for v in items]

        return cls(
            id=data["id"],
            title=data["title"],
            articles=[Article.from_dict(a) for a in data.get("articles", [])],
            entities=[
                StoryEntity(**{**e, "variants": variants(e.get("variants", []))})
                for e in data.get("entities", [])
            ],
            quote_groups=[QuoteGroup(**g) for g in data.get("quote_groups", [])],
            facts=[
                Fact(
                    **{
                        **f,
                        "range": tuple(f["range"]),
                        "values": [FactValue(**v) for v in f.get("values", [])],
                    }
                )
                for f in data.get("facts", [])
            ],
            timeline=[
                TimelineEntry(**{**t, "citations": [Citation(**c) for c in t["citations"]]})
                for t in data.get("timeline", [])
            ],
            brief=[
                BriefSentence(**{**b, "citations": [Citation(**c) for c in b["citations"]]})
                for b in data.get("brief", [])
            ],
            coverage=[Coverage(**c) for c in data.get("coverage", [])],
            copies=[CopyGroup(**g) for g in data.get("copies", [])],
            topic=data.get("topic", ""),
            outlets=[OutletProfile(**o) for o in data.get("outlets", [])],
        )
