"""The story's view and its parts: cited sentences, brief lines, facts and their values,
quote groups and their variants, entities, timeline lines (``view.build`` fills them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from storydesk.link.syndication import sources_label
from storydesk.link.textnorm import normalised
from storydesk.reconcile.sources import named_list
from storydesk.report.coverage_view import Claim, OutletCard
from storydesk.report.refs import ArticleRef


@dataclass(slots=True)
class CitedSentence:
    number: int  # 1-based, in order of first appearance on the page
    article: ArticleRef
    sentence: int
    text: str  # the cited sentence; empty when the citation points nowhere
    before: str = ""  # the sentence before it in its article, for context


@dataclass(slots=True)
class BriefLine:
    text: str
    generated: bool
    citations: list[CitedSentence]
    reach: str = ""  # "5 of 5 outlets": the independent sources that report it
    sources: int = 0  # their number
    respelled: list[list[str]] = field(default_factory=list)  # [as written, as shown]


@dataclass(slots=True)
class FactValueView:
    value: str
    qualifier: str | None
    article: ArticleRef
    sentence: int
    text: str
    sentence_text: str
    source: str = ""  # the independent source it counts as (``reconcile.sources``)


@dataclass(slots=True)
class ValueGroup:
    """One value of a fact and who gives it: outlets repeating a figure collapse to one line."""

    label: str  # e.g. "at least 6"
    outlets: list[str]
    first: FactValueView  # the first mention, to link to and quote
    sources: set[str] = field(default_factory=set)  # independent sources among them

    @property
    def count(self) -> str:
        """"2 outlets", or "6 outlets, 2 independent" when syndicated copies collapse."""
        return sources_label(len(self.outlets), len(self.sources))

    @property
    def copied(self) -> str:
        """The count when copies collapse ("6 outlets, 2 independent"), else ""."""
        return self.count if len(self.sources) < len(self.outlets) else ""


@dataclass(slots=True)
class FactView:
    id: str
    slot: str
    status: str
    conservative: str
    range: str
    values: list[FactValueView]
    reach: str = ""  # "3 of 5 outlets" give a value for it

    @property
    def by_value(self) -> list[ValueGroup]:
        groups: dict[str, ValueGroup] = {}
        for value in self.values:
            label = f"{value.qualifier} {value.value}" if value.qualifier else value.value
            group = groups.setdefault(label, ValueGroup(label, [], value))
            group.outlets += [o for o in value.article.outlets if o not in group.outlets]
            group.sources.add(value.source or value.article.id)
        return list(groups.values())


@dataclass(slots=True)
class QuoteVariant:
    text: str
    speaker: str | None  # as the article words it
    cue: str | None
    article: ArticleRef
    quote_id: str = ""
    descriptor: str | None = None  # the text's description of an unnamed source
    # Word runs against the group's first wording: ("same"|"added"|"removed", words); empty
    # for the first wording and for one that differs in nothing but case and punctuation.
    changes: list[tuple[str, str]] = field(default_factory=list)
    # The outlets carrying these very words (case and punctuation aside), its own first, on
    # the first variant of each wording; empty on the others (``QuoteGroupView.shown``).
    outlets: list[str] = field(default_factory=list)
    # How the outlets of this wording name its speaker, when not as the group does: (the
    # name or description, the outlets naming it so); on the first variant of each wording.
    namings: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def speaker_note(self) -> str:
        """ "speaker given as “the 36-year-old Klitschko”" (all its outlets name the speaker
        so), "… by pba-online.net" (some do), or "" (none names the speaker otherwise)."""
        if not self.namings:
            return ""
        if len(self.namings) == 1 and set(self.namings[0][1]) >= set(self.outlets):
            return f"speaker given as “{self.namings[0][0]}”"
        return "speaker given as " + "; ".join(f"“{named}” by {named_list(outlets)}"
                                               for named, outlets in self.namings)

    @property
    def source(self) -> str | None:
        return self.speaker or self.descriptor

    def named_otherwise(self, speaker: str) -> str | None:
        """The source as this article gives it, when it is not the group's speaker under
        another spelling ("Sergey Lavrov" for Sergei Lavrov is not worth a note)."""
        source = self.source
        if not source or source == speaker:
            return None
        same_surname = source.split()[-1].casefold() == speaker.split()[-1].casefold()
        return None if same_surname and self.speaker else source


@dataclass(slots=True)
class QuoteGroupView:
    id: str
    speaker: str
    speakers_disagree: bool
    variants: list[QuoteVariant]
    grouped: bool  # False for a quote no linking step put in a group
    described: bool = False  # ``speaker`` is the text's description, not a name
    outlets: int = 0  # outlets that carry it
    independent: int = 0  # the independent sources they are (copies with their original)

    @property
    def count(self) -> str:
        """"2 outlets", or "6 outlets, 2 independent" when syndicated copies collapse."""
        return sources_label(self.outlets, self.independent)

    @property
    def wordings(self) -> int:
        """How many different wordings its variants are (case and punctuation aside): six
        wire copies of one quote are one wording."""
        return len({normalised(v.text) for v in self.variants})

    @property
    def shown(self) -> list[QuoteVariant]:
        """One line per wording, each naming every outlet that carries it: fifty wire copies
        of one quote are one line, not fifty."""
        return [v for v in self.variants if v.outlets]

    @property
    def head(self) -> str:
        """"3 outlets, 1 independent; 2 wordings", "2 outlets; the same words"; "" for a
        quote one article alone carries once."""
        if len(self.variants) < 2:
            return ""
        words = "the same words" if self.wordings == 1 else f"{self.wordings} wordings"
        return f"{self.count}; {words}"


@dataclass(slots=True)
class SpeakerView:
    name: str
    groups: list[QuoteGroupView]
    described: bool = False

    @property
    def quotes(self) -> int:
        return sum(len(g.variants) for g in self.groups)


@dataclass(slots=True)
class VariantView:
    text: str
    count: int
    outlets: list[str]


@dataclass(slots=True)
class EntityView:
    id: str
    name: str
    type: str
    roles: list[str]
    variants: list[VariantView]


@dataclass(slots=True)
class TimelineLine:
    date: str
    granularity: str
    text: str
    citations: list[CitedSentence]
    when: str = ""  # the date as a reader says it: "Tue 25 Nov 2025", "week of 17 Nov 2025"
    scheduled: bool = False
    background: bool = False
    reach: str = ""  # "2 of 5 outlets"
    respelled: list[list[str]] = field(default_factory=list)  # [as written, as shown]


@dataclass(slots=True)
class StoryView:
    id: str
    title: str
    articles: list[ArticleRef]
    brief: list[BriefLine]
    facts: list[FactView]
    quote_groups: list[QuoteGroupView]
    entities: list[EntityView]
    timeline: list[TimelineLine]
    claims: list[Claim]  # the main claims, rows of the claims x outlets view
    outlets: list[ArticleRef]  # its columns
    cards: list[OutletCard]
    sources: list[CitedSentence] = field(default_factory=list)  # every citation, numbered
    timeline_note: str = ""  # why the timeline is thin (undated inputs), in words

    def ref(self, article_id: str) -> ArticleRef:
        return next((a for a in self.articles if a.id == article_id),
                    ArticleRef(article_id, "Unknown outlet", "(an article not in this story)",
                               None, False))

    @property
    def conflicts(self) -> int:
        return sum(1 for f in self.facts if f.status == "conflict")

    @property
    def story_timeline(self) -> list[TimelineLine]:
        return [t for t in self.timeline if not t.background]

    @property
    def background(self) -> list[TimelineLine]:
        return [t for t in self.timeline if t.background]

    @property
    def speakers(self) -> list[SpeakerView]:
        """Quote groups gathered under their speaker, most-quoted speaker first."""
        by_name: dict[str, SpeakerView] = {}
        for group in self.quote_groups:
            # "A U.S. official" opening a sentence and "a U.S. official" are one heading.
            key = group.speaker.casefold() if group.described else group.speaker
            view = SpeakerView(group.speaker, [], group.described)
            by_name.setdefault(key, view).groups.append(group)
        unknown = by_name.pop("speaker unknown", None)
        # Named speakers first, then sources the texts only describe ("a U.S. official").
        ordered = sorted(by_name.values(), key=lambda s: (s.described, -s.quotes))
        return [*ordered, unknown] if unknown else ordered
