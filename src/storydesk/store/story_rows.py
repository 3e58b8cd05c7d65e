"""The store's story rows: stories, their topics, related stories and events, and each
story's versions and changes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from storydesk.store.records import ChangeRow, StoryRow, Version, pack, story_row, version_row
from storydesk.store.rows import Rows


class StoryRows(Rows):
    """``Store``'s story rows (see the module)."""

    # -- stories ----------------------------------------------------------------------------

    def add_story(self, story: str, at: str) -> None:
        self._q("INSERT INTO stories (id, created_at, updated_at, revision, built) "
                "VALUES (?, ?, ?, 0, 0)", (story, at, at))
        self.add_event(story, at, "created", story)

    def touch_story(self, story: str, at: str) -> int:
        """Its articles changed: bump the revision; the new revision."""
        self._q("UPDATE stories SET revision = revision + 1, updated_at = ? WHERE id = ?",
                (at, story))
        return int(self._q("SELECT revision FROM stories WHERE id = ?", (story,))[0][0])

    def retire_story(self, story: str, into: str, at: str) -> None:
        """``story`` was merged into ``into``: it keeps its history but lists no more."""
        self._q("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?",
                (into, at, story))
        self.add_event(into, at, "merged", story)

    def topics(self, stories: Iterable[str]) -> dict[str, str]:
        """The topic of each story (its own id when it is related to no other)."""
        rows = self._in("SELECT id, COALESCE(topic, id) FROM stories WHERE id IN ({})",
                        stories)
        return {str(story): str(topic) for story, topic in rows}

    def merge_topics(self, source: str, target: str) -> None:
        """Every story of topic ``source`` now belongs to topic ``target``."""
        if source != target:
            self._q("UPDATE stories SET topic = ? WHERE COALESCE(topic, id) = ?",
                    (target, source))

    def related(self, story: str) -> list[str]:
        """The other stories of ``story``'s topic (not merged away)."""
        rows = self._q("SELECT s.id FROM stories s, stories me WHERE me.id = ? AND s.id <> me.id"
                       " AND COALESCE(s.topic, s.id) = COALESCE(me.topic, me.id)"
                       " AND s.merged_into IS NULL ORDER BY s.id", (story,))
        return [str(row[0]) for row in rows]

    def add_event(self, story: str, at: str, kind: str, other: str) -> None:
        self._q("INSERT INTO story_events (story, at, kind, other) VALUES (?, ?, ?, ?)",
                (story, at, kind, other))

    def events(self, story: str) -> list[tuple[str, str, str]]:
        rows = self._q("SELECT at, kind, other FROM story_events WHERE story = ? ORDER BY at",
                       (story,))
        return [(str(at), str(kind), str(other)) for at, kind, other in rows]

    def story(self, story: str) -> StoryRow | None:
        rows = self._q(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story,))
        return story_row(rows[0]) if rows else None

    def stories(self, *, merged: bool = False) -> list[StoryRow]:
        """Every story (those merged away only when asked), most recently changed first."""
        where = "" if merged else "WHERE merged_into IS NULL"
        rows = self._q(f"SELECT {_STORY_COLUMNS} FROM stories {where} "
                       "ORDER BY updated_at DESC, id")
        return [story_row(row) for row in rows]

    def stale_stories(self) -> list[str]:
        """Stories whose articles changed since their latest version was built."""
        rows = self._q("SELECT id FROM stories WHERE revision > built AND merged_into IS NULL "
                       "ORDER BY id")
        return [str(row[0]) for row in rows]

    def find_stories(self, prefix: str) -> list[str]:
        rows = self._q("SELECT id FROM stories WHERE substr(id, 1, ?) = ? ORDER BY id",
                       (len(prefix), prefix))
        return [str(row[0]) for row in rows]

    # -- versions and changes ---------------------------------------------------------------

    def add_version(self, story: str, at: str, revision: int, state: dict[str, Any],
                    summary: dict[str, Any], changes: Sequence[tuple[str, str, dict[str, Any]]]
                    ) -> int | None:
        """Keep the story's state built from ``revision`` and the changes that led to it; None
        (nothing written) when the story has moved on since (another writer filed into it)."""
        current = self._q("SELECT revision, built FROM stories WHERE id = ?", (story,))
        if not current or int(current[0][0]) != revision or int(current[0][1]) >= revision:
            return None
        latest = self._q("SELECT MAX(version) FROM story_versions WHERE story = ?", (story,))
        number = int(latest[0][0] or 0) + 1
        self._q("INSERT INTO story_versions (story, version, at, revision, state) "
                "VALUES (?, ?, ?, ?, ?)", (story, number, at, revision, pack(state)))
        self.backend.executemany(
            "INSERT INTO story_changes (story, version, at, kind, key, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(story, number, at, kind, key, json.dumps(data, ensure_ascii=True))
             for kind, key, data in changes],
        )
        self._q("UPDATE stories SET built = ?, summary = ? WHERE id = ?",
                (revision, json.dumps(summary, ensure_ascii=True), story))
        return number

    def version(self, story: str, at: str | None = None) -> Version | None:
        """The latest version, or the latest one made at or before ``at``."""
        if at is None:
            rows = self._q(f"SELECT {_VERSION_COLUMNS} FROM story_versions WHERE story = ? "
                           "ORDER BY version DESC LIMIT 1", (story,))
        else:
            rows = self._q(f"SELECT {_VERSION_COLUMNS} FROM story_versions WHERE story = ? "
                           "AND at <= ? ORDER BY version DESC LIMIT 1", (story, at))
        return version_row(rows[0]) if rows else None

    def latest_version(self, story: str) -> int | None:
        """The number of the story's latest version (None before its first)."""
        rows = self._q("SELECT MAX(version) FROM story_versions WHERE story = ?", (story,))
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def versions(self, story: str) -> list[tuple[int, str]]:
        rows = self._q("SELECT version, at FROM story_versions WHERE story = ? ORDER BY version",
                       (story,))
        return [(int(number), str(at)) for number, at in rows]

    def changes(self, story: str, since: str | None = None) -> list[ChangeRow]:
        """Recorded changes of ``story`` (after ``since``), oldest first."""
        sql = "SELECT story, version, at, kind, key, data FROM story_changes WHERE story = ?"
        params: list[Any] = [story]
        if since is not None:
            sql += " AND at > ?"
            params.append(since)
        rows = self._q(sql + " ORDER BY version, kind, key", params)
        return [ChangeRow(str(s), int(v), str(at), str(kind), str(key), json.loads(data))
                for s, v, at, kind, key, data in rows]

    def changed_since(self, since: str) -> dict[str, int]:
        """Stories with recorded changes after ``since``, and how many."""
        rows = self._q("SELECT story, COUNT(*) FROM story_changes WHERE at > ? GROUP BY story",
                       (since,))
        return {str(story): int(count) for story, count in rows}


_STORY_COLUMNS = ("id, created_at, updated_at, revision, built, merged_into, summary, "
                  "COALESCE(topic, id)")
_VERSION_COLUMNS = "story, version, at, revision, state"
