"""What a number measures, for wordings of development reports that were read wrong
(session 9): a count by a model's name, a dollar after its country's code, the place after
"the streets of", and the place of a second clause that names its own."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str, published: str = "2008-12-14") -> Figure:
    figures = annotated_figures(text, published)
    return next(f for f in figures if f.text.startswith(number))


def test_counts_of_one_model_share_its_class_however_worded() -> None:
    """ECB+ 12ecb: one haul of rifles, written "7 AK-47 rifles" (12_15, was no measure: the
    parser tags "AK-47" a number and hangs the count on it), "seven AK-47s" (12_16, a name:
    no class), "seven AK-47 automatic rifles" (12_8) and "12 AK 47 guns" (12_19, count:gun):
    all count AK-47s, so the reports' 7 and 12 meet."""
    wordings = {
        "7": "They had a large cache of weapons including 7 AK-47 rifles, a rocket propelled "
        "grenade launcher, and 3 machine guns.",
        "seven": "They also confiscated seven AK-47s, a 5.56mm and a 7.62mm rifles, a grenade "
        "launcher, three outboard motors and mobile phones.",
        "Seven": "Seven AK-47s, three other automatic rifles, 13 loaded magazines, a "
        "rocket-propelled grenade-launcher, rockets, cartridges and grenades were found in the "
        "boats.",
        "12": "The Indian commandos also recovered 12 AK 47 guns, three rifles, two grenades "
        "along with other ammunition.",
    }
    for number, text in wordings.items():
        assert _figure(text, number).quantity == "count:ak-47", text
    seven = _figure(
        "Among the seized items were seven AK-47 automatic rifles, three other automatic "
        "weapons and 13 loaded magazines.",
        "seven",
    )
    assert (seven.text, seven.quantity) == ("seven AK-47 automatic rifles", "count:ak-47")
    # the other guns of the list keep their own nouns
    machine_guns = _figure(wordings["7"], "3")
    assert machine_guns.quantity == "count:machine_gun"


def test_a_dollar_after_a_country_code_is_that_countrys() -> None:
    """MEANTIME gm 123881 and 39951: "CA$ 1 billion" and "AU$ 40 million" were no money at
    all (only "US$", "C$", "A$" were known)."""
    text = ("Chrysler will receive CA$ 1 billion and may in fact be eligible for as much as "
            "CA$ 4 billion.")  # fmt: skip
    one = _figure(text, "1 billion", "2009-03-30")
    assert (one.quantity, one.value) == ("money:CAD", 1e9)
    aid = _figure(
        "From the package, AU$ 40 million will be used for the design and manufacture of "
        "Ford's next model Falcon.",
        "40",
        "2006-03-10",
    )
    assert aid.quantity == "money:AUD"
    assert _figure("It cost US$ 17.4 billion.", "17.4").quantity == "money:USD"


def test_the_streets_of_a_city_place_a_count_there() -> None:
    """ECB+ 8_5ecbplus: the marchers "took to the streets of Athens" had no place, so they
    could not meet the other reports' marchers in Athens; 19_12ecb: "marching through
    central Athens". A name after "of" is a place only after a noun for somewhere: "at the
    request of Greece" places nothing."""
    march = _figure(
        "Police said as many as 20,000 people took to the streets of Athens as rallies all "
        "around the country kicked off.",
        "as many as",
    )
    assert march.places == ["Athens"]
    through = _figure(
        "More than 10,000 people had been marching through central Athens to protest the "
        "conservative Government's economic policies.",
        "More than",
    )
    assert through.places == ["Athens"]
    request = _figure("The toll rose to 40 at the request of Greece.", "40")
    assert request.places == []


def test_a_second_clause_with_its_own_place_is_there_alone() -> None:
    """ECB+ 20_8ecbplus: the 600 of Zarand took Bam and Iran from the first clause too, and
    joined the Bam toll (31,000) as a third value."""
    text = ("A major earthquake killed more than 31,000 in city of Bam in central Iran in "
            "2003 , and 600 were killed in the city of Zarand in February in an earthquake "
            "with a magnitude of 6.4 .")  # fmt: skip
    assert _figure(text, "600", "2005-02-23").places == ["Zarand"]
    assert _figure(text, "more than 31,000", "2005-02-23").places == ["Bam", "Iran"]


GALLOIS = (
    "Louis Gallois , the Airbus chief executive , said the company expects to cut "
    "approximately 4,300 jobs in France , 3,700 in Germany , 1,600 in UK and 400 in Spain ."
)  # MEANTIME airbus 61389


def test_each_item_of_a_list_counts_the_first_ones_noun_in_its_own_place() -> None:
    """MEANTIME airbus 61389: "1,600 in UK and 400 in Spain" counted nothing (the number
    before each leaves the noun out too), and every item was placed in all four countries."""
    items = {number: _figure(GALLOIS, number, "2007-02-28")
             for number in ("approximately 4,300", "3,700", "1,600", "400")}  # fmt: skip
    assert {f.quantity for f in items.values()} == {"count:occupation"}
    assert [f.places for f in items.values()] == [["France"], ["Germany"], ["UK"], ["Spain"]]


