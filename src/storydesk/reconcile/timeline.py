"""The story's timeline: dated events from every article, merged across articles and cited.

An event is the sentence (trimmed to the clause around the date) in which an article gives a
resolved date. Two articles report the same event when the date and granularity are equal
and their sentences are similar; the merged entry cites both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from storydesk.options import Options
from storydesk.reconcile.similarity import SentenceIndex, SentenceRef, build_index
from storydesk.story import Citation, Story, TimelineEntry

SAME_EVENT = 0.2  # cosine of two sentences on the same date that report the same event
MAX_EVENT_CHARS = 220
PER_DATE = 6  # a timeline is a view: the best supported events of each date


@dataclass(slots=True)
class Event:
    date: str
    granularity: str
    text: str
    refs: list[SentenceRef] = field(default_factory=list)


def build(story: Story, options: Options, index: SentenceIndex | None = None) -> Story:
    """``index``: the story's sentence index when the caller already has it."""
    events = merge(candidates(story), index or build_index(story))
    by_date: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_date[(event.date, event.granularity)].append(event)
    entries: list[TimelineEntry] = []
    for key in sorted(by_date, key=lambda k: sort_key(*k)):
        ranked = sorted(by_date[key], key=lambda e: -len({r.article for r in e.refs}))
        entries += [entry(event) for event in ranked[:PER_DATE]]
    story.timeline = entries
    return story


def candidates(story: Story) -> list[Event]:
    events: list[Event] = []
    for article in story.articles:
        for mention in article.dates:
            if not 0 <= mention.sentence < len(article.sentences):
                continue
            sentence = article.sentences[mention.sentence]
            events.append(
                Event(
                    date=mention.date,
                    granularity=mention.granularity,
                    text=clause_around(sentence, mention.text),
                    refs=[SentenceRef(article.id, mention.sentence)],
                )
            )
    return events


def merge(events: list[Event], index: SentenceIndex) -> list[Event]:
    """Union events of the same date whose sentences are similar (or the same sentence)."""
    position = {ref: number for number, ref in enumerate(index.refs)}
    merged: list[Event] = []
    # Only events of one date can merge: compare within a date, not with every event so far.
    by_date: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        same_date = by_date[(event.date, event.granularity)]
        target = next((m for m in same_date if same_event(m, event, index, position)), None)
        if target is None:
            merged.append(event)
            same_date.append(event)
            continue
        for ref in event.refs:
            if ref not in target.refs:
                target.refs.append(ref)
        if len(event.text) < len(target.text):
            target.text = event.text  # the plainest wording of the event
    return merged


def same_event(a: Event, b: Event, index: SentenceIndex, position: dict[SentenceRef, int]) -> bool:
    if (a.date, a.granularity) != (b.date, b.granularity):
        return False
    if set(a.refs) & set(b.refs):
        return True
    return any(
        index.cosine(position[x], position[y]) >= SAME_EVENT
        for x in a.refs
        for y in b.refs
        if x in position and y in position
    )


def clause_around(sentence: str, phrase: str) -> str:
    """The sentence, or for a long one the comma-separated stretch around ``phrase``."""
    if len(sentence) <= MAX_EVENT_CHARS:
        return sentence
    at = sentence.find(phrase)
    if at < 0:
        return sentence[:MAX_EVENT_CHARS].rsplit(" ", 1)[0] + " …"
    start = max(sentence.rfind(", ", 0, at), sentence.rfind("; ", 0, at))
    start = 0 if start < 0 else start + 2
    end = len(sentence)
    for mark in (", ", "; "):
        found = sentence.find(mark, at + len(phrase))
        if found >= 0:
            end = min(end, found)
    clause = sentence[start:end].strip()
    if len(clause) < 40:  # too little to read alone: widen to the sentence head
        clause = sentence[: max(end, MAX_EVENT_CHARS)].rsplit(" ", 1)[0]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(sentence) else ""
    return f"{prefix}{clause}{suffix}"


def sort_key(date: str, granularity: str) -> tuple[int, int, int, int]:
    """Chronological order; a month sorts before its days, a year before its months."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    return (year, month, day, 0 if granularity in ("year", "month") else 1)


def entry(event: Event) -> TimelineEntry:
    return TimelineEntry(
        date=event.date,
        granularity=event.granularity,
        text=event.text,
        citations=[Citation(r.article, r.sentence) for r in event.refs],
    )
