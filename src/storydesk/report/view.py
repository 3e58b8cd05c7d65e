"""One view of a story that every renderer (text, markdown, html, the web desk) draws from.

Renderers only lay out what is here: ordering (conflicts first), id resolution (quote ids,
entity ids, citations to sentence text and outlet) and the coverage matrix are decided once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from storydesk.article import Article, Quote, Removed
from storydesk.link.quotes import word_changes
from storydesk.link.syndication import originals, sources_label
from storydesk.link.textnorm import normalised
from storydesk.reconcile.sources import UNKNOWN_OUTLET, Sources, named_list, outlet_names
from storydesk.report import coverage_view, marks, when
from storydesk.report.coverage_view import Claim, OutletCard
from storydesk.story import Citation, Fact, Story

# Conflicts are what a reader must see first; agreement is the quiet default.
STATUS_ORDER = {
    "conflict": 0, "disputed": 1, "changed": 2, "update": 3, "approximate": 4, "agree": 5,
    "single": 6,
}  # fmt: skip


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


def sentence_text(article: Article | None, index: int) -> str:
    if article is None or not 0 <= index < len(article.sentences):
        return ""
    return article.sentences[index]


def fmt_number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"


class _Builder:
    """Holds the lookups one story needs while its view is built."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.refs = article_refs(story.articles)
        for article_id, source in originals(story).items():
            if source != article_id and article_id in self.refs:
                self.refs[article_id].source = source
                if source in self.refs:
                    self.refs[article_id].copy_of = self.refs[source].outlet
        self.quotes: dict[str, tuple[Quote, Article]] = {
            q.id: (q, a) for a in story.articles for q in a.quotes
        }
        self.entity_names = {e.id: e.name for e in story.entities}
        self.sources = Sources(story)
        self.cited: dict[tuple[str, int], CitedSentence] = {}

    def ref(self, article_id: str) -> ArticleRef:
        return self.refs.get(article_id) or ArticleRef(
            article_id, "Unknown outlet", "(an article not in this story)", None, False)

    def cite(self, citation: Citation) -> CitedSentence:
        key = (citation.article, citation.sentence)
        if key not in self.cited:
            article = self.story.article(citation.article)
            text = sentence_text(article, citation.sentence)
            before = sentence_text(article, citation.sentence - 1) if text else ""
            self.cited[key] = CitedSentence(
                len(self.cited) + 1, self.ref(citation.article), citation.sentence, text, before
            )
        return self.cited[key]

    def brief(self) -> list[BriefLine]:
        lines = []
        for sentence in self.story.brief:
            reach = self.sources.of(c.article for c in sentence.citations)
            lines.append(BriefLine(sentence.text, sentence.generated,
                                   [self.cite(c) for c in sentence.citations], reach.label,
                                   reach.independent, sentence.respelled))
        return lines

    def timeline(self) -> list[TimelineLine]:
        """In the story's order (``reconcile.timeline``: chronological, a month before its
        days), each date as a reader says it."""
        return [
            TimelineLine(t.date, t.granularity, t.text[:1].upper() + t.text[1:],
                         [self.cite(c) for c in t.citations],
                         when.label(t.date, t.granularity), t.scheduled, t.background,
                         self.sources.of(c.article for c in t.citations).label, t.respelled)
            for t in self.story.timeline
        ]

    def facts(self) -> list[FactView]:
        # The story's own facts first; background (another event or time) after them.
        ordered = sorted(self.story.facts,
                         key=lambda f: (f.background, STATUS_ORDER.get(f.status, 9)))  # fmt: skip
        return [self.fact(f) for f in ordered]

    def fact(self, fact: Fact) -> FactView:
        values = [
            FactValueView(
                fmt_number(v.value),
                v.qualifier,
                self.ref(v.article),
                v.sentence,
                v.text,
                sentence_text(self.story.article(v.article), v.sentence),
                self.sources.source.get(v.article, v.article),
            )
            for v in fact.values
        ]
        low, high = fact.range
        span = fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"
        slot = f"{fact.slot} (background)" if fact.background else fact.slot
        reach = self.sources.of(v.article for v in fact.values).label
        return FactView(fact.id, slot, fact.status, fmt_number(fact.conservative), span, values,
                        reach)

    def quote_groups(self) -> list[QuoteGroupView]:
        groups = [self.group_view(g.id, g.speaker, g.quotes, g.speakers_disagree, True)
                  for g in self.story.quote_groups]
        grouped = {q for g in self.story.quote_groups for q in g.quotes}
        # Quotes no linker grouped still belong on the page, each as its own group.
        groups += [self.group_view(q.id, q.speaker_entity, [q.id], False, False)
                   for q, _ in self.quotes.values() if q.id not in grouped]
        groups = [g for g in groups if g.variants]
        return sorted(groups, key=lambda g: (g.speaker == "speaker unknown", g.speaker.casefold(),
                                             -len(g.variants)))

    def group_view(self, group_id: str, speaker: str | None, quote_ids: list[str],
                   disagree: bool, grouped: bool) -> QuoteGroupView:
        variants = [
            QuoteVariant(q.text, q.speaker, q.cue, self.ref(a.id), q.id, q.speaker_descriptor)
            for q, a in (self.quotes[i] for i in quote_ids if i in self.quotes)
        ]
        # The fullest wording first: the others read as its excerpts and rewordings.
        variants.sort(key=lambda v: -len(v.text.split()))
        for variant in variants[1:]:
            changes = word_changes(variants[0].text, variant.text)
            if any(kind != "same" for kind, _ in changes):
                variant.changes = changes
        name = self.entity_names.get(speaker or "") or speaker
        if not name:
            name = next((v.speaker for v in variants if v.speaker), None)
        described = None if name else next((v.descriptor for v in variants if v.descriptor), None)
        shown_as = name or described or "speaker unknown"
        # Each wording's outlets, and how they name the speaker, on its first variant.
        wordings: dict[str, QuoteVariant] = {}
        for variant in variants:
            first = wordings.setdefault(normalised(variant.text), variant)
            first.outlets += [o for o in variant.article.outlets if o not in first.outlets]
            named = variant.named_otherwise(shown_as)
            if named:
                namings = dict(first.namings)
                outlets = namings.setdefault(named, [])
                outlets += [o for o in variant.article.outlets if o not in outlets]
                first.namings = list(namings.items())
        reach = self.sources.of(v.article.id for v in variants)
        return QuoteGroupView(group_id, shown_as, disagree,
                              variants, grouped, described is not None, reach.outlets,
                              reach.independent)

    def entities(self) -> list[EntityView]:
        views = [
            EntityView(e.id, e.name, e.type, e.roles, [
                VariantView(v.text, v.count, _unique(self.ref(a).outlet for a in v.articles))
                for v in sorted(e.variants, key=lambda v: -v.count)
            ])
            for e in self.story.entities
        ]
        # The most-mentioned first: the cast of the story before its walk-on parts.
        return sorted(views, key=lambda e: -sum(v.count for v in e.variants))


