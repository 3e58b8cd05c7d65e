"""Numbers with what they count: "killing at least six people" → 6, "at least", "people killed".

A figure is a run of number words (``figure_runs``: "800,000", "thirty", "1.2 million",
"$269m", "two and a half"), the qualifier just before it ("at least", "over", "roughly"),
and the counted thing (``counted`` module). Left out: numbers inside the dates the date
annotator found ("Nov. 27", "2025", "7/8/07") and inside times ("21:17"), ordinals
("first"), "one" as a pronoun ("no one", "one of the") and numbers in names ("Air Force
One", "Article 5", "Boeing 737", "787-8"). Ages stay, counted as "years old", and lengths of
time as "years (duration)": a reader may want them, and fact alignment tells them apart
from counts of things by that phrase.

Ranges ("between 210 and 250 passengers", "30-40 days", "two or three days") give two
figures that never share a character: the low end with the qualifier "at least" (its text
"between 210", its counts those of the high end) and the high end with "up to" ("250
passengers"): the bounds fact alignment already reads. A qualifier written before the
range ("about 30-40") stays on the low end. No two figures of an article overlap.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storydesk.annotate.counted import CURRENCIES, Counted, counted_thing
from storydesk.annotate.figure_runs import Range, number_runs, ranges
from storydesk.annotate.measure import measure
from storydesk.annotate.numbers import is_magnitude, number_value
from storydesk.annotate.units import Unit, currency_before, feet_and_inches, fused_metres
from storydesk.article import Article, DateMention, Figure
from storydesk.clean.datelines import CLOCK, HALF_DAY

QUALIFIERS = (
    "no more than", "no fewer than", "no less than", "not more than", "more than",
    "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as",
    "upwards of", "in excess of", "close to", "an estimated", "approximately", "roughly",
    "nearly", "almost", "about", "around", "some", "over", "under", "just over",
    "just under", "below", "above", "only", "estimated",
)  # fmt: skip
_QUALIFIER = re.compile(
    r"\b(" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)


class FigureAnnotator:
    name = "figures"
    # Dates come first so that numbers inside them are not counted ("Nov. 27", "7/8/07").
    requires: tuple[str, ...] = ("text", "sentence_spans", "published", "dates")
    assigns: tuple[str, ...] = ("figures",)

    def __call__(self, article: Article, doc: Doc) -> None:
        blocked = _date_and_time_chars(doc, article.dates)
        runs = number_runs(doc, blocked)
        by_low = {r.low: r for r in ranges(doc, runs)}
        highs = {r.high for r in by_low.values() if not r.change}
        figures: list[Figure] = []
        by_run: dict[int, Figure] = {}
        for index, run in enumerate(runs):
            limit = runs[index + 1][0].idx if index + 1 < len(runs) else len(article.text)
            pair = by_low.get(index)
            if pair is not None and not pair.change:
                figure = _low_end(article, doc, run, runs[pair.high], pair)
            else:
                bound = "up to" if index in highs else None
                figure = _figure(article, doc, run, limit, bound)
                if figure is not None and pair is not None and not figure.counts:
                    high = counted_thing(doc, runs[pair.high])  # "from 15 to 20 people"
                    figure.counts = high.counts
                    _measured(figure, article, doc, run, high)
            if figure is not None:
                figures.append(figure)
                by_run[index] = figure
        for pair in by_low.values():
            ends = [by_run.get(pair.low), by_run.get(pair.high)]
            if not pair.change and ends[0] is not None and ends[1] is not None:
                _shared_currency(doc, runs[pair.low], ends[0], ends[1])
        article.figures = disjoint(figures)


def _shared_currency(doc: Doc, low: list[Token], *ends: Figure) -> None:
    """A currency written once before a range is both ends': "$ 140-150 million" (ECB+ 10ecb,
    the Orioles' offer: both ends were read as no measure at all)."""
    unit = currency_before(doc, low[0])
    if unit is None:
        return
    for end in ends:
        if not end.quantity:
            end.quantity, end.unit, end.base = f"money:{unit.name}", unit.name, end.value


def disjoint(figures: list[Figure]) -> list[Figure]:
    """Figures in text order, none sharing a character with an earlier kept one."""
    kept: list[Figure] = []
    for figure in sorted(figures, key=lambda f: (f.start, -f.end)):
        if all(figure.start >= k.end or figure.end <= k.start for k in kept):
            kept.append(figure)
    return kept


def _figure(
    article: Article, doc: Doc, run: list[Token], limit: int, bound: str | None
) -> Figure | None:
    metres = fused_metres(doc, run)
    height = feet_and_inches(doc, run)
    value = (metres or height or (number_value([t.text for t in run]), None))[0]
    if value is None:
        return None
    thing: Counted = counted_thing(doc, run)
    if height is not None:
        thing = Counted("inches", run[0].idx, height[1].end, thing.noun)
    if not thing.counts and _names_a_thing(doc, run):
        return None
    start = min(run[0].idx, thing.start)
    run_end = run[-1].idx + len(run[-1].text)
    # The counted noun may sit after the next number ("from 15 to 20 people"): keep what it
    # counts, not its characters, which belong to that number's own figure.
    # (a height's inches are its own: "6 feet 2 inches" is one figure, ``feet_and_inches``)
    end = max(run_end, thing.end) if thing.end <= limit or height else run_end
    qualifier = bound
    if bound is None:
        start, qualifier = _with_qualifier(article.text, start, None)
    figure = _measured(_make(article, value, qualifier, thing.counts, start, end),
                       article, doc, run, thing)  # fmt: skip
    if height is not None:
        _in_inches(figure, height[1])
    return figure


