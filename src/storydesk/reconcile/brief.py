"""The brief: an extractive, cited summary of the story, with disagreements stated.

Sentences are taken from the clean article text only (never removed boilerplate). A sentence
scores by how many *other* outlets report something similar (support), by how early its
article gives it (lead position) and by how central it is; redundant sentences are skipped
(maximal marginal relevance); the chosen ones are put in the order of the events they report.
Where facts conflict, storydesk writes its own sentence, marked ``generated``, naming the
values and the outlets behind each.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storydesk.article import Article
from storydesk.options import Options
from storydesk.reconcile.similarity import SentenceIndex, build_index
from storydesk.story import BriefSentence, Citation, Fact, FactValue, Story

# How a version reads in a sentence: "in the original draft", "in the revised plan".
VERSION_WORDS = {
    "original": "original draft", "revised": "revised plan", "other": "separate proposal",
}  # fmt: skip
SUPPORT = 0.3  # cosine at which another outlet's sentence counts as reporting the same
REDUNDANT = 0.3  # cosine at which a candidate repeats a sentence already chosen
FACT_BONUS = 0.3  # per further article that reports a figure this sentence gives
NOVELTY = 0.5  # gain for each story entity a candidate names that the brief has not yet
REPEAT = 2.0  # cost per unit of similarity with the closest sentence already chosen
MIN_WORDS, MAX_WORDS = 8, 55
MIN_LENGTH, MAX_LENGTH = 5, 12
COLLECTIVE_NOUNS = {"people", "police", "staff", "personnel", "children", "men", "women"}
# Facts the brief states in a sentence of its own: only a conflict is "Reports differ".
STATED = ("conflict", "update", "changed")
# Openings that lean on a previous sentence the brief may not carry.
DANGLING = (
    "he ",
    "she ",
    "it ",
    "they ",
    "this ",
    "that ",
    "these ",
    "those ",
    "but ",
    "and ",
    "also ",
    "however",
    "meanwhile",
    "still,",
    "yet ",
    "his ",
    "her ",
    "their ",
    "its ",
    "the two ",
    "the group",
    "the official",
)


@dataclass(slots=True)
class Candidate:
    index: int  # position in the SentenceIndex
    article: Article
    sentence: int
    score: float
    when: str  # date of the event it reports (or the article's date), for ordering
    # corroborated fact id -> how many articles report it
    facts: dict[str, int]


def write(story: Story, options: Options, index: SentenceIndex | None = None) -> Story:
    """``index``: the story's sentence index when the caller already has it."""
    if not story.articles:
        story.brief = []
        return story
    index = index or build_index(story)
    length = max(MIN_LENGTH, min(MAX_LENGTH, options.brief_length))
    stated = [fact for fact in story.facts
              if fact.status in STATED and not fact.background]  # fmt: skip
    chosen = select(candidates(story, index), index, max(length - len(stated), 3))
    brief = [quoted(c) for c in ordered(chosen)]
    for fact in stated[: max(length - len(brief), 0) or 1]:
        insert_generated(brief, fact_sentence(fact, story), fact)
    story.brief = brief
    return story


def corroborated_figures(story: Story) -> dict[tuple[str, int], dict[str, int]]:
    """(article, sentence) -> {fact id: how many articles report it} for the figures that
    sentence gives, among the facts the sources agree on (conflicts get their own sentence)."""
    support: dict[tuple[str, int], dict[str, int]] = {}
    for fact in story.facts:
        if fact.status in ("conflict", "single") or fact.background:
            continue
        articles = len({v.article for v in fact.values})
        for value in fact.values:
            support.setdefault((value.article, value.sentence), {})[fact.id] = articles
    return support


def candidates(story: Story, index: SentenceIndex) -> list[Candidate]:
    articles = {a.id: a for a in story.articles}
    figures = corroborated_figures(story)
    found: list[Candidate] = []
    rows = [number for number, text in enumerate(index.texts) if eligible(text)]
    similar_to = index.similar(rows, SUPPORT)
    for number in rows:
        ref = index.refs[number]
        article = articles[ref.article]
        similar = similar_to[number]
        outlets = {index.refs[o].article for o in similar} - {ref.article}
        lead = 1.0 / (1.0 + ref.sentence / 4.0)
        centrality = min(sum(similar.values()), 3.0)
        score = len(outlets) + 0.8 * lead + 0.2 * centrality
        when = event_date(article, ref.sentence)
        facts = figures.get((ref.article, ref.sentence), {})
        found.append(Candidate(number, article, ref.sentence, score, when, facts))
    return sorted(found, key=lambda c: -c.score - fact_gain(c, set()))


def fact_gain(candidate: Candidate, covered: set[str]) -> float:
    """Bonus for giving a corroborated figure the brief does not carry yet."""
    fresh = [n for fact, n in candidate.facts.items() if fact not in covered]
    return FACT_BONUS * (max(fresh) - 1) if fresh else 0.0


