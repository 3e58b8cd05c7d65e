"""The linking rules that read the story's own evidence: common words, kinds of names,
titled spans, and whom a bare surname means. Texts are written like the news they were seen
in (the example, ECB+ topics 1-20), never copied from the example."""

from __future__ import annotations

from collections import Counter

from entity_builders import owners as _entities
from entity_builders import tagged_article

from storydesk.article import Quote
from storydesk.link.entities import entity_label, link_entities, resolve
from storydesk.link.kinds import lists, place_word
from storydesk.link.orgs import collapsed_keys, defined_acronym
from storydesk.link.surnames import Candidate, plausible_owner
from storydesk.link.wordcase import StoryWords
from storydesk.options import Options
from storydesk.story import Story


def test_a_word_written_in_lower_case_elsewhere_or_only_where_capitals_are_required() -> None:
    words = StoryWords(
        lower=frozenset({"conflict", "us", "fire"}),
        named=frozenset({"kherson", "putin"}),
        nouns=frozenset({"glass", "window", "putin"}),
    )
    assert words.common("Conflict")  # "the conflict" outnumbers "Conflict"
    assert words.common("Glass") and words.common("Windows")  # only ever sentence-initial
    assert not words.common("Putin")  # capitalised mid-sentence somewhere
    assert not words.common("Kherson") and not words.common("NATO")
    assert not words.common("US") and words.common("FIRE")  # an acronym; a shouted word


def test_common_words_are_no_entities_but_peoples_names_are() -> None:
    articles = [
        tagged_article(
            "a",
            "The blast shattered everything. Glass rained down on the street.\n"
            "Officials said the conflict would go on. Kyiv’s mayor spoke.",
            [("Glass", "PERSON"), ("Kyiv", "GPE")],
        ),
        tagged_article(
            "b",
            "Years of Conflict ended nothing, and the conflict goes on in Kyiv.",
            [("Conflict", "PERSON"), ("Kyiv", "GPE")],
        ),
    ]
    owners = _entities(articles)
    assert "Glass" not in owners and "Conflict" not in owners
    assert owners["Kyiv"].type == "GPE"
    people = [
        tagged_article("a", "Lindsay Lohan left. Lindsay said no.", [("Lindsay Lohan", "PERSON")]),
        tagged_article("b", "Lindsay said no.", [("Lindsay", "PERSON")]),
    ]
    assert "Lindsay" in _entities(people)  # "lindsay" is in WordNet, and a given name here


def test_a_place_and_an_institution_word_are_no_person() -> None:
    articles = [
        tagged_article(
            "a",
            "A fire destroyed a store in Surrey. Surrey Police said police would stay.",
            [("Surrey", "GPE"), ("Surrey Police", "PERSON")],
        ),
        tagged_article(
            "b",
            "Anyone who saw it should call Surrey Police, which covers Surrey.",
            [("Surrey Police", "PERSON"), ("Surrey", "GPE")],
        ),
    ]
    assert _entities(articles)["Surrey Police"].type == "ORG"


def test_lists_are_read_from_the_text() -> None:
    text = "It cedes Crimea, Luhansk, and Donetsk regions, as well as Kherson and Zaporizhia."
    assert lists(text) == [(["Crimea", "Luhansk", "Donetsk"], "regions")]
    assert lists("Trump met Putin, Russia's leader, and Zelensky.") == []
    assert place_word("the regions of Donetsk", 15, 22)
    assert place_word("in the Rafah crossing", 7, 12)
    assert not place_word("Secretary of State Marco Rubio", 13, 18)


def test_places_the_story_lists_or_names_as_places_are_not_people_or_organisations() -> None:
    articles = [
        tagged_article(
            "a",
            "Russia claims Donetsk, Kherson, Luhansk, and Zaporizhzhia as its own.",
            [
                ("Russia", "GPE"),
                ("Donetsk", "GPE"),
                ("Kherson", "PERSON"),
                ("Luhansk", "GPE"),
                ("Zaporizhzhia", "GPE"),
            ],
        ),
        tagged_article(
            "b",
            "The plan gives Russia Crimea, Luhansk and Donetsk. Crimea was annexed in 2014.",
            [("Russia", "GPE"), ("Crimea", "ORG"), ("Luhansk", "GPE"), ("Crimea", "ORG")],
        ),
        tagged_article(
            "c",
            "Shelling hit Khan Younis overnight, and the town of Khan Younis lost power.",
            [("Khan Younis", "PERSON"), ("Khan Younis", "PERSON")],
        ),
    ]
    owners = _entities(articles)
    assert owners["Kherson"].type == "GPE"
    assert owners["Crimea"].type == "GPE"
    assert owners["Khan Younis"].type == "GPE"


