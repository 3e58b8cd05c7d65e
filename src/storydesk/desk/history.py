"""What changed in a story since a time: its state then against its state now.

The difference is computed between the two states (``reconcile.changes.diff``), so what
came and went in between is not listed; each change is dated by the version that recorded
it last (a figure that rose twice is dated by its second rise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydesk.desk import state as states
from storydesk.reconcile.changes import KINDS, Change, diff

if TYPE_CHECKING:
    from storydesk.desk import Desk


def changes_since(desk: Desk, story_id: str, since: str) -> list[Change]:
    store = desk.store
    with store.snapshot():
        base = store.version(story_id, since)
        latest = store.version(story_id)
        if latest is None:
            return []
        recorded = store.changes(story_id, since)
        events = store.events(story_id)
        ids = states.article_ids(latest.state) + (states.article_ids(base.state) if base else [])
        stored = store.article_dicts(ids)
        titles = {other: _title(desk, other) for at, kind, other in events
                  if kind in ("merged", "split") and at > since}
    old = states.from_state(base.state, stored) if base else None
    new = states.from_state(latest.state, stored)
    found = diff(old, new) if not base or base.version != latest.version else []
    by_kind = {(row.kind, row.key): row.at for row in recorded}
    by_key = {row.key: row.at for row in recorded}
    for change in found:
        change.at = by_kind.get((change.kind, change.key)) or by_key.get(change.key) or latest.at
    for at, kind, other in events:
        if kind == "created" and at > since:
            found.append(Change("story", story_id, f"New story: {new.title}", [], at))
        elif kind == "merged" and at > since:
            found.append(Change("merge", other, f"Merged with “{titles[other]}” "
                                f"({other})", [], at))
        elif kind == "split" and at > since:
            found.append(Change("split", other, f"Split: some of its articles now make the "
                                f"story “{titles[other]}” ({other})", [], at))
    return sorted(found, key=lambda c: (c.at, KINDS.index(c.kind)))


def _title(desk: Desk, story_id: str) -> str:
    row = desk.store.story(story_id)
    return str(row.summary.get("title", story_id)) if row else story_id
