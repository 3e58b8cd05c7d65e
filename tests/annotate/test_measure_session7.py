"""What a number measures, for wordings of ECB+ development reports that were read wrong
(session 7): dozens, a gun's calibre, the place a relative "where" stands for."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2013-03-12")
    return next(f for f in figures if f.text.startswith(number))


def test_dozens_scale_their_number() -> None:
    """19_1ecbplus, 19_7ecbplus: "about two dozen young protesters" (was 2, and "About" at
    the sentence's start made it a name once "dozen" closed the run)."""
    two_dozen = _figure("About two dozen young protesters splintered off.", "About")
    assert (two_dozen.value, two_dozen.qualifier) == (24, "about")
    assert two_dozen.quantity.startswith("people")
    assert _figure("A dozen people were hurt in the crush.", "A dozen").value == 12
    three_dozen = _figure(
        "A group of at least three dozen mostly young people rampaged through the store.",
        "at least",
    )
    assert three_dozen.value == 36


def test_a_guns_calibre_is_measured_not_counted() -> None:
    """19_1ecbplus ".38-caliber revolver" (was 38 of "count:quality", WordNet's first sense
    of caliber), 19_11ecbplus ".357 caliber revolver" (was dropped as a model's number)."""
    thirty_eight = _figure("Gray turned toward them with a loaded .38-caliber revolver.", ".38")
    assert (thirty_eight.value, thirty_eight.quantity) == (0.38, "calibre")
    magnum = _figure("He pointed a .357 caliber revolver at them.", ".357")
    assert (magnum.value, magnum.quantity) == (0.357, "calibre")
    # a shotgun's gauge is the same measure (WordNet's one synset of bore, gauge, calibre)
    assert _figure("He fired a 12-gauge shotgun.", "12").quantity == "calibre"
    # the quality sense stays no number at all
    assert not annotated_figures("He is a player of real caliber.", "")


def test_a_relative_where_gives_its_place() -> None:
    """8_3ecbplus and 8_6ecbplus: the marchers of Thessaloniki (there no place was read),
    against those of Athens."""
    relative = _figure(
        "Violence also broke out in the northern city of Thessaloniki, where another 20,000 "
        "people marched through the city center.",
        "20,000",
    )
    assert relative.places == ["Thessaloniki"]
    adverbial = _figure(
        "Meanwhile, extended clashes broke out in Salonika where approximately 50,000 people "
        "marched destroying dozens of banks.",
        "approximately",
    )
    assert adverbial.places == ["Salonika"]
    # a "where" that stands for no place named keeps none
    assert _figure("This is the house where 3 people died.", "3").places == []
