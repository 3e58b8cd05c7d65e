"""Dates: defects found on MEANTIME and ECB+ news (tense and cue of the governing verb,
forward-looking "set to", "of next year", named days and events, years in names, numeric
dates), each on a minimal sentence with its real publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from storydesk.annotate.date_resolve import resolve
from storydesk.annotate.dates import DateAnnotator
from storydesk.article import Article


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    from storydesk.annotate import nlp as nlp_module
    from storydesk.options import Options

    doc = nlp_module.load(Options.load())(text)
    article = Article(id="t", source="t", text=text, published=published)
    article.sentence_spans = nlp_module.sentence_spans(doc)
    DateAnnotator()(article, doc)
    return [(d.text, d.date) for d in article.dates]


@pytest.mark.parametrize(
    ("published", "text", "dates"),
    [
        # a "by" before the figure is not the dates' preposition; the verb is past
        ("2008-11-18", "The Japanese economy contracted by 0.9% between April and June.",
         [("April", "2008-04"), ("June", "2008-06")]),
        # the governing verb is "announced", not the "should" of another clause
        ("2006-08-19", "The firm confirmed plans announced in January, in which 25,000 "
         "positions should be cut by 2012.", [("January", "2006-01"), ("2012", "2012")]),
        ("2006-03-28", "The trial is set to begin on Wednesday.", [("Wednesday", "2006-03-29")]),
        ("2006-03-28", "The vote is slated to take place on Friday.", [("Friday", "2006-03-31")]),
        ("2006-03-28", "The hearing is due to start on Wednesday.",
         [("Wednesday", "2006-03-29")]),
        ("2006-03-28", "Bush is headed Thursday to Europe.", [("Thursday", "2006-03-30")]),
        ("2006-03-28", "Production will not start until after October of next year.",
         [("October of next year", "2007-10")]),
    ],
)  # fmt: skip
def test_direction_of_the_governing_verb(published: str, text: str, dates: list[str]) -> None:
    assert _dates(text, published) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell sharply on Black Monday.",
        "The Russell 2000 Index rose.",
        "Security was tightened after the September 11th terrorist attacks.",
    ],
)
def test_names_are_not_dates(text: str) -> None:
    assert _dates(text, "2006-03-28") == []


def test_a_recent_attack_keeps_its_day() -> None:
    assert _dates("Officials described the Nov. 20 attack on the city.", "2025-11-25") == [
        ("Nov. 20", "2025-11-20")
    ]


def test_numeric_dates() -> None:
    assert _dates("The order was signed on 7/8/07 in Paris.", "2007-07-10") == [
        ("7/8/07", "2007-07-08")
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("7/8/07", "2007-07-08"),  # ambiguous: read month first, as US news writes it
        ("25/12/2005", "2005-12-25"),  # the first number cannot be a month: day first
        ("12/25/05", "2005-12-25"),
        ("3/4/99", "1999-03-04"),  # the century nearest the publication year
        ("13/13/07", None),
    ],
)
def test_numeric_date_order_and_century(text: str, date: str | None) -> None:
    resolved = resolve(text, dt.date(2007, 7, 10))
    assert (resolved.date if resolved else None) == date


def test_month_of_next_or_last_year() -> None:
    base = dt.date(2006, 3, 28)
    for text, date in (("October of next year", "2007-10"), ("May last year", "2005-05")):
        resolved = resolve(text, base, "unknown")
        assert resolved is not None and resolved.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [("April", "2008-04"), ("June", "2008-06"), ("December", "2008-12"), ("February", "2009-02")],
)
def test_a_month_without_tense_lies_ahead_only_within_a_quarter(text: str, date: str) -> None:
    resolved = resolve(text, dt.date(2008, 11, 18), "unknown")
    assert resolved is not None and resolved.date == date
