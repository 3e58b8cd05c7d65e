"""Fact evaluation against our own hand-labelled gold (``eval/gold/facts/``).

No public dataset says which figures of different reports measure the same thing, so the
gold is ours: for each event of ECB+ and each MEANTIME topic, the figures that measure one
quantity across documents, and whether they agree, conflict, update or change (how it was
made: ``eval/gold/facts/README.md``). ``--data`` is ``../shared/datasets``; the gold names
the documents it labels.

Each gold event becomes one story: its documents as articles (laid out as written by
``evaluate.detokenise``, one sentence a line, so a gold mention's token has an exact offset;
MEANTIME's creation time is the publication date), annotated and linked as a run would. A
system value matches a gold mention when the mention's number token starts inside the
figure's text.

Scores (fact level, over the events read):
- ``conflict_recall``: gold conflicts for which some ``conflict`` fact holds two of its
  mentions with different values from different documents;
- ``agreement_recall``: gold agreements (equal or approximately equal values) for which
  some fact of a non-conflict status holds mentions of it from two documents;
- ``conflict_precision``: stated conflicts whose values all belong to one gold fact and
  really differ there (a stated conflict with a value the gold does not put in that fact
  is wrong);
- ``events_without_false_conflict``: the share of events in which no wrong conflict is stated.
  It gates precision on parts whose gold labels no conflict (work, untouched), where
  ``conflict_precision`` is 0/N or 1.0 and a pinned ratio cannot tell one false conflict from
  five (session 13);
- ``false_conflicts``: the number of wrong conflicts stated, which the gate pins as a
  maximum (a second false conflict in an event that already has one moves no share: review).
``split`` picks ``dev`` (tuned on), ``held`` (never tuned on) or ``all``; the gate runs
both, reported apart. ``--limit N`` keeps the first N events of the split.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.ecbplus import EcbDocument, read_document
from storydesk.link import syndication
from storydesk.options import Options
from storydesk.story import Fact, Story

GOLD = Path(__file__).resolve().parents[3] / "eval" / "gold" / "facts"
AGREEING = ("agree", "approximate")
# Parts whose mentions are character offsets into plain or TimeML text, not ECB+ sentence
# tokens: fresh-*.json (touched by choices, FRESH.md), work-*.json (development, WORK.md) and
# untouched-*.json (untouched, UNTOUCHED.md). This reader skips them; ``facts_fresh``,
# ``facts_work`` and ``facts_untouched`` read them.
OFFSET_PARTS = ("fresh-", "work-", "untouched-")


@dataclass(slots=True)
class GoldMention:
    doc: str
    sentence: int
    number: str  # the number's first token as written
    value: float
    start: int = -1  # character offset of that token in the document's text


@dataclass(slots=True)
class GoldFact:
    label: str
    status: str  # agree | approximate | conflict | update | changed
    mentions: list[GoldMention] = field(default_factory=list)


@dataclass(slots=True)
class GoldEvent:
    name: str  # "ecbplus/1/ecb", "meantime/corpus_gm"
    split: str
    documents: list[str]  # paths under --data
    facts: list[GoldFact] = field(default_factory=list)


@dataclass(slots=True)
class Counts:
    conflicts: int = 0
    conflicts_found: int = 0
    agreements: int = 0
    agreements_found: int = 0
    stated: int = 0
    stated_right: int = 0
    # agreements given by two independent sources, not only by copies of one report
    # (``link.syndication``, as the report counts sources; issue 10): the work part's copies
    independent_agreements: int = 0
    independent_agreements_found: int = 0
    events: int = 0
    events_without_false: int = 0  # events in which no wrong conflict is stated
    errors: list[str] = field(default_factory=list)

    def summary(self, independent: bool = False) -> str:
        """The counts in words; with ``independent``, the agreements two sources give too."""
        apart = (
            f" ({self.independent_agreements_found}/{self.independent_agreements} across "
            "independent sources)"
            if independent
            else ""
        )
        return (
            f"{self.conflicts_found}/{self.conflicts} conflicts found, "
            f"{self.agreements_found}/{self.agreements} agreements found{apart}, "
            f"{self.stated_right}/{self.stated} stated conflicts right"
        )

    def events_without_false_conflict(self) -> float:
        return _ratio(self.events_without_false, self.events)

    def precision(self) -> dict[str, float]:
        """The scores of the conflicts stated, as every facts part gives them."""
        return {
            "conflict_precision": _ratio(self.stated_right, self.stated),
            "events_without_false_conflict": self.events_without_false_conflict(),
            "false_conflicts": float(self.stated - self.stated_right),
        }


def load_gold(folder: Path = GOLD) -> list[GoldEvent]:
    events: list[GoldEvent] = []
    for path in sorted(p for p in folder.glob("*.json") if not p.name.startswith(OFFSET_PARTS)):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for item in data["events"]:
            facts = [
                GoldFact(f["label"], f["status"], [_mention(m) for m in f["mentions"]])
                for f in item["facts"]
            ]
            events.append(GoldEvent(item["event"], data["split"], item["documents"], facts))
    return events


def _mention(text: str) -> GoldMention:
    """ "1_17ecb.xml|3|33|33": document, sentence, the number's token (``five#2`` for the second
    "five" of the sentence), its value."""
    doc, sentence, number, value = text.split("|")
    return GoldMention(doc, int(sentence), number, float(value))


def evaluate(
    data: Path, options: Options, limit: int | None = None, split: str = "dev"
) -> EvalResult:
    name = "facts" if split == "dev" else f"facts-{split}"
    events = [e for e in load_gold() if split == "all" or e.split == split][:limit]
    if not events:
        return EvalResult(name=name, available=False, notes=[f"no gold events in {GOLD}"])
    counts = Counts()
    documents = 0
    for event in events:
        paths = [data / path for path in event.documents]
        docs = [(read_document(path, written=True), path) for path in paths]
        documents += len(docs)
        where = _gold_index(event, {d.name: d for d, _ in docs})
        score(event, _story(docs, options), where, counts)
    result = EvalResult(name=name, documents=documents)
    result.scores = {
        "conflict_recall": _ratio(counts.conflicts_found, counts.conflicts),
        "agreement_recall": _ratio(counts.agreements_found, counts.agreements),
        **counts.precision(),
    }
    result.notes.append(f"{len(events)} events: {counts.summary()}")
    result.notes.extend(counts.errors[:15])
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _story(docs: list[tuple[EcbDocument, Path]], options: Options) -> Story:
    articles = [
        Article(id=d.name, source=d.name, text=d.text, published=created(path)) for d, path in docs
    ]
    return story_of(articles, options)


def story_of(articles: list[Article], options: Options) -> Story:
    """One gold event's articles annotated and linked as a run would (also ``facts_fresh``)."""
    from storydesk.annotate import annotate
    from storydesk.link import link

    story = Story(id="s", title="t", articles=annotate(articles, options))
    syndication.group(story)  # copies of one report are one source, as pipeline.link_story
    return link(story, options)


