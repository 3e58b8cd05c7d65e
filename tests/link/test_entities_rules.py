"""The linking rules added for other stories: types from mentions, lone given names, facility
names, company suffixes, nationality-shaped words and the gazetteer pass."""

from __future__ import annotations

from collections import Counter

from entity_builders import owners, tagged_article

from storydesk.article import Article
from storydesk.link.entities import entity_label, link_entities
from storydesk.link.names import facility_extension, is_given_name, parse
from storydesk.link.orgs import org_key
from storydesk.options import Options


def _owners(articles: list[Article]) -> dict[str, str]:
    resolution = link_entities(articles, Options())
    return {v.text: e.id for e in resolution.entities for v in e.variants}


def test_type_is_one_the_mentions_carry() -> None:
    assert entity_label("LOC", Counter({"ORG": 6})) == "ORG"
    assert entity_label("LOC", Counter({"ORG": 2, "FAC": 1})) == "FAC"
    assert entity_label("LOC", Counter({"PERSON": 5, "ORG": 2})) == "ORG"
    assert entity_label("PER", Counter({"PERSON": 3, "ORG": 4})) == "PERSON"
    articles = [
        tagged_article(
            "a",
            "Tara Reid checked into Promises Treatment Center in Malibu.",
            [("Tara Reid", "PERSON"), ("Promises Treatment Center", "ORG"), ("Malibu", "GPE")],
        )
    ]
    types = {e.name: e.type for e in link_entities(articles, Options()).entities}
    assert types["Promises Treatment Center"] == "ORG"


def test_lone_given_name_joins_the_only_person_with_it() -> None:
    articles = [
        tagged_article("a", "Lindsay Lohan left.", [("Lindsay Lohan", "PERSON")]),
        tagged_article("b", "Lindsay said no.", [("Lindsay", "PERSON")]),
    ]
    owners = _owners(articles)
    assert owners["Lindsay"] == owners["Lindsay Lohan"]


def test_lone_given_name_is_not_guessed_between_two_people_or_over_a_surname() -> None:
    two = [
        tagged_article(
            "a",
            "Lindsay Lohan met Lindsay Price.",
            [("Lindsay Lohan", "PERSON"), ("Lindsay Price", "PERSON")],
        ),
        tagged_article("b", "Lindsay said no.", [("Lindsay", "PERSON")]),
    ]
    owners = _owners(two)
    assert owners["Lindsay"] not in (owners["Lindsay Lohan"], owners["Lindsay Price"])
    surname = [
        tagged_article(
            "a",
            "Jackson Browne met Michael Jackson.",
            [("Jackson Browne", "PERSON"), ("Michael Jackson", "PERSON")],
        ),
        tagged_article("b", "Jackson sang.", [("Jackson", "PERSON")]),
    ]
    owners = _owners(surname)
    assert owners["Jackson"] != owners["Jackson Browne"]


def test_facility_names_join_their_short_name_but_towns_do_not() -> None:
    assert facility_extension("betty ford", "betty ford center")
    assert facility_extension("morningside", "morningside recovery")
    assert not facility_extension("mexico", "mexico city")
    articles = [
        tagged_article(
            "a",
            "She went to the Betty Ford Center. She left Washington Hospital in Washington.",
            [("Betty Ford Center", "FAC"), ("Washington Hospital", "FAC"), ("Washington", "GPE")],
        ),
        tagged_article(
            "b",
            "She is at Betty Ford now. In Washington it rained.",
            [("Betty Ford", "PERSON"), ("Washington", "GPE")],
        ),
    ]
    owners = _owners(articles)
    assert owners["Betty Ford"] == owners["Betty Ford Center"]
    assert owners["Washington"] != owners["Washington Hospital"]


