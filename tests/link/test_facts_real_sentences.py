"""Facts from real report sentences, annotated and linked as a run does (ECB+ documents as
their outlets wrote them). Each test names the documents its sentences come from."""

from __future__ import annotations

import pytest
from facts_builders import facts_of, story_of

from storydesk.annotate import annotate
from storydesk.article import Article
from storydesk.link import link
from storydesk.link.slots import contexts
from storydesk.link.ties import separate
from storydesk.options import Options
from storydesk.reconcile.brief import update_sentence
from storydesk.story import Fact, Story


def holding(found: list[Fact], value: float) -> list[Fact]:
    return [fact for fact in found if any(v.value == value for v in fact.values)]


def test_a_count_of_one_given_by_two_reports_is_a_fact_they_agree_on() -> None:
    """16_10ecbplus and 16_1ecbplus: "one count of attempted murder" in both."""
    found = facts_of(
        "Along with murder, Orozco was convicted of one count of attempted murder involving "
        "the earlier shooting and two counts of possession of a firearm by a felon.",
        "Orozco also was charged with one count of attempted willful, deliberate, "
        "premeditated murder in connection with the June 20 shooting.",
    )
    ones = holding(found, 1)
    assert [fact.status for fact in ones] == ["agree"]
    assert len({v.article for v in ones[0].values}) == 2


def test_a_count_of_one_in_one_report_alone_is_no_fact() -> None:
    """19_6ecb: one report's "one-seat majority" reconciles with nothing."""
    found = facts_of(
        "So far, Prime Minister Costas Karamanlis has rejected calls by opposition leaders to "
        "hold early elections, but his center-right party holds only a one-seat majority in "
        "parliament.",
        "Thousands of people marched in Athens on Monday.",
    )
    assert holding(found, 1) == []


TALLY_AND_SEIZURE = (
    "INS Sukanya has been on an anti-piracy patrol mission in the Gulf of Aden since "
    "September. In their five operations so far, the personnel on board the warship have "
    "confiscated 14 AK-47 Rifles, 31 magazines and 923 rounds of ammunition, he said.",
    "The Indian Navy began its deployment in the Gulf of Aden in October 2008 and has "
    "escorted hundreds of merchant ships through the waters. The ship has, thus far, "
    "confiscated a total of 14 AK 47 Rifles, 31 Magazines and 923 rounds of ammunition.",
    "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.",
    "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat "
    "along with grapnels.",
)  # 12_1, 12_6, 12_11, 12_7ecbplus


def _rifle_facts(order: list[int]) -> dict[tuple[float, ...], tuple[str, list[tuple[int, float]]]]:
    """The rifle counts' facts of the reports in ``order``, by their values: each fact's
    status and which report (its place in ``TALLY_AND_SEIZURE``) gave which value."""
    found = facts_of(*(TALLY_AND_SEIZURE[i] for i in order))
    return {
        tuple(sorted({v.value for v in f.values})): (
            f.status,
            sorted((order[int(v.article[1:])], v.value) for v in f.values),
        )
        for f in found
        if f.quantity == "count:ak-47"  # the rifles are counted by their model
    }


def test_a_running_tally_is_not_one_seizures_count() -> None:
    """ECB+ 12ecbplus (12_1, 12_6, 12_11, 12_7): one warship's tally "so far" (14 rifles, in
    two reports) and one seizure's six; a fourth report gave the tally's 14 for the seizure
    (a real conflict). The same facts whichever report comes first."""
    by_values = _rifle_facts([0, 1, 2, 3])
    assert by_values[(14,)] == ("agree", [(0, 14), (1, 14)])  # the tally, "so far", "thus far"
    assert by_values[(6, 14)] == ("conflict", [(2, 6), (3, 14)])  # the seizure
    assert _rifle_facts([3, 2, 1, 0]) == by_values
    assert _rifle_facts([2, 0, 3, 1]) == by_values


def test_two_reports_of_the_frost_at_a_fire_differ() -> None:
    """13_1ecb and 13_4ecb: minus 17 degrees against minus 20 (a real conflict)."""
    found = facts_of(
        "A fire alarm alerted them to the fire. Firefighters fought the blaze in temperatures "
        "of minus 17 degrees.",
        "The group was alerted to the fire by an alarm. Outside temperatures were minus 20 as "
        "firefighters battled the blaze.",
    )
    temperatures = [f for f in found if f.quantity == "temperature"]
    assert [(f.status, f.range) for f in temperatures] == [("conflict", (-20, -17))]


