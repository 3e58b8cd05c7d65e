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


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        # 19_11ecbplus, 19_8ecbplus: a count of times is of whom the action is done to
        ("Police intervened in Brooklyn, where Kimani Gray was shot 11 times by police on "
         "Saturday.", "11", "Kimani Gray"),
        ("Kimani Gray was shot seven times by police.", "seven", "Kimani Gray"),
    ],
)  # fmt: skip
def test_a_count_of_times_is_of_whom_the_action_is_done_to(
    text: str, number: str, subject: str
) -> None:
    assert _figure(text, number).subject == subject


def test_a_count_of_times_done_to_a_pronoun_names_who_it_may_be() -> None:
    """19_1ecbplus: "he" is resolved in link, among the names before it."""
    text = ("Police shot Kimani Gray on Saturday night in Brooklyn. On Wednesday his autopsy "
            "showed he had been shot seven times.")  # fmt: skip
    figure = _figure(text, "seven")
    assert figure.subject == "he"
    assert "Kimani Gray" in figure.referents


def test_an_age_a_person_turned_is_their_age() -> None:
    """7_1ecbplus: the trainer's birthday on the night of the fight."""
    text = ("After the fight, Klitschko led the crowd in singing to trainer Emanuel Steward, "
            "who turned 68 on Saturday.")  # fmt: skip
    figure = _figure(text, "68")
    assert (figure.quantity, figure.subject) == ("age", "Emanuel Steward")


def test_an_age_to_come_is_not_the_persons_age() -> None:
    """10_2ecbplus, in December: "Teixeira, 28," in the other reports."""
    text = "Teixeira, who turns 29 on April 11, has averaged 30 home runs in six seasons."
    assert _figure(text, "29").quantity != "age"


def test_both_after_two_names_gives_their_age() -> None:
    """8_2ecb: two officers killed in the Woodburn bank bombing."""
    text = ("Police Capt. Tom Tennant and state Senior Trooper William Hakim, both 51, died at "
            "the scene.")  # fmt: skip
    figure = _figure(text, "51")
    assert figure.quantity == "age"
    assert figure.subject is not None and "Hakim" in figure.subject