def eligible(text: str) -> bool:
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    lowered = text.casefold()
    if text.rstrip().endswith("?") or lowered.startswith(DANGLING):
        return False
    if not text.rstrip().endswith((".", "!", "”", '"', "’")):
        return False  # headlines, list items and labels are not sentences of the report
    # A quote cut by a paragraph break reads as half a sentence.
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def select(ranked: list[Candidate], index: SentenceIndex, count: int) -> list[Candidate]:
    """Greedy maximal marginal relevance: each pick is the best remaining candidate after a
    bonus for story entities the brief has not named yet (so the brief covers the cast, not
    one speaker five times) and a penalty for what it already says."""
    salient = salient_entities(index)
    chosen: list[Candidate] = []
    covered: set[str] = set()
    facts_given: set[str] = set()
    pool = list(ranked)
    while pool and len(chosen) < count:
        best, best_gain = None, float("-inf")
        for candidate in pool:
            overlap = max((index.cosine(candidate.index, c.index) for c in chosen), default=0.0)
            if overlap >= REDUNDANT:
                continue
            novel = len(entities_of(index, candidate.index) & salient - covered)
            gain = (
                candidate.score
                + fact_gain(candidate, facts_given)
                + NOVELTY * novel
                - REPEAT * overlap
            )
            if gain > best_gain:
                best, best_gain = candidate, gain
        if best is None:
            break
        chosen.append(best)
        covered |= entities_of(index, best.index)
        facts_given |= set(best.facts)
        pool.remove(best)
    return chosen


def entities_of(index: SentenceIndex, number: int) -> set[str]:
    return {term for term in index.vectors[number] if term.startswith("@")}


def salient_entities(index: SentenceIndex) -> set[str]:
    """Entities named by at least two articles: the cast a reader needs to meet."""
    articles: dict[str, set[str]] = {}
    for number, ref in enumerate(index.refs):
        for term in entities_of(index, number):
            articles.setdefault(term, set()).add(ref.article)
    return {term for term, seen in articles.items() if len(seen) >= 2}


def event_date(article: Article, sentence: int) -> str:
    """The day a sentence reports on. Only day and week dates count: a month or year in a
    sentence is usually background ("their summit in August"), not the event itself."""
    dates = sorted(
        d.date
        for d in article.dates
        if d.sentence == sentence and d.granularity in ("day", "week") and len(d.date) == 10
    )
    return dates[0] if dates else (article.published or "9999-12-31")


def ordered(chosen: list[Candidate]) -> list[Candidate]:
    """Order of events: the date each sentence reports, then how early articles give it."""
    return sorted(
        chosen,
        key=lambda c: (c.when, c.sentence / max(len(c.article.sentences), 1), c.article.id),
    )


def quoted(candidate: Candidate) -> BriefSentence:
    text = candidate.article.sentences[candidate.sentence]
    return BriefSentence(text, False, [Citation(candidate.article.id, candidate.sentence)])


def outlet_name(article: Article | None) -> str:
    if article is None:
        return "unknown source"
    return article.outlet or article.title or Path(article.source).stem


def format_value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def fact_sentence(fact: Fact, story: Story) -> BriefSentence:
    """The generated sentence for a conflict, an update or a change."""
    if fact.status == "update":
        return update_sentence(fact, story)
    if fact.status == "changed":
        return change_sentence(fact)
    return disagreement(fact, story)


def _worded(value: FactValue) -> str:
    """A value with its qualifier: "at least 6"."""
    number = format_value(value.value)
    return f"{value.qualifier} {number}" if value.qualifier else number


def update_sentence(fact: Fact, story: Story) -> BriefSentence:
    """ "The number of people killed in Kyiv rose from at least 6 to 7 (A; B)." """
    by_date = sorted(fact.values, key=lambda v: (_published(story, v.article), v.value))
    first, last = by_date[0], by_date[-1]
    verb = "rose" if last.value > first.value else "fell"
    names = "; ".join(dict.fromkeys(outlet_name(story.article(v.article)) for v in by_date))
    phrase = slot_phrase(fact.slot)
    change = f"{verb} from {_worded(first)} to {_worded(last)}"
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


def disagreement(fact: Fact, story: Story) -> BriefSentence:
    """ "Reports differ on the number of people killed in Kyiv: 6 (A); 7 (B, C)." """
    by_value: dict[float, list[str]] = {}
    for value in fact.values:
        names = by_value.setdefault(value.value, [])
        name = outlet_name(story.article(value.article))
        if name not in names:
            names.append(name)
    parts = [f"{format_value(v)} ({', '.join(names)})" for v, names in sorted(by_value.items())]
    text = f"Reports differ on {slot_phrase(fact.slot)}: {'; '.join(parts)}."
    citations = [Citation(v.article, v.sentence) for v in fact.values]
    return BriefSentence(text, True, citations)


def slot_phrase(slot: str) -> str:
    """A fact slot ("people killed — Kyiv") as words for a sentence: "the number of people
    killed in Kyiv"; a measure that is not a count ("percent") reads "the figure for …"."""
    thing, _, place = slot.partition(" — ")
    head = thing.split(" ", 1)[0]
    counted = head.endswith("s") or head in COLLECTIVE_NOUNS
    phrase = (
        f"the number of {thing}" if counted and head != "percent" else f"the figure for {thing}"
    )
    return f"{phrase} in {place}" if place else phrase


def insert_generated(brief: list[BriefSentence], sentence: BriefSentence, fact: Fact) -> None:
    """Put a stated disagreement right after a brief sentence that cites one of its values,
    else at the end."""
    cited = {(v.article, v.sentence) for v in fact.values}
    for position, existing in enumerate(brief):
        if any((c.article, c.sentence) in cited for c in existing.citations):
            brief.insert(position + 1, sentence)
            return
    brief.append(sentence)