def test_whether_two_figures_are_apart_does_not_depend_on_which_comes_first() -> None:
    """Whether two figures are apart (``ties.separate``) is one answer for the pair: the
    running tally's rule read only the first figure's event, so the warship's tally "so far"
    (12_1ecbplus) and a count of the dead with no tally were apart one way round only. A run
    compares figures of one quantity (or kindred ones), alike in ``event``, so no fact moved;
    the relation must not hang on that. The last two sentences are written for this test."""
    texts = (
        TALLY_AND_SEIZURE[0],
        TALLY_AND_SEIZURE[2],
        "Four people were killed when the gunman opened fire on the guards.",
        "So far, 14 people have been killed in the clashes, police said.",
    )
    story = story_of(*texts)
    found = contexts(story)
    assert {c.event for c in found} == {True, False}
    assert {c.cumulative for c in found} == {True, False}
    for left in found:
        for right in found:
            pair = (left.figure.text, right.figure.text)
            assert separate(left, right) == separate(right, left), pair


def test_one_count_of_a_class_in_one_place_from_each_report_is_one_count() -> None:
    """19_14ecb and 19_7ecb (the December 2008 riots in Greece): each report gives one count
    of shops and places it in Athens; 565 and 355 are rival counts of the damage."""
    found = facts_of(
        '"In Athens, we had 565 shops suffering serious damage or being completely '
        'destroyed", said Vassilis Krokidis, vice president of the federation.',
        '"If it had, we wouldn\'t have 355 damaged shops in Athens. I mean we will not be '
        'able to open until Christmas," she said.',
    )
    [fact] = holding(found, 565)
    assert fact.status == "conflict" and {v.value for v in fact.values} == {565, 355}


def test_a_place_the_sentence_names_elsewhere_does_not_tie_two_counts() -> None:
    """MEANTIME airbus 82548 and 82597: the first A380's delivery ceremony in Toulouse and
    its first commercial flight at Singapore's Changi airport, both sentences naming
    Singapore; 500 and 400 guests are two gatherings."""
    found = facts_of(
        "After the plane was delivered in Singapore, it was flown to Toulouse, France for the "
        "ceremony of about 500 guests.",
        "The aircraft was greeted by some 400 guests, including the Prime Minister of "
        "Singapore, Mr. Lee Hsien Loong, at the soon-to-open Terminal 3 of Changi "
        "International Airport.",
    )
    assert all(fact.status != "conflict" for fact in holding(found, 500))



def test_two_names_of_one_city_are_one_place() -> None:
    """8_3ecbplus and 8_6ecbplus (the December 2008 riots in Greece): "Thessaloniki, where
    another 20,000 people marched" and "Salonika where approximately 50,000 people marched":
    WordNet gives the two names as one city, so the counts are rival counts of one march."""
    found = facts_of(
        "Violence also broke out in the northern city of Thessaloniki, where another 20,000 "
        "people marched through the city center and some youths smashed store windows.",
        "Meanwhile, extended clashes broke out in Salonika where approximately 50,000 people "
        "marched destroying dozens of banks and corporate shops in Greece's second largest "
        "city.",
    )
    [fact] = holding(found, 20000)
    assert fact.status == "conflict" and {v.value for v in fact.values} == {20000, 50000}


def test_two_values_from_two_sources_in_one_report_are_one_conflict() -> None:
    """20_11ecbplus, 20_1ecbplus and 20_6ecbplus (the Qeshm quake): one report gives the
    Iranian centre's 5.9 and the U.S. Geological Survey's 6.1; two readings of one
    magnitude, not two things, so the reports' 5.9 and 6.1 are one conflict."""
    found = facts_of(
        "Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. "
        "Geological Survey in Golden, Colo., said it was 6.1.",
        "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, and the city "
        "of Bandar Abbas, state media said.",
        "The 5.9-magnitude quake struck Qeshm island, home to 120,000 people, and the city "
        "of Bandar Abbas, state media said.",
    )
    [fact] = holding(found, 5.9)
    assert fact.status == "conflict" and {v.value for v in fact.values} == {5.9, 6.1}
    assert len(fact.values) == 4


