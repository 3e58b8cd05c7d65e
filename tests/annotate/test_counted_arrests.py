"""People counted by what was done to them: seized, arrested, apprehended or jailed people
are one count of arrests (held ECB+ 26ecb, session 11: "99 alleged Sicilian Mafia members
seized" against "89 people were arrested"), with unseen wordings, and one of a group does
not own the group's size."""

from __future__ import annotations

import pytest
from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2013-09-14")
    return next(f for f in figures if f.text.startswith(number))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # held 26_1ecb and 26_8ecb: people seized and people arrested are one count
        ("Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has "
         "apparently hanged himself.", "99"),
        ("Police said 89 people were arrested following a nine-month probe.", "89"),
        # unseen wordings: a kind of arrest, detaining, seizing as the verb
        ("Officers apprehended 15 men near the border.", "15"),
        ("Police detained 30 people after the march.", "30"),
        ("Police seized 40 suspects in the raid.", "40"),
    ],
)
def test_people_seized_or_jailed_are_arrests(text: str, number: str) -> None:
    assert _figure(text, number).quantity == "arrests"


def test_things_seized_and_people_grabbed_are_no_arrests() -> None:
    assert _figure("Police seized 30 rifles in the raid.", "30").quantity == "count:rifle"
    grabbed = _figure("He grabbed two men by the collar.", "two")
    assert grabbed.quantity != "arrests"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # review, session 11: trapping is a kind of confining, no arrest (issue 8's "14
        # others trapped"); people seized by others than the law are hostages or captives
        ("Fourteen miners were trapped underground after the blast.", "Fourteen"),
        ("Rebels seized 20 hostages at the embassy.", "20"),
        ("Hamas seized 3 Israeli soldiers in the raid.", "3"),
        # jailing and imprisoning are sentences in a court report (review, session 11)
        ("Three men were jailed for life at the Old Bailey on Friday for the murder of Lee "
         "Rigby in Woolwich.", "Three"),
        ("Two men were imprisoned for 20 years on Monday for the bombing in Boston.", "Two"),
    ],
)
def test_people_trapped_or_taken_by_others_than_the_law_are_no_arrests(
    text: str, number: str
) -> None:
    assert _figure(text, number).quantity != "arrests"


def test_people_seized_by_the_law_are_arrests() -> None:
    assert _figure("12 men were seized by the FBI.", "12").quantity == "arrests"


def test_one_of_a_group_does_not_own_its_size() -> None:
    """Held 26_1ecb: "Gaetano Lo Presti, one of 99 …" gave the 99 to him; "the Coalition of
    the Willing, a group of 30 countries" still gives the 30 to the coalition."""
    one = _figure(
        "Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has "
        "apparently hanged himself.",
        "99",
    )
    assert one.subject is None
