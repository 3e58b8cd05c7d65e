"""Whose measure a number is: the named doer of the verb it measures (``measure_doer``),
for held reports whose lone values had no subject (session 11: ECB+ 23ecbplus, 31ecbplus), with
unseen wordings, and the readings that give no doer."""

from __future__ import annotations

import pytest
from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2013-09-14")
    return next(f for f in figures if f.text.startswith(number))


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        # held 31_5ecbplus and 31_9ecbplus: one player's points, 14 against 12
        ("Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs.",
         "14 points", "Richard Carter"),
        ("Drake was paced by 13 points from Seth VanDeest, while Richard Carter had 12 points "
         "and four assists.", "12 points", "Richard Carter"),
        # held 23_4ecbplus: a climber's fall
        ("On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres while "
         "climbing to a small hut on Mount Sefton.", "about 600", "Robert Buckley"),
        # held 23_3ecbplus: a participle after a preposition takes the main clause's subject
        ("On Friday, 36-year-old Duncan Rait died after slipping and falling about 200ft from "
         "a ridge near the Tasman Glacier.", "about 200", "Duncan Rait"),
        # held 23_9ecbplus: a description with the name in apposition, two parsed subjects
        ("The day following Rait's death an inexperienced mountain climber with rental gear, "
         "31-year-old Robert Buckley of the U.K., slipped on ice and fell 700 meters to his "
         "own death.", "700 meters", "Robert Buckley"),
        # unseen wordings
        ("Maria Sharapova served 11 aces in the final.", "11 aces", "Maria Sharapova"),
        ("Paula Radcliffe, running into a headwind, covered 150 metres in 14.35 seconds.",
         "150 metres", "Paula Radcliffe"),
        ("Tom Brady threw for 328 yards and three touchdowns on Sunday.", "328 yards",
         "Tom Brady"),
    ],
)
def test_a_named_persons_measure_is_that_persons(text: str, number: str, person: str) -> None:
    assert _figure(text, number).subject == person


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a team the model types a person (held 29ecb: "had two chances", "one final chance")
        ("The Jaguars had two chances to tie the score.", "two chances"),
        # an act to come (held 25_11ecb: "will miss … two games" beside "missed four games")
        ("The 23-year-old Bush will miss the team's final two regular season games.", "two"),
        # a passive's subject undergoes the act (held 22_5ecb: counts of a charge)
        ("Sharron Diane Crawford Smith was arrested on Friday and charged with two counts of "
         "first degree murder.", "two counts"),
        # a preposition of time or place is no measure of the act (held 25_7ecb)
        ("Through 14 games in the 2008 season, Reggie Bush had 404 yards.", "14 games"),
        # a length of time is not read as a performance ("Deputy Ortiz had served … for 15
        # years" and "for the last five years" in the unit are two things, dev 16ecbplus)
        ("Deputy Jerry Ortiz had served with the department for 15 years.", "15 years"),
        # a "with" phrase on a verb with an object measures the object (review, session 11)
        ("Prosecutor Jane Doe charged the three men with 12 counts of fraud.", "12 counts"),
        # a pronoun stood for season totals as often as for the event's (dev 10_3ecb)
        ("Overall, he finished the season with a .308 average, 33 homers and 121 RBI.",
         "33 homers"),
    ],
)
def test_no_doer_is_read_where_the_measure_is_none_of_his(text: str, number: str) -> None:
    assert _figure(text, number).subject is None


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        # a participle after a verb with an object is the object's (review, session 11)
        ("Hillary Clinton accused Donald Trump of bankrupting four companies.", "four",
         "Donald Trump"),
        ("Barack Obama thanked John Kerry for visiting 12 countries in a month.", "12",
         "John Kerry"),
        ("Coach Bill Belichick credited Tom Brady with throwing four touchdowns.", "four",
         "Tom Brady"),
        # an adverbial clause is the subject's, whatever the object (held 31_14ecb)
        ("Tyler Hansbrough passed Phil Ford for the top spot in school history while posting "
         "20 points.", "20", "Tyler Hansbrough"),
        # a "with" phrase on a verb whose object is a thing keeps the subject's measure
        ("Andrew Luck set an NFL rookie record with 4,183 passing yards.", "4,183",
         "Andrew Luck"),
        ("LeBron James finished the game with 30 points and 11 rebounds.", "30", "LeBron James"),
        ("Tom Brady ended the season with 50 touchdown passes.", "50", "Tom Brady"),
    ],
)
def test_whose_measure_a_phrase_on_a_verb_with_an_object_is(
    text: str, number: str, person: str
) -> None:
    assert _figure(text, number).subject == person