def test_counts_summed_over_several_operations_are_a_running_tally() -> None:
    """12_4ecbplus: "a total of … during the five operations" sums every item of its list,
    as "so far" does; "a total of" alone is one event's (2_7ecb, 19_6ecbplus), and "over
    three years" is a length, not events (8_9ecbplus)."""
    texts = (
        "The officer said that INS Sukanya has seized a total of 14 AK-47 rifles, 31 "
        "magazines and 923 rounds of ammunition during the five operations it carried out "
        "there.",
        "A total of 55.3 million people tuned in to watch who took home the golden statuettes.",
        "Both officers fired a total of 11 shots at the suspect.",
        "Merkel urged parliament to pass the country's share of the bailout, 22 billion Euros "
        "over three years.",
    )
    story = story_of(*texts)
    tallied = {c.figure.value: c.cumulative for c in contexts(story)}
    assert tallied[31] and tallied[923]
    assert not tallied[55.3e6] and not tallied[11] and not tallied[22e9]


def test_distances_from_one_place_are_one_fact() -> None:
    """20_2ecbplus and 20_4ecbplus (Qeshm): "1,500 kilometers south of Tehran" against
    "1,150 kilometers ( 700 miles ) southeast of Tehran": one distance, reports differ.
    13_1ecb and 13_2ecb: Wasilla "64 kilometres north of Anchorage" and "about 40 miles north
    of Anchorage" agree. 18_2ecbplus and 18_5ecbplus: 15 miles north of Detroit (the office
    building) and 50 miles north of Detroit (where a motorist saw the car) are two things."""
    found = facts_of(
        "Qeshm, a 1,500-square-kilometer island off the coast southwest of Bandar Abbas and "
        "1,500 kilometers south of Tehran, has a population of more than 100,000.",
        "Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a busy "
        "commercial and industrial zone.",
    )
    [fact] = [f for f in holding(found, 1150) if f.quantity == "length"]
    assert fact.status == "conflict" and {v.value for v in fact.values} == {1500, 1150}
    found = facts_of(
        "Wasilla, Mrs Palin's home town, is 64 kilometres north of Anchorage.",
        "The 30-year-old congregation in Wasilla, about 40 miles north of Anchorage, had "
        "moved into its new church.",  # "just 30 months ago" left out: dated, background
    )
    [fact] = holding(found, 64)
    assert fact.status == "approximate" and {v.value for v in fact.values} == {64, 40}
    found = facts_of(
        "Police evacuated the building, about 15 miles north of Detroit.",
        "Hours after the shooting, a motorist 50 miles north of Detroit spotted a vehicle "
        "described on radio reports.",
    )
    assert all(fact.status != "conflict" for fact in found)



def test_equal_lengths_of_time_with_a_word_next_to_both_agree() -> None:
    """16_4ecbplus and 16_8ecbplus: Ortiz's five years with the anti-gang unit, worded
    apart but for "gang" next to both numbers; a small length of time needs a word next to
    it in common to agree, as durations recur for different things in one story."""
    found = facts_of(
        "Ortiz, 35, was a 15-year member of the sheriff's department. He had been working "
        "with the gang enforcement team for the last five years.",
        "He was a 15-year veteran of the department and had been a member of its anti-gang "
        "unit for the past five years.",
    )
    [fact] = [f for f in holding(found, 5) if f.quantity == "duration"]
    assert fact.status == "agree" and len({v.article for v in fact.values}) == 2


def test_a_value_one_report_gives_beside_another_still_meets_its_equal() -> None:
    """5_14ecb and 5_1ecb: Iguodala's 14.9 points, given in one report with the drop of
    five points (one subject, two values: split before facts are merged) and in the other
    under "averaging"; the two 14.9s agree."""
    found = facts_of(
        "Andre Miller is averaging 15.5 points per game, Andre Iguodala 14.9 points, a drop "
        "of five points per game from last season.",
        "Andre Miller is averaging 15.5 points per game this season, but Iguodala is "
        "averaging just 14.9 points per contest, a drop of five points per game from last "
        "season.",
    )
    [fact] = holding(found, 14.9)
    assert fact.status == "agree" and len({v.article for v in fact.values}) == 2


def test_one_noun_in_the_singular_and_the_plural_is_one_subject() -> None:
    """3_6ecb and 3_9ecb: "after 30 hours of deliberation" and "more than 30 hours of
    deliberations" are not about two things."""
    texts = (
        "The jury was unable to come to a decision after 30 hours of deliberation.",
        "After four days and more than 30 hours of deliberations, the jury was deadlocked.",
    )
    story = story_of(*texts)
    left, right = [c for c in contexts(story) if c.figure.value == 30]
    assert left.subject and not separate(left, right)