def test_news_agencies_are_organisations() -> None:
    articles = [
        tagged_article(
            "a",
            "The quake killed 12, the Xinhua news agency said. Bloomberg reported the deal.",
            [("Xinhua", "PERSON"), ("Bloomberg", "PERSON")],
        ),
        tagged_article(
            "b",
            "Xinhua said rescuers arrived. The transcript was obtained by Bloomberg.",
            [("Xinhua", "PERSON"), ("Bloomberg", "PERSON")],
        ),
    ]
    owners = _entities(articles)
    assert owners["Xinhua"].type == "ORG" and owners["Bloomberg"].type == "ORG"
    beside_the_man = [
        tagged_article(
            "a",
            "Michael Bloomberg spoke. Bloomberg said he would run.",
            [("Michael Bloomberg", "PERSON"), ("Bloomberg", "PERSON")],
        )
    ]
    owners = _entities(beside_the_man)
    assert owners["Bloomberg"].id == owners["Michael Bloomberg"].id
    assert owners["Bloomberg"].type == "PERSON"


def test_a_title_run_into_a_name_is_the_person_with_a_role() -> None:
    articles = [
        tagged_article(
            "a",
            "Army Secretary Dan Driscoll flew in. Secretary of the Army Dan Driscoll met them.",
            [("Dan Driscoll", "PERSON"), ("the Army Dan Driscoll", "ORG")],
        ),
        tagged_article(
            "b",
            "The American Hasim Rahman lost to Hasim Rahman's rival.",
            [("The American Hasim Rahman", "ORG"), ("Hasim Rahman", "PERSON")],
        ),
    ]
    owners = _entities(articles)
    driscoll = owners["Dan Driscoll"]
    assert driscoll.type == "PERSON" and "the Army Dan Driscoll" not in owners
    assert "Army" in driscoll.roles
    assert "The American Hasim Rahman" not in owners
    assert owners["Hasim Rahman"].variants[0].count == 2


def test_a_name_shaped_form_with_a_known_surname_is_a_person() -> None:
    articles = [
        tagged_article(
            "a",
            "Pin-up model Bettie Page died. Page was 85. Ms Page lived in Los Angeles.",
            [
                ("Bettie Page", "ORG"),
                ("Page", "PERSON"),
                ("Ms Page", "PERSON"),
                ("Los Angeles", "GPE"),
            ],
        ),
        tagged_article(
            "b",
            "Bettie Page posed for Playboy. The Betty Ford Center is far from Page Street.",
            [("Bettie Page", "ORG"), ("Betty Ford Center", "ORG")],
        ),
    ]
    owners = _entities(articles)
    assert owners["Bettie Page"].type == "PERSON"
    assert owners["Page"].id == owners["Bettie Page"].id
    assert owners["Betty Ford Center"].type == "ORG"


def test_a_bare_surname_goes_to_the_person_the_article_means() -> None:
    scott = Candidate(1, frozenset({"scott"}), {"a": 0, "b": 2, "c": 5, "d": 0})
    laci = Candidate(2, frozenset({"laci"}), {"a": 3, "b": 0, "c": 1})
    # The article calls Laci by her given name: "Peterson" is Scott.
    assert plausible_owner("b", [scott, laci], frozenset({"laci", "peterson"})) == 1
    # Both in full, Scott introduced first and named in more of the story's articles.
    assert plausible_owner("a", [scott, laci], frozenset({"peterson"})) == 1
    # Only one of them named in this article.
    assert plausible_owner("d", [scott, laci], frozenset()) == 1
    # No one named in full here, and the story names both about as often: no guess.
    assert plausible_owner("e", [scott, laci], frozenset()) is None
    # Laci introduced first, Scott the story's principal: the article is unclear.
    assert plausible_owner("c", [scott, laci], frozenset({"peterson"})) is None


