"""The calendar's words: month and weekday names and their abbreviations, in one place.

The cleaner (``clean.datelines``: timestamp lines and dates in addresses), the date
annotator (``annotate.date_spans`` finds expressions, ``annotate.date_resolve`` gives them a
value, ``annotate.dates`` trims them), the words around a figure (``link.figure_words``), the
dates a report shows (``report.when``) and the facts gold's candidate printer
(``eval/gold/facts/candidates.py``) read them from here (STYLE habit 13); each builds the
patterns it needs from these words. ``tests/test_calendar_words.py`` fails if another module
defines its own list.
"""

from __future__ import annotations

from collections.abc import Iterable

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Abbreviations, to the month's number ("Sept" and "Sep" both in use; "sept" first, so an
# alternation in this order tries it before "sep").
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
MONTH_NUMBERS |= MONTH_ABBREVIATIONS
# The months the AP stylebook abbreviates (the others are written out in news text): the
# abbreviations written without a period or standing alone ("Sept 9", "since Oct.").
AP_MONTH_ABBREVIATIONS = ("jan", "feb", "aug", "sept", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Abbreviations timestamp lines write ("Mon, 08 Jul 2013", "Thu."), to the weekday's index.
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# How a report shows them: "Tue 25 Nov 2025" (``report.when``).
MONTH_DISPLAY = tuple(name[:3].title() for name in MONTHS)  # "Jan" … "Dec"
WEEKDAY_DISPLAY = tuple(name[:3].title() for name in WEEKDAYS)  # "Mon" … "Sun"


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation, any case, with or without its period."""
    return MONTH_NUMBERS[name.casefold().rstrip(".")]


def dotted_abbreviations() -> list[str]:
    """The abbreviations written with a period: every one of a month whose name is longer
    than four letters ("Mar.", "Sept.", not "Jun." or "Jul.": June and July are written out)."""
    return [short for short, number in MONTH_ABBREVIATIONS.items() if len(MONTHS[number - 1]) > 4]


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, so "sept" is tried before "sep"."""
    return "|".join(sorted(words, key=len, reverse=True))
