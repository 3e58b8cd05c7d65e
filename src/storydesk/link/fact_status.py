"""A fact's status from its values: agree, approximate, conflict, update, changed, disputed.

``link.facts`` aligns figures into facts; this module says what the values of one fact tell
a reader (the statuses are listed in ``link.facts``): the same value, values one within
another's stated approximation or rounding, a lower bound a later report raised, values
that differ between versions of a document, a denied figure, or rival values.
"""

from __future__ import annotations

from collections import defaultdict

from storydesk.annotate.stance import APPROXIMATE, LOWER_BOUNDS, UPPER_BOUNDS
from storydesk.link.evidence import days_apart
from storydesk.link.series import CONVERSION_SHARE
from storydesk.link.slots import FigureContext

# Approximate values this close (relative to the larger) are one value said loosely.
APPROXIMATE_TOLERANCE = 0.1
# A round figure ("$13 billion") and a precise one ("$13.2 billion") this close are one
# amount rounded; further apart ("1,000" and "1,100 dealerships") they disagree.
ROUNDING_SHARE = 0.05
# A person's age only grows. Ages of one person this many years apart, from reports dated a
# year or more apart with the higher age in the later one, are the age at two times, not
# rival readings: 27 in the 2005 reports of a killing and 29 in the 2007 reports of the trial
# (ECB+ 16ecbplus's story, when its reports carry their dates). Undated reports say nothing
# of time apart: "Mark Jones, 27," and "Mark Jones, 29," of one crash are rival ages, one of
# them wrong (review, session 9), and ECB+ "plus" documents, undated, stay a conflict. One
# year apart is a birthday between two reports or an error, and stays a conflict.
AGE_YEARS_APART = 2
YEAR_DAYS = 365

def status(slot: list[FigureContext], versions: list[str | None] | None = None) -> str:
    versions = versions if versions is not None else [c.version for c in slot]
    if len({c.article.id for c in slot}) == 1:
        return "single"
    if any(c.figure.stance == "denied" for c in slot):
        return "disputed"
    by_version: dict[str | None, list[FigureContext]] = defaultdict(list)
    for item, version in zip(slot, versions, strict=True):
        by_version[version].append(item)
    named = {v for v in by_version if v}
    if len(named) > 1 and all(_consistent(items) for items in by_version.values()):
        values = {v: {c.amount for c in items} for v, items in by_version.items() if v}
        if len({frozenset(found) for found in values.values()}) > 1:
            return "changed"
    if len({c.amount for c in slot}) == 1:
        return "agree"
    if _approximately_equal(slot):
        return "approximate"
    if _is_update(slot) or _aged(slot):
        return "update"
    return "approximate" if _within_bounds(slot) else "conflict"


def _bounds_meet(slot: list[FigureContext]) -> bool:
    """Only bounds, of both kinds, and every lower one at or below every upper one: "more
    than 100" and "up to 120" are one value between them, not two."""
    lower = [c.amount for c in slot if _qualifier(c) in LOWER_BOUNDS]
    upper = [c.amount for c in slot if _qualifier(c) in UPPER_BOUNDS]
    if not lower or not upper or len(lower) + len(upper) != len(slot):
        return False
    return max(lower) <= min(upper)


def _within_bounds(slot: list[FigureContext]) -> bool:
    """One exact value and bounds it satisfies, close to it: "54 charges" and "more than 50
    charges" (ECB+ 3), "13 shots" and "at least 12". The bound is the report's own
    approximation, not a rival count; far from the value ("more than 100" and 500) it says
    too little to agree."""
    exact = {c.amount for c in slot if _qualifier(c) not in LOWER_BOUNDS | UPPER_BOUNDS}
    if len(exact) != 1:
        return False
    [value] = exact
    for item in slot:
        qualifier = _qualifier(item)
        if qualifier in LOWER_BOUNDS and item.amount > value:
            return False
        if qualifier in UPPER_BOUNDS and item.amount < value:
            return False
    low = min(c.amount for c in slot)
    high = max(c.amount for c in slot)
    return high > 0 and (high - low) / high <= APPROXIMATE_TOLERANCE


def _consistent(items: list[FigureContext]) -> bool:
    return len({c.amount for c in items}) == 1 or _approximately_equal(items)


def _qualifier(item: FigureContext) -> str:
    return (item.figure.qualifier or "").casefold().strip()


def _approximately_equal(slot: list[FigureContext]) -> bool:
    """'roughly 20' and '19' agree: values close together, at most one of them exact; and
    '$13 billion' and '$13.2 billion': one is the other rounded to its own precision."""
    low = min(c.amount for c in slot)
    high = max(c.amount for c in slot)
    exact = {c.amount for c in slot if _qualifier(c) not in APPROXIMATE}
    if len(exact) <= 1 and high > 0 and (high - low) / high <= APPROXIMATE_TOLERANCE:
        return True
    # A number written with no unit is in the class's usual one, not in a second unit:
    # "Sixty-year-old Sharron Diane Crawford Smith" and "Sharron Diane Crawford Smith, age
    # 61" (ECB+ 22_1ecb, 22_9ecb) were stated approximate as a conversion.
    units = {c.figure.unit for c in slot} - {None}
    if len(units) > 1 and high > 0 and (high - low) / high <= CONVERSION_SHARE:
        return True  # "40 miles (64 km)": one length, converted and rounded
    if _bounds_meet(slot):
        return True
    values = sorted({c.amount for c in slot})
    if len(values) != 2:
        return False
    return _rounds_to(values[1], values[0]) or _rounds_to(values[0], values[1])


def _rounds_to(precise: float, rounded: float) -> bool:
    """13.2e9 written as "13 billion": ``rounded`` ends in zeros from the thousands up and
    ``precise`` is within half a step of it and within ``ROUNDING_SHARE`` of it."""
    if rounded < 1000 or precise == rounded or not float(rounded).is_integer():
        return False
    text = str(int(rounded))
    step = 10 ** (len(text) - len(text.rstrip("0")))
    close = abs(precise - rounded) < step / 2 and abs(precise - rounded) / rounded <= ROUNDING_SHARE
    return step >= 1000 and close


def _is_update(slot: list[FigureContext]) -> bool:
    """Every lower value is a lower bound and a later article reports more."""
    high = max(c.amount for c in slot)
    for item in slot:
        if item.amount == high:
            continue
        if _qualifier(item) not in LOWER_BOUNDS:
            return False
        published = item.article.published or ""
        if not any(
            later.amount > item.amount and (later.article.published or "") > published
            for later in slot
        ):
            return False
    return True


def _aged(slot: list[FigureContext]) -> bool:
    """Ages of one person at two or more times (``AGE_YEARS_APART``): every two values from
    two reports at least that far apart, and the higher one reported a year or more later."""
    if slot[0].thing != "age":
        return False
    for left in slot:
        for right in slot:
            if left.amount >= right.amount:
                continue
            if right.amount - left.amount < AGE_YEARS_APART:
                return False
            apart = days_apart(left, right)
            if apart is None or apart < YEAR_DAYS:
                return False  # undated, or the higher age not reported a year later
    return True
