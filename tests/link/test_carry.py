"""Ids carried forward by member overlap: renamed anchors keep their id, merges and splits
give it to the larger part, and every reference follows."""

from __future__ import annotations

from typing import Any

from storydesk.link.carry import match, rename, renames


def _entity(entity_id: str, *mentions: tuple[str, str]) -> dict[str, Any]:
    return {
        "id": entity_id,
        "name": mentions[0][1],
        "variants": [
            {"text": text, "articles": [article], "count": 1} for article, text in mentions
        ],
    }


def _story(*entities: dict[str, Any], **other: Any) -> dict[str, Any]:
    return {
        "entities": list(entities),
        "quote_groups": other.get("groups", []),
        "facts": other.get("facts", []),
    }


def test_a_new_anchor_keeps_the_old_id() -> None:
    old = _story(_entity("e-zelensky", ("a1", "Zelensky"), ("a2", "Zelensky")))
    # A third article spells it Zelenskyy; the canonical name, and so the id, moved.
    new = _story(
        _entity(
            "e-zelenskyy",
            ("a1", "Zelensky"),
            ("a2", "Zelensky"),
            ("a3", "Zelenskyy"),
            ("a4", "Zelenskyy"),
            ("a5", "Zelenskyy"),
        )
    )
    assert renames(old, new) == {"e-zelenskyy": "e-zelensky"}


def test_a_merge_gives_the_id_of_the_larger_overlap() -> None:
    old = _story(_entity("e1", ("a1", "Kyiv"), ("a2", "Kyiv")), _entity("e2", ("a3", "Kiev")))
    new = _story(_entity("e9", ("a1", "Kyiv"), ("a2", "Kyiv"), ("a3", "Kiev")))
    assert renames(old, new) == {"e9": "e1"}


def test_a_split_gives_the_id_to_the_larger_part_and_a_fresh_one_to_the_other() -> None:
    old = _story(_entity("e1", ("a1", "Ushakov"), ("a2", "Ushakov"), ("a3", "Umerov")))
    new = _story(
        _entity("e1", ("a3", "Umerov")), _entity("e2", ("a1", "Ushakov"), ("a2", "Ushakov"))
    )
    # e2 takes e1 (two shared mentions against one); the new e1 may not keep a taken id.
    assert renames(old, new) == {"e2": "e1", "e1": "e1-2"}


def test_too_small_an_overlap_is_not_the_same_object() -> None:
    old = {"q1": frozenset({"x:q1", "y:q1", "z:q1", "w:q1"})}
    assert match(old, {"q2": frozenset({"x:q1", "v:q9", "u:q8", "t:q7"})}) == {}
    assert match(old, {"q2": frozenset({"x:q1", "y:q1", "v:q9"})}) == {"q2": "q1"}


def test_groups_and_facts_match_by_quotes_and_values() -> None:
    value = {"article": "a1", "sentence": 0, "value": 6.0}
    old = _story(
        groups=[{"id": "q-a1", "quotes": ["a1:q1", "a2:q1"]}],
        facts=[{"id": "f-killed", "values": [value]}],
    )
    new = _story(
        groups=[{"id": "q-a0", "quotes": ["a0:q3", "a1:q1", "a2:q1"]}],
        facts=[{"id": "f-killed-kyiv", "values": [value, {**value, "article": "a2"}]}],
    )
    assert renames(old, new) == {"q-a0": "q-a1", "f-killed-kyiv": "f-killed"}


def test_rename_follows_every_reference() -> None:
    state = {
        "story": {
            "quote_groups": [{"id": "q2", "speaker": "e2"}],
            "coverage": [{"article": "a1", "facts": ["f2"]}],
        },
        "articles": [{"id": "a1", "linked": {"quotes": [{"group": "q2", "speaker_entity": "e2"}]}}],
    }
    renamed = rename(state, {"q2": "q1", "e2": "e1", "f2": "f1"})
    assert renamed["story"]["quote_groups"] == [{"id": "q1", "speaker": "e1"}]
    assert renamed["story"]["coverage"] == [{"article": "a1", "facts": ["f1"]}]
    assert renamed["articles"][0]["linked"]["quotes"] == [{"group": "q1", "speaker_entity": "e1"}]


def test_no_previous_state_renames_nothing() -> None:
    assert renames(None, _story(_entity("e1", ("a1", "Kyiv")))) == {}
