"""The brief: a wire lead of the story, every line with all the sources that report it.

The first line is the development the most independent sources report, then the other
developments, then reactions (``developments``: sentences clustered across outlets, each a
sentence of the clean text that stands alone: no pronoun or "the report" pointing back, no
opinion or analysis, no fragment). A line is an outlet's sentence as written, its names
spelled as the story spells them (``spelling``), cited to its own sentence first and then to
the closest sentence of every other outlet that reports it. Where facts conflict or change,
storydesk writes its own sentence, marked ``generated``, naming the values and the outlets
behind each, placed after the line that reports them.
"""

from __future__ import annotations

from collections import Counter

from storydesk.annotate.units import DIMENSIONS
from storydesk.options import Options
from storydesk.reconcile import developments
from storydesk.reconcile.similarity import SentenceIndex, SentenceRef, build_index
from storydesk.reconcile.sources import Sources, outlet_names
from storydesk.reconcile.spelling import Spellings
from storydesk.story import BriefSentence, Citation, Fact, FactValue, Story

# How a version reads in a sentence: "in the original draft", "in the revised plan".
VERSION_WORDS = {
    "original": "original draft", "revised": "revised plan", "other": "separate proposal",
}  # fmt: skip
MIN_LENGTH, MAX_LENGTH = 5, 12
COLLECTIVE_NOUNS = {"people", "police", "staff", "personnel", "children", "men", "women"}
# Facts the brief states in a sentence of its own: only a conflict is "Reports differ".
STATED = ("conflict", "update", "changed")
# Quantities whose number says nothing without its unit: a stated line gives their values as
# the reports wrote them ("three weeks" / "four weeks", "$143 billion" / "$158 billion",
# "1,150 kilometers" / "1,500 kilometers", "3.9%" / "5.4 percent", ECB+ 4, 8ecbplus,
# 20ecbplus), never "3" / "4" or "143,000,000,000"; counts, ages and magnitudes read as numbers.
MEASURES = frozenset({"percent", *(dimension for dimension, _ in DIMENSIONS.values())})


def write(story: Story, options: Options, index: SentenceIndex | None = None) -> Story:
    """``index``: the story's sentence index when the caller already has it."""
    if not story.articles:
        story.brief = []
        return story
    index = index or build_index(story)
    length = max(MIN_LENGTH, min(MAX_LENGTH, options.brief_length))
    stated = [fact for fact in story.facts
              if fact.status in STATED and not fact.background]  # fmt: skip
    sources = Sources(story)
    ranked = developments.rank(story, index, sources)
    values = [{SentenceRef(v.article, v.sentence) for v in fact.values} for fact in stated]
    chosen = developments.choose(ranked, index, max(length - len(stated), 3), values,
                                 developments.restating(story, stated))
    spellings = Spellings(story)
    brief = [line(d, spellings) for d in developments.ordered(chosen)]
    for fact in stated[: max(length - len(brief), 0) or 1]:
        insert_generated(brief, fact_sentence(fact, story, sources), fact)
    story.brief = brief
    return story


def line(development: developments.Development, spellings: Spellings) -> BriefSentence:
    """The development's sentence in the story's spellings, cited to every sentence of its
    cluster (its own first)."""
    text, respelled = spellings.sentence(development.article, development.sentence)
    citations = [Citation(m.article, m.sentence) for m in development.members]
    return BriefSentence(text, False, citations, [list(pair) for pair in respelled])


def outlet_name(story: Story, article_id: str) -> str:
    """The outlet as every page names it ("Unknown outlet 2" when it has none)."""
    return outlet_names(story.articles).get(article_id, "unknown source")


def format_value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def fact_sentence(fact: Fact, story: Story, sources: Sources) -> BriefSentence:
    """The generated sentence for a conflict, an update or a change. Only a conflict is
    "Reports differ" (issue 8): an approximate, disputed, agreed or single fact has no
    sentence of its own, and asking for one is an error, never a disagreement."""
    if fact.status == "update":
        return update_sentence(fact, story)
    if fact.status == "changed":
        return change_sentence(fact)
    if fact.status != "conflict":
        raise ValueError(f"a {fact.status} fact is stated in no sentence of its own")
    return disagreement(fact, story, sources)


def _worded(value: FactValue) -> str:
    """A value with its qualifier: "at least 6"."""
    number = format_value(value.value)
    return f"{value.qualifier} {number}" if value.qualifier else number


