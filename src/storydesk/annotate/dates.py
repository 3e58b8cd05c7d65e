"""Date expressions normalised against the article's publication date.

Detection is in ``date_spans`` (spaCy DATE entities plus patterns), resolution in
``date_resolve`` (dateparser for calendar dates, our rules for relative ones). An expression
that names no point in time (a duration like "two days", "four-year war"; a vague span like
"the coming days"; an age) or that names an event or a thing ("Black Monday", "the
September 11th attacks", "the Russell 2000 Index") is left out; spaCy's DATE entities left
out are listed in the article's notes, so nothing is dropped silently. Without a
publication date only absolute dates ("April 11, 2025", "7/8/07") resolve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc

from storydesk.annotate.date_events import event_of
from storydesk.annotate.date_resolve import SLACK_DAYS, TIMES_OF_DAY, Resolved, resolve
from storydesk.annotate.date_spans import (
    Candidate,
    candidates,
    direction,
    lowercase_month,
    names_an_event,
)
from storydesk.article import Article, DateMention
from storydesk.calendar_words import AP_MONTH_ABBREVIATIONS

# An abbreviated month at the end keeps its period ("since Oct."): the AP's abbreviations.
_AP_MONTHS = tuple(f" {short.title()}" for short in AP_MONTH_ABBREVIATIONS)


class DateAnnotator:
    name = "dates"
    requires: tuple[str, ...] = ("text", "sentence_spans", "published")
    assigns: tuple[str, ...] = ("dates",)  # with the event each dates (date_events)

    def __call__(self, article: Article, doc: Doc) -> None:
        base = published_day(article.published)
        found = find_dates(doc, base)
        spans = [(candidate.start, candidate.end) for candidate, _ in found]
        article.dates = [mention(article, doc, candidate, resolved, spans)
                         for candidate, resolved in found]
        unplaced = _unplaced(doc, found)
        if unplaced:
            article.notes.append(
                "dates: not placed in time (durations, vague, recurring or no publication "
                f"date): {', '.join(repr(text) for text in unplaced)}"
            )


def mention(article: Article, doc: Doc, candidate: Candidate, resolved: Resolved,
            spans: Sequence[tuple[int, int]] = ()) -> DateMention:
    """The date with the event it dates (its clause and that clause's tense; ``spans``: the
    document's dates, whose clauses are theirs, not this one's)."""
    found = DateMention(
        text=candidate.text,
        date=resolved.date,
        granularity=resolved.granularity,
        sentence=article.sentence_at(candidate.start),
        start=candidate.start,
        end=candidate.end,
        kind="time" if candidate.text.casefold() in TIMES_OF_DAY else "date",
    )
    ahead = bool(article.published) and resolved.date[:10] > (article.published or "")[:10]
    others = [span for span in spans if span != (candidate.start, candidate.end)]
    event = event_of(doc, candidate.start, candidate.end, ahead and resolved.granularity == "day",
                     others)
    if event is not None:
        found.event_start, found.event_end, found.tense = event.start, event.end, event.tense
        found.actor_start, found.actor_end, found.action = (event.actor_start, event.actor_end,
                                                            event.action)
        found.speaker_start, found.speaker_end = event.speaker_start, event.speaker_end
    return found


def find_dates(doc: Doc, base: dt.date | None) -> list[tuple[Candidate, Resolved]]:
    """Resolved date expressions of ``doc`` in text order, overlapping ones merged."""
    resolved: list[tuple[Candidate, Resolved]] = []
    names: list[Candidate] = []
    for candidate in _trimmed(candidates(doc)):
        way = direction(doc, candidate.start, candidate.end)
        date = resolve(candidate.text, base, way)
        if date is None:
            continue
        if date.granularity == "month" and lowercase_month(candidate.text):
            continue
        if _far(date, base) and names_an_event(doc, candidate):
            names.append(candidate)  # "the September 11th attacks": its year not ours to guess
            continue
        resolved.append((candidate, date))
    # nor is any part of such a name a date ("September" of "September 11th")
    resolved = [
        (c, d) for c, d in resolved if not any(n.start <= c.start and c.end <= n.end for n in names)
    ]
    kept: list[tuple[Candidate, Resolved]] = []
    for candidate, date in sorted(resolved, key=lambda p: (p[0].start - p[0].end, p[0].start)):
        if all(candidate.end <= k.start or candidate.start >= k.end for k, _ in kept):
            kept.append((candidate, date))
    return sorted(kept, key=lambda p: p[0].start)


def _far(date: Resolved, base: dt.date | None) -> bool:
    if base is None or date.granularity != "day":
        return False
    return abs((dt.date.fromisoformat(date.date) - base).days) > SLACK_DAYS


def _trimmed(found: list[Candidate]) -> list[Candidate]:
    """Drop a possessive and stray punctuation the entity took along ("Sunday's")."""
    out: list[Candidate] = []
    for candidate in found:
        text = candidate.text
        for suffix in ("’s", "'s"):
            if text.endswith(suffix):
                text = text[: -len(suffix)]
        stripped = text.rstrip(" ,.;:")
        if stripped.endswith(_AP_MONTHS):  # "since Oct.": the period is the abbreviation's
            stripped = text.rstrip(" ,;:")
        if stripped:
            out.append(Candidate(candidate.start, candidate.start + len(stripped), stripped))
    return out


def _unplaced(doc: Doc, found: list[tuple[Candidate, Resolved]]) -> list[str]:
    return [
        ent.text
        for ent in doc.ents
        if ent.label_ == "DATE"
        and all(ent.end_char <= c.start or ent.start_char >= c.end for c, _ in found)
    ]


def published_day(published: str | None) -> dt.date | None:
    """The day of an ISO publication time, or None when there is none or it is not ISO."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
