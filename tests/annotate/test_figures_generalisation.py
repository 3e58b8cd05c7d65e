"""Figures: defects found on MEANTIME and ECB+ news (fused magnitudes, model numbers,
fractions, year ranges, ranges and overlaps, durations), each on a minimal sentence."""

from __future__ import annotations

from itertools import pairwise

import pytest
from figure_builders import annotated_figures

from storydesk.annotate.dates import DateAnnotator
from storydesk.annotate.figures import FigureAnnotator
from storydesk.article import Figure

Summary = list[tuple[float, str | None, str]]


def _figures(text: str) -> list[Figure]:
    figures = annotated_figures(text, "2006-03-28")
    spans = sorted((f.start, f.end) for f in figures)
    assert all(left[1] <= right[0] for left, right in pairwise(spans)), spans
    return figures


def _summary(text: str) -> Summary:
    return [(f.value, f.qualifier, f.counts) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The airline reported record profits of $269m and carried 70m passengers.",
         [(269_000_000, None, "dollars"), (70_000_000, None, "passengers")]),
        ("The order is worth $1.2bn.", [(1_200_000_000, None, "dollars")]),
        ("The fine was £3bn.", [(3_000_000_000, None, "pounds")]),
        ("They paid €5m in fees.", [(5_000_000, None, "euros")]),
        ("The firm has 10k staff.", [(10_000, None, "staff")]),
    ],
)  # fmt: skip
def test_fused_magnitudes(text: str, figures: Summary) -> None:
    assert _summary(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Boeing delayed its 737 narrowbody airliner.",
        "The 787-8 holds more fuel.",
        "The jet uses Trent 900 engines.",
        "He flew a Boeing 737 to Dublin.",
        "Deliveries are planned by 2010-11.",
        "The Boeing 737-800 has the best reliability.",
        "The fuselage of the 787 is lighter.",
    ],
)
def test_model_numbers_and_year_ranges_are_not_counts(text: str) -> None:
    assert _figures(text) == []


def test_number_before_a_model_name_counts_the_things() -> None:
    assert _summary("Police found six AK 47 rifles.") == [(6, None, "rifles")]
    assert _summary("The airline has 91 aircraft.") == [(91, None, "aircraft")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The project took almost two and a half years.", [(2.5, "almost", "years (duration)")]),
        ("The talks lasted one and a half days.", [(1.5, None, "days (duration)")]),
        ("He waited a half hour.", [(0.5, None, "hours (duration)")]),
        ("They spent three-quarters of the budget.", [(0.75, None, "budget (share)")]),
        ("The economy shrank for two quarters.", [(2, None, "quarters")]),
    ],
)  # fmt: skip
def test_fractions(text: str, figures: Summary) -> None:
    assert _summary(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The jet carries between 210 and 250 passengers.",
         [(210, "at least", "passengers"), (250, "up to", "passengers")]),
        ("The repairs take 30 -- 40 days.",
         [(30, "at least", "days (duration)"), (40, "up to", "days (duration)")]),
        ("Officials said 10-15 people were hurt.",
         [(10, "at least", "people injured"), (15, "up to", "people injured")]),
        ("The toll rose from 15 to 20 people.", [(15, None, "people"), (20, None, "people")]),
        ("Fifty-one percent agreed.", [(51, None, "percent")]),
    ],
)  # fmt: skip
def test_ranges_give_two_disjoint_figures(text: str, figures: Summary) -> None:
    assert _summary(text) == figures


def test_range_texts() -> None:
    low, high = _figures("The jet carries between 210 and 250 passengers.")
    assert (low.text, high.text) == ("between 210", "250 passengers")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The nearly four-year war went on.", "years (duration)"),
        ("Two days of talks ended.", "days (duration)"),
        ("A 90-year-old man was hurt.", "years old"),
    ],
)
def test_lengths_of_time_and_ages_are_marked(text: str, counts: str) -> None:
    assert [f.counts for f in _figures(text)] == [counts]


def test_figures_need_the_dates_first() -> None:
    from storydesk.annotate import default_annotators
    from storydesk.annotate.base import check_order
    from storydesk.errors import StorydeskError

    check_order(default_annotators())
    with pytest.raises(StorydeskError):
        check_order([FigureAnnotator(), DateAnnotator()])


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # ECB+ 4: one hospital stay told two ways; ECB+ 3: a jury's deliberations
        ("Jackson was hospitalized for three weeks after the crash.", "hospitalize"),
        ("The jury deliberated for 12 hours before the verdict.", "deliberate"),
        ("After 30 hours of deliberations, the jury returned its verdict.", "deliberate"),
        ("The 14-week strike cost the studios dearly.", "strike"),
    ],
)  # fmt: skip
def test_a_duration_measures_the_predicate_of_its_clause(text: str, shared: str) -> None:
    from storydesk.annotate.frames import OFFSET

    [figure] = _figures(text)
    assert shared in figure.frame
    assert OFFSET not in figure.frame  # a length, even with "after"/"before" behind it


@pytest.mark.parametrize(
    "text",
    [
        "The writers returned to work 11 days after the strike ended.",
        # ECB+ 5_1ecbplus: "following" as "after"
        "Nearly three weeks following the end of their season, the Sixers fired O'Brien.",
    ],
)
def test_a_time_since_something_is_an_offset_not_a_length(text: str) -> None:
    from storydesk.annotate.frames import OFFSET

    [figure] = _figures(text)
    assert figure.frame[0] == OFFSET


def test_a_figure_after_a_separate_proposal_is_of_that_proposal() -> None:
    text = (
        "Ministers of the bloc announced a rival trade deal on Sunday. They also said "
        "tariffs should be capped at 15 percent. The revised treaty sets 20 percent."
    )
    found = {f.value: f.version for f in _figures(text)}
    assert found == {15: "other", 20: "revised"}
    alone = "Ministers met on Sunday. They said tariffs should be capped at 15 percent."
    assert [f.version for f in _figures(alone)] == [None]


def test_the_place_a_region_is_comes_before_the_country_it_is_in() -> None:
    [figure] = _figures("A missile strike on Syria's Idlib province killed 12 people.")
    assert figure.places[:2] == ["Idlib", "Syria"]
