"""The stream filer's candidate index (``link.stream.CandidateIndex``) kept in a store, and
the recurring-line counts cleaning reads (``clean.recurring.LineCounts``).

Band keys, signatures, membership and topics are the store's tables; every lookup is an
indexed query, so filing one article reads only the latest articles sharing a band with it
(``stream.POSTINGS`` per key), however many are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from storydesk.article import Article
from storydesk.clean import recurring
from storydesk.link.stream import POSTINGS, ArticleSignature, Candidate
from storydesk.store.base import Store


class StoreIndex:
    def __init__(self, store: Store, clock: Callable[[], str]) -> None:
        self.store = store
        self.clock = clock  # the time membership is recorded with

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return [Candidate(ArticleSignature.from_dict(data), story)
                for _, story, data in self.store.band_matches(keys, POSTINGS)]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        return self.store.story_sizes(story_ids)

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        return self.store.topics(story_ids)

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if not self.store.story(story):
            self.store.add_story(story, self.clock())
        if self.store.add_signature(signature.article, signature.as_dict(), keys):
            self.store.add_member(story, signature.article, self.clock())

    def merge(self, source: str, target: str) -> None:
        self.store.move_members(source, target)
        topic = self.store.topics([target]).get(target, target)
        # The stories related to ``source`` follow it into the target's topic.
        self.store.merge_topics(source, topic)

    def merge_topics(self, source: str, target: str) -> None:
        self.store.merge_topics(source, target)


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
