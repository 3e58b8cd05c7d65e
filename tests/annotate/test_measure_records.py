"""Counts in sports records and lists (ECB+ 7, 10 and 12 as their outlets wrote them): an
abbreviation the parser takes for a name, whose record a count is, and the verb a list of
counted things shares."""

from __future__ import annotations

import pytest
from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2008-12-14")
    return next(f for f in figures if f.text.startswith(number) or f" {number}" in f.text)


@pytest.mark.parametrize(
    ("text", "number", "quantity"),
    [
        # 7_3ecb, 7_2ecbplus, 10_3ecb
        ("Former Heavyweight Champion, Riddick Bowe, 43-1, 33 KO's, returned to the ring.",
         "33", "count:knockout"),
        ("Thompson, who was the mandatory challenger nominated by the IBF, fell to 36-3 "
         "(24 KO).", "24", "count:knockout"),
        ("He finished the season with a .308 average, 33 homers and 121 RBI.", "121",
         "count:run_batted_in"),
    ],
)  # fmt: skip
def test_an_abbreviation_of_a_common_noun_is_counted(text: str, number: str, quantity: str) -> None:
    assert _figure(text, number).quantity == quantity


def test_an_abbreviation_naming_a_place_or_body_is_no_count() -> None:
    figures = annotated_figures("The plan was backed by 27 EU leaders on Friday.", "2008-12-14")
    assert all(f.quantity != "count:europium" for f in figures)


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        # 7_1ecb: the record in brackets after the name
        ("Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) "
         "in Mannheim, Germany on Saturday night.", "46", "Wladimir Klitschko"),
        # 7_3ecb: the name after a title, the count after the record
        ("Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former "
         "2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round.",
         "47", "Wladimir Klitschko"),
    ],
)  # fmt: skip
def test_a_count_in_a_record_after_a_name_is_that_persons(
    text: str, number: str, subject: str
) -> None:
    assert _figure(text, number).subject == subject


def test_a_list_item_after_another_name_is_not_the_first_names() -> None:
    """10_2ecb: the Nationals' eight years are not the Orioles'."""
    text = ("The Orioles (seven years, $140-$150 million) and Nationals (eight years, $160 "
            "million) reportedly have made sizeable offers as well.")  # fmt: skip
    assert _figure(text, "eight").subject != "Orioles"
