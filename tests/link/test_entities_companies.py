"""Companies the model types otherwise, and their short names, on MEANTIME corpus_gm text.

Sentences as written in MEANTIME gm (tuned part); the file names are its documents.
"""

from __future__ import annotations

from entity_builders import owners, tagged_article

from storydesk.link.entities import link_entities
from storydesk.link.wordcase import proper_noun
from storydesk.options import Options


def test_a_two_letter_acronym_is_found_where_the_model_missed_it() -> None:
    # 143480's headline: the model tags "General Motors" and "GM" in the body, not the "GM"
    # of "Automaker GM to cut 10,000 jobs at Opel".
    text = (
        "Automaker GM to cut 10,000 jobs at Opel\n"
        "The US car manufacturer General Motors said that it would axe 10,000 jobs at its "
        "European division, Opel.\n"
        "A day before the announcement, GM said it was cancelling a deal to sell Opel."
    )
    article = tagged_article(
        "143480",
        text,
        [("Opel", "ORG"), ("General Motors", "ORG"), ("Opel", "ORG"), ("GM", "ORG")],
    )
    resolution = link_entities([article], Options())
    gm = next(e for e in resolution.entities if any(v.text == "GM" for v in e.variants))
    assert [text[f.start : f.end] for f in resolution.found if f.entity == gm.id] == ["GM"]


def test_a_two_letter_acronym_is_not_searched_in_a_line_in_capitals() -> None:
    # The same story with a shouted line: its "US" is the pronoun, not the country.
    text = (
        "The US car manufacturer General Motors said it would axe 10,000 jobs.\n"
        "TELL US WHAT YOU THINK\n"
        "Opel workers in the US and in Germany protested."
    )
    article = tagged_article(
        "143480",
        text,
        [("US", "GPE"), ("General Motors", "ORG"), ("Germany", "GPE")],
    )
    resolution = link_entities([article], Options())
    body = text.index("Opel workers")
    assert [(text[f.start : f.end], f.start > body) for f in resolution.found] == [("US", True)]


def test_a_word_wordnet_writes_only_as_a_name_is_no_common_word() -> None:
    # 68899: "Cerberus" opens both sentences that write it alone, and the lexicon lists
    # "cerberus" (the hound of Hades): the short name of Cerberus Capital Management all
    # the same, as WordNet writes it with its capital. "Glass" or "Windows" (the plural of
    # "window") stay common words.
    assert proper_noun("Cerberus") and proper_noun("Monday")
    assert not proper_noun("Glass") and not proper_noun("Windows")
    text = (
        "DaimlerChrysler has announced it will sell off 80.1% of the Chrysler Group by "
        "selling it to New York City-based private equity firm Cerberus Capital Management "
        "for US$7.4 billion.\n"
        "Cerberus has agreed to take on billions of dollars in pension and retiree health "
        "care costs at Chrysler.\n"
        "Cerberus also led a consortium that acquired the majority stake in GMAC."
    )
    article = tagged_article(
        "68899",
        text,
        [
            ("DaimlerChrysler", "ORG"),
            ("Chrysler Group", "ORG"),
            ("Cerberus Capital Management", "ORG"),
            ("Cerberus", "PERSON"),
            ("Chrysler", "ORG"),
            ("Cerberus", "PERSON"),
            ("GMAC", "ORG"),
        ],
    )
    cast = owners([article])
    assert cast["Cerberus"] is cast["Cerberus Capital Management"]
    assert cast["Cerberus"].type == "ORG"


def test_a_name_with_a_corporate_suffix_is_no_person() -> None:
    # 127461: the model tags "Saturn Corporation" and the lone "Saturn" as people.
    text = (
        "In a statement, the Penske Automotive Group (PAG) was selected to purchase Saturn "
        "Corporation.\n"
        "The purchase includes rights to the Saturn brand.\n"
        "Saturn has 350 dealers across the United States."
    )
    article = tagged_article(
        "127461",
        text,
        [
            ("Penske Automotive Group", "ORG"),
            ("Saturn Corporation", "PERSON"),
            ("Saturn", "PERSON"),
            ("Saturn", "PERSON"),
            ("United States", "GPE"),
        ],
    )
    cast = owners([article])
    assert cast["Saturn Corporation"].type == "ORG"
    assert cast["Saturn"] is cast["Saturn Corporation"]


def test_a_given_name_and_a_newspaper_word_tagged_a_person_is_a_person() -> None:
    # 124043 and 126311: Chrysler's vice chairman Jim Press, whose surname is a newspaper's
    # word ("Detroit Free Press"); the model tags him a person, his surname voted him a
    # newspaper.
    articles = [
        tagged_article(
            "124043",
            '"It\'s too early to see a trend," said the vice president and chairman of '
            "Chrysler LLC Jim Press.",
            [("Chrysler LLC", "ORG"), ("Jim Press", "PERSON")],
        ),
        tagged_article(
            "126311",
            '"It\'s a difficult day for us," said Jim Press, the Vice Chairman of Chrysler.\n'
            "Press said the dealers would be told on Thursday.",
            [("Jim Press", "PERSON"), ("Chrysler", "ORG"), ("Press", "ORG")],
        ),
    ]
    cast = owners(articles)
    assert cast["Jim Press"].type == "PERSON"
    assert cast["Press"] is cast["Jim Press"]
    assert "Vice Chairman of Chrysler" in cast["Jim Press"].roles
    # Not every name ending in a newspaper's word: "the Detroit Free Press" stays one.
    paper = tagged_article(
        "x", "The Detroit Free Press reported it.", [("The Detroit Free Press", "ORG")]
    )
    assert owners([paper])["The Detroit Free Press"].type == "ORG"


def test_a_corporate_suffix_alone_is_no_name() -> None:
    # 124043, with the model's span cut between the company and its legal form.
    article = tagged_article(
        "124043",
        '"It\'s too early to see a trend," said the vice president and chairman of Chrysler '
        "LLC Jim Press.",
        [("Chrysler", "ORG"), ("LLC", "ORG"), ("Jim Press", "PERSON")],
    )
    cast = owners([article])
    assert "LLC" not in cast
    assert "Chrysler" in cast and "Jim Press" in cast
