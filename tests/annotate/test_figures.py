"""Figures: number reading, detection on small texts, the example's expected figures, golden."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from figure_builders import annotated_figures
from hypothesis import given
from hypothesis import strategies as st

from storydesk.annotate.numbers import number_value
from storydesk.article import Figure

GOLDEN = Path(__file__).parent / "golden" / "figures.json"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["six"], 6),
        (["thirty"], 30),
        (["twenty-five"], 25),
        (["800,000"], 800_000),
        (["1.2", "million"], 1_200_000),
        (["two", "hundred"], 200),
        (["3.5"], 3.5),
        (["five", "thousand"], 5_000),
        (["many"], None),
        (["58th"], 58),  # a counting ordinal on its own ("his 58th victory")
        (["fourth"], 4),
        (["twentieth"], 20),
        (["twenty-first"], 21),
        (["month"], None),  # ends in "th", names no number
        (["worth"], None),
    ],
)
def test_number_value(words: list[str], value: float | None) -> None:
    assert number_value(words) == value


@given(st.integers(0, 10**12))
def test_digits_with_thousands_separators_round_trip(number: int) -> None:
    value = number_value([f"{number:,}"])
    assert value == number and isinstance(value, int)


def _figures(text: str) -> list[Figure]:
    return annotated_figures(text, "2025-11-25")


def _summary(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.qualifier, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Russia struck overnight, killing at least six people and wounding 13 others.",
         [(6, "at least", "people killed"), (13, None, "others injured")]),
        ("Seven people were killed in the city.", [(7, None, "people killed")]),
        ("Starmer spoke to a group of thirty countries.", [(30, None, "countries")]),
        ("Starmer spoke to a group of 30 countries.", [(30, None, "countries")]),
        ("Kyiv agreed to a 19-point plan.", [(19, None, "points")]),
        ("Russia fired 22 missiles and over 460 drones.",
         [(22, None, "missiles"), (460, "over", "drones")]),
        ("The army is capped at 1.2 million soldiers.", [(1_200_000, None, "soldiers")]),
        ("The plan was pared down to roughly 20 points.", [(20, "roughly", "points")]),
        ("Prices rose 40% in a year.", [(40, None, "percent")]),
        ("An attack on the region injured six.", [(6, None, "people injured")]),
        ("The blast killed one and injured four.",
         [(1, None, "people killed"), (4, None, "people injured")]),
        ("The death toll rose to 15 on Monday.", [(15, None, "people killed")]),
        ("At least 3 were dead.", [(3, "at least", "people killed")]),
        ("Police arrested 45 protesters.", [(45, None, "protesters arrested")]),
        ("The deal is worth $1.2 billion.", [(1_200_000_000, None, "dollars")]),
        ("A 10-year-old boy was hurt.", [(10, None, "years old")]),
    ],
)  # fmt: skip
def test_figures_in_sentences(text: str, figures: list[tuple[float, str | None, str]]) -> None:
    assert _summary(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "No one was hurt, and one of the envoys left first.",
        "The deadline is Nov. 27, and the report came out in 2025.",
        "The statement was posted at 21:17 on 2025-11-25.",
        "He flew on Air Force One to the talks.",
    ],
)
def test_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_example_expected_figures(example_articles: Any, expected: dict[str, Any]) -> None:
    def values(key: str, counts_word: str) -> set[float]:
        return {f.value for f in example_articles[key].figures if counts_word in f.counts}

    conflict = expected["numeric_conflicts"][0]
    for key, value in conflict["values"].items():
        assert value in values(key, "killed"), (key, value)
    casualties = [f for f in example_articles["001"].figures if "killed" in f.counts]
    assert any(f.value == 6 and f.qualifier == "at least" for f in casualties)
    for agreement in expected["numeric_agreements"]:
        word = agreement["slot"].split()[0]  # "points", "countries"
        for key in agreement["sources"]:
            assert agreement["value"] in values(key, word), (agreement["slot"], key)
    for item in expected["not_conflicts"]:
        for key, value in zip(item["sources"], item["values"], strict=True):
            assert value in values(key, "points")


def test_example_golden(example_articles: Any) -> None:
    """Every figure given was reviewed; every reviewed figure whose text is there is given."""
    golden: dict[str, list[dict[str, Any]]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for article in example_articles.values():
        name = Path(article.source).name
        reviewed = [(g["text"], g["value"], g["qualifier"], g["counts"]) for g in golden[name]]
        given_ = [(f.text, f.value, f.qualifier, f.counts) for f in article.figures]
        unreviewed = [g for g in given_ if g not in reviewed]
        assert not unreviewed, f"{name}: not in the reviewed golden file: {unreviewed}"
        missing = [r for r in reviewed if r not in given_ and r[0] in article.text]
        assert not missing, f"{name}: reviewed figures no longer found: {missing}"
