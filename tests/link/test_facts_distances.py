"""Distances from a place (``link.subjects.reference_place``, ``link.ties``)."""

from __future__ import annotations

from facts_builders import add_figure, add_place, article

from storydesk.link import facts
from storydesk.options import Options
from storydesk.story import Story


def test_distances_a_few_percent_apart_in_two_units_are_not_stated_as_differing() -> None:
    """20_3ecbplus and 20_9ecbplus: "35 miles southwest of Bandar Abbas" (56.3 km) and "60km
    south west of Bandar Abbas": round figures in the reports' own units, one distance in
    the gold, not reports that differ."""
    miles = article("a", "The USGS said the quake was 35 miles southwest of Bandar Abbas.")
    add_figure(miles, "35", 35, "miles", quantity="length", unit="mile", base=56.33)
    miles.figures[0].end = miles.text.index(" southwest")
    kilometres = article("b", "The tremor was felt 60km south west of Bandar Abbas.")
    add_figure(kilometres, "60km", 60, "", quantity="length", unit="kilometer", base=60.0)
    for art in (miles, kilometres):
        add_place(art, "Bandar Abbas")
    story = facts.align(Story(id="s", title="t", articles=[miles, kilometres]), Options())
    assert story.facts and all(fact.status != "conflict" for fact in story.facts)


def test_distances_clearly_apart_from_one_place_differ() -> None:
    """20_2ecbplus and 20_4ecbplus: 1,500 km and 1,150 km from Tehran."""
    first = article("a", "Qeshm lies 1,500 kilometers south of Tehran.")
    add_figure(first, "1,500", 1500, "kilometers", quantity="length", unit="kilometer",
               base=1500.0)  # fmt: skip
    second = article("b", "Qeshm is located 1,150 kilometers southeast of Tehran.")
    add_figure(second, "1,150", 1150, "kilometers", quantity="length", unit="kilometer",
               base=1150.0)  # fmt: skip
    for art in (first, second):
        art.figures[0].end = art.text.index(" kilometers") + len(" kilometers")
        add_place(art, "Tehran")
    story = facts.align(Story(id="s", title="t", articles=[first, second]), Options())
    assert [fact.status for fact in story.facts] == ["conflict"]
