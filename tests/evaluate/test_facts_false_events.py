"""``events_without_false_conflict``: the share of gold events in which no wrong conflict is
stated, so that a part whose gold labels no conflict (work, untouched) still gates precision."""

from __future__ import annotations

from storydesk.article import Article
from storydesk.evaluate import facts
from storydesk.options import Options


def _scored(event: facts.GoldEvent, *texts: str, counts: facts.Counts) -> None:
    articles = [
        Article(id=f"{event.name}-{n}", source=f"a{n}.txt", text=text, published="2009-01-10")
        for n, text in enumerate(texts)
    ]
    facts.score(event, facts.story_of(articles, Options.load()), {}, counts)


def test_an_event_with_a_conflict_the_gold_does_not_hold_is_not_clean() -> None:
    counts = facts.Counts()
    quake = facts.GoldEvent(name="quake", split="dev", documents=[])
    _scored(
        quake,
        "The earthquake killed 12 people in the town of Ayla on Monday.",
        "The earthquake killed 19 people in the town of Ayla on Monday.",
        counts=counts,
    )
    calm = facts.GoldEvent(name="calm", split="dev", documents=[])
    _scored(calm, "The mayor opened a library on Monday.", "A library opened.", counts=counts)
    assert (counts.stated, counts.stated_right) == (1, 0)
    assert (counts.events, counts.events_without_false) == (2, 1)
    assert counts.events_without_false_conflict() == 0.5


def test_no_event_read_is_a_clean_share_of_one() -> None:
    assert facts.Counts().events_without_false_conflict() == 1.0
