"""``storydesk eval facts-fresh``: the facts scores on the fresh, untouched part of our gold.

The fresh part (every ``eval/gold/facts/fresh-*.json``, how it was made: ``FRESH.md``) is
TempEval-3 AQUAINT and TimeBank: news reports grouped into events of one developing story.
Nobody tunes on it, so this evaluation gives scores and counts only, never the facts it
missed or stated wrongly: reading those would make the part tuned.

``--data`` is ``../shared/datasets``. Each event's TimeML documents become articles: the
TEXT element's content with its tags dropped and entities decoded (the text a gold mention's
offset counts in), the creation time (DCT) as the publication date. A mention is
``document|offset|token|value``; the scores are ``evaluate/facts.py``'s.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.evaluate import facts
from storydesk.evaluate.base import EvalResult
from storydesk.options import Options

FRESH = facts.GOLD  # its fresh-*.json files, in name order: AQUAINT's events come first


def load_fresh(folder: Path = FRESH, pattern: str = "fresh-*.json") -> list[facts.GoldEvent]:
    """The events of every gold file ``pattern`` names, in file name order (``facts_work``
    reads ``work-*.json`` with it: the same mention form)."""
    events: list[facts.GoldEvent] = []
    for path in sorted(folder.glob(pattern)):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        events += [
            facts.GoldEvent(
                item["event"],
                data["split"],
                item["documents"],
                [
                    facts.GoldFact(f["label"], f["status"], [_mention(m) for m in f["mentions"]])
                    for f in item["facts"]
                ],
            )
            for item in data["events"]
        ]
    return events


def _mention(text: str) -> facts.GoldMention:
    """ "APW19980808.0022.tml|248|82|82": document, the token's offset in the document's TEXT,
    the token as written, its value."""
    doc, offset, token, value = text.split("|")
    return facts.GoldMention(doc, -1, token, float(value), start=int(offset))


def timeml_text(path: Path) -> str:
    """The TEXT element's content, tags dropped and entities decoded."""
    text = ET.parse(path).getroot().find("TEXT")
    if text is None:
        raise ValueError(f"{path}: no <TEXT> element")
    return "".join(text.itertext())


def timeml_article(path: Path) -> Article:
    """A TimeML document as an article: its TEXT (what the offsets count in), its DCT."""
    return Article(
        id=path.name, source=path.name, text=timeml_text(path), published=facts.created(path)
    )


def absent(data: Path, events: list[facts.GoldEvent]) -> list[str]:
    return [str(data / p) for e in events for p in e.documents if not (data / p).is_file()]


def score_events(
    events: list[facts.GoldEvent],
    data: Path,
    options: Options,
    article_of: Callable[[Path], Article] = timeml_article,
) -> tuple[facts.Counts, int]:
    """Each event's documents as one story, scored by ``facts.score``: (counts, documents)."""
    counts = facts.Counts()
    documents = 0
    for event in events:
        articles = [article_of(data / relative) for relative in event.documents]
        documents += len(articles)
        where = {
            (mention.doc, mention.start): number
            for number, fact in enumerate(event.facts)
            for mention in fact.mentions
        }
        facts.score(event, facts.story_of(articles, options), where, counts)
    return counts, documents


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    events = load_fresh()[:limit]
    missing = absent(data, events)
    if missing:
        return EvalResult("facts-fresh", available=False, notes=[f"absent: {missing[0]}"])
    counts, documents = score_events(events, data, options)
    result = EvalResult(name="facts-fresh", documents=documents)
    result.scores = {
        "agreement_recall": _ratio(counts.agreements_found, counts.agreements),
        **counts.precision(),
    }
    if counts.conflicts:  # a recall only where the part labels conflicts (FRESH.md)
        result.scores["conflict_recall"] = _ratio(counts.conflicts_found, counts.conflicts)
    # Counts only: counts.errors names the missed and false facts, never shown (untouched part).
    result.notes.append(f"{len(events)} events (untouched): {counts.summary()}")
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0