def created(path: Path) -> str | None:
    """MEANTIME's document creation time (ECB+ has none): the publication date, ISO.

    One MEANTIME file writes it day first ("03-02-2009", corpus_gm 120578, an article on
    January's sales published in February); it is read as such."""
    for timex in ET.parse(path).getroot().iter("TIMEX3"):
        value = timex.get("value", "")
        if timex.get("functionInDocument") != "CREATION_TIME":
            continue
        if re.match(r"\d{4}-\d\d-\d\d", value):
            return value[:10]
        day_first = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
        if day_first:
            return f"{day_first[3]}-{day_first[2]}-{day_first[1]}"
    return None


def score(
    event: GoldEvent, story: Story, where: dict[tuple[str, int], int], counts: Counts
) -> None:
    """Count one event; ``where`` maps (document, offset of a gold number token) to its fact."""
    system = [_mentions(story, fact, where) for fact in story.facts]
    for gold_number, gold in enumerate(event.facts):
        if len({m.doc for m in gold.mentions}) < 2:
            continue
        if gold.status == "conflict":
            counts.conflicts += 1
            found = any(
                fact.status == "conflict" and _differing_pair(gold_number, found, event)
                for fact, found in zip(story.facts, system, strict=True)
            )
            counts.conflicts_found += found
            if not found:
                counts.errors.append(f"missed conflict: {event.name}: {gold.label}")
        elif gold.status in AGREEING:
            counts.agreements += 1
            found = any(
                # "single" with two documents: copies of one report (``link.syndication``),
                # aligned as the gold aligns them and counted as one source
                fact.status != "conflict" and _two_documents(gold_number, found)
                for fact, found in zip(story.facts, system, strict=True)
            )
            counts.agreements_found += found
            if syndication.independent(story, {m.doc for m in gold.mentions}) > 1:
                counts.independent_agreements += 1
                counts.independent_agreements_found += found
            if not found:
                counts.errors.append(f"missed agreement: {event.name}: {gold.label}")
    counts.events += 1
    false_here = 0
    for fact, located in zip(story.facts, system, strict=True):
        if fact.status != "conflict":
            continue
        counts.stated += 1
        right = _stated_right(located, event)
        counts.stated_right += right
        false_here += not right
        if not right:
            values = ", ".join(f"{v.value:g}" for v in fact.values)
            counts.errors.append(f"false conflict: {event.name}: {fact.slot} ({values})")
    counts.events_without_false += not false_here


