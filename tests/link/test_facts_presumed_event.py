"""A casualty count whose sentence names no place is presumed to be about the story's event
(ECB+ 8: "Police said 12 people were injured in the riots" / "… 18 people had been injured
in the violence" is a real disagreement); a count placed elsewhere, or reported weeks
later, is not. A report's own conversion in brackets is no value of its own (ECB+ 20)."""

from __future__ import annotations

from storydesk.annotate import annotate
from storydesk.article import Article
from storydesk.link import link
from storydesk.options import Options
from storydesk.story import Fact, Story


def _facts(*texts: tuple[str, str]) -> list[Fact]:
    options = Options.load()
    articles = [
        Article(id=f"a{i}", source=f"outlet{i}", text=text, published=day)
        for i, (text, day) in enumerate(texts)
    ]
    story = Story(id="s", title="t", articles=annotate(articles, options))
    return link(story, options).facts


def _injuries(facts: list[Fact]) -> list[tuple[str, list[float]]]:
    return [(f.status, sorted(v.value for v in f.values)) for f in facts
            if f.quantity == "injuries"]  # fmt: skip


def test_unplaced_counts_of_one_story_are_one_fact() -> None:
    facts = _facts(
        ("Thousands marched in Athens. Police said 12 people were injured in the riots.",
         "2010-05-05"),
        ("Riots broke out in Athens. Police said 18 people had been injured in the violence.",
         "2010-05-05"),
    )  # fmt: skip
    assert ("conflict", [12, 18]) in _injuries(facts)


def test_a_count_placed_elsewhere_stays_apart() -> None:
    facts = _facts(
        ("Police said 12 people were injured in the riots.", "2010-05-05"),
        (
            "Eighteen people were injured in clashes with police in Thessaloniki, Greece.",
            "2010-05-05",
        ),
    )
    assert all(status != "conflict" for status, _ in _injuries(facts))


def test_counts_reported_weeks_apart_are_not_rivals() -> None:
    facts = _facts(
        ("Police said 12 people were injured in the riots.", "2010-05-05"),
        ("Police said 18 people had been injured in the violence.", "2010-07-01"),
    )
    assert all(status != "conflict" for status, _ in _injuries(facts))


def test_a_reports_own_conversion_is_not_a_value_of_its_own() -> None:
    # ECB+ 20: "58km (36 miles)" compared as 36 miles against another report's 60km read as a
    # disagreement; the bracketed value is the same distance restated
    facts = _facts(
        ("The survey put the epicentre at about 58km (36 miles) south-west of the port.",
         "2005-11-28"),
        ("The epicentre was 60km south-west of the port, the survey said.", "2005-11-28"),
    )  # fmt: skip
    values = [v.text for f in facts for v in f.values]
    assert "36 miles" not in values
    assert any("58km" in text for text in values)
