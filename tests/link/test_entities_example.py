"""Golden checks on the bundled example: expected.json's entity groups and must-not-merge pairs."""

from __future__ import annotations

from typing import Any

import pytest

from storydesk.link.names import fold
from storydesk.story import StoryEntity


def _owner(entities: list[StoryEntity], name: str) -> set[str]:
    """Ids of the entities that have ``name`` among their variants (folded comparison)."""
    return {e.id for e in entities for v in e.variants if fold(v.text) == fold(name)}


def test_every_expected_group_is_one_entity(
    example_analysis: Any, expected: dict[str, Any]
) -> None:
    entities = example_analysis.stories[0].entities
    for group in expected["entity_groups"]:
        owners = set().union(*(_owner(entities, v) for v in group["variants"]))
        found = [v for v in group["variants"] if _owner(entities, v)]
        assert len(owners) == 1, (group["name"], owners)
        assert len(found) >= 2, group["name"]


def test_must_not_merge_pairs_stay_apart(example_analysis: Any, expected: dict[str, Any]) -> None:
    entities = example_analysis.stories[0].entities
    for left, right in expected["must_not_merge"]:
        assert _owner(entities, left), left
        assert _owner(entities, right), right
        assert not _owner(entities, left) & _owner(entities, right), (left, right)


def test_people_are_typed_and_named_by_their_full_form(example_analysis: Any) -> None:
    entities = example_analysis.stories[0].entities
    by_variant = {fold(v.text): e for e in entities for v in e.variants}
    zelensky = by_variant["zelenskyy"]
    assert zelensky.type == "PERSON"
    assert " " in zelensky.name
    assert by_variant["kyiv"].type in ("GPE", "LOC")
    assert by_variant["kyiv"].name == "Kyiv"


def test_variants_keep_articles_and_counts(example_analysis: Any) -> None:
    story = example_analysis.stories[0]
    ids = {a.id for a in story.articles}
    for entity in story.entities:
        for variant in entity.variants:
            assert variant.count >= len(variant.articles) >= 1
            assert set(variant.articles) <= ids


def test_titles_become_roles(example_analysis: Any) -> None:
    entities = example_analysis.stories[0].entities
    by_variant = {fold(v.text): e for e in entities for v in e.variants}
    roles = " ".join(by_variant["witkoff"].roles).casefold()
    assert "envoy" in roles
    assert any("minister" in r.casefold() for r in by_variant["sergei lavrov"].roles)
    assert all(not v.text.startswith("President") for e in entities for v in e.variants)


def test_quote_speakers_resolve_to_entities(example_analysis: Any) -> None:
    story = example_analysis.stories[0]
    by_id = {e.id: e for e in story.entities}
    named = [q for a in story.articles for q in a.quotes if q.speaker]
    if not named:
        pytest.skip("the quote annotator gave no speakers")
    for quote in named:
        if quote.speaker_entity is not None:
            variants = {fold(v.text) for v in by_id[quote.speaker_entity].variants}
            assert by_id[quote.speaker_entity].type == "PERSON"
            assert any(fold(quote.speaker or "").endswith(v.split()[-1]) for v in variants)
    resolved = [q for q in named if q.speaker_entity]
    assert len(resolved) >= 0.8 * len(named)