def test_bare_surnames_in_a_story_with_two_people_of_that_name() -> None:
    text_a = (
        "Jurors convicted Scott Peterson of murdering his wife, Laci Peterson. "
        "Laci was eight months pregnant. Peterson showed no emotion."
    )
    text_b = "Peterson's lawyer, Mark Geragos, said Scott Peterson would appeal."
    articles = [
        tagged_article(
            "a",
            text_a,
            [
                ("Scott Peterson", "PERSON"),
                ("Laci Peterson", "PERSON"),
                ("Laci", "PERSON"),
                ("Peterson", "PERSON"),
            ],
        ),
        tagged_article(
            "b",
            text_b,
            [("Peterson", "PERSON"), ("Mark Geragos", "PERSON"), ("Scott Peterson", "PERSON")],
        ),
    ]
    resolution = link_entities(articles, Options())
    scott = next(e for e in resolution.entities if e.name == "Scott Peterson")
    laci = next(e for e in resolution.entities if e.name == "Laci Peterson")
    assert {a for v in scott.variants if v.text == "Peterson" for a in v.articles} == {"a", "b"}
    assert all(v.text != "Peterson" for v in laci.variants)


def test_labels_follow_the_evidence_but_at_x_alone_keeps_an_organisation() -> None:
    assert entity_label("LOC", Counter({"PERSON": 2})) == "GPE"  # "in Rafah", tagged PERSON
    assert entity_label("LOC", Counter({"ORG": 3}), place_evidence=True) == "GPE"  # Crimea
    assert entity_label("LOC", Counter({"ORG": 1})) == "ORG"  # "analysts at the Institute"
    assert entity_label("PER", Counter({"ORG": 3})) == "PERSON"  # "Ms Page"
    assert entity_label("ORG", Counter({"PERSON": 3})) == "ORG"  # "the Xinhua news agency"


def test_organisations_by_defined_acronym_and_initialled_names() -> None:
    assert defined_acronym("the Agency (UNRWA) said", 10, "united nations relief and works agency")
    assert defined_acronym("WASHINGTON (AP) -", 10, "washington") == ""
    assert "us geological survey" in collapsed_keys("united states geological survey")
    articles = [
        tagged_article(
            "a",
            "The United Nations Relief and Works Agency (UNRWA) runs the school. "
            "The United States Geological Survey measured the quake.",
            [
                ("The United Nations Relief and Works Agency", "ORG"),
                ("UNRWA", "ORG"),
                ("The United States Geological Survey", "ORG"),
            ],
        ),
        tagged_article(
            "b",
            "UNRWA spokesman Chris Gunness spoke; the UN Relief and Works Agency is in Gaza. "
            "The quake was a 7.1, the U.S. Geological Survey said.",
            [
                ("UNRWA", "PERSON"),
                ("Chris Gunness", "PERSON"),
                ("UN Relief and Works Agency", "ORG"),
                ("Gaza", "GPE"),
                ("U.S. Geological Survey", "ORG"),
            ],
        ),
    ]
    owners = _entities(articles)
    unrwa = owners["UNRWA"]
    assert unrwa.type == "ORG"
    assert unrwa.id == owners["The United Nations Relief and Works Agency"].id
    assert unrwa.id == owners["UN Relief and Works Agency"].id
    survey = owners["U.S. Geological Survey"]
    assert survey.id == owners["The United States Geological Survey"].id
    assert survey.id != unrwa.id


def test_a_quote_by_a_bare_surname_goes_to_the_person_its_article_means() -> None:
    text_a = "Scott Peterson and his wife Laci Peterson. Laci vanished. Peterson wept."
    articles = [
        tagged_article(
            "a",
            text_a,
            [
                ("Scott Peterson", "PERSON"),
                ("Laci Peterson", "PERSON"),
                ("Laci", "PERSON"),
                ("Peterson", "PERSON"),
            ],
        ),
        tagged_article(
            "b",
            "Laci Peterson vanished in 2002. Peterson was pregnant.",
            [("Laci Peterson", "PERSON"), ("Peterson", "PERSON")],
        ),
        tagged_article("c", "Scott Peterson was sentenced.", [("Scott Peterson", "PERSON")]),
    ]
    articles[0].quotes = [Quote("a:q1", "I did not do it", "Peterson", "said", 2)]
    articles[1].quotes = [Quote("b:q1", "She was happy", "Peterson", "said", 1)]
    story = resolve(Story(id="s", title="t", articles=articles), Options())
    [scott] = [e for e in story.entities if e.name == "Scott Peterson"]
    [laci] = [e for e in story.entities if e.name == "Laci Peterson"]
    assert {"Peterson"} <= {v.text for v in scott.variants} & {v.text for v in laci.variants}
    assert articles[0].quotes[0].speaker_entity == scott.id
    assert articles[1].quotes[0].speaker_entity == laci.id