COMMENTS_235 = (
    "The agency received nearly 235,000 comments on the endangered species proposal, at least "
    "208,000 of which were form letters decrying the rule."
)  # 9_2ecb
COMMENTS_BULK = (
    "The revision was finalized after four months of deliberation and over the objections of "
    "what officials said were the bulk of nearly 235,000 public comments on the change."
)  # 9_4ecb
COMMENTS_300 = (
    "The Interior Department proposed the new regulations in May and since has received "
    "nearly 300,000 comments, the vast majority opposing the changes."
)  # 9_3ecb


def test_a_reports_only_count_of_a_thing_rivals_the_count_others_give() -> None:
    """9_2ecb / 9_4ecb / 9_3ecb: the public comments on the endangered species rule, 235,000
    in two reports and 300,000 in a third, counted with other verbs and words."""
    found = facts_of(COMMENTS_235, COMMENTS_BULK, COMMENTS_300, published="")  # ECB: undated
    [fact] = holding(found, 300000)
    assert fact.status == "conflict"
    assert {v.value for v in fact.values} == {235000, 300000}


def test_a_lone_count_with_no_word_in_common_stays_apart() -> None:
    """The same reports, and a third's count of comments in other words than the two:
    nothing ties it, so nothing is stated (51 / 58 wins, 157 / 54 games in ECB+ 7 and 10
    are one story's several counts of a class)."""
    found = facts_of(
        COMMENTS_235,
        COMMENTS_BULK,
        "Experts sorted through 300,000 written comments from the public in 32 hours.",
        published="",
    )
    assert not [fact for fact in holding(found, 300000) if fact.status == "conflict"]


@pytest.mark.parametrize(
    ("texts", "lone"),
    [
        (
            (
                "Pirates in two boats attacked the tanker off Somalia on Tuesday.",
                "The pirates, in two boats, fired on the tanker off Somalia.",
                "The Indian Navy sent three boats to chase the pirates off Somalia.",
            ),
            3,
        ),
        (
            (
                "About 20,000 people marched through central Athens on Sunday to protest the "
                "shooting.",
                "Some 20,000 people marched in Athens on Sunday to protest against the police.",
                "Earlier, about 8,000 people attended a candlelight vigil in central Athens for "
                "the boy.",
            ),
            8000,
        ),
    ],
)
def test_a_lone_count_sharing_only_a_word_is_no_rival(texts: tuple[str, ...], lone: int) -> None:
    """Reviewer's sentences (session 8): a shared near word ('pirates', 'central') with
    another verb is another thing counted (the navy's boats, a vigil), never a conflict."""
    found = facts_of(*texts)
    assert not [fact for fact in holding(found, lone) if fact.status == "conflict"]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The earthquake struck 100 kilometers south of Tehran on Monday, killing 30 people.",
            "The worst damage was in the town of Qom, 140 kilometers south of Tehran, where 30 "
            "people died.",
        ),
        (
            "The fire broke out at a warehouse 40 miles north of Houston on Monday.",
            "Firefighters from Conroe, about 30 miles north of Houston, were called to the blaze "
            "on Monday.",
        ),
    ],
)
def test_distances_of_two_things_from_one_place_are_no_rivals(texts: tuple[str, ...]) -> None:
    """Reviewer's sentences (session 8): the quake and Qom, the warehouse and Conroe, each
    a distance from one city; only distances of one named thing are one fact."""
    found = facts_of(*texts)
    assert not [fact for fact in found if fact.status == "conflict"]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "A poll by Gallup found that 45 percent of voters support the plan. A survey by Pew "
            "found that 52 percent of voters support the tax cut.",
            "A poll by Gallup released on Sunday found that 45 percent of voters support the "
            "plan.",
        ),
        (
            "The first attack by Taliban fighters killed 12 soldiers, and a later ambush by "
            "Haqqani gunmen killed five soldiers.",
            "An attack by Taliban fighters killed 12 soldiers on Monday.",
        ),
    ],
)
def test_two_named_sources_are_rivals_only_as_readings_of_one_thing(
    texts: tuple[str, ...],
) -> None:
    """Reviewer's sentences (session 8): two pollsters' findings, two attacks' tolls, each
    with a name behind it, are two measurements; only "put … at" / "said it was" readings
    of one thing (20_11ecbplus's 5.9 and 6.1) are rival values of one fact."""
    found = facts_of(*texts)
    assert not [fact for fact in found if fact.status == "conflict"]


