"""Fragments of names in the cast (spans cut short, run on into a title, holding a stray
quote mark) and a facility's short name read as a town. Sentences from ECB+ topics 1 and 16
(tuned part) as written there, one sentence a line.
"""

from __future__ import annotations

from entity_builders import owners, tagged_article


def test_a_name_always_cut_before_capitalised_words_is_the_longer_name() -> None:
    # 16_1ecbplus and 16_2ecbplus: the model tags "Hawaiian" (NORP) of "a Hawaiian Gardens
    # gang member"; another report tags the city whole.
    articles = [
        tagged_article(
            "16_1ecbplus",
            "Murder charges were filed against a Hawaiian Gardens gang member accused of "
            "gunning down Deputy Luis Gerardo (Jerry) Ortiz a month ago.",
            [("Hawaiian", "NORP"), ("Luis Gerardo (Jerry) Ortiz", "PERSON")],
        ),
        tagged_article(
            "16_8ecbplus",
            "Ortiz was shot while investigating an earlier shooting in Hawaiian Gardens.",
            [("Ortiz", "PERSON"), ("Hawaiian Gardens", "GPE")],
        ),
    ]
    cast = owners(articles)
    assert cast["Hawaiian"] is cast["Hawaiian Gardens"]
    # A name the story also writes alone stays itself, whatever follows it elsewhere.
    articles.append(tagged_article("x", "The Hawaiian delegation arrived.", [("Hawaiian", "NORP")]))
    cast = owners(articles)
    assert cast["Hawaiian"] is not cast["Hawaiian Gardens"]


def test_a_title_written_abbreviated_after_a_place_is_no_part_of_it() -> None:
    # 16_7ecbplus: "Los Angeles County Dist. Atty. Steve Cooley", the model's place running
    # into the abbreviated title; "Lakewood Sheriff" (16_2ecbplus) stays the station.
    articles = [
        tagged_article(
            "16_7ecbplus",
            "Los Angeles County Dist. Atty. Steve Cooley said he expected Orozco to be "
            "charged.\nThe deputy was killed in Los Angeles County in June.",
            [
                ("Los Angeles County Dist", "GPE"),
                ("Steve Cooley", "PERSON"),
                ("Orozco", "PERSON"),
                ("Los Angeles County", "GPE"),
            ],
        ),
        tagged_article(
            "16_2ecbplus",
            "Dep. Ortiz is the fifth Lakewood Sheriff Deputy slain while on duty.\n"
            "He was a Lakewood Award of Valor winner in Lakewood.",
            [("Ortiz", "PERSON"), ("Lakewood Sheriff", "FAC"), ("Lakewood", "GPE")],
        ),
    ]
    cast = owners(articles)
    assert cast["Los Angeles County"].name == "Los Angeles County"
    assert "Los Angeles County Dist" not in cast
    assert cast["Lakewood Sheriff"] is not cast["Lakewood"]


def test_a_quote_mark_the_span_does_not_close_is_left_out() -> None:
    # 16_6ecbplus: the model's span opens inside the quoted title of a television show.
    text = (
        "Investigators showed Orozco talking about his appearance on the \"America's Most "
        'Wanted" television show.'
    )
    article = tagged_article(
        "16_6ecbplus",
        text,
        [("Orozco", "PERSON"), ("the \"America's Most Wanted", "EVENT")],
    )
    cast = owners([article])
    assert "the America's Most Wanted" in cast
    assert all('"' not in name for name in cast)


def test_a_facility_short_name_tagged_a_town_with_nothing_saying_so_is_the_facility() -> None:
    # ECB+ 1_1ecbplus and 1_20ecbplus: "Cliffside" is tagged GPE where the story never writes
    # "in Cliffside", and WordNet lists no such place: the Cliffside Rehab Center's short
    # name. Malibu, written "in Malibu", stays a town.
    articles = [
        tagged_article(
            "1_1ecbplus",
            "A judge signed an order yesterday allowing the transfer to Cliffside, where she "
            "will continue with her 90 - day court - ordered rehab.",
            [("Cliffside", "GPE")],
        ),
        tagged_article(
            "1_20ecbplus",
            "The Mean Girls star just checked - in to the Cliffside Rehab Center in Malibu, "
            "where she will receive extensive treatment.",
            [
                ("Mean Girls", "WORK_OF_ART"),
                ("the Cliffside Rehab Center", "ORG"),
                ("Malibu", "GPE"),
            ],
        ),
    ]
    cast = owners(articles)
    assert cast["Cliffside"] is cast["the Cliffside Rehab Center"]
    assert cast["Malibu"] is not cast["the Cliffside Rehab Center"]
