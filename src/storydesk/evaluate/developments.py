"""Developments on ECB+: do the sentences the brief puts under one line report the same event?

The brief's count of sources ("5 of 5 outlets") is only as good as its clusters: a line cites
the closest sentence of every other outlet that reports the same (``reconcile.developments``).
ECB+ says which event mentions, across the documents of a topic, are one event (CROSS_DOC_COREF
on ACTION_* mentions), so the clusters can be checked against it.

Choices, so the numbers can be read and reproduced:

* Each topic gives two stories, its ``ecb`` and its ``ecbplus`` documents (two events, each
  reported by many sites). A document becomes an Article (one sentence a line, no date); the
  annotators the brief reads run (entities, quotes, dates, sentence roles), then entity
  resolution, then ``developments.rank`` and ``choose`` as the brief does (10 lines).
* A *pair* is a brief line's own sentence with one of the sentences it cites from another
  document. It is *judged* when both sentences hold an annotated event mention that is linked
  across documents (ECB+ annotates the sentences about its seminal events, not all), and
  *right* when the two share an event instance.
* ``pair_precision``: right pairs over judged pairs. ``lead_recall``: for the first line, the
  documents it cites among those with a sentence sharing an event instance with its sentence.
* Baseline (same keys): every sentence holding a linked event mention paired with every such
  sentence of the other documents (what picking a sentence of another outlet at random gives);
  its lead recall is not defined and left out.
* Splits: ``tuned_*`` topics 1-20 (the brief was developed looking at topics 1 and 3),
  ``untouched_*`` topics 21-35, never looked at while developing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from storydesk.annotate import annotate
from storydesk.annotate.dates import DateAnnotator
from storydesk.annotate.entities import EntityAnnotator
from storydesk.annotate.quotes import QuoteAnnotator
from storydesk.annotate.roles import RoleAnnotator
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.ecbplus import EcbDocument, no_topics, read_topic, topic_folders
from storydesk.link import entities, quotes
from storydesk.options import Options
from storydesk.reconcile import developments
from storydesk.reconcile.similarity import build_index
from storydesk.reconcile.sources import Sources
from storydesk.story import Story

SPLITS = {"tuned": range(1, 21), "untouched": range(21, 36)}
BRIEF_LINES = 10


@dataclass(slots=True)
class Tally:
    judged: int = 0
    right: int = 0
    lead_found: int = 0
    lead_possible: int = 0

    def add(self, other: Tally) -> None:
        self.judged += other.judged
        self.right += other.right
        self.lead_found += other.lead_found
        self.lead_possible += other.lead_possible

    def scores(self, lead: bool = True) -> dict[str, float]:
        found = {"pair_precision": self.right / self.judged if self.judged else 0.0}
        if lead:
            found["lead_recall"] = (self.lead_found / self.lead_possible
                                    if self.lead_possible else 0.0)
        return found


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    folders = topic_folders(data, limit)
    if not folders:
        return no_topics("developments", data)
    result = EvalResult(name="developments")
    ours, chance = Tally(), Tally()
    parts = {part: (Tally(), Tally()) for part in SPLITS}
    for folder in folders:
        documents = read_topic(folder)
        result.documents += len(documents)
        by_event: dict[str, list[EcbDocument]] = defaultdict(list)
        for document in documents:
            by_event[document.event].append(document)
        for event_documents in by_event.values():
            if len(event_documents) < 2:
                continue
            found, baseline = score_event(event_documents, options)
            ours.add(found)
            chance.add(baseline)
            for part, topics in SPLITS.items():
                if int(folder.name) in topics:
                    parts[part][0].add(found)
                    parts[part][1].add(baseline)
    result.scores = ours.scores()
    result.baselines = chance.scores(lead=False)
    for part, (found, baseline) in parts.items():
        if found.judged or baseline.judged:
            result.scores.update({f"{part}_{k}": v for k, v in found.scores().items()})
    result.notes.append(f"judged pairs: {ours.judged} ours, {chance.judged} chance; "
                        + ", ".join(f"{part} {found.judged}" for part, (found, _) in
                                    parts.items()))
    result.notes.append("pairs: a brief line's sentence and a sentence it cites from another "
                        "document, judged where both hold an event mention ECB+ links across "
                        "documents; right when they share its instance")
    return result


def score_event(documents: list[EcbDocument], options: Options) -> tuple[Tally, Tally]:
    """Our clusters and the chance baseline on one event's documents."""
    articles = [d.article() for d in documents]
    annotate(articles, options, annotators=[EntityAnnotator(), QuoteAnnotator(),
                                            DateAnnotator(), RoleAnnotator()])
    story = Story(id=documents[0].event, title=documents[0].event, articles=articles)
    entities.resolve(story, options)
    quotes.group(story, options)
    index = build_index(story)
    chosen = developments.choose(developments.rank(story, index, Sources(story)), index,
                                 BRIEF_LINES)
    events = {d.name: _events_by_line(d) for d in documents}
    lines = {a.id: [a.text.count("\n", 0, start) for start, _ in a.sentence_spans]
             for a in articles}

    def instances(article: str, sentence: int) -> set[str]:
        return events[article].get(lines[article][sentence], set())

    ours = Tally()
    for rank, line in enumerate(chosen):
        own = instances(line.article.id, line.sentence)
        for member in line.members[1:]:
            theirs = instances(member.article, member.sentence)
            if own and theirs:
                ours.judged += 1
                ours.right += bool(own & theirs)
        if rank == 0 and own:
            reporting = {name for name, by_line in events.items() if name != line.article.id
                         and any(own & found for found in by_line.values())}
            ours.lead_possible += len(reporting)
            ours.lead_found += len(reporting & {m.article for m in line.members[1:]})
    return ours, _chance(events)


def _chance(events: dict[str, dict[int, set[str]]]) -> Tally:
    tally = Tally()
    names = sorted(events)
    for position, left in enumerate(names):
        for right in names[position + 1:]:
            for a in events[left].values():
                for b in events[right].values():
                    tally.judged += 1
                    tally.right += bool(a & b)
    return tally


def _events_by_line(document: EcbDocument) -> dict[int, set[str]]:
    """Line of the laid-out text -> instances of the linked event mentions in it."""
    order = {sentence: line for line, sentence in
             enumerate(dict.fromkeys(s for s, _ in document.tokens.values()))}
    found: dict[int, set[str]] = defaultdict(set)
    for mention in document.mentions:
        if not mention.tag.startswith("ACTION") or mention.instance is None:
            continue
        first = document.tokens.get(mention.tokens[0])
        if first is not None:
            found[order[first[0]]].add(mention.instance)
    return dict(found)