def test_a_bare_number_doing_what_people_do_counts_people() -> None:
    """ECB+ 19_14ecb: "where 10,000 gathered" (the 10,000 marchers of 19_12ecb) and 8_6ecbplus
    "was attended by an approximate 200,000" (here up to its bracket, after which the parser
    hangs 200,000 on the bracketed 20,000, the doer then) measured nothing. WordNet's frames
    of the verb as used say only somebody does it; "remained" (somebody or something) and a
    participle before the counted noun ("149 confirmed orders", MEANTIME airbus 3307) are not
    people."""
    gathered = _figure(
        "In Athens ' main Constitution Square , where 10,000 gathered for an anti-government "
        "demonstration , riot police guarding parliament fired tear gas at demonstrators .",
        "10,000",
    )
    assert (gathered.quantity, gathered.places) == ("people", ["Constitution Square", "Athens"])
    attended = _figure(
        "The Athens protest march marking the zenith of the general strike was attended by an "
        "approximate 200,000 .",
        "200,000",
        "2010-05-05",
    )
    assert attended.quantity == "people"
    remained = _figure(
        "He said 30 of the 80 wounded remained in hospital after the tremor .", "30", "2005-11-28"
    )
    assert remained.quantity == ""
    orders = _figure(
        "To date , 149 confirmed orders for the aircraft have been received .", "149", "2005-01-18"
    )
    assert orders.quantity != "people"


def test_an_age_of_several_people_stands_for_no_one_name() -> None:
    """ECB+ 16_5ecbplus: "He is also survived by two sons, ages 6 and 16" gave the sons' 6
    the names before it to stand for (Chela Ortiz, the wife named just before), so link made
    it her age: one person's age and a rival of her own. A plural subject has no referents."""
    text = (
        "Ortiz had worked for the Sheriff's Department for 15 years . The Diamond Bar resident "
        "was married two weeks ago to his second wife , Chela . He is also survived by two "
        "sons , ages 6 and 16 ."
    )
    six = _figure(text, "6", "2005-06-27")
    assert (six.quantity, six.subject, six.referents) == ("age", "sons", [])
    # a singular description still looks for its name
    aged = _figure(
        "Deputies identified the suspect as Jose Luis Orozco . The 27-year-old parolee was "
        "found in a bathtub .",
        "27",
        "2005-06-27",
    )
    assert aged.referents == ["Jose Luis Orozco"]


def test_the_round_a_fight_ended_in_with_its_noun_left_out() -> None:
    """ECB+ 7_2ecbplus and 7_3ecbplus: "in the 11th of their first title fight", after "five
    rounds sooner", is the round it ended in, 11 rounds (7_6ecbplus: "the bout went 11
    rounds"); it was no figure. An ordinal after another ordinal's noun leaves that noun out
    instead ("in the first minute and a 13th in the second")."""
    text = ("Klitschko finished the fight five rounds sooner than when knocking out Thompson in "
            "the 11th of their first title fight in 2008 .")  # fmt: skip
    eleventh = _figure(text, "11th", "2012-07-08")
    assert (eleventh.value, eleventh.quantity) == (11, "count:round")
    shots = annotated_figures(
        "Police fired 12 rounds in the first minute and a 13th in the second .", "2012-07-08"
    )
    assert [f.value for f in shots] == [12]


def test_a_plural_of_places_in_a_headline_is_a_counted_noun() -> None:
    """ECB+ 20_8ecbplus's headline "Powerful Quake in Iran Kills 10; 80 Hurt and 7 Villages
    Damaged": "Villages" in title case was taken for a name (WordNet's village is first a
    community, a group); a kind of place is a common noun, a people stays people."""
    headline = _figure("Powerful Quake in Iran Kills 10 ; 80 Hurt and 7 Villages Damaged", "7")
    assert headline.quantity == "count:village"
    somalis = _figure("The apprehended included 12 Somalis and 11 Yemenis.", "12")
    assert somalis.quantity == "people"


def test_an_existential_count_reaches_its_noun_past_its_description() -> None:
    """ECB+ 18_3ecb (and four more reports quoting the same witness): "there were five
    totally decked out, geared up riot squad officers" was no measure (the parser hangs the
    officers on "geared"). Only description may stand between: "There were 30 in the room,
    mostly students" counts nothing."""
    five = _figure(
        '"All of a sudden in my front yard there were five totally decked out , geared up riot '
        "squad officers with guns out of the holster , aiming at the second floor of the "
        'building right beside us , " Luke Pigeon said .',
        "five",
        "2007-10-19",
    )
    assert (five.counts, five.value) == ("officers", 5)
    assert five.quantity
    room = _figure("There were 30 in the room , mostly students .", "30")
    assert room.quantity == ""
