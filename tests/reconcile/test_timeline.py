"""The timeline: dated events merged across articles, sorted, cited."""

from __future__ import annotations

from story_builders import article  # type: ignore[import-not-found]

from storydesk.article import DateMention
from storydesk.options import Options
from storydesk.reconcile import timeline
from storydesk.story import Story


def test_merges_the_same_event_from_two_articles_and_sorts() -> None:
    a = article(
        "a",
        "A",
        [
            "Officials from both countries met in Geneva on Sunday for talks on the plan.",
            "The leaders held a summit in Alaska in August.",
        ],
        dates=[
            DateMention("Sunday", "2025-11-23", "day", 0),
            DateMention("August", "2025-08", "month", 1),
        ],
    )
    b = article(
        "b",
        "B",
        ["Negotiators met in Geneva on Sunday to discuss the peace plan with officials."],
        dates=[DateMention("Sunday", "2025-11-23", "day", 0)],
    )
    story = Story(id="s", title="t", articles=[a, b])
    timeline.build(story, Options())
    assert [(e.date, e.granularity) for e in story.timeline] == [
        ("2025-08", "month"),
        ("2025-11-23", "day"),
    ]
    geneva = story.timeline[1]
    assert {(c.article, c.sentence) for c in geneva.citations} == {("a", 0), ("b", 0)}


def test_keeps_different_events_of_one_day_apart() -> None:
    a = article(
        "a",
        "A",
        [
            "Officials from both countries met in Geneva on Sunday for talks on the plan.",
            "A storm flooded three villages in the north on Sunday.",
        ],
        dates=[
            DateMention("Sunday", "2025-11-23", "day", 0),
            DateMention("Sunday", "2025-11-23", "day", 1),
        ],
    )
    story = Story(id="s", title="t", articles=[a])
    timeline.build(story, Options())
    assert len(story.timeline) == 2


def test_long_sentence_is_cut_to_the_clause_of_its_date() -> None:
    sentence = (
        "In a long statement that covered many other topics at length, officials said that "
        "the negotiators met in Geneva on Sunday, and that the talks would go on for several "
        "more weeks while the leaders consulted their allies and partners in Europe and Asia."
    )
    assert len(sentence) > timeline.MAX_EVENT_CHARS
    clause = timeline.clause_around(sentence, "on Sunday")
    assert "Geneva on Sunday" in clause and len(clause) < len(sentence)


def test_example_timeline_has_geneva_and_alaska(example_analysis) -> None:  # type: ignore[no-untyped-def]
    entries = example_analysis.stories[0].timeline
    assert any(e.date == "2025-11-23" and "geneva" in e.text.casefold() for e in entries)
    assert any(
        e.date == "2025-08" and e.granularity == "month" and "alaska" in e.text.casefold()
        for e in entries
    )
    keys = [timeline.sort_key(e.date, e.granularity) for e in entries]
    assert keys == sorted(keys)
