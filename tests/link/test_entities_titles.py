"""Titles written beside a person's name: where they are, for the cast's roles and the scorer.

Sentences from MEANTIME corpus_gm (tuned part), as written there.
"""

from __future__ import annotations

from entity_builders import tagged_article

from storydesk.link.context import role_span_after, role_span_before
from storydesk.link.entities import link_entities
from storydesk.options import Options


def test_a_title_with_of_the_before_a_name_is_read_whole() -> None:
    # MEANTIME gm 127227: "of the" inside the title no longer cuts it at "the".
    text = (
        "In a televised speech from the White House at 16:00 UTC today, President of the "
        "United States Barack Obama presented a reorganization plan"
    )
    role, start, end = role_span_before(text, text.index("Barack"))
    assert role == "President of the United States"
    assert text[start:end] == role
    # A name after a sentence's end takes no title from the sentence before it.
    text = "The plan was presented by the President.\nBarack Obama spoke later."
    assert role_span_before(text, text.index("Barack"))[0] == ""


def test_a_title_in_apposition_may_end_the_sentence() -> None:
    # MEANTIME gm 126311 and 123881: the appositive closes the sentence with its period.
    text = (
        '"It\'s a difficult day for us," said Jim Press, the Vice Chairman of Chrysler.\n'
        "Company executives said the firm is trying to eliminate dealerships."
    )
    role, start, end = role_span_after(text, text.index(", the Vice"))
    assert (role, text[start:end]) == ("Vice Chairman of Chrysler", "Vice Chairman of Chrysler")
    text = 'said Barack Obama, President of the United States.\n"These companies must'
    assert role_span_after(text, text.index(", President"))[0] == ("President of the United States")
    # A clause after the comma is no title ("Obama, who spoke.").
    text = "said Barack Obama, who spoke later.\nThe"
    assert role_span_after(text, text.index(", who"))[0] == ""


def test_titles_beside_names_are_kept_with_where_they_are_written() -> None:
    # MEANTIME gm 123881: the person's title is the words that name him there, not the
    # country inside it; the cast lists it among his roles.
    text = (
        '"The American auto industry is a symbol of America\'s success," said Barack Obama, '
        "President of the United States.\n"
        "Stephen Harper, Prime Minister of Canada, said that Canada would help."
    )
    article = tagged_article(
        "123881",
        text,
        [
            ("America", "GPE"),
            ("Barack Obama", "PERSON"),
            ("United States", "GPE"),
            ("Stephen Harper", "PERSON"),
            ("Canada", "GPE"),
            ("Canada", "GPE"),
        ],
    )
    resolution = link_entities([article], Options())
    names = {e.id: e for e in resolution.entities}
    titles = {text[f.start : f.end]: names[f.entity].name for f in resolution.titles}
    assert titles == {
        "President of the United States": "Barack Obama",
        "Prime Minister of Canada": "Stephen Harper",
    }
    harper = next(e for e in resolution.entities if e.name == "Stephen Harper")
    assert harper.roles == ["Prime Minister of Canada"]
    # The title is Harper's, not a role of the country inside it.
    canada = next(e for e in resolution.entities if e.name == "Canada")
    assert canada.roles == []


def test_an_age_before_a_title_in_apposition_is_passed_over() -> None:
    # ECB+ 18_6ecb: the age comes between the name and the title; an age alone is no title.
    text = (
        "Inside the building, Benjamin David Banky, 40, the CEO of TallGrass, lay dead.\n"
        "Riva, 47, of Sterling Heights, was shot."
    )
    role, start, end = role_span_after(text, text.index(", 40"))
    assert (role, text[start:end]) == ("CEO of TallGrass", "CEO of TallGrass")
    assert role_span_after(text, text.index(", 47"))[0] == ""


def test_an_owners_title_before_a_name_and_a_title_after_a_suffix_are_read() -> None:
    """MEANTIME gm 31706: "the brainchild of Ford's Chief Executive Officer, William Clay
    Ford Jr., is to end Ford's North American losses"; gm 123881: "said William Clay Ford
    Jr., executive chairman of Ford Motor Co." (the model ends the name before "Jr."'s
    period). Without an owner's possessive, a title before the comma is the clause's:
    "After meeting the Prime Minister, Smith said"."""
    articles = [
        tagged_article(
            "31706",
            "The plan, the brainchild of Ford's Chief Executive Officer, William Clay Ford "
            "Jr., is to end Ford's North American losses by 2008.",
            [("William Clay Ford Jr", "PERSON")],
        ),
        tagged_article(
            "123881",
            'it really helps," said William Clay Ford Jr., executive chairman of Ford Motor '
            "Co. Ford Motor Company has not asked for loans.",
            [("William Clay Ford Jr", "PERSON"), ("Ford Motor Company", "ORG")],
        ),
        tagged_article(
            "other",
            "After meeting the Prime Minister, Smith said the talks went well.",
            [("Smith", "PERSON")],
        ),
    ]
    entities = {e.name: e for e in link_entities(articles, Options()).entities}
    ford = entities["William Clay Ford Jr"]
    assert set(ford.roles) == {"Chief Executive Officer", "executive chairman of Ford Motor Co"}
    assert entities["Smith"].roles == []