def _in_inches(figure: Figure, inch: Unit) -> None:
    """A height in feet and inches is that many inches (``units.feet_and_inches``); the
    measurement read "foot" after the number as its unit."""
    figure.quantity, figure.unit = inch.dimension, inch.name
    figure.base = figure.value * inch.factor


def _names_a_thing(doc: Doc, run: list[Token]) -> bool:
    """ "the 787", "Boeing's 787": a bare model number after a determiner counts nothing."""
    first = run[0]
    if len(run) > 1 or first.i == 0 or not re.fullmatch(r"\d{3,}", first.text):
        return False
    return doc[first.i - 1].lower_ in ("the", "'s", "’s", "its", "their")


def _low_end(
    article: Article, doc: Doc, run: list[Token], high: list[Token], pair: Range
) -> Figure | None:
    """ "between 210" of "between 210 and 250 passengers": at least 210 passengers."""
    value = number_value([t.text for t in run])
    if value is None:
        return None
    if _shares_magnitude(value, run, high):
        # "$ 140-150 million", "between 2 and 3 billion euros": the magnitude written once
        # after the range is the low end's too (it was read as 140 dollars, ECB+ 10ecb)
        value = _tidy_product(value, number_value([high[-1].text]) or 1)
    start = pair.opener.idx if pair.opener is not None else run[0].idx
    if start == run[0].idx and run[0].i > 0 and doc[run[0].i - 1].text in CURRENCIES:
        start = doc[run[0].i - 1].idx
    start, qualifier = _with_qualifier(article.text, start, "at least")
    thing = counted_thing(doc, high)
    figure = _make(article, value, qualifier, thing.counts, start, run[-1].idx + len(run[-1].text))
    return _measured(figure, article, doc, high, thing)


def _shares_magnitude(value: float, run: list[Token], high: list[Token]) -> bool:
    """Whether the high end's magnitude word scales the low end too: only when the low end
    has none of its own and is smaller than the high end's number before that word, so
    "between 500,000 and 1 million" keeps 500,000 (review: it was read as 500 billion)."""
    if not is_magnitude(high[-1].text) or any(is_magnitude(t.text) for t in run):
        return False
    return value < (number_value([t.text for t in high[:-1]]) or 0)


def _measured(
    figure: Figure, article: Article, doc: Doc, run: list[Token], thing: Counted
) -> Figure:
    """The figure with its measurement (``annotate.measure``). A range's low end is measured
    on its high end's words with its own value: ``measure`` converts ``figure.value``, so
    the base needs no rescaling (it was scaled twice: "between 210 and 250" gave 176.4)."""
    found = measure(article, doc, run, thing, figure.value, figure.qualifier)
    for name in found.__slots__:
        setattr(figure, name, getattr(found, name))
    if found.quantity == "temperature" and (figure.base or 0) < 0:
        figure.value = figure.base or 0.0  # "minus 20" (``measure._below_zero``)
    return figure


def _tidy_product(value: float, scale: float) -> int | float:
    product = round(float(value) * scale, 6)
    return int(product) if product.is_integer() else product


def _with_qualifier(text: str, start: int, default: str | None) -> tuple[int, str | None]:
    """A qualifier written just before ``start`` ("at least 6"): the figure starts there."""
    found = _QUALIFIER.search(text[max(start - 20, 0) : start])
    if found is None:
        return start, default
    return start - len(found.group(0)), found.group(1).lower()


def _make(
    article: Article, value: float, qualifier: str | None, counts: str, start: int, end: int
) -> Figure:
    return Figure(
        value=value,
        qualifier=qualifier,
        counts=counts,
        text=article.text[start:end],
        sentence=article.sentence_at(start),
        start=start,
        end=end,
    )


def _date_and_time_chars(doc: Doc, dates: list[DateMention]) -> set[int]:
    """Start offsets of tokens inside the article's dates, and inside times."""
    ranges_ = [(d.start, d.end) for d in dates]
    ranges_ += [(e.start_char, e.end_char) for e in doc.ents if _clock_time(e.text)]
    return {t.idx for t in doc for start, end in ranges_ if start <= t.idx < end}


def _clock_time(text: str) -> bool:
    """ "21:17", "10 a.m.": a time of day; "the past 24 hours" is a count and stays."""
    # "5pm" too: no word boundary between the digit and the "p" (it was 5 post-mortems)
    return _CLOCK.search(text) is not None


# ``datelines.CLOCK``, or the half of the day after an hour in words ("eleven p.m.")
_CLOCK = re.compile(rf"{CLOCK}|(?:\b|(?<=\d)){HALF_DAY}|o'clock", re.IGNORECASE)
