"""The one article type that flows through every stage, and what annotation adds to it.

Stages add fields; they never keep parallel dicts. Everything here round-trips through
``as_dict``/``from_dict`` so the store and the Ray runner can carry it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Removed:
    """A stretch of input the cleaner took out, with why (never dropped silently)."""

    text: str
    reason: str


@dataclass(slots=True)
class Entity:
    """A named-entity mention. ``start``/``end`` are character offsets in ``Article.text``."""

    text: str
    type: str
    sentence: int
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Quote:
    """A direct quote and who said it. ``speaker`` is None when the text does not name one;
    ``speaker_descriptor`` then holds the text's own description of the source ("a U.S.
    official", "Kremlin officials"), never an invented name.

    ``spans`` are the quoted pieces, verbatim, as character ranges of ``Article.text``
    (without the marks): one for a plain quote, several for a statement the text breaks up
    ("“A,” she said. “B”", a quote over paragraphs, fragments under one cue). ``text`` is
    the pieces joined with " … ".
    """

    id: str
    text: str
    speaker: str | None
    cue: str | None
    sentence: int
    start: int = -1
    end: int = -1
    speaker_entity: str | None = None
    group: str | None = None
    speaker_descriptor: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Term:
    """A quoted word or phrase that nobody is reported to say: a scare quote, a title, a
    nickname ("ring of fire", "New GM"). Kept apart from quotes; it is never a statement."""

    text: str
    sentence: int
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Figure:
    """A number with what it measures, e.g. ``at least 6 people killed``.

    The measurement (``annotate.measure``): ``quantity`` is the class different wordings
    share ("deaths" for killed, dead, died, death toll; "length" for miles and km;
    "money:USD"; "count:point"), "" when the number measures nothing worth reconciling;
    ``base`` is the value in the class's common unit (km, kg, days, the currency);
    ``subject`` the words naming what or whom it is about, and where they start;
    ``places`` and ``dates`` its scope as the text names it (link resolves them);
    ``source`` who gives it; ``stance`` asserted | denied | estimated | background;
    ``version`` original | revised | other when it belongs to a version of a document
    (``document`` names it: "plan").
    """

    value: float
    qualifier: str | None
    counts: str
    text: str
    sentence: int
    start: int = -1
    end: int = -1
    quantity: str = ""
    unit: str | None = None
    base: float | None = None
    subject: str | None = None
    subject_start: int = -1
    # Names the subject may stand for when it is a pronoun or a description ("She was 85",
    # "the 40-year-old American"): the nearest first; link keeps the first story person.
    referents: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    source: str | None = None
    stance: str = "asserted"
    version: str | None = None
    document: str | None = None
    action: str | None = None  # the verb a counted thing is an argument of ("fire")
    # The predicate the number measures, as lemmas ("hospitalize", "strike"; "@offset" for
    # a time since or until something): ``annotate.frames``.
    frame: list[str] = field(default_factory=list)
    # Whose reading a share or a sum is, when a name does the act it measures ("Smith won 52
    # percent", "He would need to win 67 percent" with "he" resolved), and that act's verb:
    # ``annotate.measure_holder``. Two holders' readings are two things.
    holder: str | None = None
    holder_start: int = -1  # where its name starts (link resolves it)
    holder_verb: str | None = None


@dataclass(slots=True)
class DateMention:
    """A date expression normalised against the article's publication date."""

    text: str
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    granularity: str  # day, week, month, year
    sentence: int
    start: int = -1
    end: int = -1
    # The event it dates (annotate.date_events): the clause it is in, as character offsets of
    # ``Article.text`` ("Driscoll met Russian officials in Abu Dhabi on Tuesday"), and that
    # clause's tense: past | present | future, or "" when it has no verb to tell.
    event_start: int = -1
    event_end: int = -1
    tense: str = ""
    # Who did what in that clause (``annotate.doers``): the head word of its doer, as offsets
    # of ``Article.text`` (in reported speech, the reported clause's: "Trump said Tuesday he
    # is sending …" is Trump sending), the verb's lemma, and for a saying who said it.
    actor_start: int = -1
    actor_end: int = -1
    action: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    # "date", or "time" for a time of day that places an event on a day ("overnight"),
    # typed as TimeML types it (TIMEX3 type TIME, not DATE)
    kind: str = "date"


