"""What a number measures, for sentences of the facts gold read wrong (session 10): a
condition that is no measure (development, 11ecb), a pronoun in a quote resolved to the
quote's own speaker (development, 19ecbplus), and held reports (ECB+ 29ecbplus, 31ecbplus,
read once the held part was declared tuned): an ordinal before a count, a weight before a
name, lengths of two different plays, a lead cut to a number of points."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.annotate import annotate
from storydesk.article import Article, Figure
from storydesk.options import Options


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2008-12-14")
    return next(f for f in figures if f.text.startswith(number))


def test_a_bound_an_election_needs_is_no_measure_of_its_turnout() -> None:
    """ECB+ 11_1ecb: "more than 50 percent" is the law's condition for a valid election; it
    was stated as a rival to the 93.87 percent turnout of 11_2ecb. Kept as background,
    so it never meets the story's own turnout."""
    condition = _figure(
        "Under Turkmen laws, parliamentary elections can only be declared valid with a "
        "turnout more than 50 percent of eligible voters.",
        "more than 50",
    )
    assert (condition.quantity, condition.stance) == ("percent", "background")
    turnout = _figure(
        "Authorities said turnout reached 93.87 percent in the election for 288 candidates.",
        "93.87",
    )
    assert turnout.stance == "asserted"
    # a bound the text reports as measured stays the story's own, also as the subject of a
    # verb of needing (review, session 10)
    injured = _figure("More than 200 people were injured in the blast.", "More than")
    assert injured.stance == "asserted"
    treated = _figure("At least 50 people required hospital treatment.", "At least")
    assert treated.stance == "asserted"
    deployed = _figure("More than 300 firefighters were needed to put out the blaze.", "More")
    assert deployed.stance == "asserted"


def test_he_in_a_quote_is_not_the_one_who_says_it() -> None:
    """ECB+ 19_6ecbplus: the sister's words "He's 16 years old." gave her brother's age to
    her, the nearest name, against her own 19 in 19_8ecbplus (a false conflict)."""
    text = (
        "Sixteen-year-old Kimani Gray was shot and killed on Saturday night, police said.\n"
        "His sister, Mahnefah Gray, told NY1 she doubted her brother was carrying a gun, but "
        "was rather grabbing his belt “to squeeze it” because he had a “skinny waist.”\n"
        '"They thought he was grabbing back to get a gun,” she said.\n'
        "“He's 16 years old.\n"
        'What is he pointing a gun at over six police, knowing that they would kill him?"\n'
    )
    [article] = annotate(
        [Article(id="t", source="t", text=text, published=None)], Options.load()
    )
    age = next(f for f in article.figures if f.text.startswith("16 years"))
    assert age.quantity == "age"
    assert "Mahnefah Gray" not in age.referents


def test_an_ordinal_before_a_count_counts_nothing_itself() -> None:
    """ECB+ 31_10ecbplus: "first" was read as Creighton's one point, stated as a rival to
    "cut Creighton's lead to 3 points" (31_2ecbplus); the eight points count."""
    figures = annotated_figures(
        "Echenique scored five of Creighton's first eight points in the second half.",
        "2013-03-09",
    )
    assert [f.text for f in figures] == ["five", "eight points"]


def test_a_weight_before_a_name_is_that_persons() -> None:
    """ECB+ 31_10ecbplus: "the 6-foot-9, 260-pound Echenique" had no subject, so it met
    another player's "225-pound" as a conflict."""
    weight = _figure(
        "After the no-call, the 6-foot-9, 260-pound Echenique turned up the intensity to fuel "
        "a 15-2 run.",
        "260",
    )
    assert (weight.quantity, weight.subject) == ("mass", "Echenique")


def test_lengths_of_two_plays_are_two_measures() -> None:
    """ECB+ 29ecbplus: Vinatieri's "36-yard field goal" and the Chiefs' "68-yard drive" were
    one length in conflict; the noun each describes keeps them apart (as a count's verb
    does), while a length of time keeps its described noun as subject ("four-year war")."""
    goal = _figure(
        "Charles fumbled in the red zone later in the second quarter, and the Colts moved "
        "into Vinatieri's range for a 36-yard field goal and a 13-3 halftime lead.",
        "36",
    )
    drive = _figure(
        "The Chiefs went on a 68-yard drive midway through the second quarter, but the drive "
        "was halted.",
        "68",
    )
    assert (goal.quantity, drive.quantity) == ("length", "length")
    assert (goal.action, drive.action) == ("goal", "drive")
    war = _figure("The nearly four-year war ended in a truce.", "nearly four")
    assert (war.quantity, war.subject) == ("duration", "war")


def test_a_lead_cut_to_a_number_of_points_is_the_lead() -> None:
    """ECB+ 31_2ecbplus: "cut Creighton's lead to 3 points" measures the lead, not the
    points Creighton scored; a measure noun ("raised the troop cap to 800,000 soldiers")
    still measures the soldiers."""
    lead = _figure(
        "Drake put up a fight; the Bulldogs twice cut Creighton's lead to 3 points midway "
        "through the second half.",
        "3",
    )
    assert (lead.quantity, lead.action) == ("count:point", "lead")
    cap = _figure("Russia raised Ukraine's troop cap to 800,000 soldiers.", "800,000")
    assert cap.action != "cap"
    # things that receive are where something goes, not its new size (review, session 10)
    homes = _figure("The storm cut power to 30,000 homes.", "30,000")
    assert homes.action != "power"


def test_another_of_a_kind_is_still_the_storys_own() -> None:
    """Review (session 10): "another 90-yard run" was made background, and with it a real
    second field goal ("kicked another 40-yard field goal"); "another" says one more of a
    kind, the story's own."""
    goal = _figure("Vinatieri kicked another 40-yard field goal in the fourth quarter.", "40")
    assert goal.stance == "asserted"


def test_a_place_home_to_people_resizes_nothing() -> None:
    """ECB+ 20_1ecbplus: "Qeshm island, home to 120,000 people" is the island's population,
    to meet "a population of more than 100,000" (20_2ecbplus): no lead or cap is resized."""
    people = _figure(
        "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, and the city of "
        "Bandar Abbas, state media said.",
        "120,000",
    )
    assert people.action is None


def _age(text: str) -> Figure:
    [article] = annotate(
        [Article(id="t", source="t", text=text, published=None)], Options.load()
    )
    return next(f for f in article.figures if f.quantity == "age")


def test_a_description_goes_to_the_doer_before_it_not_the_nearest_name() -> None:
    """ECB+ 7_10ecb: "the 41-year-old American" went to Gene Pukall, the nearest name (a
    German), not to Bowe, whom the sentence before is about ("The 41-year-old Bowe",
    7_11ecb, was missed as an agreement)."""
    age = _age(
        "On the undercard, former heavyweight champion Riddick Bowe made a modest comeback "
        "with an eighth-round decision over Germany's Gene Pukall.\n"
        "It was just the third fight in a decade for the 41-year-old American and his first "
        "in three years.\n"
    )
    assert age.referents[0] == "Riddick Bowe"


def test_someones_relative_is_none_of_the_names_around() -> None:
    """ECB+ 32_2ecb: "her 12-year-old daughter" is Mendes's daughter, neither Gomes (the
    sentence's subject) nor Mendes: a description with an owner has no referent."""
    age = _age(
        "Gomes was arrested on Tuesday after investigators said they found him barricaded in a "
        "room in Mendes's apartment on Philip Street with her 12-year-old daughter.\n"
    )
    assert (age.subject, age.referents) == ("daughter", [])
