"""An article's own date from its own lines: timestamp lines, datelines, its address.

A *timestamp line* is a line that is nothing but date furniture: dates, times, time zones,
weekdays and labels ("Published", "Last updated on:", "Posted", "at", "|"). Seen on the
ECB+ "plus" pages of many outlets (their second to fourth lines, under the address):
"May 03, 2013" (latimes.com), "UPDATED 05/03/2013 at 11:00 AM EDT" (people.com), "23 July 2013
Last updated at 13:42 GMT" (bbc.co.uk), "Last updated on: November 11, 2011 19:04 IST"
(dnaindia.com), "Sat Nov 12 2011, 01:19 hrs" (indianexpress.com), "on Tuesday, 16 December
2008 13:45." (fenwaywest.com); and at the foot of the example's FT article ("2025-11-25
21:17:00"). A line with any other word ("TNN Nov 12, 2011 ... MUMBAI:", "Posted 1 year, 160
days ago") is not one: it is read, if at all, as a dateline.

Which date of a line counts: the one labelled published/posted, else the first one not
labelled as an update, else the update ("Last updated"), which is then said to be one.
Numeric dates are month first (the US form, as dateparser reads English) unless the first
number cannot be a month ("27/09/2013"), the line's time zone is a day-first country's
(BST, GMT, IST, AEST, CET...: "Tuesday 28 April 2009 22.34 BST" is guardian.co.uk's), or the
date is written with dots ("Article posted on 08. 07. 2012", eastsideboxing.com, ECB+
7_7ecbplus, the report of a fight of 7 July: dateparser and the month-first default read 7
August). Dots are the day-first form: of the CLDR locales whose short date is written with
dots (babel), every one with the year last puts the day first (149: de, ru, tr, ro, en_CH
...); those with the year first (hu, ko, mn) are the year-month-day form read apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from storydesk.article import Article
from storydesk.calendar_words import (
    MONTH_NUMBERS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    longest_first,
    month_number,
)

# Where a date of the article came from (Article.published_from): keys, not wording; the
# report's view says each in plain words.
TIMESTAMP = "timestamp"  # a line that is only a date: "Published: August 2, 2013"
UPDATED = "updated"  # only an update time was given: "Last updated on: November 11, 2011"
DATELINE = "dateline"  # "WASHINGTON, April 28, 2009 —" opening the article
URL_PATH = "url"  # the date in the article's address: /2013/05/03/
KINDS = (TIMESTAMP, UPDATED, DATELINE, URL_PATH)

MONTH = r"(?:" + longest_first(MONTH_NUMBERS) + r")\.?"
WEEKDAY = r"(?:" + longest_first([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS]) + r")\.?"
ORDINAL = r"(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
# The forms of a date seen in timestamp lines; each with named parts. Detokenised text may
# space the dots ("2012. 08. 08", "08. 07. 2012"), so separators allow a space.
DATE_FORMS = (
    rf"(?P<mname>{MONTH})\s*(?P<mday>\d{{1,2}}){ORDINAL},?\s+(?P<myear>{YEAR})",
    rf"(?P<dday>\d{{1,2}}){ORDINAL}\s+(?P<dname>{MONTH}),?\s+(?P<dyear>{YEAR})",
    r"(?P<iyear>(?:19|20)\d\d)\s?[-./]\s?(?P<imonth>\d{1,2})\s?[-./]\s?(?P<iday>\d{1,2})",
    r"(?P<na>\d{1,2})\s?(?P<nsep>[-./])\s?(?P<nb>\d{1,2})\s?[-./]\s?(?P<nyear>(?:19|20)?\d\d)",
)
DATE = re.compile(r"(?<![\w/.-])(?:" + "|".join(DATE_FORMS) + r")(?![\w/-])", re.I)
# A month and day without the year ("Jul. 7 5:59 PM EDT", ap.org): a timestamp line's, but
# not a date we can place.
DAY_NO_YEAR = re.compile(rf"(?<![\w/.-]){MONTH}\s*\d{{1,2}}{ORDINAL}(?![\w/-])", re.I)
TIME = re.compile(
    r"(?<!\w)\d{1,2}(?:[:.]\s?\d\d(?::\d\d)?)?\s?(?:[ap]\.?\s?m\b\.?|[ap]\b|hrs\b|h\b)"
    r"|(?<!\w)\d{1,2}[:.]\s?\d\d(?::\d\d)?(?!\w)",
    re.I,
)
# A clock time in running text (match it without regard to case): hours and minutes with
# their colon, then the half of the day or not ("21:17", the example's FT; "9 : 00 PM", as
# ECB+ tokenises 16_10ecbplus), or an hour, with its minutes after a point or not, and its
# half of the day ("10 a.m.", "5pm", "10.30 pm", "9 : 03am", 8_7ecbplus). Hours and minutes
# with a point and nothing after are a decimal as often ("2.45 million"): they are a clock
# time only where a time zone follows, which ZONED_CLOCK adds ("22.34 BST", guardian.co.uk).
# Minutes are two digits ("28: 685-690" is a journal's volume and pages). The one definition
# of a clock time: a zone after one is no entity (annotate.entities) and no lead word
# (link.leads); a number in one is no figure (annotate.figures). TIME above is wider (seconds,
# "01:19 hrs", "13h"): it reads lines that hold nothing but dates and times.
HALF_DAY = r"[ap]\.?\s*m\b\.?"
CLOCK = rf"\d{{1,2}}(?:\s*:\s*\d\d(?!\d)(?:\s*{HALF_DAY})?|(?:\s*\.\s*\d\d)?\s*{HALF_DAY})"
ZONED_CLOCK = rf"{CLOCK}|\d{{1,2}}\s*\.\s*\d\d(?!\d)"
# Time zones as pages print them: "EDT", "GMT+05:00", "(GMT+05:00)", "ET", "UTC", "UK".
ZONE = re.compile(r"\(?\b(?:[A-Z]{1,4}T|UTC|MSK|UK)(?:\s?[+-]\d{1,2}(?::?\d{1,2})?)?\b\)?")
# Words a timestamp line may hold besides dates and times.
LABELS = re.compile(
    rf"\b(?:{WEEKDAY}|first|last|originally|article|story|date|time|published|updated|"
    r"posted|modified|created|edited|on|at|hours|local time)\b|@",
    re.I,
)
PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|created|first)\b", re.I)
UPDATED_LABEL = re.compile(r"\b(?:updated|modified)\b", re.I)
FURNITURE_LEFT = re.compile(r"[\s|,.:;\-–—/()\[\]·•]*")
MAX_WORDS = 16
# Day-first zones: a numeric date beside them is day/month ("27/09/2013 ... BST").
DAY_FIRST_ZONES = frozenset(
    ("GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "AEST", "AEDT", "ACST",
     "AWST", "NZST", "NZDT", "SAST", "MSK", "UK")
)
# "WASHINGTON, DC, April 28, 2009" / "KYIV, Ukraine, Nov. 25, 2025 —": the place in capitals.
DATELINE_START = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w.]{1,20}){0,2},\s*")
DATE_LABEL_START = re.compile(
    rf"^(?:(?:first|last)\s+)?(?:published|updated|posted)(?:\s+on)?:?\s*(?:{WEEKDAY},?\s+)?",
    re.I,
)
EDGE_LINES = 3
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>\d{1,2}|[a-z]{3,9})[/-](?P<day>\d{1,2})(?:/|[-_]|\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: str  # YYYY-MM-DD
    kind: str  # TIMESTAMP | UPDATED | DATELINE | URL_PATH
    line: str  # where it was read


def is_timestamp_line(line: str) -> bool:
    """Nothing but dates, times, zones, weekdays and labels, with at least a date or a time."""
    if len(line.split()) > MAX_WORDS:
        return False
    rest, found = DATE.subn(" ", line)
    rest = ZONE.sub(" ", DAY_NO_YEAR.sub(" ", rest))
    rest, times = TIME.subn(" ", rest)
    if not found and not times:
        return False
    rest = LABELS.sub(" ", rest)
    return FURNITURE_LEFT.fullmatch(rest) is not None


def line_date(line: str) -> tuple[str, str] | None:
    """(YYYY-MM-DD, TIMESTAMP or UPDATED) of a timestamp line, by its labels."""
    day_first = any(zone in DAY_FIRST_ZONES for zone in ZONE.findall(line))
    dated: list[tuple[str, str]] = []  # (date, label before it)
    cursor = 0
    for match in DATE.finditer(line):
        value = _value(match, day_first)
        if value:
            dated.append((value, line[cursor : match.start()]))
        cursor = match.end()
    if not dated:
        return None
    for value, before in dated:
        if PUBLISHED_LABEL.search(before):
            return value, TIMESTAMP
    for value, before in dated:
        if not UPDATED_LABEL.search(before):
            # "23 July 2013 Last updated at 13:42 GMT": the label after the date is its own.
            only_update = UPDATED_LABEL.search(line) and not PUBLISHED_LABEL.search(line)
            return value, UPDATED if only_update and len(dated) == 1 else TIMESTAMP
    return dated[0][0], UPDATED


def dateline_date(line: str) -> str | None:
    """The date opening a paragraph after a place in capitals ("WASHINGTON, Nov. 25, 2025 —
    ...") or a label ("Published November 25, 2025 by ...")."""
    start = DATELINE_START.match(line) or DATE_LABEL_START.match(line)
    if not start:
        return None
    match = DATE.match(line, start.end())
    return _value(match, False) if match else None


def url_date(url: str | None) -> str | None:
    """/2013/05/03/, /2013/may/03/, /2008-12-23/ in the path of the article's address."""
    if not url:
        return None
    match = URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    month_text = match.group("month").casefold()
    month = MONTH_NUMBERS.get(month_text) if month_text.isalpha() else int(month_text)
    if month is None:
        return None
    return _iso(int(match.group("year")), month, int(match.group("day")))


def find(article: Article, timestamp_reason: str) -> FoundDate | None:
    """The article's own date: a removed timestamp line, a dateline at the top or foot of
    the text, else the date in its address. ``timestamp_reason`` is the reason the cleaner
    gives the timestamp lines it removes."""
    removed = _first_dated(r.text for r in article.removed if r.reason == timestamp_reason)
    if removed and removed.kind == TIMESTAMP:
        return removed
    lines = [line for line in article.text.split("\n") if line.strip()]
    for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
        value = dateline_date(line)
        if value:
            return FoundDate(value, DATELINE, line)
    from_url = url_date(article.url)
    if from_url:
        return FoundDate(from_url, URL_PATH, article.url or "")
    return page_date_line(article) or removed


def page_date_line(article: Article) -> FoundDate | None:
    """A date line anywhere on a saved page, read before any rule removes it: a page's date
    line sits under its headline, often far from the top when menus come first, and a rule
    that takes it (as a line recurring across an outlet's pages, or as chrome beside chrome)
    must not take the date with it. The Guardian's "Sat 2 Mar 2024 17.00 CET" above "Last
    modified on Sat 2 Mar 2024 17.06 CET" (fundus TheGuardian_0-4, lines 108-130 of about
    200): the first line that gives a publication date, else the first update."""
    if article.raw_kind != "text":
        return None  # an HTML page's date comes from its metadata (clean/html.py)
    lines = (line.strip() for line in article.raw.splitlines())
    return _first_dated(line for line in lines if line and is_timestamp_line(line))


def _first_dated(lines: Iterable[str]) -> FoundDate | None:
    """Of timestamp lines, the first that gives a publication date, else the first update."""
    updated: FoundDate | None = None
    for line in lines:
        found = line_date(line)
        if found and found[1] == TIMESTAMP:
            return FoundDate(found[0], TIMESTAMP, line)
        if found and updated is None:
            updated = FoundDate(found[0], UPDATED, line)
    return updated


def _value(match: re.Match[str], day_first: bool) -> str | None:
    parts = match.groupdict()
    if parts["mname"]:
        return _iso(int(parts["myear"]), month_number(parts["mname"]), int(parts["mday"]))
    if parts["dname"]:
        return _iso(int(parts["dyear"]), month_number(parts["dname"]), int(parts["dday"]))
    if parts["iyear"]:
        return _iso(int(parts["iyear"]), int(parts["imonth"]), int(parts["iday"]))
    first, second = int(parts["na"]), int(parts["nb"])
    year = int(parts["nyear"])
    year += 2000 if year < 100 else 0
    if day_first or first > 12 or parts["nsep"] == ".":
        first, second = second, first
    return _iso(year, first, second)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
