"""The stream filer's candidate index (``link.stream.CandidateIndex``) kept in a store.

Band keys, signatures, membership and term counts are the store's tables; every lookup is an
indexed query, so filing one article reads only the articles that share a band with it,
however many are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from storydesk.link.stream import ArticleSignature, Candidate
from storydesk.store.base import Store


class StoreIndex:
    def __init__(self, store: Store, clock: Callable[[], str]) -> None:
        self.store = store
        self.clock = clock  # the time membership is recorded with (the desk's add time)

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return [Candidate(ArticleSignature.from_dict(data), story)
                for _, story, data in self.store.band_matches(keys)]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        return self.store.story_sizes(story_ids)

    def document_counts(self, terms: Iterable[str]) -> tuple[dict[str, int], int]:
        return self.store.term_counts(terms), self.store.signature_count()

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        terms = signature.words | signature.names
        if self.store.add_signature(signature.article, signature.as_dict(), keys, terms):
            self.store.add_member(story, signature.article, self.clock())

    def merge(self, source: str, target: str) -> None:
        self.store.move_members(source, target)