Located = tuple[int | None, str, float]  # (gold fact index or None, document, value)


def _gold_index(event: GoldEvent, docs: dict[str, EcbDocument]) -> dict[tuple[str, int], int]:
    """(document, character offset of a gold number token) → gold fact index."""
    index: dict[tuple[str, int], int] = {}
    for number, fact in enumerate(event.facts):
        for mention in fact.mentions:
            start = _token_start(docs[mention.doc], mention)
            if start >= 0:
                index[(mention.doc, start)] = number
    return index


def _token_start(doc: EcbDocument, mention: GoldMention) -> int:
    """The mention's token: "five" is the first "five" of its sentence, "five#2" the second."""
    number, _, nth = mention.number.partition("#")
    seen = 0
    for t_id, (sentence, text) in doc.tokens.items():
        if sentence == mention.sentence and text == number:
            seen += 1
            if seen == int(nth or 1):
                return doc.spans[t_id][0]
    return -1


def _mentions(story: Story, fact: Fact, where: dict[tuple[str, int], int]) -> list[Located]:
    found: list[Located] = []
    for value in fact.values:
        article = story.article(value.article)
        figure = next((f for f in (article.figures if article else [])
                       if f.sentence == value.sentence and f.text == value.text), None)  # fmt: skip
        gold = None
        if figure is not None:
            inside = (number for (doc, start), number in where.items()
                      if doc == value.article and figure.start <= start < figure.end)  # fmt: skip
            gold = next(inside, None)
        found.append((gold, value.article, value.value))
    return found


def _differing_pair(gold_number: int, found: list[Located], event: GoldEvent) -> bool:
    mine = [(doc, value) for number, doc, value in found if number == gold_number]
    return any(a[0] != b[0] and a[1] != b[1] for a in mine for b in mine)


def _two_documents(gold_number: int, found: list[Located]) -> bool:
    return len({doc for number, doc, _ in found if number == gold_number}) >= 2


def _stated_right(found: list[Located], event: GoldEvent) -> bool:
    numbers = {number for number, _, _ in found}
    if len(numbers) != 1:
        return False
    [number] = numbers
    if number is None or event.facts[number].status in AGREEING:
        return False
    return len({value for _, _, value in found}) > 1