@dataclass(slots=True)
class SentenceRole:
    """How a sentence reads on its own, from its parse (``annotate.roles``): a brief may
    quote it alone only when it is a report that leans on no sentence before it."""

    kind: str = "report"  # report | statement | analysis | fragment | question
    leans_on: str | None = None  # why it cannot stand alone, in words ("pronoun subject 'He'")
    subject: str | None = None  # the subject of its main clause, as written
    # Who does what the sentence reports someone to have said (``annotate.doers``): the head
    # word of the reported clause's subject, as character offsets of ``Article.text`` ("that
    # Zelensky hopes": Zelensky; "Trump said he hopes": Trump, the speaker); -1: none.
    agent_start: int = -1
    agent_end: int = -1
    action: str | None = None  # what the agent does: the reported clause's verb, by lemma
    # with its particle ("set out": set_out; ``doers.action_of``, as ``DateMention.action``)
    # The verbs of its main claim, by lemma: the main verb and those coordinated with it, and
    # for reported speech the reported clause's ("removes … and raises the troop cap": remove,
    # raise); a figure of one of them is what the sentence is about.
    claims: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Publication:
    """Another place the very same clean text appeared: a wire story run word for word by a
    partner's site (ECB+ 7: AP's own page and vancouverdesi.com). Articles are keyed by their
    clean text, so the desk keeps one article and each other outlet that published it here,
    one independent source with it (``link.syndication.republications``)."""

    source: str  # the input it came from (a path or URL)
    outlet: str
    title: str | None = None
    url: str | None = None
    published: str | None = None

    @classmethod
    def of(cls, article: Article) -> Publication:
        """Where ``article`` (cleaned) was published ("" for an outlet not found)."""
        return cls(article.source, article.outlet or "", article.title, article.url,
                   article.published)


@dataclass(slots=True)
class Article:
    """One news article, from raw input to annotated text.

    ``raw`` is what the reader produced (plain text, or HTML for HTML inputs); ``text`` is the
    clean article body with paragraphs separated by newlines. ``sentence_spans`` are character
    offsets of ``sentences`` in ``text``.
    """

    id: str
    source: str
    raw: str = ""
    raw_kind: str = "text"  # text | html
    url: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None  # metadata | url | text
    title: str | None = None
    standfirst: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # metadata | text | story | option
    language: str | None = None  # ISO 639-1 code told by storydesk.language (None: too short)
    published_basis: list[str] = field(default_factory=list)  # from "story": the articles
    # whose own date it is (all of the same story)
    text: str = ""
    captions: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    roles: list[SentenceRole] = field(default_factory=list)  # one per sentence
    notes: list[str] = field(default_factory=list)  # stage remarks a report may show
    # What the reader gave of the fields cleaning fills in (title, url, outlet, author,
    # published, with their _from, and its notes), kept so that cleaning again starts from
    # the same point.
    given: dict[str, Any] = field(default_factory=dict)
    # Other outlets that published this very text (set by the desk when it links a story).
    republished: list[Publication] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        kwargs = dict(data)
        kwargs["removed"] = [_build(Removed, r) for r in data.get("removed", [])]
        kwargs["entities"] = [_build(Entity, e) for e in data.get("entities", [])]
        kwargs["quotes"] = [_quote(q) for q in data.get("quotes", [])]
        kwargs["terms"] = [_build(Term, t) for t in data.get("terms", [])]
        kwargs["figures"] = [_build(Figure, f) for f in data.get("figures", [])]
        kwargs["dates"] = [_build(DateMention, d) for d in data.get("dates", [])]
        kwargs["roles"] = [_build(SentenceRole, r) for r in data.get("roles", [])]
        kwargs["sentence_spans"] = [tuple(s) for s in data.get("sentence_spans", [])]
        kwargs["republished"] = [_build(Publication, p) for p in data.get("republished", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in kwargs.items() if k in known})

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` of ``text`` (-1 if none)."""
        for index, (start, end) in enumerate(self.sentence_spans):
            if start <= offset < end:
                return index
        return -1


def _build(cls: type[T], data: dict[str, Any]) -> T:
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})


def _quote(data: dict[str, Any]) -> Quote:
    quote = _build(Quote, data)
    quote.spans = [(int(s), int(e)) for s, e in data.get("spans", [])]
    return quote


def content_id(text: str) -> str:
    """Stable id from content: the same text given twice is one article."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:12]
