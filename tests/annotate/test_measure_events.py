"""What a casualty count measures, from the parse: defects found on ECB+ development events
(3, 8, 16, 18) and on age and area forms of ECB+ 2, 10 and 18, each on a minimal sentence."""

from __future__ import annotations

import pytest
from figure_builders import annotated_figures

from storydesk.article import Figure


def _figures(text: str) -> list[Figure]:
    return annotated_figures(text, "2010-05-06")


def _quantity(text: str, number: str) -> str:
    return next(f.quantity for f in _figures(text) if f.text.startswith(number) or
                f.text.split()[-1].startswith(number) or number in f.text.split())  # fmt: skip


@pytest.mark.parametrize(
    ("text", "number", "quantity"),
    [
        # only living things are victims: the parser made "buildings" the object
        ("He was arrested five buildings away on 223rd Street.", "five", "count:building"),
        ("Police arrested five protesters on Monday.", "five", "arrests"),
        # a stance hyphenated to "death" is no event
        ("The nine pro-death jurors asked the holdouts to reconsider.", "nine", "people:juror"),
        # shooting counts the dead and the wounded; shot dead counts the dead
        ("A gunman shot three people at an office building on Monday.", "three", "casualties"),
        ("A Michigan man shot to death one person and injured two others.", "two", "injuries"),
    ],
)
def test_casualty_classes(text: str, number: str, quantity: str) -> None:
    assert _quantity(text, number) == quantity


def test_a_count_coordinated_with_another_is_a_part_of_the_toll() -> None:
    figures = _figures("Police said two women and one man died at a branch of the bank.")
    women = next(f for f in figures if f.text.startswith("two"))
    assert women.quantity != "deaths"


@pytest.mark.parametrize(
    "text",
    [
        "He murdered a deputy, in addition to attempting to murder at least three other people.",
        '"There might have been two people killed," he said.',
    ],
)
def test_an_event_only_tried_or_possible_is_no_count(text: str) -> None:
    assert not any(f.quantity == "deaths" for f in _figures(text))


def test_a_first_report_since_replaced_is_background() -> None:
    figures = _figures("Local news originally reported that two of the three victims died.")
    assert [f.stance for f in figures if f.value == 2] == ["background"]


def test_an_age_after_a_name_the_model_did_not_type_a_person() -> None:
    figures = _figures("The Academy said Jackman, 40, star of the epic, will host the show.")
    assert [(f.value, f.quantity) for f in figures] == [(40, "age")]


def test_a_square_foot_area_written_with_hyphens() -> None:
    (figure,) = _figures("The shooting took place in a 170,000-square-foot office building.")
    assert figure.quantity == "area"


def test_a_count_describing_a_noun_measures_that_noun() -> None:
    (figure,) = _figures("The Sixers had a three-game losing streak going into Saturday.")
    assert (figure.quantity, figure.action) == ("count:game", "streak")


def test_a_number_joined_to_a_verb_keeps_its_own_participle() -> None:
    figures = _figures("Police said 18 people had been injured and 12 arrested for rioting.")
    assert [(f.value, f.quantity) for f in figures] == [(18, "injuries"), (12, "arrests")]


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday.",
        "Tremors from an earthquake registering 6.1 on the Richter scale were felt in Dubai.",
        "A strong 5.6 -magnitude earthquake jolted part of the island.",
    ],
)
def test_magnitudes_worded_apart_from_their_number(text: str) -> None:
    assert [f.quantity for f in _figures(text)] == ["magnitude"]
