"""What changed between two states of a hand-built story: each kind, its text, its sources."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))

import synthetic_story

from storydesk.reconcile.changes import KINDS, diff
from storydesk.report import json_report
from storydesk.story import BriefSentence, Citation, Fact, FactValue, Story


def _before() -> Story:
    """The flood story when only the Northern Post had reported it."""
    new = synthetic_story.story()
    return Story(
        id=new.id, title=new.title, articles=[new.articles[0]],
        entities=new.entities[:1], quote_groups=[],
        facts=[Fact("f1", "people killed in the flood", "single", 12, (12, 12),
                    [FactValue(12, "at least", "a1", 0, "At least 12 people died")])],
        brief=[BriefSentence("The river burst its banks on Tuesday.", False, [Citation("a1", 0)]),
               BriefSentence("Twelve people died, the Post said.", False, [Citation("a1", 0)])],
    )


def _by_kind(old: Story | None, new: Story) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for change in diff(old, new):
        found.setdefault(change.kind, []).append(change.text)
    return found


def test_each_kind_of_change_is_listed() -> None:
    changes = _by_kind(_before(), synthetic_story.story())
    assert changes["article"] == ["New article: “Southern Daily on the flood” (Southern Daily, "
                                  "2024-05-02)"]
    assert changes["outlet"] == ["New outlet: Southern Daily"]
    assert changes["status"] == ["people killed in the flood: single → conflict "
                                 "(at least 12, 15)"]
    assert changes["rose"] == ["people killed in the flood rose from 12 to 15"]
    assert changes["fact"] == ["New fact: soldiers sent: 300 (single)"]
    assert changes["speaker"] == ["New speaker: Ana Ruiz"]
    assert changes["quote"] == ["New quote: Ana Ruiz: “We will rebuild every bridge.”"]
    assert changes["brief"] == [
        "No longer in the brief: “Twelve people died, the Post said.”",
        "New in the brief: “Sources disagree on the toll: 12 or 15 dead.”",
    ]


def test_changes_cite_the_sentences_they_rest_on() -> None:
    new = synthetic_story.story()
    for change in diff(_before(), new):
        for citation in change.citations:
            article = new.article(citation.article)
            assert article is not None and 0 <= citation.sentence < len(article.sentences)
    rose = next(c for c in diff(_before(), new) if c.kind == "rose")
    assert [(c.article, c.sentence) for c in rose.citations] == [("a2", 0)]  # the new value


def test_same_state_has_no_changes_and_order_follows_kinds() -> None:
    story = synthetic_story.story()
    assert diff(story, story) == []
    kinds = [c.kind for c in diff(_before(), story)]
    assert kinds == sorted(kinds, key=KINDS.index)


def test_a_new_story_lists_its_articles_facts_and_quotes_but_not_its_whole_brief() -> None:
    changes = _by_kind(None, synthetic_story.story())
    assert len(changes["article"]) == 2 and len(changes["fact"]) == 2
    assert "brief" not in changes


def test_a_changed_value_that_is_not_a_rise() -> None:
    old = synthetic_story.story()
    new = synthetic_story.story()
    new.facts[0].values.append(FactValue(250, "about", "a1", 2, "about 250 soldiers"))
    new.facts[0].range = (250, 300)
    [change] = diff(old, new)
    assert (change.kind, change.text) == ("value", "soldiers sent: now 300, about 250 (was 300)")
    assert [(c.article, c.sentence) for c in change.citations] == [("a1", 2)]


def test_the_schema_knows_every_kind() -> None:
    """One vocabulary: the JSON schema's list of change kinds is this module's."""
    schema = json_report.schema()
    assert tuple(schema["properties"]["changes"]["items"]["properties"]["kind"]["enum"]) == KINDS
    assert json.dumps(diff(_before(), synthetic_story.story())[0].as_dict())