def _unique(items: object) -> list[str]:
    return list(dict.fromkeys(items))  # type: ignore[call-overload]


def build(story: Story) -> StoryView:
    builder = _Builder(story)
    brief = builder.brief()
    timeline = builder.timeline()
    facts = builder.facts()
    groups = builder.quote_groups()
    outlets = list(builder.refs.values())
    return StoryView(
        id=story.id,
        title=story.title,
        articles=outlets,
        brief=brief,
        facts=facts,
        quote_groups=groups,
        entities=builder.entities(),
        timeline=timeline,
        claims=coverage_view.claims(story, brief, facts, outlets),
        outlets=outlets,
        cards=coverage_view.cards(story, brief, groups, outlets),
        sources=list(builder.cited.values()),
        timeline_note=when.undated_note(story),
    )


def citation_marks(cites: list[CitedSentence]) -> str:
    """The numbers ("[1][3]") of the sources a line cites, as the text renderers print them."""
    return "".join(f"[{c.number}]" for c in cites)


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(slots=True)
class ArticleBody:
    """An article's clean text as paragraphs of numbered sentences, what storydesk extracted
    from it marked on the text, and what was removed."""

    ref: ArticleRef
    paragraphs: list[list[tuple[int, str]]]  # (sentence index or -1, text)
    removed: list[Removed]
    anchor: str = ""  # prefix of sentence ids, so several articles can share one page
    marked: dict[int, Markup] = field(default_factory=dict)  # sentence -> text with marks
    counts: dict[str, int] = field(default_factory=dict)  # marks of each kind

    def html(self, index: int, text: str) -> Markup:
        return self.marked.get(index) or Markup(escape(text))


def article_body(article: Article, anchor: str = "", ref: ArticleRef | None = None,
                 story: Story | None = None) -> ArticleBody:
    """``ref`` from the story's article_refs, so an unknown outlet keeps its number;
    ``story`` names the marked mentions by the story's names."""
    found = marks.marks(article, story)
    marked = {i: marks.marked(article.text[s:e], s, found)
              for i, (s, e) in enumerate(article.sentence_spans)}
    counts = {kind: sum(1 for m in found if m.kind == kind) for kind in marks.KINDS}
    return ArticleBody(ref or article_ref(article), paragraphs(article), list(article.removed),
                       anchor, marked, counts)


def paragraphs(article: Article) -> list[list[tuple[int, str]]]:
    """Split ``text`` on newlines; place each sentence in the paragraph where it starts."""
    result: list[list[tuple[int, str]]] = []
    offset = 0
    for line in article.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        inside = [(i, article.text[s:e]) for i, (s, e) in enumerate(article.sentence_spans)
                  if start <= s < end]
        result.append(inside or [(-1, line)])
    return result
