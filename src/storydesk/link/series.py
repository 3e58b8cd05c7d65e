"""Figures read with their neighbours in the text: a report's own conversion in brackets
("58km (36 miles)", "€110 billion ($143 billion)") and counts listed in one series ("six AK 47
rifles, 12 magazines and 300 rounds")."""

from __future__ import annotations

import re

from storydesk.article import Article, Figure

# Between a figure and its conversion: "58km (36 miles)", "1,150 kilometers ( 700 miles".
_BRACKET_BETWEEN = re.compile(r"\s*[(\[]\s*")
# The same amount written in two units differs by the rounding of the conversion: "40 miles",
# "64 kilometres" (ECB+ 13); "48km" and "30 miles" (18); "58km (36 miles)", 57.9 km (20).
CONVERSION_SHARE = 0.03
# Between two items of one series of counts: a comma or "and", and at most two words of the
# next item's own ("14 AK-47 rifles, 31 magazines and 923 rounds", "six AK 47 rifles, 12
# magazines and about 300 rounds", ECB+ 12_7ecbplus and 12_11ecbplus).
_SERIES_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def restates(article: Article, before: Figure, figure: Figure) -> bool:
    """A report's own conversion in brackets right after a figure: "about 58km (36 miles)",
    "1,150 kilometers (700 miles)" (ECB+ 20). It is the same value in another unit, rounded
    apart: compared as a value of its own, its rounding reads as a disagreement."""
    if before.quantity != figure.quantity or before.unit == figure.unit or before.end < 0:
        return False
    if not _BRACKET_BETWEEN.fullmatch(article.text[before.end : figure.start]):
        return False
    low, high = sorted((abs(amount(before)), abs(amount(figure))))
    return high > 0 and (high - low) / high <= CONVERSION_SHARE


def converted(article: Article, before: Figure | None, figure: Figure) -> float | None:
    """The amount a sum of money in brackets converts: "? 110-billion ( $143-billion )",
    "euro110 billion ($141 billion)", "����110 billion ( $158 billion )" (ECB+ 8ecbplus:
    each outlet converted the bailout at its own rate). The amount before the bracket is
    read as a number even when its currency sign was lost; a bare magnitude word
    ("billion" of "euro110 billion") is no amount."""
    if before is None or not figure.quantity.startswith("money:") or before.end < 0:
        return None
    if before.quantity == figure.quantity or not before.text[:1].isdigit():
        return None
    if not _BRACKET_BETWEEN.fullmatch(article.text[before.end : figure.start]):
        return None
    return amount(before)


def listed_series(article: Article) -> dict[int, frozenset[str]]:
    """Counts listed in one series, by their index in ``article.figures``: each with the
    classes of the other items. Reports of one seizure list the same things, whatever the
    numbers ("six AK 47 rifles, 12 magazines and 300 rounds" / "14 AK-47 rifles, 31
    magazines and 923 rounds", ECB+ 12ecbplus): the series says which haul a count is of."""
    series: dict[int, frozenset[str]] = {}
    group: list[int] = []
    figures = article.figures

    def close() -> None:
        things = {figures[i].quantity for i in group}
        for i in group:
            others = frozenset(things - {figures[i].quantity})
            if others:
                series[i] = others

    for index, figure in enumerate(figures):
        counted = figure.quantity.startswith(("count:", "people")) and figure.start >= 0
        if not counted:
            continue
        last = figures[group[-1]] if group else None
        if (
            last is not None
            and last.sentence == figure.sentence
            and _SERIES_BETWEEN.fullmatch(article.text[last.end : figure.start])
        ):
            group.append(index)
            continue
        close()
        group = [index]
    close()
    return series


def amount(figure: Figure) -> float:
    """The figure's value in its class's common unit (km, days, the currency), else as written."""
    return figure.base if figure.base is not None else figure.value