def test_company_suffixes_and_a_bare_company_word_beside_a_person() -> None:
    assert org_key("ford motors co") == org_key("ford motor company") == "ford motor"
    text = (
        "Ford Motor Company will cut jobs. Ford said so. Ford chairman William Clay Ford Jr agreed."
    )
    names = [
        ("Ford Motor Company", "ORG"),
        ("Ford", "ORG"),
        ("Ford", "ORG"),
        ("William Clay Ford Jr", "PERSON"),
    ]
    other = "Ford Motors Co cut more. Ford said it again."
    articles = [
        tagged_article("a", text, names),
        tagged_article("b", other, [("Ford Motors Co", "ORG"), ("Ford", "ORG")]),
    ]
    resolution = link_entities(articles, Options())
    owners = {v.text: e for e in resolution.entities for v in e.variants}
    assert owners["Ford"].id == owners["Ford Motor Company"].id == owners["Ford Motors Co"].id
    assert owners["Ford"].type == "ORG"
    assert owners["William Clay Ford Jr"].id != owners["Ford"].id


def test_nationalities_and_possessive_fragments_are_not_people() -> None:
    assert parse("Kiev’s European").text == "European"
    articles = [
        tagged_article(
            "a",
            "Kiev’s European allies met in Europe. European leaders spoke to European voters.",
            [
                ("Kiev’s European", "PERSON"),
                ("Europe", "LOC"),
                ("European", "NORP"),
                ("European", "NORP"),
            ],
        ),
        tagged_article(
            "b",
            "Wladimir Klitschko won. Klitschko smiled.",
            [("Wladimir Klitschko", "PERSON"), ("Klitschko", "NORP")],
        ),
    ]
    resolution = link_entities(articles, Options())
    owners = {v.text: e for e in resolution.entities for v in e.variants}
    assert owners["Europe"].type == "LOC"
    assert owners["Europe"].id != owners["European"].id
    assert all(e.type != "PERSON" for e in resolution.entities if "Europe" in e.name)
    assert owners["Klitschko"].id == owners["Wladimir Klitschko"].id


def test_gazetteer_counts_names_the_model_missed() -> None:
    articles = [
        tagged_article(
            "a",
            "Lindsay Lohan left. Lohan smiled.",
            [("Lindsay Lohan", "PERSON"), ("Lohan", "PERSON")],
        ),
        tagged_article("b", "Later Lohan cried. The Lohan Foundation paid.", []),
    ]
    resolution = link_entities(articles, Options())
    [lohan] = [e for e in resolution.entities if e.name == "Lindsay Lohan"]
    surname = next(v for v in lohan.variants if v.text == "Lohan")
    assert surname.articles == ["a", "b"] and surname.count == 2  # not "Lohan Foundation"
    assert [(f.article, f.entity) for f in resolution.found] == [("b", lohan.id)]
    assert articles[1].entities == []  # the model's annotations are left alone


def test_gazetteer_looks_for_a_surname_only_one_person_has() -> None:
    articles = [
        tagged_article(
            "a",
            "Jermayne Timmons and Joe Smith and Anna Smith met.",
            [("Jermayne Timmons", "PERSON"), ("Joe Smith", "PERSON"), ("Anna Smith", "PERSON")],
        ),
        tagged_article("b", "Police said Timmons fired. Smith saw it.", []),
    ]
    resolution = link_entities(articles, Options())
    owners = {v.text: e for e in resolution.entities for v in e.variants}
    assert owners["Timmons"].name == "Jermayne Timmons"
    assert owners["Timmons"].variants[-1].articles == ["b"]
    assert "Smith" not in owners  # two Smiths: no guess


def test_a_name_cut_before_words_in_lower_case_is_the_longer_name() -> None:
    # ECB+ 16: "the Bellflower courthouse" beside "the Bellflower Courthouse"; a name the
    # story also writes alone ("Surrey" beside "Surrey police", ECB+ 14) stays itself.
    articles = [
        tagged_article(
            "a",
            "Deputies took him to the Bellflower Courthouse. Surrey Police said so.",
            [("Bellflower Courthouse", "ORG"), ("Surrey Police", "ORG")],
        ),
        tagged_article(
            "b",
            "He appeared in the Bellflower courthouse on Monday. Surrey police said the "
            "fire in Surrey was out.",
            [("Bellflower", "ORG"), ("Surrey", "GPE"), ("Surrey", "GPE")],
        ),
    ]
    owners = _owners(articles)
    assert owners["Bellflower"] == owners["Bellflower Courthouse"]
    assert owners["Surrey"] != owners["Surrey Police"]