def update_sentence(fact: Fact, story: Story) -> BriefSentence:
    """ "The number of people killed in Kyiv rose from at least 6 to 7 (A; B)." """
    by_date = sorted(fact.values, key=lambda v: (_published(story, v.article), v.value))
    first, last = by_date[0], by_date[-1]
    verb = "rose" if last.value > first.value else "fell"
    names = "; ".join(dict.fromkeys(outlet_name(story, v.article) for v in by_date))
    phrase = slot_phrase(fact.slot)
    change = f"{verb} from {_update_words(fact, first)} to {_update_words(fact, last)}"
    text = f"{phrase[:1].upper()}{phrase[1:]} {change} ({names})."
    return BriefSentence(text, True, [Citation(v.article, v.sentence) for v in fact.values])


def change_sentence(fact: Fact) -> BriefSentence:
    """ "The troop cap changed from 600,000 in the original draft to 800,000 in the
    revised plan." """
    order = {"original": 0, "revised": 1, "other": 2}
    versions = sorted({v.version for v in fact.values if v.version}, key=lambda v: order.get(v, 3))
    parts = []
    for version in versions[:2]:
        value = next(v for v in fact.values if v.version == version)
        parts.append(f"{_worded(value)} in the {VERSION_WORDS.get(version, version)}")
    label = fact.slot[:1].upper() + fact.slot[1:]
    text = f"{label} changed from {parts[0]} to {parts[1]}." if len(parts) == 2 else (
        f"{label} changed: {'; '.join(parts)}.")  # fmt: skip
    return BriefSentence(text, True, [Citation(v.article, v.sentence) for v in fact.values])


def _published(story: Story, article_id: str) -> str:
    article = story.article(article_id)
    return (article.published if article else None) or ""


def disagreement(fact: Fact, story: Story, sources: Sources | None = None) -> BriefSentence:
    """ "Reports differ on the number of people killed in Kyiv: 6 (A); 7 (B, C)."
    (``sources``: the story's, when the caller has them already.)"""
    by_value: dict[float, list[FactValue]] = {}
    for value in fact.values:
        by_value.setdefault(value.value, []).append(value)
    # Outlets by independent source: a wire report's copies named as copies ("CBC, also in
    # go.com"), never as more outlets agreeing on the value.
    sources = Sources(story) if sources is None else sources
    parts = [
        f"{_value_words(fact, same)} ({sources.named([v.article for v in same])})"
        for _, same in sorted(by_value.items())
    ]
    text = f"Reports differ on {slot_phrase(fact.slot)}: {'; '.join(parts)}."
    citations = [Citation(v.article, v.sentence) for v in fact.values]
    return BriefSentence(text, True, citations)


def _update_words(fact: Fact, value: FactValue) -> str:
    """A value of an update with its qualifier ("at least 6"), a measure as written."""
    return _value_words(fact, [value]) if _measure(fact) else _worded(value)


def _measure(fact: Fact) -> bool:
    return fact.quantity in MEASURES or fact.quantity.startswith("money:")


def _value_words(fact: Fact, same: list[FactValue]) -> str:
    """One value of a stated fact as words: a measure as most of its reports write it (the
    shortest of those, "30 hours" before "more than 30 hours"), anything else as a number."""
    if not _measure(fact) or same[0].value < 0:
        # below zero the sign may stand outside the figure's words ("minus 20 degrees" is
        # "20 degrees" after "minus", ECB+ 13ecb)
        return format_value(same[0].value)
    written = Counter(" ".join(v.text.split()) for v in same)
    return min(written, key=lambda text: (-written[text], len(text), text))


def slot_phrase(slot: str) -> str:
    """A fact slot ("people killed — Kyiv") as words for a sentence: "the number of people
    killed in Kyiv"; a measure of someone or something reads as itself ("the age of Jose
    Luis Orozco"), any other measure that is not a count ("percent") "the figure for …"."""
    thing, _, place = slot.partition(" — ")
    head = thing.split(" ", 1)[0]
    counted = head.endswith("s") or head in COLLECTIVE_NOUNS
    if counted and head != "percent":
        phrase = f"the number of {thing}"
    elif thing.startswith(f"{head} of "):
        phrase = f"the {thing}"  # "the figure for age of Jose Luis Orozco" read as a list
    else:
        phrase = f"the figure for {thing}"
    return f"{phrase} in {place}" if place else phrase


def insert_generated(brief: list[BriefSentence], sentence: BriefSentence, fact: Fact) -> None:
    """Put a stated disagreement after a brief sentence that cites one of its values (and
    after the stated lines already there), else at the end."""
    cited = {(v.article, v.sentence) for v in fact.values}
    for position, existing in enumerate(brief):
        if any((c.article, c.sentence) in cited for c in existing.citations):
            after = position + 1
            while after < len(brief) and brief[after].generated:
                after += 1  # after the lines already stated about it, in their order
            brief.insert(after, sentence)
            return
    brief.append(sentence)
