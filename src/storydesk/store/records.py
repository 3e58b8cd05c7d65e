"""What the store returns (plain records), and how it packs what it keeps."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: str
    created_at: str
    updated_at: str
    revision: int  # bumped whenever the story's articles change
    built: int  # the revision its latest version was built from
    merged_into: str | None
    summary: dict[str, Any] = field(default_factory=dict)
    topic: str = ""  # the story naming its group of related stories (its own id when none)


@dataclass(frozen=True, slots=True)
class Version:
    story: str
    version: int
    at: str
    revision: int
    state: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ChangeRow:
    story: str
    version: int
    at: str
    kind: str
    key: str
    data: dict[str, Any]


def story_row(row: tuple[Any, ...]) -> StoryRow:
    id_, created, updated, revision, built, merged, summary, topic = row
    return StoryRow(str(id_), str(created), str(updated), int(revision), int(built),
                    str(merged) if merged else None, json.loads(summary) if summary else {},
                    str(topic))


def version_row(row: tuple[Any, ...]) -> Version:
    story, number, at, revision, state = row
    return Version(str(story), int(number), str(at), int(revision), unpack(state))


def column(value: str | None) -> str | None:
    """Text as both backends take it in a column: no NUL (PostgreSQL refuses it) and no lone
    surrogate (a file name that is not UTF-8 decodes to some); the article itself keeps the
    exact text in its JSON."""
    if value is None:
        return None
    return value.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


def pack(data: dict[str, Any]) -> bytes:
    """JSON (ASCII-escaped, so any text survives either backend), compressed."""
    return zlib.compress(json.dumps(data, ensure_ascii=True).encode("ascii"), 6)


def unpack(data: bytes | memoryview) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(zlib.decompress(bytes(data)).decode("ascii"))
    return loaded