def test_a_place_wordnet_knows_is_no_person() -> None:
    from storydesk.link.kinds import wordnet_place

    assert wordnet_place("devon") and wordnet_place("crimea") and wordnet_place("new york")
    assert not wordnet_place("wellington") and not wordnet_place("paris")  # people too
    assert not wordnet_place("lakewood")  # not in WordNet: no evidence either way
    # ECB+ 14: "Crews from Devon and Somerset Fire and Rescue", Devon tagged PERSON.
    articles = [
        tagged_article(
            "a",
            "Crews from Devon and Somerset Fire and Rescue attended.",
            [("Devon", "PERSON"), ("Somerset Fire", "ORG")],
        ),
        tagged_article(
            "b",
            "Austin Rivers scored. Austin said so.",
            [("Austin Rivers", "PERSON"), ("Austin", "PERSON")],
        ),
    ]
    types = {v.text: e.type for e in link_entities(articles, Options()).entities
             for v in e.variants}  # fmt: skip
    assert types["Devon"] in ("GPE", "LOC")
    assert types["Austin"] == "PERSON"  # a word of a person's name in the story
    said = [
        tagged_article("c", "Oracle owns Java, and Java runs.", [("Java", "ORG"), ("Java", "ORG")])
    ]
    assert [e.type for e in link_entities(said, Options()).entities] == ["ORG"]


def test_a_blended_nickname_is_the_one_person_it_fits() -> None:
    # ECB+ 1: "LiLo" beside Lindsay Lohan; "ScarJo", "KStew" the same shape elsewhere.
    articles = [
        tagged_article("a", "Scarlett Johansson and Scarlett Smith spoke. John McCain spoke too. "
                 "Kristen Stewart and Kevin Stewman came.",
                 [("Scarlett Johansson", "PERSON"), ("Scarlett Smith", "PERSON"),
                  ("John McCain", "PERSON"), ("Kristen Stewart", "PERSON"),
                  ("Kevin Stewman", "PERSON")]),
        tagged_article("b", "ScarJo is back. McCain voted. KStew left.",
                 [("ScarJo", "ORG"), ("McCain", "PERSON"), ("KStew", "ORG")]),
    ]  # fmt: skip
    owners = _owners(articles)
    assert owners["ScarJo"] == owners["Scarlett Johansson"]
    assert owners["McCain"] == owners["John McCain"]  # a surname, not "Mc" + "Cain"
    assert owners["KStew"] not in {owners["Kristen Stewart"], owners["Kevin Stewman"]}  # two fit


def test_gazetteer_finds_a_facility_by_its_short_name_inside_a_sentence_only() -> None:
    # ECB+ 1: "Lohan checked into Promises" while the story also writes "promises" in lower
    # case; the capital inside a sentence marks the name, one opening a sentence does not.
    articles = [
        tagged_article(
            "a",
            "Tara Reid entered the Promises Treatment Center in Malibu. Her promises, the "
            "promises of fans: promises.",
            [("Tara Reid", "PERSON"), ("the Promises Treatment Center", "FAC"), ("Malibu", "GPE")],
        ),
        tagged_article(
            "b",
            "Reid checked into Promises on Monday.\nPromises were broken, a friend said of her "
            "promises.",
            [("Reid", "PERSON")],
        ),
        tagged_article(
            "c",
            "Malibu Promises Treatment Center said nothing.",
            [
                ("Malibu Promises Treatment Center", "FAC"),
            ],
        ),
    ]
    resolution = link_entities(articles, Options())
    [centre] = [e for e in resolution.entities if "Promises" in e.name]
    short = next(v for v in centre.variants if v.text == "Promises")
    assert short.articles == ["b"] and short.count == 1  # not "Promises were broken"
    assert {"Malibu Promises Treatment Center", "the Promises Treatment Center"} <= {
        v.text for v in centre.variants
    }


