"""Whether two figures measure the same thing: the evidence a slot needs.

The brief states every conflict as "Reports differ on …", so a false conflict puts a false
claim in front of the reader, and a missed one only leaves two single facts. Hence two
figures share a slot on positive evidence, never on the mere absence of a difference:

- ``apart``: something says they differ (different owners, places, versions, dated
  sentences, or values far apart with nothing around them in common);
- ``strong``: enough to state that reports differ when the values do (the same owner, the
  same place of an event, or strongly overlapping words around the numbers);
- ``weak``: enough to say two equal values agree (shared words, the same owner, or both a
  named object: "28-point plan" / "28-point proposal").

A figure inside a direct quote is the speaker's framing and may be about something else
altogether ("We put together Trump's 20-point plan", about Gaza, in a story on Ukraine); it
joins a figure outside quotes only on shared words.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from storydesk.annotate.doers import same_action
from storydesk.link.figure_words import MEASUREMENT, window_before
from storydesk.link.holders import other_holders
from storydesk.link.slots import FigureContext

# Values further apart than this ratio are different things unless their words say otherwise
# ($25,000 voucher vs $118.3 billion of costs).
MAGNITUDE_RATIO = 3.0
# Shared context words that make two sentences talk about the same measurement.
STRONG_SHARED = 2
STRONG_SHARE = 0.4
# Two series of counts that list this many of the same other things are one inventory
# ("rifles, magazines and rounds" seized, ECB+ 12ecbplus): their counts of one thing are
# one count, however far apart the reports put it (300 and 923 rounds).
SERIES_SHARED = 2
# Reports further apart than this describe different moments: their counts are not rivals.
# An event's toll is reported for days; other measures (prices, index levels, counts of a
# company's dealers) are readings of the day and change from one day to the next.
EVENT_PERIOD_DAYS = 14
READING_PERIOD_DAYS = 1


def apart(left: FigureContext, right: FigureContext) -> bool:
    """Whether the two figures are positively about different things."""
    if left.holder and right.holder and _two_holders(left, right):
        return True
    if left.event:
        if left.places and right.places and not left.places & right.places:
            return True
    elif left.owner and right.owner and left.owner != right.owner:
        # An owner read from the parse (``subject``) and one guessed from the words before
        # the number ("its army": Kiev) are not comparable: only like with like.
        return (left.subject is None) == (right.subject is None)
    if _dates_differ(left.dates, right.dates):
        return True
    if left.amount == right.amount:
        return False  # the same number cannot make a false conflict; a marker may be noise
    if left.version and right.version and left.version != right.version:
        return True
    return far_apart(left, right) and not _overlap(left, right) and not one_series(left, right)


def _two_holders(left: FigureContext, right: FigureContext) -> bool:
    """Two readings of one act by two holders ("Smith won 52 percent" / "Jones won 45
    percent"; ``annotate.measure_holder``): two things, whatever words they share. Only for
    one act (the same verb or one WordNet gives as the same, ``doers.same_action``): a payer
    and a payee, a fined bank and its regulator are two doers of one sum ("fined the bank
    $200 million" / "the bank paid $250 million"). A holder known on one side only says
    nothing."""
    if left.holder is None or right.holder is None or not other_holders(left.holder, right.holder):
        return False
    verbs = (left.holder_verb or "", right.holder_verb or "")
    return verbs[0] == verbs[1] or same_action(*verbs)


def one_series(left: FigureContext, right: FigureContext) -> bool:
    """Both counts are items of series that list the same other things (``SERIES_SHARED``)."""
    return len(left.listed & right.listed) >= SERIES_SHARED


def strong(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence to call differing values a conflict about one thing."""
    if period_differs(left, right):
        return False
    if left.event and left.places & right.places:
        return True
    if _other_actors(left, right):
        return False  # "the FTSE fell 2.4%" and "the Nikkei fell 9.6%"
    if far_apart(left, right):
        # Values this far apart need more than two words in common (a round's 68
        # punches and a fight's 369 are both "punches thrown").
        return len(left.near & right.near) > STRONG_SHARED
    if _overlap(left, right):
        return True
    if left.quoted != right.quoted:
        return False  # only the words around the numbers can tie these together
    shared = len(left.context & right.context)
    same_owner = left.owner is not None and left.owner == right.owner
    same_version = left.version is not None and left.version == right.version
    return shared >= 1 and (same_owner or same_version)


def weak(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence to call equal values an agreement.

    Equal percentages are common in any market story ("fell 3%"), so one shared word is
    not enough on its own; it is with the same owner, version or kind of named object.
    """
    if left.event and left.places & right.places:
        return True
    shared = len(left.context & right.context)
    if shared >= STRONG_SHARED:
        return True
    if left.quoted != right.quoted:
        return False
    same_owner = left.owner is not None and left.owner == right.owner
    same_version = left.version is not None and left.version == right.version
    both_named = left.compound is not None and right.compound is not None
    same_lead = left.lead is not None and left.lead == right.lead  # "a group of 30 …"
    return same_owner or both_named or same_lead or (shared >= 1 and same_version)


def _other_actors(left: FigureContext, right: FigureContext) -> bool:
    """Both sentences name organisations or people, and none in common."""
    return bool(left.actors and right.actors and not left.actors & right.actors)


def _overlap(left: FigureContext, right: FigureContext) -> bool:
    """The words around both numbers say the same: two of the nearest words, or one of them
    and a large share of the wider context."""
    near = len(left.near & right.near)
    if near >= STRONG_SHARED:
        return True
    shared = len(left.context & right.context)
    smaller = min(len(left.context), len(right.context))
    return near >= 1 and shared >= STRONG_SHARED and shared / max(smaller, 1) >= STRONG_SHARE


def far_apart(left: FigureContext, right: FigureContext) -> bool:
    low, high = sorted((abs(left.amount), abs(right.amount)))
    return high > MAGNITUDE_RATIO * low


def _dates_differ(left: frozenset[str], right: frozenset[str]) -> bool:
    """Both sentences are dated and no date of one falls within a date of the other."""
    if not left or not right:
        return False
    return not any(a.startswith(b) or b.startswith(a) for a in left for b in right)


def period_differs(left: FigureContext, right: FigureContext) -> bool:
    """Published weeks apart: a different count is a later state, not a rival report."""
    first, second = _day(left.article.published), _day(right.article.published)
    if first is None or second is None:
        return False
    period = EVENT_PERIOD_DAYS if left.event else READING_PERIOD_DAYS
    return abs((first - second).days) > period


def days_apart(left: FigureContext, right: FigureContext) -> int | None:
    """Days from the left figure's report to the right one's; None when either is undated."""
    first, second = _day(left.article.published), _day(right.article.published)
    if first is None or second is None:
        return None
    return (second - first).days


@lru_cache(maxsize=4096)
def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published or "")
    except ValueError:
        return None


# The shapes in which one report gives a value as one body's reading of a thing another body
# reads otherwise: "Tehran's seismologic center put the quake's magnitude at 5.9, but the
# U.S. Geological Survey … said it was 6.1" (ECB+ 20_11ecbplus), "estimated the crowd at 70"
# (19_10ecbplus). A poll, survey, study or report finding a share is its own measurement:
# "a poll by Gallup found 45 percent … a survey by Pew found 52 percent" asked two questions
# (reviewer's sentences, session 8; 19_8ecb's Ethnos 83.3 and Kathimerini 68 likewise).
_READING = re.compile(
    r"(?:\b(?:puts?|putting|placed?|places|estimated?|estimates|estimating)\b[^.;]{0,80}"
    r"\bat|\bsaid\s+it\s+(?:was|is))\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)


def reading(item: FigureContext) -> bool:
    """The value is given as a body's reading of the thing ("put … at", "estimated … at",
    "said it was"), not found by a poll or study of its own (``facts._clashes``)."""
    if item.figure.start < 0:
        return False
    window = window_before(item.article, item.figure)
    return bool(_READING.search(window)) and not MEASUREMENT.search(window)
