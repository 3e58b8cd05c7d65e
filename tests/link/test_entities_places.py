"""Places across the ways news writes them (sentences from ECB+ topics 1-20, the tuned
part)."""

from __future__ import annotations

from entity_builders import tagged_article

from storydesk.link.entities import link_entities
from storydesk.link.names import places_match
from storydesk.link.states import expansion
from storydesk.options import Options


def test_a_state_written_abbreviated_is_the_state() -> None:
    # ECB+ 18 (18_2ecbplus, 18_1ecbplus): "Mich." in a headline and after a town, "Michigan"
    # elsewhere were two places of the cast.
    articles = [
        tagged_article(
            "a",
            "1 dead, 2 hurt in Mich. office shooting\nThe gunman was seen in Saginaw, Mich., "
            "police said.",
            [("Mich", "GPE"), ("Saginaw", "GPE"), ("Mich", "GPE")],
        ),
        tagged_article(
            "b",
            "A Michigan man shot to death one person on Monday.",
            [("Michigan", "GPE")],
        ),
    ]
    resolution = link_entities(articles, Options())
    [michigan] = [e for e in resolution.entities if "Michigan" in {v.text for v in e.variants}]
    assert michigan.name == "Michigan" and {v.text for v in michigan.variants} == {
        "Michigan",
        "Mich",
    }


def test_a_short_name_is_a_state_only_with_its_period_and_one_fitting_state() -> None:
    assert expansion("calif", set()) == "california"  # ECB+ 1: "Newport Beach, Calif."
    assert expansion("mo", set()) is None  # Missouri, Montana, Minnesota: no guess
    assert expansion("mo", {"missouri"}) == "missouri"  # the one the story names
    # "Mesa, Ariz." (a town) fits Minnesota's letters: without its period it stays a town.
    articles = [
        tagged_article("a", "Police in Mesa, Ariz., said so.", [("Mesa", "GPE"), ("Ariz", "GPE")])
    ]
    names = {e.name for e in link_entities(articles, Options()).entities}
    assert names == {"Mesa", "Arizona"}


def test_two_facilities_that_share_only_their_generic_words_are_two_places() -> None:
    # MEANTIME airbus: "Chiang Mai International Airport" was merged with "Changi
    # International Airport" (the long shared tail made the spellings 90% alike).
    assert not places_match("chiang mai international airport", "changi international airport")
    assert places_match("gulf of aden", "gulf of eden")  # ECB+ 12: a misspelling, one gulf
    assert places_match(
        "the internationally recognised transit corridor",
        "the internationally recognized transit corridor",
    )


def test_a_group_named_in_the_plural_is_the_one_named_in_the_singular() -> None:
    # ECB+ 13_13ecb: "the insane hatred that Democrats directed toward Palin ... the work of a
    # liberal Democrat"; the example's "Russian delegates" / "talks with the Russians" were
    # two entities of its cast. A plural without its singular stays as it is.
    articles = [
        tagged_article(
            "a",
            "Given the insane hatred that Democrats directed toward Palin during the recent "
            "campaign, it would be easy to jump to the conclusion that the arson is the work "
            "of a liberal Democrat.",
            [("Democrats", "NORP"), ("Palin", "PERSON"), ("Democrat", "NORP")],
        ),
        tagged_article(
            "b",
            "Driscoll began talks with the Russians on Monday; Israelis watched.",
            [("Driscoll", "PERSON"), ("Russians", "NORP"), ("Israelis", "NORP")],
        ),
        tagged_article(
            "c", "Driscoll met Russian delegates.", [("Driscoll", "PERSON"), ("Russian", "NORP")]
        ),
    ]
    resolution = link_entities(articles, Options())
    variants = sorted(sorted(v.text for v in e.variants) for e in resolution.entities)
    assert ["Democrat", "Democrats"] in variants
    assert ["Russian", "Russians"] in variants
    assert ["Israelis"] in variants
