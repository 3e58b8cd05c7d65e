"""The stream filer's candidate index (``link.stream.CandidateIndex``) kept in a store, and
the recurring-line counts cleaning reads (``clean.recurring.LineCounts``).

Band keys, signatures, membership and topics are the store's tables; every lookup is an
indexed query, so filing one article reads only the latest articles sharing a band with it
(``candidates.POSTINGS`` per key), however many are stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from storydesk.article import Article
from storydesk.clean import recurring
from storydesk.link import candidates as lookup  # POSTINGS read at call time, as MemoryIndex
from storydesk.link.stream import ArticleSignature, Candidate
from storydesk.store.base import Store


class StoreIndex:
    def __init__(self, store: Store, clock: Callable[[], str]) -> None:
        self.store = store
        self.clock = clock  # the time membership is recorded with

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return [Candidate(ArticleSignature.from_dict(data), story)
                for _, story, data in self.store.band_matches(keys, lookup.POSTINGS)]

    def posted(self, keys: Sequence[int]) -> list[Candidate]:
        return self.candidates(keys)  # lead keys and band keys share one postings table

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        return self.store.story_sizes(story_ids)

    def members(self, story_ids: Iterable[str], limit: int) -> dict[str, list[ArticleSignature]]:
        wanted = sorted(set(story_ids))
        if not wanted:
            return {}
        # Rank members by filing order first, then read the signatures of the latest only (a
        # large story's other members are never read whole).
        rows = self._query(
            "SELECT latest.story, s.data FROM ("
            " SELECT m.story, m.article, g.seq,"
            "  ROW_NUMBER() OVER (PARTITION BY m.story ORDER BY g.seq DESC) AS n"
            " FROM story_articles m JOIN signatures g ON g.article = m.article"
            f" WHERE m.story IN ({_marks(wanted)})) latest"
            " JOIN signatures s ON s.article = latest.article"
            f" WHERE latest.n <= {int(limit)} ORDER BY latest.story, latest.seq", wanted)
        found: dict[str, list[ArticleSignature]] = {}
        for story, data in rows:
            found.setdefault(str(story), []).append(ArticleSignature.from_dict(json.loads(data)))
        return found

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        return self.store.topics(story_ids)

    def topic_stories(self, topic_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        wanted = sorted(set(topic_ids))
        if not wanted:
            return {}
        count = ("SELECT COALESCE(s.topic, s.id), s.id, COUNT(*) FROM stories s"
                 " JOIN story_articles m ON m.story = s.id WHERE s.merged_into IS NULL AND ")
        rows = self._query(count + f"s.topic IN ({_marks(wanted)}) GROUP BY s.id, s.topic",
                           wanted)
        rows += self._query(count + f"s.topic IS NULL AND s.id IN ({_marks(wanted)})"
                            " GROUP BY s.id, s.topic", wanted)
        sizes: dict[str, dict[str, int]] = {}
        for topic, story, size in rows:
            sizes.setdefault(str(topic), {})[str(story)] = int(size)
        return {topic: sorted(found, key=lambda s: (-found[s], s))[:limit]
                for topic, found in sizes.items()}

    def topic_memo(self) -> dict[str, Any]:
        # Nothing remembered between filings: another process may file into the same store.
        return {}

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if not self.store.story(story):
            self.store.add_story(story, self.clock())
        if self.store.add_signature(signature.article, signature.as_dict(), keys):
            self.store.add_member(story, signature.article, self.clock())

    def merge(self, source: str, target: str) -> None:
        # The stories related to ``source`` stay in its topic (``CandidateIndex.merge``).
        self.store.move_members(source, target)

    def merge_topics(self, source: str, target: str) -> None:
        self.store.merge_topics(source, target)

    def leave_topic(self, story: str) -> None:
        self._query("UPDATE stories SET topic = NULL WHERE id = ?", [story])

    def split(self, articles: Sequence[str], target: str, same_topic: bool = True) -> None:
        source = self.store.story_of(articles[:1])[articles[0]]
        at = self.clock()
        if not self.store.story(target):
            self.store.add_story(target, at)
        topic = self.store.topics([source]).get(source, source)
        self.move(articles, target)
        if same_topic:
            self.store.merge_topics(target, topic)  # the new story stays in the topic it left
        self.store.add_event(source, at, "split", target)

    def move(self, articles: Sequence[str], target: str) -> None:
        self._query(f"UPDATE story_articles SET story = ? WHERE article IN ({_marks(articles)})",
                    [target, *articles])

    def _query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        # The few queries only filing needs; each takes a handful of ids (a filing's candidate
        # stories and topics, a split's sampled members), so no chunking as Store._in does.
        return self.store.backend.execute(sql, params)


def _marks(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


class StoreLines:
    """``LineCounts`` over the store's articles plus ``arriving`` (not stored yet), so a line
    counts the article that holds it, as ``recurring.MemoryLines`` counts a run's articles."""

    def __init__(self, store: Store, arriving: Sequence[Article]) -> None:
        self.store = store
        self.arriving = recurring.MemoryLines(arriving)

    def counts(self, outlet: str, signatures: Iterable[str]) -> dict[str, int]:
        wanted = set(signatures)
        stored = self.store.line_counts(outlet, wanted)
        here = self.arriving.counts(outlet, wanted)
        return {s: stored.get(s, 0) + here.get(s, 0) for s in wanted}
