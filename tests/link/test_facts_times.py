"""Counts of times, of whom (ECB+ 19ecbplus, the shooting of Kimani Gray), as its outlets
wrote them."""

from __future__ import annotations

from facts_builders import add_entity, add_figure, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.options import Options
from storydesk.story import Fact, Story


def times(article_id: str, text: str, number: str, value: float, subject: str) -> Article:
    art = article(article_id, text)
    add_entity(art, subject, "PERSON")
    verb = ["shoot"] if "shot" in text else ["marry"]
    offset = ["@offset"] if " after " in text else []  # as annotate.frames marks it
    add_figure(art, number, value, "times", quantity="count:time", subject=subject,
               frame=offset + verb)  # fmt: skip
    return art


def align(*articles: Article) -> list[Fact]:
    return facts.align(Story(id="s", title="t", articles=list(articles)), Options()).facts


def test_shots_counted_on_one_person_conflict() -> None:
    found = align(
        times("a", "Kimani Gray was shot 11 times by police on Saturday.", "11", 11,
              "Kimani Gray"),
        times("b", "The autopsy showed Kimani Gray had been shot seven times.", "seven", 7,
              "Kimani Gray"),
    )  # fmt: skip
    assert [f.status for f in found] == ["conflict"]


def test_a_time_since_is_no_reason_to_part_counts_of_times() -> None:
    """ "shot eleven times after police said …" (19_8ecbplus) counts shots, however the
    clause goes on."""
    found = align(
        times("a", "Kimani Gray was shot 11 times by police on Saturday.", "11", 11,
              "Kimani Gray"),
        times("b", "Kimani Gray was shot 11 times after police said he pulled a gun.", "11", 11,
              "Kimani Gray"),
    )  # fmt: skip
    assert [f.status for f in found] == ["agree"]