KATHIMERINI_POLL = (
    "An opinion poll for the respected Kathimerini newspaper found that 68 per cent of Greeks "
    "believe the government has mishandled the crisis including nearly half of respondents who "
    "voted for Mr Karamanlis' conservative party in last year's elections."
)


def test_two_pollsters_findings_are_two_measurements() -> None:
    """19_14ecb (Kathimerini's poll) against 19_7ecb and 19_8ecb (Ethnos'): two polls, two
    questions, two samples; 68 and 83.3 were stated as "Reports differ"."""
    ethnos = (
        "An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks "
        "were unhappy with the government's response to the violence."
    )
    found = facts_of(KATHIMERINI_POLL, ethnos, ethnos)
    assert not [fact for fact in found if fact.status == "conflict"]
    assert [fact.status for fact in holding(found, 83.3)] == ["agree"]


def test_one_pollsters_finding_reported_at_two_values_is_still_a_conflict() -> None:
    """The near miss: the same wording with the pollster the same (Kathimerini) is one
    poll's finding that the reports give differently."""
    same_pollster = (
        "An opinion poll published by Kathimerini newspaper on Sunday said 83.3 percent of "
        "Greeks were unhappy with the government's response to the violence."
    )
    found = facts_of(KATHIMERINI_POLL, same_pollster, same_pollster)
    assert [fact.status for fact in holding(found, 68)] == ["conflict"]


def test_two_agencies_reporting_two_tolls_is_still_a_conflict() -> None:
    """The near miss of the pollsters' rule: "reports" is a verb here, and two agencies'
    tolls of one quake (ECB+ 20: Qeshm) are rival values of one fact."""
    found = facts_of(
        "The Associated Press reports that the earthquake in Qeshm killed 10 people.",
        "Reuters reports that the earthquake in Qeshm killed 13 people.",
    )
    assert [fact.status for fact in holding(found, 13)] == ["conflict"]


def test_two_pollsters_sharing_a_word_are_two_pollsters() -> None:
    """Reviewer's sentences (session 9): the Los Angeles Times' and the New York Times' polls
    share only "Times"; two polls, two questions, never one finding agreed on."""
    found = facts_of(
        "A poll published by the Los Angeles Times on Sunday said 38 percent of voters back "
        "the tax.",
        "A poll published by the New York Times on Sunday said 38 percent of voters trust the "
        "mayor.",
    )
    assert [fact.status for fact in holding(found, 38)] == ["single", "single"]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "A Gallup poll released Monday found that 41 percent of Americans approve of the "
            "way the president is handling the economy.",
            "A Quinnipiac University poll released Monday found that 47 percent of Americans "
            "approve of the way the president is handling the economy.",
        ),
        (
            "The Gallup survey found 38 percent of voters back the plan.",
            "The Pew survey found 38 percent of voters oppose the plan.",
        ),
    ],
)
def test_a_pollster_named_before_its_poll_is_its_own_measurement(texts: tuple[str, ...]) -> None:
    """Reviewer's sentences (session 9): 'A Gallup poll' / 'A Quinnipiac University poll'
    (41 / 47) were stated as a conflict, 'The Gallup survey' / 'The Pew survey' (38 / 38, two
    questions) as agreeing: the pollster's name stands before the poll's noun."""
    found = facts_of(*texts)
    assert [fact.status for fact in found if fact.quantity == "percent"] == ["single", "single"]


def test_one_pollsters_finding_in_two_wordings_agrees() -> None:
    """19_14ecb and 19_8ecb give Kathimerini's 68% in two wordings (19_8ecb beside Ethnos'
    83.3%): one poll's finding, whatever the words around it."""
    survey = (
        "An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks "
        "were unhappy with the government's response to the violence. Another survey, in "
        "Kathimerini daily, put disapproval of the government at 68 percent with 60 percent "
        "of those polled saying the riots were a social uprising rather than an outburst by "
        "an isolated fringe of violent protesters."
    )
    found = facts_of(KATHIMERINI_POLL, survey)
    assert [fact.status for fact in holding(found, 68)] == ["agree"]
    assert not [fact for fact in found if fact.status == "conflict"]


