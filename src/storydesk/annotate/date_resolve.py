"""Resolve one date expression against a publication date: pure functions, no spaCy.

``resolve(text, base, direction)`` gives a ``Resolved`` (date string and granularity) or None.
The text is the expression as it stands in the article ("Sunday", "Nov. 27", "last week",
"two weeks ago", "in August"); ``direction`` says whether the sentence looks back ("past",
a past-tense verb) or forward ("future": deadlines, "will", "next"), or gives only the weak
cue of a present-tense verb ("present") or none ("unknown"). Weekdays look back unless the
direction is future or present; months and month-days take the nearest year unless the
direction is past or future.

Numeric dates ("7/8/07", "12/25/2005") are read month first, as US news writes them, unless
the first number cannot be a month ("25/12/2005"): "7/8/07" is ambiguous and reads as 8 July
2007. A two-digit year takes the century that puts it nearest the publication year.

Granularities and their date strings: day ``YYYY-MM-DD``; week ``YYYY-MM-DD`` of the Monday
of that week; month ``YYYY-MM``; year ``YYYY``. A weekend resolves to its Saturday (day).
Durations ("two days", "four-year"), seasons and vague spans ("the coming days") give None:
they are not points in time we can place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from storydesk.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, month_number

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip
WEEKDAY = r"(?P<weekday>" + "|".join(day.removesuffix("day") for day in WEEKDAYS) + r")day"
MONTH_NAMES = r"(?:" + "|".join((*MONTHS, *MONTH_ABBREVIATIONS)) + r")\.?"
MONTH = r"(?P<month>" + MONTH_NAMES + r")"
# Words that shade an expression without moving it ("late Tuesday", "early August").
SHADE = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+)?"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
ANCHOR = r"(?:(?P<anchor>last|next|this|past|coming)\s+)?"
UNIT = r"(?P<unit>day|week|month|year)s?"
COUNT = r"(?P<count>\d{1,2}|a couple of|a few|several|" + "|".join(NUMBER_WORDS) + r")"


# Times of day that place an event on a day: mentions of kind "time" (TimeML types them
# TIME, not DATE).
TIMES_OF_DAY = frozenset({"overnight"})

# How far the nearest month-day may sit against the sentence's tense before tense wins:
# business news dates payouts and deadlines a quarter ahead in past-tense sentences.
SLACK_DAYS = 92
# How far ahead a month named with no tense may be taken to lie ("in February", said in
# November, is next February; "in April" is the April gone).
AHEAD_MONTHS = 3


@dataclass(frozen=True, slots=True)
class Resolved:
    date: str
    granularity: str  # day | week | month | year


def resolve(text: str, base: dt.date | None, direction: str = "unknown") -> Resolved | None:
    """The date ``text`` names, seen from ``base`` (None: only absolute dates resolve)."""
    phrase = " ".join(text.lower().replace("’", "'").split())
    phrase = re.sub(r"^(?:on|in|by|since|until|till|from|at|during|of|over)\s+", "", phrase)
    absolute = _absolute(phrase, base, direction)
    if absolute is not None or base is None:
        return absolute
    for rule in (_deictic, _weekday, _week, _weekend, _ago, _month, _this_unit, _end_of):
        found = rule(phrase, base, direction)
        if found is not None:
            return found
    return None


def _absolute(phrase: str, base: dt.date | None, direction: str) -> Resolved | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ t][\d:]+)?", phrase)
    if iso:
        return Resolved(f"{iso[1]}-{iso[2]}-{iso[3]}", "day")
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", phrase)
    if numeric:
        return _numeric(int(numeric[1]), int(numeric[2]), numeric[3], base)
    year = re.fullmatch(SHADE + r"(?:the\s+)?(?:year\s+|fiscal\s+)?((?:19|20)\d{2})", phrase)
    if year:
        return Resolved(year[1], "year")
    month_year = re.fullmatch(SHADE + MONTH + r",?\s+((?:19|20)\d{2})", phrase)
    if month_year:
        return Resolved(f"{month_year[2]}-{month_number(month_year['month']):02d}", "month")
    return _month_day(phrase, base, direction)


def _numeric(first: int, second: int, year_text: str, base: dt.date | None) -> Resolved | None:
    """ "7/8/07": month first (US order) unless the first number cannot be a month."""
    month, day = (second, first) if first > 12 else (first, second)
    year = int(year_text)
    if len(year_text) == 2:
        near = base.year if base is not None else dt.date.today().year
        year = min((1900 + year, 2000 + year, 2100 + year), key=lambda y: abs(y - near))
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _month_day(phrase: str, base: dt.date | None, direction: str) -> Resolved | None:
    """ "Nov. 27", "April 11, 2025", "14 October", "Thursday, Nov. 20, 2025" via dateparser."""
    phrase = re.sub(WEEKDAY + r",?\s+", "", phrase)
    anchor = re.match(r"(last|past|next|this)\s+", phrase)
    if anchor:  # "last Oct. 23"
        direction = (
            "future" if anchor[1] == "next" else "past" if anchor[1] != "this" else direction
        )
        phrase = phrase[anchor.end() :]
    shaped = re.fullmatch(
        r"(?:"
        + MONTH_NAMES
        + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + MONTH_NAMES
        + r")(?:,?\s+(?P<year>(?:19|20)\d{2}))?",
        phrase,
    )
    if not shaped:
        return None
    if shaped["year"] is None and base is None:
        return None
    # dateparser reads the day and month; the year, when the text has none, is ours to choose
    # (its PREFER_DATES_FROM is strict and would move a month-day equal to the base a year).
    settings = {"REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if shaped["year"] is None and base is not None:
        day = _nearest_year(day, base, direction)
    return Resolved(day.isoformat(), "day")


def _nearest_year(day: dt.date, base: dt.date, direction: str) -> dt.date:
    """The year that puts a month-day closest to the base: news dates sit near their day.

    Tense is a weak guide ("had been set to expire Nov. 6" is still ahead), so it overrides
    the nearest year only when that year puts the day more than a quarter the other way.
    """
    candidates: list[dt.date] = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February outside a leap year
            continue
    if not candidates:
        return day
    nearest = min(candidates, key=lambda c: (abs((c - base).days), c > base))
    # With 29 February only one year may hold the day: then there may be none on the other side.
    earlier = [c for c in candidates if c <= base]
    later = [c for c in candidates if c >= base]
    if direction == "past" and (nearest - base).days > SLACK_DAYS and earlier:
        return max(earlier)
    if direction == "future" and (base - nearest).days > SLACK_DAYS and later:
        return min(later)
    return nearest


def _deictic(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    # "overnight" in a day's report is the night that ended that morning ("Russia launched
    # overnight strikes across Kyiv", published the next day): dated the report's day.
    offsets = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1}
    match = re.fullmatch(
        r"(?:(?:early|late|earlier|later)\s+)?(today|tonight|overnight|yesterday|tomorrow)"
        r"(?:'s)?" + PART_OF_DAY + r"|(?:earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening)",
        phrase,
    )
    if not match:
        return None
    offset = offsets.get(match[1], 0) if match[1] else 0
    return _day(base + dt.timedelta(days=offset))


def _weekday(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(ANCHOR + SHADE + WEEKDAY + r"(?:'s)?" + PART_OF_DAY, phrase)
    if not match:
        return None
    target = WEEKDAYS.index(match["weekday"] + "day")
    anchor = match["anchor"]
    forward = direction in ("future", "present")
    if anchor == "next" or (anchor in (None, "this", "coming") and forward):
        ahead = (target - base.weekday()) % 7
        if anchor == "next" and ahead == 0:
            ahead = 7
        return _day(base + dt.timedelta(days=ahead))
    back = (base.weekday() - target) % 7
    if anchor in ("last", "past") and back == 0:
        back = 7
    return _day(base - dt.timedelta(days=back))


def _week(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(r"(?:(?:earlier|later)\s+)?(last|this|next|past)\s+week", phrase)
    if not match:
        return None
    monday = base - dt.timedelta(days=base.weekday())
    shift = {"last": -7, "past": -7, "this": 0, "next": 7}[match[1]]
    return Resolved((monday + dt.timedelta(days=shift)).isoformat(), "week")


def _weekend(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(r"(?:the\s+|this\s+|last\s+|next\s+|past\s+)?weekend", phrase)
    if not match:
        return None
    word = phrase.split()[0]
    forward = word == "next" or (word in ("the", "this", "weekend") and direction == "future")
    if forward:
        return _day(base + dt.timedelta(days=(5 - base.weekday()) % 7))
    back = (base.weekday() - 5) % 7
    if word == "last" and back < 2:
        back += 7
    return _day(base - dt.timedelta(days=back))


def _ago(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(COUNT + r"\s+" + UNIT + r"\s+(?P<way>ago|earlier|later|from now)", phrase)
    if not match:
        return None
    raw = match["count"]
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    sign = -1 if match["way"] in ("ago", "earlier") else 1
    unit = match["unit"]
    if unit == "day":
        return _day(base + dt.timedelta(days=sign * count))
    if unit == "week":
        day = base + dt.timedelta(weeks=sign * count)
        return Resolved((day - dt.timedelta(days=day.weekday())).isoformat(), "week")
    if unit == "month":
        year, month = _shift_month(base.year, base.month, sign * count)
        return Resolved(f"{year}-{month:02d}", "month")
    return Resolved(str(base.year + sign * count), "year")


def _month(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(
        r"(?:(?P<anchor>last|next|this)\s+)?" + SHADE + MONTH
        + r"(?:,?\s+(?:of\s+)?(?P<year>last|next|this)\s+year)?",
        phrase,
    )  # fmt: skip
    if not match:
        return None
    number = month_number(match["month"])
    if match["year"]:  # "October of next year"
        shift = {"last": -1, "this": 0, "next": 1}[match["year"]]
        return Resolved(f"{base.year + shift}-{number:02d}", "month")
    anchor = match["anchor"]
    year = base.year
    if anchor is None and direction not in ("past", "future"):
        # no tense to go by: the nearest such month ("the summit in April", said in December),
        # but news reports what happened: a month ahead only within a quarter.
        now = base.year * 12 + base.month
        year = min(
            (base.year - 1, base.year, base.year + 1),
            key=lambda y: (abs(y * 12 + number - now), y * 12 + number > now),
        )
        if year * 12 + number - now > AHEAD_MONTHS:
            year -= 1
        return Resolved(f"{year}-{number:02d}", "month")
    forward = anchor == "next" or (anchor is None and direction == "future")
    if forward and (number < base.month or (anchor == "next" and number == base.month)):
        year += 1
    elif not forward and anchor != "this" and (number > base.month or anchor == "last"):
        year -= 1 if number >= base.month else 0
    return Resolved(f"{year}-{number:02d}", "month")


def _this_unit(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    match = re.fullmatch(
        r"(?:(?:earlier|later)\s+)?" + SHADE + r"(?:the\s+)?(last|this|next|past|current)\s+"
        r"(month|year)",
        phrase,
    )
    if not match:
        return None
    shift = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1}[match[1]]
    if match[2] == "year":
        return Resolved(str(base.year + shift), "year")
    year, month = _shift_month(base.year, base.month, shift)
    return Resolved(f"{year}-{month:02d}", "month")


def _end_of(phrase: str, base: dt.date, direction: str) -> Resolved | None:
    """ "the end of the month", "year-end": the current unit (a deadline within it)."""
    match = re.fullmatch(
        r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(week|month|year)"
        r"|(year)-end|(?:the\s+)?(year)'s\s+end",
        phrase,
    )
    if not match:
        return None
    unit = match[1] or match[2] or match[3]
    if unit == "week":
        return Resolved((base - dt.timedelta(days=base.weekday())).isoformat(), "week")
    if unit == "month":
        return Resolved(f"{base.year}-{base.month:02d}", "month")
    return Resolved(str(base.year), "year")


def _day(day: dt.date) -> Resolved:
    return Resolved(day.isoformat(), "day")


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1
