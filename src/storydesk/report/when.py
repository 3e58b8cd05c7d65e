"""Dates as a reader says them, at the precision the text gave, and what to do when the
inputs carry no date."""

from __future__ import annotations

import datetime as dt

from storydesk.calendar_words import MONTH_DISPLAY as MONTHS
from storydesk.calendar_words import WEEKDAY_DISPLAY as WEEKDAYS
from storydesk.story import Story


def label(date: str, granularity: str) -> str:
    """ "Tue 25 Nov 2025"; a week "week of 17 Nov 2025" (never a day it does not name); a
    month "Nov 2025"; a year "2014"."""
    parts = date.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        year, month = int(parts[0]), int(parts[1])
        if len(parts) == 2 or granularity in ("month", "year"):
            return f"{MONTHS[month - 1]} {year}" if granularity != "year" else str(year)
        day = dt.date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return date
    if granularity == "week":
        return f"week of {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def undated_note(story: Story) -> str:
    """Why the timeline lacks the story's own days, and the fix, when articles are undated."""
    undated = [a for a in story.articles if not a.published]
    if not undated:
        return ""
    fix = ("run again with --date YYYY-MM-DD (storydesk analyze INPUT --date YYYY-MM-DD, "
           "the day they were published)")
    if len(undated) == len(story.articles):
        return ("None of these articles gives its publication date, so days such as "
                "“Tuesday” or “last week” could not be placed and only dates written in full "
                f"are on the timeline: {fix}.")
    return (f"{len(undated)} of {len(story.articles)} articles give no publication date, so "
            f"their “Tuesday” or “last week” is not on the timeline: {fix}.")