OROZCO_AT_THE_KILLING = (
    "Orozco, 27, was found hiding in a house a few doors away from the shooting some hours "
    "after Deputy Ortiz was slain.",  # 16_1ecbplus
    "Deputies identified the suspect as Jose Luis Orozco, 27, a parolee wanted on suspicion "
    "of attempted murder in another case.",  # 16_5ecbplus
)
OROZCO_AT_THE_TRIAL = (
    "The District Attorney's office says in a release that the jury found Jose Luis Orozco, "
    "29, guilty of 1st degree murder, attempted murder and posession of a firearm by a felon."
)  # 16_2ecbplus


def test_one_persons_ages_years_apart_in_reports_years_apart_are_two_times() -> None:
    """16ecbplus's story with its reports dated: 27 in the reports of the killing (June
    2005), 29 in those of the trial (2007). An age only grows: the later age, not a rival
    report, and the brief says so."""
    dated = (("2005-06-28", OROZCO_AT_THE_KILLING[0]), ("2005-06-29", OROZCO_AT_THE_KILLING[1]),
             ("2007-05-04", OROZCO_AT_THE_TRIAL))  # fmt: skip
    articles = [
        Article(id=f"a{number}", source=f"a{number}.txt", text=text, published=published)
        for number, (published, text) in enumerate(dated)
    ]
    options = Options.load()
    story = link(Story(id="s", title="t", articles=annotate(articles, options)), options)
    [age] = [fact for fact in story.facts if fact.quantity == "age"]
    assert age.status == "update"
    assert sorted(v.value for v in age.values) == [27, 27, 29]
    line = update_sentence(age, story).text
    assert line.startswith("The age of Jose Luis Orozco rose from 27 to 29")


@pytest.mark.parametrize(
    "texts",
    [
        (*OROZCO_AT_THE_KILLING, OROZCO_AT_THE_TRIAL),
        (
            "Police identified the driver as Mark Jones, 27, of Dayton.",
            "The driver, Mark Jones, 29, was taken to Miami Valley Hospital.",
        ),
    ],
)
def test_one_persons_ages_years_apart_in_undated_reports_conflict(
    texts: tuple[str, ...],
) -> None:
    """Undated reports say nothing of time apart (reviewer's sentences, session 9: one crash,
    two ages of its driver, one of them wrong); ECB+ "plus" documents are undated too."""
    found = facts_of(*texts, published="")
    assert [fact.status for fact in found if fact.quantity == "age"] == ["conflict"]


def test_one_persons_ages_years_apart_in_reports_of_one_week_conflict() -> None:
    """The near miss: the same reports dated within a year of each other give two ages of
    one person at one time; reports differ."""
    found = facts_of(*OROZCO_AT_THE_KILLING, OROZCO_AT_THE_TRIAL, published="2009-01-10")
    assert [fact.status for fact in found if fact.quantity == "age"] == ["conflict"]


AK_47S_SEVEN = (
    "The Naval commandos also boarded the pirates' boats and seized seven AK-47 assault "
    "rifles, two other rifles, a grenade launcher and 13 fully loaded magazines of ammunition.",
    "They also confiscated seven AK-47s, a 5.56mm and a 7.62mm rifles, a grenade launcher and "
    "three outboard motors.",
    "Seven AK-47s, three other automatic rifles, 13 loaded magazines, a rocket-propelled "
    "grenade-launcher, rockets, cartridges and grenades were found in the boats.",
    "The navy recovered seven AK-47 assault rifles, RPG launchers, three speedboats, grenades "
    "and other ammunition.",
)  # 12_12ecb, 12_16ecb, 12_1ecb, 12_6ecb


def test_a_lone_count_rivals_one_count_its_verbs_split() -> None:
    """12ecb: four reports give seven AK-47s under three verbs (seized/confiscated, found/
    recovered); 12_19ecb alone gives 12, recovered, the verb of 12_6ecb's seven: one count
    reported as 7 and as 12."""
    found = facts_of(
        *AK_47S_SEVEN,
        "The Indian commandos also recovered 12 AK 47 guns, three rifles, two grenades along "
        "with other ammunition.",
    )
    [twelve] = holding(found, 12)
    assert twelve.status == "conflict"
    assert {v.value for v in twelve.values} == {7, 12}


def test_a_lone_count_under_another_verb_rivals_none_of_them() -> None:
    """The near miss: 12 AK-47s that a report says were sold, a verb none of the seven's
    reports uses, is another count."""
    found = facts_of(
        *AK_47S_SEVEN,
        "The pirates had sold 12 AK 47 guns, three rifles and two grenades to a militia.",
    )
    assert not [fact for fact in found if fact.status == "conflict"]
