"""Golden: fact slots on the bundled example against expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facts_builders import facts_table

from storydesk.story import Fact

GOLDEN = Path(__file__).parent / "golden" / "facts_example.json"


def key_of(example_articles: dict[str, Any]) -> dict[str, str]:
    return {article.id: key for key, article in example_articles.items()}


def values_by_key(fact: Fact, keys: dict[str, str]) -> dict[str, set[float]]:
    found: dict[str, set[float]] = {}
    for value in fact.values:
        found.setdefault(keys[value.article], set()).add(value.value)
    return found


def test_expected_conflicts_are_one_conflict_fact(
    example_analysis: Any, example_articles: dict[str, Any], expected: dict[str, Any]
) -> None:
    keys = key_of(example_articles)
    facts = example_analysis.stories[0].facts
    for conflict in expected["numeric_conflicts"]:
        wanted = {key: {float(v)} for key, v in conflict["values"].items()}
        matches = [f for f in facts if values_by_key(f, keys) == wanted]
        assert len(matches) == 1, conflict["slot"]
        fact = matches[0]
        assert fact.status == "conflict"
        assert fact.conservative == min(conflict["values"].values())
        assert fact.range == (min(conflict["values"].values()), max(conflict["values"].values()))


def test_expected_agreements_are_one_agree_fact(
    example_analysis: Any, example_articles: dict[str, Any], expected: dict[str, Any]
) -> None:
    keys = key_of(example_articles)
    facts = example_analysis.stories[0].facts
    for agreement in expected["numeric_agreements"]:
        matches = [
            f
            for f in facts
            if f.status == "agree"
            and {v.value for v in f.values} == {agreement["value"]}
            and set(agreement["sources"]) <= set(values_by_key(f, keys))
        ]
        assert len(matches) == 1, agreement["slot"]


def test_not_conflicts_never_share_a_conflict_fact(
    example_analysis: Any, example_articles: dict[str, Any], expected: dict[str, Any]
) -> None:
    keys = key_of(example_articles)
    conflicts = [f for f in example_analysis.stories[0].facts if f.status == "conflict"]
    for case in expected["not_conflicts"]:
        pairs = set(zip(case["sources"], case["values"], strict=True))
        for fact in conflicts:
            present = {(keys[v.article], v.value) for v in fact.values}
            assert not pairs <= present, case["why"]


def test_original_and_revised_troop_caps_never_conflict(example_analysis: Any) -> None:
    for fact in example_analysis.stories[0].facts:
        values = {v.value for v in fact.values}
        assert not ({600_000, 800_000} <= values and fact.status == "conflict"), fact.slot


def test_every_value_cites_its_sentence(example_analysis: Any) -> None:
    story = example_analysis.stories[0]
    assert story.facts
    for fact in story.facts:
        assert fact.conservative == fact.range[0] <= fact.range[1]
        for value in fact.values:
            article = story.article(value.article)
            assert article is not None and 0 <= value.sentence < len(article.sentences)


def test_the_whole_facts_table_is_the_reviewed_one(example_analysis: Any) -> None:
    """Golden: every row of the example's facts table, read as a journalist would (killed and
    injured in Kyiv; points in the original plan, the separate European 28-point proposal
    apart; points in the revised plan with "roughly 20" and Newslooks' denial; the troop cap
    changed 600,000 → 800,000; 30 countries; the Gaza plan and Russia's 2022 cap as
    background; no row for "one direction", "the two men", "nine-story"). Regenerate with
    tests/link/regen_facts_golden.py and review the diff."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    table = json.loads(json.dumps(facts_table(example_analysis.stories[0])))
    assert table == golden


def test_statuses_the_example_must_show(example_analysis: Any) -> None:
    by_slot = {(f.slot, f.background): f for f in example_analysis.stories[0].facts}
    assert by_slot[("people killed in Kyiv", False)].status == "conflict"
    assert by_slot[("points in the original plan", False)].status == "agree"
    assert by_slot[("points in the separate proposal", False)].status == "single"
    revised = by_slot[("points in the revised plan", False)]
    assert revised.status == "disputed"
    assert {(v.value, v.qualifier) for v in revised.values} >= {(19, None), (20, "roughly")}
    assert [v.stance for v in revised.values].count("denied") == 1
    cap = by_slot[("troop cap for Ukraine", False)]
    assert cap.status == "changed"
    assert {(v.version, v.value) for v in cap.values} == {("original", 600_000),
                                                          ("revised", 800_000)}  # fmt: skip
    assert by_slot[("points in the plan", True)].values[0].value == 20  # Gaza, background