def test_an_adjective_opening_a_sentence_is_no_given_name() -> None:
    # ECB+ 4: "Stunning Williams quickly achieved movie success" beside Esther Williams.
    articles = [
        tagged_article(
            "a",
            "Esther Williams died on Tuesday.\nStunning Williams quickly achieved success.",
            [("Esther Williams", "PERSON"), ("Stunning Williams", "PERSON")],
        ),
        tagged_article(
            "b",
            "Actor Sunny Leone and Frank Williams came.\nSunny Leone spoke first.\n"
            "Frank Williams spoke last.",
            [
                ("Sunny Leone", "PERSON"),
                ("Frank Williams", "PERSON"),
                ("Sunny Leone", "PERSON"),
                ("Frank Williams", "PERSON"),
            ],
        ),
    ]
    owners = _owners(articles)
    assert owners["Williams"] == owners["Esther Williams"]
    assert "Stunning Williams" not in owners
    # "Sunny" is capitalised inside a sentence; "Frank" is also a noun: both stay names.
    assert "Sunny Leone" in owners and owners["Frank Williams"] != owners["Esther Williams"]


def test_a_nickname_written_inside_a_full_name_joins_both_given_names() -> None:
    articles = [
        tagged_article(
            "a",
            'Saints running back Charles "Deuce" McAllister was hurt on Sunday.',
            [('Charles "Deuce" McAllister', "PERSON")],
        ),
        tagged_article(
            "b",
            "Deuce McAllister will miss the game, coach Sean Payton said.",
            [("Deuce McAllister", "PERSON"), ("Sean Payton", "PERSON")],
        ),
        tagged_article(
            "c",
            "Charles McAllister, 29, had knee surgery. Tom Payton watched.",
            [("Charles McAllister", "PERSON"), ("Tom Payton", "PERSON")],
        ),
    ]
    owners = _owners(articles)
    assert owners["Charles McAllister"] == owners["Deuce McAllister"]
    assert owners["Tom Payton"] != owners["Sean Payton"]  # no full name declares both


def _chrysler_reports(count: int) -> list[Article]:
    """MEANTIME gm: reports that write "Chrysler", then 126361 that writes "Chrylser"."""
    written = [
        ("120554", "Chrysler will offer a $25,000 vehicle voucher and $50,000 with healthcare."),
        ("123881", "GM and Chrysler receive Canadian loans amid US restructuring ultimata"),
        ("120578", "Chrysler sales fell 48 percent."),
        ("124043", "Other automobile manufacturers also saw their car sales slip: Chrysler "
                   "reported a 39% loss."),
    ][:count]  # fmt: skip
    articles = [
        tagged_article(
            doc, text, [(n, "ORG") for n in ("GM", "Chrysler") if n in text.split(" ")]
        )
        for doc, text in written
    ]
    articles.append(
        tagged_article(
            "126361",
            "Unlike Chrylser, GM will not publicly announce the dealerships that it intends to "
            "shut down.",
            [("Chrylser", "ORG"), ("GM", "ORG")],
        )
    )
    return articles


def test_a_name_with_two_neighbouring_letters_swapped_is_the_name_written_right() -> None:
    # MEANTIME gm (126361 against four other reports): "Chrylser" is Chrysler.
    owners = _owners(_chrysler_reports(4))
    assert owners["Chrylser"] == owners["Chrysler"]
    assert owners["GM"] != owners["Chrysler"]


def test_a_misspelling_needs_the_right_spelling_in_many_more_reports() -> None:
    # MEANTIME gm cut to two reports that write "Chrysler" (hand-chosen): one report's
    # "Chrylser" against two is no clear slip (``_MISPLACED_RATIO``); it stays as written.
    owners = _owners(_chrysler_reports(2))
    assert owners["Chrylser"] != owners["Chrysler"]


