"""Coverage at a glance: a card per outlet, and the story's main claims across the outlets.

A card says what the outlet published (headline, date, length), what only it reports, as
claims with their values ("drones fired: over 460", a quote and its speaker), and which of
the main developments it leaves out. The claims view is limited to the main claims: the
brief's developments that two or more sources report, and the facts several outlets give a
value for, so it stays a table a reader can scan at any width (a cell holds the value an
outlet gives, or a dot).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storydesk.reconcile.outlets import match
from storydesk.story import Coverage, Fact, OutletProfile, Story

if TYPE_CHECKING:
    from storydesk.report.refs import ArticleRef
    from storydesk.report.story_view import BriefLine, FactView, QuoteGroupView

MAIN_DEVELOPMENTS = 6
MAIN_FACTS = 5
LABEL_WORDS = 10
REPORTS = "●"


@dataclass(slots=True)
class Claim:
    """A main claim of the story (a brief development or a fact) across the outlets."""

    label: str  # short: a reader scans a column of these
    text: str  # in full, for a tooltip
    kind: str  # development | fact
    cells: list[str]  # one per outlet column: "" when the outlet does not report it, else
    # the value it gives (a fact) or REPORTS
    reach: str
    conflict: bool = False


@dataclass(slots=True)
class AloneItem:
    """Something only one outlet reports: a claim with its value, or a quote."""

    label: str
    article: str
    sentence: int


@dataclass(slots=True)
class OutletCard:
    """One outlet's coverage at a glance."""

    article: ArticleRef
    words: int
    alone: list[AloneItem]
    missing: list[str]  # main developments the others report and this one leaves out
    profile: OutletProfile | None = None


def claims(story: Story, brief: list[BriefLine], facts: list[FactView],
           outlets: list[ArticleRef]) -> list[Claim]:
    rows = [Claim(short_label(line.text), line.text, "development",
                  [REPORTS if o.id in {c.article.id for c in line.citations} else ""
                   for o in outlets], line.reach)
            for line in main_developments(brief)]
    background = {f.id for f in story.facts if f.background}
    shown = [f for f in facts if f.id not in background and f.status != "single"
             and len({v.article.id for v in f.values}) >= 2][:MAIN_FACTS]
    for fact in shown:
        cells = []
        for outlet in outlets:
            given = [f"{v.qualifier} {v.value}" if v.qualifier else v.value
                     for v in fact.values if v.article.id == outlet.id]
            cells.append("; ".join(dict.fromkeys(given)))
        rows.append(Claim(fact.slot, fact.slot, "fact", cells, fact.reach,
                          fact.status == "conflict"))
    return rows


def main_developments(brief: list[BriefLine]) -> list[BriefLine]:
    """The brief's lines of its sources' own words that two or more sources report."""
    return [line for line in brief if not line.generated and line.sources >= 2][
        :MAIN_DEVELOPMENTS]


def cards(story: Story, brief: list[BriefLine], groups: list[QuoteGroupView],
          outlets: list[ArticleRef]) -> list[OutletCard]:
    main = main_developments(brief)
    quote_labels = {qid: _quote_label(group) for group in groups
                    for qid in [group.id, *(v.quote_id for v in group.variants)]}
    alone = {article: sorted(items, key=_claims_first)
             for article, items in _alone(story, quote_labels).items()}
    found = []
    for ref in outlets:
        article = story.article(ref.id)
        if article is None:
            continue
        missing = [short_label(line.text) for line in main
                   if ref.id not in {c.article.id for c in line.citations}]
        found.append(OutletCard(ref, len(article.text.split()), alone.get(ref.id, []), missing,
                                match(story.outlets, ref.outlet, article.url)))
    return found


def _alone(story: Story, quote_labels: dict[str, str]) -> dict[str, list[AloneItem]]:
    """What each article alone reports: reconcile's account (``Story.coverage``), else the
    facts only one article gives."""
    facts = {f.id: f for f in story.facts}
    quotes = {q.id: q for a in story.articles for q in a.quotes}
    found: dict[str, list[AloneItem]] = {}
    entries = story.coverage or [_derived(story, a.id) for a in story.articles]
    for entry in entries:
        items = found.setdefault(entry.article, [])
        for fact_id in entry.facts:
            fact = facts.get(fact_id)
            if fact is not None:
                items.append(_fact_item(fact, entry.article))
        for quote_id in entry.quotes:
            quote = quotes.get(quote_id)
            if quote is not None:
                items.append(AloneItem(quote_labels.get(quote_id) or f"“{short(quote.text)}”",
                                       entry.article, quote.sentence))
    return found


def _derived(story: Story, article_id: str) -> Coverage:
    sole = [f.id for f in story.facts if {v.article for v in f.values} == {article_id}]
    return Coverage(article_id, facts=sole)


def _fact_item(fact: Fact, article_id: str) -> AloneItem:
    """ "drones: over 460": the claim with the value this outlet gives."""
    from storydesk.report.view import fmt_number

    values = [v for v in fact.values if v.article == article_id] or fact.values
    given = "; ".join(dict.fromkeys(
        f"{v.qualifier} {fmt_number(v.value)}" if v.qualifier else fmt_number(v.value)
        for v in values))
    label = f"{fact.slot} (background)" if fact.background else fact.slot
    # values[0] may be a copy's (what an original and its copies alone carry is the
    # original's): the item points at the sentence that gives it.
    return AloneItem(f"{label}: {given}", values[0].article, values[0].sentence)


def _claims_first(item: AloneItem) -> tuple[int, int]:
    """Claims with values first, then quotes of a named speaker, then the rest."""
    quoted = "“" in item.label
    unnamed = item.label.startswith("speaker unknown")
    return (int(quoted) + int(unnamed), item.sentence)


def _quote_label(group: QuoteGroupView) -> str:
    return f"{group.speaker}: “{short(group.variants[0].text)}”"


def short_label(text: str) -> str:
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
