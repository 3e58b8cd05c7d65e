"""Timeline dates as periods: when a story starts, where a date's period begins and ends,
what is background, and the timeline's chronological order."""

from __future__ import annotations

import calendar
import datetime as dt

from storydesk.annotate.dates import published_day
from storydesk.story import Story

BACKGROUND_DAYS = 14  # an event ending this long before the first report is background


def story_start(story: Story) -> dt.date | None:
    """The day of the story's first report; for a story none of whose articles is dated,
    the latest past its articles tell in full (the story is at least that recent): "born on
    April 22, 1923" is then background to a death reported with no date, beside "a 2006
    film" (ECB+ topic 4's undated reports of Bettie Page's death led with her birth)."""
    days = [d for d in (published_day(a.published) for a in story.articles) if d is not None]
    if days:
        return min(days)
    told = [period_start(d.date, d.granularity) for a in story.articles for d in a.dates
            if d.tense == "past"]
    return max(told) if told else None


def period_start(date: str, granularity: str) -> dt.date:
    parts = [int(p) for p in date.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return dt.date(year, month, day)


def period_end(date: str, granularity: str) -> dt.date:
    start = period_start(date, granularity)
    if granularity == "week":
        return start + dt.timedelta(days=6)
    if granularity == "month" or len(date) == 7:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if granularity == "year" or len(date) == 4:
        return start.replace(month=12, day=31)
    return start


def is_background(date: str, granularity: str, first: dt.date | None) -> bool:
    """Well before the story's first report: context the articles recall."""
    return first is not None and (
        period_end(date, granularity) < first - dt.timedelta(days=BACKGROUND_DAYS))


def sort_key(date: str, granularity: str) -> tuple[int, int, int, int]:
    """Chronological order; a month sorts before its days, a year before its months."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    return (year, month, day, 0 if granularity in ("year", "month") else 1)