def test_a_spelling_one_block_moved_is_no_right_spelling_in_its_other_block() -> None:
    # MEANTIME gm sentences as written (120578, 124043, 127226, 143480), and two reports with
    # slips typed into that text: 126029 writes "Genreal Motors" (one letter moved) and
    # 127461 "Genreal Motros" (a second slip on that slip). "Genreal Motors" sits in two
    # blocks of ``rehome.letters_misplaced``: beside General Motors (its first word's
    # letters) and beside "Genreal Motros" (its second's). Once moved into General Motors it
    # has no mentions, and the other block picks among the forms that still have some
    # (commit d7ffc41): the emptied form neither wins it nor carries "Genreal Motros" along,
    # which is two slips from General Motors and stays as written, whichever block runs first.
    written = [
        ("120578", "General Motors reported a 49% decline."),
        ("124043", "General Motors automobile sales plunge by 45%"),
        ("127226", "U.S. manufacturer General Motors seeks bankruptcy protection"),
        ("143480", "The US car manufacturer General Motors said that it would axe 10,000 jobs "
                   "at its European division, Opel."),
        ("126029", "United States automobile company Genreal Motors announced it has lost US$6 "
                   "billion in the first quarter of 2009."),
        ("127461", "Penske Auto selected to buy Genreal Motros' Saturn unit"),
    ]  # fmt: skip
    articles = [
        tagged_article(doc, text, [(n, "ORG") for n in _MOTORS if n in text])
        for doc, text in written
    ]
    for order in (articles, articles[::-1]):
        owners = _owners(list(order))
        assert owners["Genreal Motors"] == owners["General Motors"]
        assert owners["Genreal Motros"] != owners["General Motors"]


_MOTORS = ("General Motors", "Genreal Motors", "Genreal Motros")


def test_a_short_name_with_two_letters_swapped_is_another_name() -> None:
    # Hand-built: the guard of ``_MISPLACED_LENGTH``. "Ried" (an Austrian town) is "Reid"
    # with two neighbours swapped, but four letters are too few to call it a slip, however
    # often the story writes Tara Reid.
    articles = [
        tagged_article(doc, f"Tara Reid left rehab on {day}. Reid said so.", [
            ("Tara Reid", "PERSON"), ("Reid", "PERSON")])
        for doc, day in (("a", "Monday"), ("b", "Tuesday"), ("c", "Friday"), ("d", "Sunday"))
    ]  # fmt: skip
    articles.append(
        tagged_article("e", "The club plays in Ried on Saturday.", [("Ried", "GPE")])
    )
    owners = _owners(articles)
    assert owners["Ried"] != owners["Reid"]


def test_a_letter_moved_two_places_is_the_name_written_right() -> None:
    # ECB+ 7_10ecb: "The technical knockout in Klitchsko's sixth defense" (typed a place),
    # against the Klitschko of 7_1ecb, 7_7ecb and 7_9ecb (sentences as written there).
    written = [
        ("7_1ecb", "After flooring Rahman in the sixth round with a left-right combo Klitschko "
                   "wasted little time wrapping it up in the seventh."),
        ("7_7ecb", "Klitschko (52-3, 46 knockouts) retained his International Boxing "
                   "Federation title for the fifth time in the process."),
        ("7_9ecb", "Klitschko dominated the early rounds, repeatedly landing hard jabs that "
                   "Rahman just couldn't answer."),
    ]  # fmt: skip
    names = ("Klitschko", "Rahman")
    articles = [
        tagged_article(
            doc, text, [(n, "PERSON") for n in sorted(names, key=text.find) if n in text]
        )
        for doc, text in written
    ]
    articles.append(
        tagged_article(
            "7_10ecb",
            "Klitschko had knocked down Rahman in the previous round with successive left "
            "hooks.\nThe technical knockout in Klitchsko's sixth defense of the IBF belt "
            "improved the Ukrainian's record.",
            [("Klitschko", "PERSON"), ("Rahman", "PERSON"), ("Klitchsko", "GPE")],
        )
    )
    owners = _owners(articles)
    assert owners["Klitchsko"] == owners["Klitschko"]
    assert owners["Klitschko"] != owners["Rahman"]


