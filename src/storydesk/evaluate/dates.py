"""Dates on TempEval-3 (TimeML): detection F1 and value accuracy of the date annotator.

Data: a folder of TimeML ``.tml`` files at any depth (e.g. ``TBAQ-cleaned`` with its AQUAINT
and TimeBank subfolders, or the platinum test split). Per document the publication date is
the TIMEX3 with ``functionInDocument="CREATION_TIME"``; the text is the TEXT element's text
with the markup taken out; gold mentions are the TIMEX3 of ``type="DATE"`` inside TEXT.
TIME, DURATION and SET expressions are not gold: the annotator does not look for them.

Scoring rules:
- A prediction matches a gold mention when their character spans overlap (relaxed match,
  as in TempEval-3); each gold and each prediction is matched at most once, in text order.
- ``detection_precision``/``detection_recall``/``detection_f1``: detection with that match.
- ``value_accuracy``: among matched gold mentions whose value is a calendar value we can
  express (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``), the fraction whose predicted
  value is equal. Gold values we never produce (``PRESENT_REF``, quarters ``1998-Q3``,
  seasons, ``XXXX-..``) are left out of this fraction; how many were left out is in notes.
- ``value_f1``: F1 where a true positive is a match with an equal value, over all
  predictions and all gold mentions: here the inexpressible gold values count as misses.
- Our week granularity (the Monday of the week) is compared as the ISO week ``YYYY-Www``.
- Gold values are tidied before comparing, never made to match more than they say: a
  time-of-day suffix on a DATE is dropped (``2000-01-07TEV`` → ``2000-01-07``: we resolve to
  the day), unknown trailing parts are dropped (``1949-XX`` → ``1949``), and week numbers are
  zero-padded (``2000-W7`` → ``2000-W07``, as some TimeBank files write them).

Baseline (same keys): ``dateparser.search.search_dates`` over the text with the publication
date as RELATIVE_BASE; its values are days (it has no granularity).
Published reference: HeidelTime on the TempEval-3 platinum test set, value F1 0.776 (over all
TIMEX3 types, relaxed match; UzZaman et al. 2013), so not the same population as ours.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.evaluate.base import EvalResult
from storydesk.options import Options

CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")
PUBLISHED = {"HeidelTime value F1 (TE-3 platinum, all types)": 0.776}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    created: str  # YYYY-MM-DD
    text: str
    gold: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Tally:
    """Counts summed over documents; the scores are computed from these once at the end."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    comparable: int = 0  # matched gold with a calendar value
    correct: int = 0  # matched with an equal value

    def add(self, gold: Sequence[Mention], predicted: Sequence[Mention]) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        for gold_mention, prediction in match(gold, predicted):
            self.matched += 1
            if CALENDAR.fullmatch(gold_mention.value):
                self.comparable += 1
            if prediction.value == gold_mention.value:
                self.correct += 1

    def scores(self) -> dict[str, float]:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        value_precision = _ratio(self.correct, self.predicted)
        value_recall = _ratio(self.correct, self.gold)
        return {
            "detection_precision": precision,
            "detection_recall": recall,
            "detection_f1": _f1(precision, recall),
            "value_accuracy": _ratio(self.correct, self.comparable),
            "value_f1": _f1(value_precision, value_recall),
        }


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    result = EvalResult(name="dates", published=dict(PUBLISHED))
    paths = sorted(Path(data).rglob("*.tml"))[:limit] if Path(data).is_dir() else []
    if not paths:
        result.available = False
        result.notes.append(f"no .tml files under {data}")
        return result
    documents = [read_timeml(path) for path in paths]
    ours, baseline = Tally(), Tally()
    started = time.perf_counter()
    for document, predicted in zip(documents, predict(documents, options), strict=True):
        ours.add(document.gold, predicted)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for document in documents:
        baseline.add(document.gold, baseline_predict(document))
    result.scores = ours.scores()
    result.baselines = baseline.scores()
    result.documents = len(documents)
    result.notes.extend(_notes(ours, documents, ours_seconds, time.perf_counter() - started))
    return result


