"""Counts listed in one series, and verbs that are synonyms: ECB+ 12ecbplus, the Indian
Navy's seizure of arms from pirate boats, as its outlets wrote it.

Outlets list the same haul ("rifles, magazines and rounds") and differ on its counts; one
writes "confiscated", another "were seized". The series ties each count to the other
report's count of the same thing, and the two verbs are one action.
"""

from __future__ import annotations

from facts_builders import add_figure, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.link.slots import contexts
from storydesk.options import Options
from storydesk.story import Fact, Story

SEIZED = (
    "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats."
)  # 12_11ecbplus
CONFISCATED = (
    "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat along "
    "with grapnels."
)  # 12_7ecbplus


def series(article_id: str, text: str, items: list[tuple[str, str, float, str]]) -> Article:
    """``items``: (the item's words, its number, value, counted noun), in text order."""
    art = article(article_id, text)
    for words, number, value, counts in items:
        start = text.index(words)
        add_figure(art, number, value, counts, end=start + len(words),
                   action="seize" if "seized" in text else "confiscate")  # fmt: skip
    return art


def align(*articles: Article) -> list[Fact]:
    return facts.align(Story(id="s", title="t", articles=list(articles)), Options()).facts


def by_quantity(found: list[Fact]) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for fact in found:
        table.setdefault(fact.quantity, []).append(fact.status)
    return table


def test_one_series_in_two_reports_ties_each_count() -> None:
    found = align(
        series("a", SEIZED, [("Six AK 47 rifles", "Six", 6, "rifles"),
                             ("12 magazines", "12", 12, "magazines"),
                             ("300 rounds", "300", 300, "rounds")]),
        series("b", CONFISCATED, [("14 AK-47 rifles", "14", 14, "rifles"),
                                  ("31 magazines", "31", 31, "magazines"),
                                  ("923 rounds", "923", 923, "rounds")]),
    )  # fmt: skip
    assert by_quantity(found) == {
        "count:rifle": ["conflict"], "count:magazine": ["conflict"], "count:round": ["conflict"]
    }  # fmt: skip


def test_a_count_outside_a_series_is_not_tied_by_it() -> None:
    """The rifles of a sentence listing nothing else say nothing of which haul they are."""
    alone = "Commandos seized six rifles from the boats."
    found = align(
        series("a", alone, [("six rifles", "six", 6, "rifles")]),
        series("b", CONFISCATED, [("14 AK-47 rifles", "14", 14, "rifles"),
                                  ("31 magazines", "31", 31, "magazines"),
                                  ("923 rounds", "923", 923, "rounds")]),
    )  # fmt: skip
    assert by_quantity(found)["count:rifle"] == ["single", "single"]


def test_series_items_know_the_other_things_listed() -> None:
    art = series("b", CONFISCATED, [("14 AK-47 rifles", "14", 14, "rifles"),
                                    ("31 magazines", "31", 31, "magazines"),
                                    ("923 rounds", "923", 923, "rounds")])  # fmt: skip
    listed = {c.thing: c.listed for c in contexts(Story(id="s", title="t", articles=[art]))}
    assert listed["count:rifle"] == {"count:magazine", "count:round"}


def test_synonymous_verbs_are_one_action_and_others_stay_apart() -> None:
    """ "confiscated" and "were seized" (ECB+ 12ecbplus); drones "fired" and "downed" (the
    example's Kyiv attack) are two counts."""
    groups = facts.action_groups({"confiscate", "seize", "fire", "down"})
    assert groups["confiscate"] == groups["seize"]
    assert len({groups["fire"], groups["down"], groups["seize"]}) == 3