def test_two_names_of_the_same_letters_in_another_order_are_two_names() -> None:
    # Hand-built: "Roland" and "Ronald" (both given names in the nicknames list) have the
    # same letters and the same first and last, but two letters apart trade places: no slip
    # of one letter, however often the story writes "Ronald Smith".
    articles = [
        tagged_article(doc, f"Ronald Smith spoke on {day}.", [("Ronald Smith", "PERSON")])
        for doc, day in (("a", "Monday"), ("b", "Tuesday"), ("c", "Friday"), ("d", "Sunday"))
    ]
    articles.append(
        tagged_article("e", "Roland Smith did not.", [("Roland Smith", "PERSON")])
    )
    owners = _owners(articles)
    assert owners["Roland Smith"] != owners["Ronald Smith"]


def test_a_title_after_a_place_noun_is_an_office_not_a_person() -> None:
    # ECB+ 16_9ecbplus: "L. A. County Sheriff's Deputy Jerry Ortiz" gave a person "L. A.
    # County Sheriff" (the gazetteer then found its "surname" Sheriff everywhere); 16_1ecb
    # writes "a Los Angeles County sheriff's deputy".
    articles = [
        tagged_article(
            "16_9ecbplus",
            "A Superior Court jury in Norwalk today convicted a Hawaiian Gardens gang member of "
            "murdering L. A. County Sheriff's Deputy Jerry Ortiz in June, 2005.",
            [("Norwalk", "GPE"), ("L. A. County Sheriff", "PERSON"), ("Jerry Ortiz", "PERSON")],
        ),
        tagged_article(
            "16_1ecb",
            "Two possible gang members are under arrest for the assassination-style murder of "
            "a Los Angeles County sheriff's deputy outside his house.",
            [("Los Angeles County", "GPE")],
        ),
    ]
    owners = _owners(articles)
    assert "L. A. County Sheriff" not in owners and "Sheriff" not in owners
    assert "Jerry Ortiz" in owners


def test_a_title_after_a_connector_is_no_office() -> None:
    # Hand-built: only a place noun before the title makes an office (eval/README): the
    # "of" of a span the model ran on past a person's name ("Brian May of Queen", the story
    # writing "the queen") leaves the person in the cast.
    articles = [
        tagged_article(
            "a",
            "Guitarist Brian May of Queen played on the palace roof for the queen.",
            [("Brian May of Queen", "PERSON")],
        ),
        tagged_article(
            "b", "Brian May said it was the concert of his life.", [("Brian May", "PERSON")]
        ),
    ]
    assert "Brian May of Queen" in _owners(articles)


def test_an_institution_the_model_calls_a_person_is_an_organisation() -> None:
    # ECB+ 1 (1_12ecbplus, 1_7ecbplus), as the model tags them: "an L. A Superior Court
    # judge" and "LA Superior Court Judge James R. Dabney" gave two "people"; the story
    # writes "court-mandated rehab". A given name keeps a person ("Margaret Court").
    articles = [
        tagged_article(
            "1_12ecbplus",
            "The Mean Girls star fooled an L. A Superior Court judge, a Santa Monica prosecutor "
            "and apparently her own lawyer.",
            [("L. A Superior Court", "PERSON"), ("Santa Monica", "GPE")],
        ),
        tagged_article(
            "1_7ecbplus",
            "Attorney Mark Jay Heller told LA Superior Court Judge James R. Dabney that Lohan had "
            "checked into Morningside Recovery for her 90 - day court - mandated rehab.",
            [
                ("Mark Jay Heller", "PERSON"),
                ("LA Superior Court", "PERSON"),
                ("James R. Dabney", "PERSON"),
                ("Lohan", "PERSON"),
                ("Morningside Recovery", "ORG"),
            ],
        ),
    ]
    found = owners(articles)
    assert found["L. A Superior Court"].type == found["LA Superior Court"].type == "ORG"
    assert found["James R. Dabney"].type == "PERSON"
    assert is_given_name("margaret") and not is_given_name("superior")
    # Hand-built third report: the story still writes "court" in lower case, and the
    # tennis player keeps her type by the rule's given-name guard.
    articles.append(
        tagged_article(
            "c",
            "Tennis great Margaret Court said the court should show leniency.",
            [("Margaret Court", "PERSON")],
        )
    )
    assert owners(articles)["Margaret Court"].type == "PERSON"
