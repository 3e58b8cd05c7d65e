"""A fact's status when its values are written in different units."""

from __future__ import annotations

from facts_builders import add_figure, article

from storydesk.link.fact_status import status
from storydesk.link.slots import contexts
from storydesk.story import Story


def test_one_distance_in_two_units_is_approximate() -> None:
    """20_3ecbplus and 20_9ecbplus: "35 miles southwest of Bandar Abbas" (56.3 km) and "60km
    south west of Bandar Abbas": round figures in the reports' own units, one distance said
    loosely, not rival reports (the gold's "approximate")."""
    miles = article("a", "The USGS said the quake was 35 miles southwest of Bandar Abbas.")
    add_figure(miles, "35", 35, "miles", quantity="length", unit="mile", base=56.33)
    kilometres = article("b", "The tremor was felt 60km south west of Bandar Abbas.")
    add_figure(kilometres, "60km", 60, "", quantity="length", unit="kilometer", base=60.0)
    found = contexts(Story(id="s", title="t", articles=[miles, kilometres]))
    assert status(found) == "approximate"


def test_two_distances_in_two_units_further_apart_differ() -> None:
    """20_2ecbplus and 20_4ecbplus: 1,500 km and "1,150 kilometers ( 700 miles )" from
    Tehran (1,127 km): reports that differ, whatever the units."""
    kilometres = article("a", "Qeshm lies 1,500 kilometers south of Tehran.")
    add_figure(kilometres, "1,500", 1500, "kilometers", quantity="length", unit="kilometer",
               base=1500.0)  # fmt: skip
    miles = article("b", "Qeshm is located 700 miles southeast of Tehran.")
    add_figure(miles, "700", 700, "miles", quantity="length", unit="mile", base=1126.5)
    found = contexts(Story(id="s", title="t", articles=[kilometres, miles]))
    assert status(found) == "conflict"