def read_timeml(path: Path) -> TimeMLDocument:
    """The plain TEXT of a TimeML file, its creation date and its DATE mentions."""
    root = ET.parse(path).getroot()
    created = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = (timex.get("value") or "")[:10]
            break
    text_element = root.find("TEXT")
    document = TimeMLDocument(name=path.name, created=created, text="")
    if text_element is None:
        return document
    pieces: list[str] = []
    _flatten(text_element, pieces, document.gold, top=True)
    document.text = "".join(pieces)
    return document


def _flatten(element: ET.Element, pieces: list[str], gold: list[Mention], top: bool) -> None:
    start = sum(len(p) for p in pieces)
    pieces.append(element.text or "")
    for child in element:
        _flatten(child, pieces, gold, top=False)
    end = sum(len(p) for p in pieces)
    is_date = element.tag == "TIMEX3" and element.get("type") == "DATE"
    if is_date and element.get("functionInDocument") != "CREATION_TIME":
        gold.append(Mention(start, end, gold_value(element.get("value") or "")))
    if not top:
        pieces.append(element.tail or "")


def gold_value(value: str) -> str:
    """A TimeML DATE value in the form we compare (see the module docstring)."""
    value = re.sub(r"T[\w:]*$", "", value) if re.match(r"\d{4}-\d\d-\d\dT", value) else value
    value = re.sub(r"(?:-XX)+$", "", value)
    return re.sub(r"-W(\d)$", r"-W0\1", value)


def predict(documents: Sequence[TimeMLDocument], options: Options) -> Iterable[list[Mention]]:
    """Our date annotator over each document, one spaCy pass per document."""
    from storydesk.annotate import nlp as nlp_module
    from storydesk.annotate.dates import DateAnnotator
    from storydesk.article import Article

    nlp = nlp_module.load(options)
    annotator = DateAnnotator()
    texts = (d.text for d in documents)
    for document, doc in zip(
        documents, nlp.pipe(texts, batch_size=options.batch_size), strict=True
    ):
        article = Article(
            id=document.name, source=document.name, text=document.text,
            published=document.created or None,
        )  # fmt: skip
        article.sentence_spans = nlp_module.sentence_spans(doc)
        annotator(article, doc)
        # The gold is TIMEX3 of type DATE: a time of day ("overnight", kind "time") is a
        # TIME expression, outside what is scored.
        yield [Mention(d.start, d.end, timeml_value(d.date, d.granularity))
               for d in article.dates if d.kind == "date"]


def timeml_value(date: str, granularity: str) -> str:
    """Our date string as TimeML writes it: a week is ``YYYY-Www``, the rest is the same."""
    if granularity != "week":
        return date
    year, week, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{year}-W{week:02d}"


def baseline_predict(document: TimeMLDocument) -> list[Mention]:
    """dateparser alone: every stretch search_dates finds, as a day."""
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if document.created:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(document.created)
    found = search_dates(document.text, languages=["en"], settings=settings) or []
    mentions: list[Mention] = []
    cursor = 0
    for text, when in found:
        start = document.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        mentions.append(Mention(start, cursor, when.date().isoformat()))
    return mentions


def match(gold: Sequence[Mention], predicted: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of overlapping spans, each side used once, in text order."""
    pairs: list[tuple[Mention, Mention]] = []
    used: set[int] = set()
    for gold_mention in sorted(gold, key=lambda m: m.start):
        for index, prediction in enumerate(predicted):
            overlaps = prediction.start < gold_mention.end and gold_mention.start < prediction.end
            if index not in used and overlaps:
                used.add(index)
                pairs.append((gold_mention, prediction))
                break
    return pairs


def _notes(
    ours: Tally, documents: Sequence[TimeMLDocument], seconds: float, baseline_seconds: float
) -> list[str]:
    left_out = ours.matched - ours.comparable
    return [
        f"{ours.gold} gold DATE mentions in {len(documents)} documents, {ours.predicted} predicted",
        f"{left_out} matched gold values are not calendar values (PRESENT_REF, quarters, "
        "seasons, XXXX): left out of value_accuracy, counted as misses in value_f1",
        f"time: storydesk {seconds:.1f}s, dateparser baseline {baseline_seconds:.1f}s",
    ]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
