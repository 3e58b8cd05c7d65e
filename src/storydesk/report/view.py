"""One view of a story that every renderer (text, markdown, html, the web desk) draws from.

Renderers only lay out what is here: ordering (conflicts first), id resolution (quote ids,
entity ids, citations to sentence text and outlet) and the coverage matrix are decided once.
"""

from __future__ import annotations

from storydesk.article import Article, Quote
from storydesk.link.quotes import word_changes
from storydesk.link.syndication import originals
from storydesk.link.textnorm import normalised
from storydesk.reconcile.sources import Sources
from storydesk.report import coverage_view, when
from storydesk.report.refs import ArticleRef, article_refs
from storydesk.report.story_view import (
    BriefLine,
    CitedSentence,
    EntityView,
    FactValueView,
    FactView,
    QuoteGroupView,
    QuoteVariant,
    StoryView,
    TimelineLine,
    VariantView,
)
from storydesk.story import Citation, Fact, Story

# Conflicts are what a reader must see first; agreement is the quiet default.
STATUS_ORDER = {
    "conflict": 0, "disputed": 1, "changed": 2, "update": 3, "approximate": 4, "agree": 5,
    "single": 6,
}  # fmt: skip


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
