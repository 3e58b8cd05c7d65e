"""Numbers with what they count: "killing at least six people" → 6, "at least", "people killed".

A figure is a run of number words ("800,000", "thirty", "1.2 million"), the qualifier just
before it ("at least", "over", "roughly"), and the counted thing (``counted`` module). Left
out: numbers that are part of a date or time ("Nov. 27", "2025", "21:17"), ordinals
("first"), "one" as a pronoun ("no one", "one of the") and numbers in names ("Air Force
One", "Article 5"). Ages stay, counted as "years old": a reader may want them, and fact
alignment can tell them apart by that phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from storydesk.annotate.counted import EVENTS, Counted, counted_thing
from storydesk.annotate.dates import find_dates
from storydesk.annotate.numbers import is_magnitude, is_number_word, is_ordinal, number_value
from storydesk.article import Article, Figure

QUALIFIERS = (
    "no more than", "no fewer than", "no less than", "not more than", "more than",
    "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as",
    "upwards of", "in excess of", "close to", "an estimated", "approximately", "roughly",
    "nearly", "almost", "about", "around", "some", "over", "under", "just over",
    "just under", "more than", "below", "above", "only", "estimated",
)  # fmt: skip
_QUALIFIER = re.compile(
    r"\b(" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


class FigureAnnotator:
    name = "figures"
    requires: tuple[str, ...] = ("text", "sentence_spans", "published")
    assigns: tuple[str, ...] = ("figures",)

    def __call__(self, article: Article, doc: Doc) -> None:
        blocked = _date_and_time_chars(doc, article.published)
        article.figures = []
        for run in number_runs(doc, blocked):
            figure = _figure(article, doc, run)
            if figure is not None:
                article.figures.append(figure)


def number_runs(doc: Doc, blocked: set[int]) -> list[list[Token]]:
    """Consecutive number tokens ("1.2 million", "twenty - five"), outside dates and times."""
    runs: list[list[Token]] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if not _starts_number(token, blocked):
            index += 1
            continue
        run = [token]
        index += 1
        while index < len(doc) and _continues(doc, run, index):
            if doc[index].text != "-":
                run.append(doc[index])
            index += 1
        if _is_figure(run):
            runs.append(run)
    return runs


def _starts_number(token: Token, blocked: set[int]) -> bool:
    if token.idx in blocked or is_ordinal(token.text) or token.ent_type_ == "ORDINAL":
        return False
    return is_number_word(token.text)


def _continues(doc: Doc, run: list[Token], index: int) -> bool:
    token = doc[index]
    if is_magnitude(token.text) and token.lower_ not in ("m",):
        return True
    # "twenty-five" is split around the hyphen; "28-point" is not a number run.
    return (
        token.text == "-"
        and not run[-1].whitespace_
        and index + 1 < len(doc)
        and is_number_word(doc[index + 1].text)
        and not doc[index + 1].text[:1].isdigit()
    )


def _is_figure(run: list[Token]) -> bool:
    first, last = run[0], run[-1]
    if len(run) == 1 and _YEAR.fullmatch(first.text) and not _counts_plural_noun(first):
        return False  # a year ("in 2014"), not two thousand and fourteen of anything
    if first.lower_ == "one" and len(run) == 1 and not _counts_one(first):
        return False
    previous = first.nbor(-1) if first.i > 0 else None
    if previous is not None and previous.text.istitle() and not first.is_sent_start:
        # "Air Force One", "Article 5", "Boeing 737": a number in a name
        return last.dep_ == "nummod" and last.head.i > last.i
    return True


def _counts_plural_noun(token: Token) -> bool:
    return token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.ent_type_ != "DATE"


def _counts_one(token: Token) -> bool:
    """ "one" counts only as a number modifier: not "no one", "one of the", "one another"."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    preceding = token.nbor(-1).lower_ if token.i > 0 else ""
    if following in ("of", "another") or preceding in ("no", "the", "this", "that", "any"):
        return False
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in EVENTS:
        return True  # "the blast killed one"
    return token.dep_ == "nummod"


def _figure(article: Article, doc: Doc, run: list[Token]) -> Figure | None:
    value = number_value([t.text for t in run])
    if value is None:
        return None
    thing: Counted = counted_thing(doc, run)
    start = min(run[0].idx, thing.start)
    qualifier = _QUALIFIER.search(article.text[max(start - 20, 0) : start])
    if qualifier is not None:
        start -= len(qualifier.group(0))
    end = max(run[-1].idx + len(run[-1].text), thing.end)
    return Figure(
        value=value,
        qualifier=qualifier.group(1).lower() if qualifier else None,
        counts=thing.counts,
        text=article.text[start:end],
        sentence=article.sentence_at(start),
        start=start,
        end=end,
    )


def _date_and_time_chars(doc: Doc, published: str | None) -> set[int]:
    """Start offsets of tokens inside dates the date annotator places, and inside times."""
    try:
        base = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        base = None
    ranges = [(c.start, c.end) for c, _ in find_dates(doc, base)]
    ranges += [(e.start_char, e.end_char) for e in doc.ents if _clock_time(e.text)]
    return {t.idx for t in doc for start, end in ranges if start <= t.idx < end}


def _clock_time(text: str) -> bool:
    """ "21:17", "10 a.m.": a time of day; "the past 24 hours" is a count and stays."""
    return re.search(r"\d:\d\d|\b[ap]\.?m\b\.?|o'clock", text, re.IGNORECASE) is not None
