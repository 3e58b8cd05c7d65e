"""Carry ids forward when a story is linked again after new articles arrive.

Ids come from content (``ids.py``): an entity from its canonical name, a quote group from its
first quote, a fact from its slot. A new article can change that anchor (a spelling that is
now the most frequent, an earlier quote, a better slot label) although the object is the same
one. So the new objects are matched to the previous state's by their members (an entity's
mentions, a group's quotes, a fact's values); a match keeps the old id, and every reference
to the new id is rewritten, so nothing is renamed and "what changed" compares like with like.

A match needs at least half of the smaller object's members in common; the largest overlaps
are matched first and each old id is given once (when two entities merge, the one with more
members in common keeps its id; when one splits, the larger part does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

MIN_SHARE = 0.5

Members = dict[str, frozenset[str]]


def entity_members(entities: Iterable[dict[str, Any]]) -> Members:
    return {
        e["id"]: frozenset(
            f"{a}\x1f{' '.join(v['text'].split()).casefold()}"
            for v in e.get("variants", [])
            for a in v["articles"]
        )
        for e in entities
    }


def group_members(groups: Iterable[dict[str, Any]]) -> Members:
    return {g["id"]: frozenset(g["quotes"]) for g in groups}


def fact_members(facts: Iterable[dict[str, Any]]) -> Members:
    return {
        f["id"]: frozenset(
            f"{v['article']}\x1f{v['sentence']}\x1f{v['value']!r}" for v in f.get("values", [])
        )
        for f in facts
    }


# The story's kinds of linked object: the key of their list in a story dict, and their members.
KINDS: dict[str, Callable[[Iterable[dict[str, Any]]], Members]] = {
    "entities": entity_members,
    "quote_groups": group_members,
    "facts": fact_members,
}


def match(old: Members, new: Members) -> dict[str, str]:
    """new id -> old id for objects that are the same one (see the module docstring)."""
    holders: dict[str, list[str]] = {}  # member -> old ids: only objects sharing one compare
    for old_id, old_members in old.items():
        for member in old_members:
            holders.setdefault(member, []).append(old_id)
    pairs = []
    for new_id, members in new.items():
        for old_id in sorted({o for m in members for o in holders.get(m, ())}):
            old_members = old[old_id]
            shared = len(members & old_members)
            if shared >= MIN_SHARE * min(len(members), len(old_members)):
                union = len(members | old_members)
                pairs.append((-shared, -shared / union, new_id, old_id))
    taken_new: set[str] = set()
    taken_old: set[str] = set()
    matched: dict[str, str] = {}
    for _, _, new_id, old_id in sorted(pairs):
        if new_id in taken_new or old_id in taken_old:
            continue
        matched[new_id] = old_id
        taken_new.add(new_id)
        taken_old.add(old_id)
    return matched


def renames(old_story: dict[str, Any] | None, new_story: dict[str, Any]) -> dict[str, str]:
    """new id -> final id for every linked object of ``new_story`` whose id must change."""
    if not old_story:
        return {}
    mapping: dict[str, str] = {}
    for kind, members in KINDS.items():
        new_items = new_story.get(kind, [])
        matched = match(members(old_story.get(kind, [])), members(new_items))
        used = set(matched.values())
        for item in new_items:  # an unmatched object keeps its id unless a matched one holds it
            if item["id"] in matched:
                continue
            final, number = item["id"], 2
            while final in used:
                final, number = f"{item['id']}-{number}", number + 1
            used.add(final)
            matched[item["id"]] = final
        mapping.update({new_id: final for new_id, final in matched.items() if new_id != final})
    return mapping


def rename(data: Any, mapping: dict[str, str]) -> Any:
    """``data`` (a JSON-like value) with every string equal to a key of ``mapping`` replaced.

    Ids are a prefix and ten hex digits, so no other string of a story equals one; walking the
    whole value rewrites every reference, including ones added by stages written later."""
    if not mapping:
        return data
    if isinstance(data, str):
        return mapping.get(data, data)
    if isinstance(data, dict):
        return {key: rename(value, mapping) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [rename(item, mapping) for item in data]
    return data
