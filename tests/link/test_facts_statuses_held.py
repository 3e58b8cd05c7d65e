"""Statuses read on real sentences of the held part of the facts gold (declared tuned in
session 10): each test names the documents its sentences come from."""

from __future__ import annotations

from facts_builders import facts_of as _facts_of

from storydesk.story import Fact


def facts_of(*texts: str) -> list[Fact]:
    """ECB+ documents carry no date."""
    return _facts_of(*texts, published=None)


def test_an_age_written_bare_and_one_written_in_years_are_no_conversion() -> None:
    """22_1ecb "Sixty-year-old Sharron Diane Crawford Smith" against 22_9ecb "Sharron Diane
    Crawford Smith, age 61": one figure names its unit and the other none, which is no second
    unit; 60 and 61 are rival ages, not one age converted and rounded."""
    found = facts_of(
        "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at "
        "a Staunton ice cream store in 1967.",
        "This morning, 41 years later, Staunton police have arrested and charged Sharron Diane "
        "Crawford Smith, age 61, with two counts of first-degree murder.",
    )
    ages = [fact for fact in found if fact.quantity == "age"]
    assert [(fact.status, sorted(v.value for v in fact.values)) for fact in ages] == [
        ("conflict", [60, 61])
    ]


def test_two_lengths_in_one_quarter_of_a_game_are_two_things() -> None:
    """29_1ecbplus's field goal and 29_8ecbplus's drive share only "in the second quarter":
    an ordinal says which quarter, not what is measured."""
    found = facts_of(
        "Charles fumbled in the red zone later in the second quarter, and the Colts moved "
        "into Vinatieri's range for a 36-yard field goal and a 13-3 halftime lead.",
        "The Chiefs went on a 68-yard drive midway through the second quarter, but the drive "
        "was halted when running back Jamaal Charles lost a fumble on the Colts 16-yard line.",
    )
    assert [fact for fact in found if fact.status == "conflict"] == []


def test_two_players_weights_are_no_rival_readings() -> None:
    """31_10ecbplus weighs Echenique, 31_3ecbplus McDermott ("the 6-foot-8, 225-pound
    forward"): a story weighs many people, so differing masses are not one weight."""
    found = facts_of(
        "After the no-call, the 6-foot-9, 260-pound Echenique turned up the intensity to fuel "
        "a 15-2 run that turned a 47-44 Creighton lead into a 16-point cushion.",
        "The 6-foot-8, 225-pound forward has been a consensus first-team All-American in each "
        "of the past two seasons.",
    )
    assert [fact for fact in found if fact.status == "conflict"] == []


def test_an_ordinal_past_tenth_is_no_shared_word_either() -> None:
    """Reviewer's sentences (after 29ecbplus): two lengths "in the eleventh inning" share only
    the inning's ordinal and the inning; they are two things, not rival reports."""
    found = facts_of(
        "Smith sent a 400-foot drive over the wall in the eleventh inning.",
        "Jones made a 350-foot throw to the plate in the eleventh inning.",
    )
    assert [fact for fact in found if fact.status == "conflict"] == []


def test_two_reports_of_one_weight_agree_on_the_value_alone() -> None:
    """Equal masses still agree with no subject or word in common (``ties.SPECIFIC_ALIKE``),
    also a small value one report gives beside another mass (constructed sentences)."""
    found = facts_of(
        "The bomb weighed 5 kilograms, and its casing another 2 kilograms.",
        "Police said the 5-kilogram device was hidden in a bag.",
    )
    fives = [fact for fact in found if any(v.value == 5 for v in fact.values)]
    assert [(fact.quantity, fact.status, len(fact.values)) for fact in fives] == [
        ("mass", "agree", 2)
    ]


def test_a_count_still_growing_is_no_rival_of_the_count() -> None:
    """27_2ecb "By Saturday, at least 6,000 Web sites had been infected and the number is
    growing" is an interim tally; "about 10,000 websites" is the count the other reports
    give (27_11ecb, 27_17ecb, 27_7ecb). Joined as a lone report's rival count, it was a
    false conflict."""
    found = facts_of(
        "Trend Micro has identified about 10,000 websites that have been infected with "
        "malicious software that can be surreptitiously slipped into visitors' unprotected IE "
        "browsers to take advantage of the flaw.",
        "Trend Micro has identified about 10,000 Web sites that have been infected with "
        "malicious software that can be surreptitiously slipped into visitors' unprotected IE "
        "browsers to take advantage of the flaw.",
        "The flaw is believed to have already infected as many as 10,000 websites.",
        "By Saturday, at least 6,000 Web sites had been infected and the number is growing "
        "though ascertaining the exact number is difficult.",
    )
    assert [f for f in found if f.status == "conflict"] == []


def test_the_whole_a_part_is_taken_from_is_no_count_of_its_kind() -> None:
    """25_3ecbplus "missing 10 of the Saints' 16 games" gives the season's games, 25_11ecbplus
    "limited him to only six games this season" Thomas's: 16 and 6 were a false conflict."""
    found = facts_of(
        "Thomas suffered through an injury-plagued 2010 season, missing 10 of the Saints' 16 "
        "games with a troublesome left ankle sprain.",
        "Plagued by a left ankle injury that limited him to only six games this season, Thomas "
        "started to look effective again in a 17-14 victory at Atlanta in Week 16, when he had "
        "102 yards from scrimmage and a touchdown.",
    )
    assert [f for f in found if f.status == "conflict"] == []


def test_a_rising_level_is_no_tally() -> None:
    """Review (constructed): a rate that is still rising is a reading at a moment; the same
    reading in another report agrees."""
    found = facts_of(
        "Unemployment reached 8.5 percent in March and is still rising, the Labor Department "
        "said.",
        "The Labor Department said unemployment reached 8.5 percent in March.",
    )
    assert [(f.status, len(f.values)) for f in found if f.quantity == "percent"] == [("agree", 2)]


def test_an_events_whole_is_its_toll() -> None:
    """Review (constructed): the whole of "Two of the 40 passengers killed" is the toll that
    another report gives as 42: a real conflict."""
    found = facts_of(
        "Two of the 40 passengers killed in the crash on Tuesday were children, the airline "
        "said.",
        "The airline said 42 passengers were killed in the crash on Tuesday.",
    )
    assert [40, 42] in [sorted(v.value for v in f.values) for f in found if f.status == "conflict"]
