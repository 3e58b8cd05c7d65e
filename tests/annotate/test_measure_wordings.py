"""What a number counts when its noun is written unusually (ECB+ reports as their outlets
wrote them): a plural in title case, a model's name before the noun, a unit WordNet and
pint read in another sense."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2008-12-14")
    return next(f for f in figures if f.text.startswith(number))


def test_a_plural_in_title_case_is_a_counted_noun() -> None:
    """12_6ecbplus: "14 AK 47 Rifles, 31 Magazines" (the model types them a product); the
    rifles are counted by their model, named before them (``counted_models.model_counted``)."""
    text = ("The ship has, thus far, confiscated a total of 14 AK 47 Rifles, 31 Magazines and "
            "923 rounds of ammunition.")  # fmt: skip
    assert _figure(text, "14").quantity == "count:ak-47"
    assert _figure(text, "31").quantity == "count:magazine"


def test_a_people_in_title_case_stays_people() -> None:
    """12_1ecb: "12 Somalis and 11 Yemenis" are people, not a common noun."""
    text = "The apprehended included 12 Somalis and 11 Yemenis."
    assert _figure(text, "12").quantity == "people"


def test_a_count_before_a_models_name_counts_the_noun_after_it() -> None:
    """12_12ecb: "seven AK-47 assault rifles" (the parser hangs "seven" on the name)."""
    text = ("The Naval commandos also boarded the pirates' boats and seized seven AK-47 "
            "assault rifles, two other rifles, a grenade launcher.")  # fmt: skip
    figure = _figure(text, "seven")
    assert figure.quantity == "count:ak-47"
    assert figure.text == "seven AK-47 assault rifles"


def test_decades_are_a_length_of_time() -> None:
    """8_1ecb: pint's own "decade" is a logarithmic factor of ten."""
    text = ("Chief Russell, who has been with the Police Department for two decades, was in "
            "critical condition.")  # fmt: skip
    figure = _figure(text, "two")
    assert figure.quantity == "duration"
    assert figure.base == 2 * 10 * 365.25


def test_a_number_right_after_a_persons_name_is_no_part_of_it() -> None:
    """11_3ecb (an ECB document with no date, so "two years ago" is no date of its own):
    "the death of longtime autocrat Saparmurat Niyazov two years ago"; the active "Police
    shot Kimani Gray 11 times" likewise (19_11ecbplus has the passive)."""
    text = ("The election of a 125-seat national legislature is the first parliamentary vote "
            "in the natural-gas rich Central Asian nation since the death of longtime autocrat "
            "Saparmurat Niyazov two years ago.")  # fmt: skip
    figures = annotated_figures(text, "")
    assert [f.quantity for f in figures if f.text == "two years"] == ["duration"]
    shot = _figure("Police shot Kimani Gray 11 times on Saturday night.", "11")
    assert (shot.quantity, shot.subject) == ("count:time", "Kimani Gray")


def test_a_number_in_a_products_name_stays_a_name() -> None:
    """MEANTIME airbus: "Trent 900 engines" name an engine; 900 counts nothing."""
    figures = annotated_figures("The A380 uses Trent 900 engines.", "2008-12-14")
    assert not [f for f in figures if f.text.startswith("900")]


def test_a_temperature_below_zero_is_measured() -> None:
    """13_1ecb and 13_4ecb (a church fire in an Alaskan winter): "degrees" with a word for
    temperature, and a bare number that a temperature is; "minus" puts it below zero."""
    degrees = _figure("Firefighters fought the blaze in temperatures of minus 17 degrees.", "17")
    assert (degrees.quantity, degrees.base, degrees.value) == ("temperature", -17, -17)
    bare = _figure("Outside temperatures were minus 20 as firefighters battled the blaze.", "20")
    assert (bare.quantity, bare.base) == ("temperature", -20)


def test_degrees_with_no_word_for_temperature_are_counted() -> None:
    """ECB+ 18: "first-degree murder"; a number of degrees with nothing about temperature
    stays a count of degrees."""
    figure = _figure("The angle of the ramp was raised by 20 degrees.", "20")
    assert figure.quantity != "temperature"
