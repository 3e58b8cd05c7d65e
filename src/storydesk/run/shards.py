"""Shards: the units the batch runner works in, finishes and, on a rerun, skips.

An *input shard* is a run of input files read by one worker: a JSONL or WARC file of its own
(read as a stream, record by record), or up to ``SHARD_FILES`` small files of a folder,
in the order the inputs give them. A *story shard* is a run of whole stories annotated and
linked by one worker. Each shard is named by a digest of what it is made of (files with
their size and modification time, or stories with their articles' states) and of the
options, so a rerun finds the shards it finished under the same names, and a shard whose
inputs changed gets a new name and is done again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from storydesk import __version__
from storydesk.ingest import expand, is_url
from storydesk.ingest.base import Skipped
from storydesk.options import Options

SHARD_FILES = 200  # small files per input shard
SHARD_BYTES = 64 << 20  # a file this large is a shard of its own
STREAMED = (".jsonl", ".warc", ".warc.gz")  # containers read record by record
STORY_SHARD_ARTICLES = 200  # articles per story shard, at most (a larger story is alone)
STORY_SHARD_STORIES = 16  # a story shard ends after a story whose id hashes to 0 mod this


def digest(*parts: Any) -> str:
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


def options_digest(options: Options) -> str:
    """What the outputs depend on besides the inputs: every option and our version."""
    return digest(__version__, asdict(options))


@dataclass(frozen=True, slots=True)
class InputShard:
    key: str
    number: int  # position among the run's input shards: the first copy of an article wins
    sources: tuple[str, ...]


def input_shards(inputs: Iterable[str], options: Options) -> tuple[list[InputShard], list[Skipped]]:
    """The inputs as shards, in input order, and the inputs that cannot be read at all."""
    skipped: list[Skipped] = []
    groups: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for source in expand(inputs):
        if isinstance(source, Skipped):
            skipped.append(source)
            continue
        size, modified = _stat(source)
        alone = is_url(source) is False and (
            source.lower().endswith(STREAMED) or size >= SHARD_BYTES
        )
        if alone:
            if current:
                groups.append(current)
                current = []
            groups.append([(source, size, modified)])
            continue
        current.append((source, size, modified))
        if len(current) >= SHARD_FILES:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    made = options_digest(options)
    shards = [
        InputShard(digest("input", made, group), n, tuple(s for s, _, _ in group))
        for n, group in enumerate(groups)
    ]
    return shards, skipped


def _stat(source: str) -> tuple[int, int]:
    if is_url(source):
        return 0, 0
    try:
        status = Path(source).stat()
    except OSError:
        return 0, 0
    return status.st_size, status.st_mtime_ns


@dataclass(frozen=True, slots=True)
class PlannedStory:
    id: str
    topic: str
    members: tuple[str, ...]  # article ids, in the order the desk holds them


@dataclass(frozen=True, slots=True)
class StoryShard:
    key: str
    stories: tuple[PlannedStory, ...]

    @property
    def articles(self) -> int:
        return sum(len(s.members) for s in self.stories)


def story_shards(
    planned: Sequence[PlannedStory], states: dict[str, str], options: Options
) -> list[StoryShard]:
    """Stories cut into shards by their content, so that a story added or changed moves the
    boundaries of its own shard only: a shard ends after a story whose id hashes to 0 mod
    ``STORY_SHARD_STORIES``, or before it would pass ``STORY_SHARD_ARTICLES`` articles.
    ``states``: each article's digest after cleaning (its text, date and removed lines)."""
    made = options_digest(options)
    shards: list[StoryShard] = []
    current: list[PlannedStory] = []
    size = 0
    for story in planned:
        if current and size + len(story.members) > STORY_SHARD_ARTICLES:
            shards.append(_story_shard(current, states, made))
            current, size = [], 0
        current.append(story)
        size += len(story.members)
        if int(digest(story.id), 16) % STORY_SHARD_STORIES == 0:
            shards.append(_story_shard(current, states, made))
            current, size = [], 0
    if current:
        shards.append(_story_shard(current, states, made))
    return shards


def _story_shard(stories: list[PlannedStory], states: dict[str, str], made: str) -> StoryShard:
    content = [(s.id, s.topic, [(a, states[a]) for a in s.members]) for s in stories]
    return StoryShard(key=digest("stories", made, content), stories=tuple(stories))
