"""One named person's counts told of two occasions are two counts (``figure_times.occasion``,
the named-subject tie of ``ties.tied``). Review (reviewer 1, session 11): with the annotate
side's doers as subjects, these pairs were stated as "reports differ"."""

from __future__ import annotations

from facts_builders import facts_of

from storydesk.story import Fact


def _conflicts(found: list[Fact]) -> list[list[float]]:
    return [sorted(v.value for v in f.values) for f in found if f.status == "conflict"]


def test_two_games_of_one_player_are_two_counts() -> None:
    found = facts_of(
        "Richard Carter scored 14 points in Drake's win on Saturday.",
        "On Tuesday, Richard Carter scored 22 points in a loss to Evansville.",
        published=None,
    )
    assert _conflicts(found) == []


def test_a_signing_last_week_is_not_tuesdays() -> None:
    found = facts_of(
        "Governor Andrew Cuomo signed 12 bills on Tuesday, including the gun law.",
        "Governor Andrew Cuomo signed the gun law on Tuesday. Last week Andrew Cuomo signed 5 "
        "bills on housing.",
        published=None,
    )
    assert _conflicts(found) == []


def test_one_occasion_told_twice_still_conflicts() -> None:
    found = facts_of(
        "LeBron James scored 30 points in the win on Sunday.",
        "LeBron James scored 32 points in the win on Sunday.",
        published=None,
    )
    assert _conflicts(found) == [[30, 32]]


def test_an_asides_day_is_not_the_figures() -> None:
    """19_1ecbplus: Wednesday is the autopsy's day, told in an aside; the seven shots are of
    Saturday's shooting, the 11 of 19_11ecbplus (a real conflict of the development gold)."""
    found = facts_of(
        "Police intervened at a candlelit vigil in Brooklyn, where 16-year-old Kimani Gray was "
        "shot 11 times by police on Saturday.",
        "Tuesday the crowd was mostly calm, but on Wednesday — the same day Gray's autopsy "
        "showed Kimani Gray had been shot seven times — part of the 200 person crowd became "
        "unruly.",
        published=None,
    )
    assert [7, 11] in _conflicts(found)


def test_one_occasion_told_with_other_day_words_still_conflicts() -> None:
    """Review (reviewer 2): a day of saying, a relative day, a date against a weekday and the
    verb "may" name no second occasion."""
    carter = "Richard Carter scored 14 points in Drake's win over Evansville on Saturday."
    pairs = [
        (carter, "Richard Carter scored 22 points in Drake's win over Evansville, the school "
         "said Sunday."),
        (carter, "Richard Carter scored 22 points in Drake's win over Evansville yesterday."),
        (carter, "Richard Carter scored 22 points in Drake's win over Evansville last night."),
        ("LeBron James scored 30 points against the Knicks on Sunday.",
         "LeBron James scored 32 points against the Knicks on January 11."),
        ("LeBron James scored 30 points against the Knicks on Sunday.",
         "LeBron James, who may be the best player alive, scored 32 points against the Knicks."),
    ]  # fmt: skip
    for first, second in pairs:
        assert len(_conflicts(facts_of(first, second, published=None))) == 1, second


def test_equal_values_of_two_occasions_do_not_agree() -> None:
    """Review (reviewer 2): the same count in two games is no agreement of two reports."""
    found = facts_of(
        "Richard Carter scored 14 points in Drake's win on Saturday.",
        "On Tuesday, Richard Carter scored 14 points in a loss to Evansville.",
        published=None,
    )
    assert [f for f in found if f.status == "agree"] == []
