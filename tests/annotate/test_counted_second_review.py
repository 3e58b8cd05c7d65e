"""What a count counts when capitals and digits stand before its noun, and what a bare number
that does what people do counts when the sentence before names the things (second review of
session 9, on the reviewer's sentences)."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2019-06-01")
    return next(f for f in figures if f.text.startswith(number))


def test_a_flight_an_event_or_a_road_before_people_or_a_way_is_no_model() -> None:
    """``counted_models.model_counted`` took any capitals and digits before a plural noun for the
    model counted: '239 MH370' counted MH370s, and the passengers were lost."""
    passengers = _figure(
        "Relatives of the 239 MH370 passengers gathered at a Beijing hotel on Sunday.", "239"
    )
    assert (passengers.text, passengers.quantity) == ("239 MH370 passengers", "people:passenger")
    delegates = _figure("More than 40,000 COP26 delegates are expected in Glasgow.", "More")
    assert delegates.quantity == "people:delegate"
    drivers = _figure("All 20 F1 drivers took part in the tribute before the race.", "20")
    assert drivers.quantity == "count:driver"  # WordNet's driver is an operator, no person
    lanes = _figure("Two I-95 lanes were closed after the crash.", "Two")
    assert lanes.quantity == "count:lane"


def test_a_model_of_a_made_instrument_is_still_counted_by_its_model() -> None:
    """The near miss the rule keeps: a plural model ("F-16s") or a model before a weapon or a
    vehicle ("F-16 jets", "AK 47 guns"; ECB+ 12 in test_measure_session9)."""
    jets = _figure("The air force sent two F-16 jets to escort the airliner.", "two")
    assert jets.quantity == "count:f-16"
    plural = _figure("The air force sent two F-16s to escort the airliner.", "two")
    assert plural.quantity == "count:f-16"


def test_a_bare_number_after_a_count_of_things_counts_those_things() -> None:
    """``counted._doers``: "finish" is done by somebody in WordNet's frames, so 'Only 22'
    counted people, where the sentence before counted forty cars."""
    cars = "Forty cars started the Daytona 500. Only 22 finished, and 3 crashed."
    finished = _figure(cars, "Only 22")
    assert finished.quantity == "count:car"
    assert finished.action == "part:finish"  # a part of the forty, never their number
    boats = _figure("Twenty boats entered the Sydney to Hobart race. Only 12 finished.", "Only 12")
    assert boats.quantity == "count:boat"


def test_a_bare_number_after_a_count_of_people_still_counts_people() -> None:
    """The near miss: the sentence before counts people (or no one), so the doers are
    people, as "where 10,000 gathered" (ECB+ 19_14ecb) is."""
    runners = _figure("Forty runners started the race. Only 22 finished.", "Only 22")
    assert runners.quantity == "people"
    alone = _figure("The race was run in heavy rain. Only 22 finished.", "Only 22")
    assert alone.quantity == "people"
