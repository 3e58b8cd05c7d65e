"""Golden: quote groups on the bundled example against expected.json."""

from __future__ import annotations

from typing import Any

from storydesk.link.textnorm import content_stems

# What each expected group is about, as words its quotes must share (from expected.json's
# "about" field: the check finds the group by content, never by position).
ABOUT_WORDS = {"Donald Trump": {"final"}, "Sergei Lavrov": {"situation", "different"}}


def test_expected_quote_groups(
    example_analysis: Any, example_articles: dict[str, Any], expected: dict[str, Any]
) -> None:
    story = example_analysis.stories[0]
    keys = {article.id: key for key, article in example_articles.items()}
    owner = {q.id: (keys[a.id], q) for a in story.articles for q in a.quotes}
    entity_names = {e.id: e.name for e in story.entities}
    for wanted in expected["quote_groups"]:
        words = ABOUT_WORDS[wanted["speaker"]]
        matches = [
            g
            for g in story.quote_groups
            if any(words <= set(content_stems(owner[q][1].text)) for q in g.quotes)
            and set(wanted["sources"]) <= {owner[q][0] for q in g.quotes}
        ]
        assert len(matches) == 1, wanted["about"]
        group = matches[0]
        assert {owner[q][0] for q in group.quotes} == set(wanted["sources"])
        assert entity_names.get(group.speaker or "", "").endswith(wanted["speaker"].split()[-1])
        assert all(owner[q][1].group == group.id for q in group.quotes)


def test_same_words_from_two_speakers_are_flagged(example_analysis: Any) -> None:
    story = example_analysis.stories[0]
    flagged = [g for g in story.quote_groups if g.speakers_disagree]
    assert flagged
    for group in flagged:
        quotes = [q for a in story.articles for q in a.quotes if q.group == group.id]
        assert len({q.speaker_entity or q.speaker for q in quotes}) > 1


def test_every_quote_is_in_exactly_one_group(example_analysis: Any) -> None:
    story = example_analysis.stories[0]
    grouped = [q for g in story.quote_groups for q in g.quotes]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) == {q.id for a in story.articles for q in a.quotes}
