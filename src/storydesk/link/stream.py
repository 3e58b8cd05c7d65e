"""Stories from a stream: an arriving article joins the story it matches best, or starts one.

Pure functions over plain, serialisable state, so that a store can persist that state and any
runner can call them (the seam between filing and storage, issue 10):

- ``ArticleSignature``: what filing needs of one article (its content words, its name words,
  its date and a MinHash of the words), made once when the article arrives and kept;
- ``band_keys``: the article's LSH band keys, the only thing an index looks candidates up by;
- ``CandidateIndex``: where filing finds the few stored articles that share a band with a new
  one, the stories they are in, story sizes and word document counts (for rarity weights).
  ``MemoryIndex`` keeps it in memory; ``storydesk.store.index.StoreIndex`` keeps it in a store;
- ``file(signature, index, options)``: the decision, a ``Filing`` (join a story, start one).

Staged like the batch clusterer (``link.stories``), never all pairs: band keys give candidate
articles, and only those are compared. An article joins a story when its summed score with
the story's candidate members, over the story's size, clears the same threshold the batch
clusterer uses for two groups (average linkage, pairs LSH never proposed count as 0).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

from storydesk.article import Article
from storydesk.link import stories
from storydesk.options import Options

# The LSH layout the batch clusterer's MinHashLSH picks for its threshold (64 bands of 2 rows
# at 128 permutations); computed once, not written out, so the two cannot drift apart.
_LAYOUT = MinHashLSH(threshold=stories.LSH_THRESHOLD, num_perm=stories.NUM_PERM)
BANDS, ROWS = _LAYOUT.b, _LAYOUT.r


@dataclass(frozen=True, slots=True)
class ArticleSignature:
    """One article as filing sees it; ``as_dict``/``from_dict`` round-trip it through JSON."""

    article: str
    words: frozenset[str]
    names: frozenset[str]
    published: str | None
    minhash: tuple[int, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "words": sorted(self.words),
            "names": sorted(self.names),
            "published": self.published,
            "minhash": list(self.minhash),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleSignature:
        return cls(
            article=data["article"],
            words=frozenset(data["words"]),
            names=frozenset(data["names"]),
            published=data.get("published"),
            minhash=tuple(data["minhash"]),
        )

    def as_batch(self) -> stories.Signature:
        """The batch clusterer's signature, so both score pairs with one ``stories.score``."""
        minhash = MinHash(seed=1, hashvalues=np.array(self.minhash, dtype=np.uint32),
                          scheme="affine32")
        published = date.fromisoformat(self.published) if self.published else None
        return stories.Signature(self.words, self.names, published, minhash)


def sign(article: Article) -> ArticleSignature:
    batch = stories.signature(article)
    return ArticleSignature(
        article=article.id,
        words=batch.words,
        names=batch.names,
        published=batch.published.isoformat() if batch.published else None,
        minhash=tuple(int(v) for v in batch.minhash.hashvalues),
    )


def band_keys(signature: ArticleSignature) -> list[int]:
    """One signed 64-bit key per LSH band: two articles sharing a key are candidates."""
    keys = []
    for band in range(BANDS):
        rows = signature.minhash[band * ROWS : (band + 1) * ROWS]
        data = f"{band}:{','.join(map(str, rows))}".encode()
        digest = hashlib.blake2b(data, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article sharing at least one band with the arriving one, and its story."""

    signature: ArticleSignature
    story: str


class CandidateIndex(Protocol):
    def candidates(self, keys: Sequence[int]) -> list[Candidate]: ...

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]: ...

    def document_counts(self, terms: Iterable[str]) -> tuple[dict[str, int], int]:
        """How many stored articles hold each term, and how many articles are stored."""
        ...

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None: ...

    def merge(self, source: str, target: str) -> None:
        """Every article of story ``source`` now belongs to ``target``."""
        ...


@dataclass(slots=True)
class Filing:
    """Where one article goes: ``story`` None starts a new story; ``merged`` lists stories
    the article bridges, to be merged into ``story``."""

    article: str
    story: str | None
    score: float
    merged: list[str] = field(default_factory=list)


def file(signature: ArticleSignature, index: CandidateIndex, options: Options) -> Filing:
    """The story ``signature`` joins (or None for a new one); reads the index, never writes."""
    found = [c for c in index.candidates(band_keys(signature))
             if c.signature.article != signature.article]
    if not found:
        return Filing(signature.article, None, 0.0)
    weights = _rarity(signature, found, index)
    mine = signature.as_batch()
    totals: dict[str, float] = defaultdict(float)
    for candidate in found:
        totals[candidate.story] += stories.score(mine, candidate.signature.as_batch(), weights)
    sizes = index.story_sizes(totals)
    linked = {story: total / max(sizes.get(story, 1), 1) for story, total in totals.items()}
    best = max(sorted(linked), key=lambda story: linked[story])
    if linked[best] < float(options.extra.get("story_threshold", stories.SAME_STORY)):
        return Filing(signature.article, None, linked[best])
    return Filing(signature.article, best, linked[best])


def _rarity(signature: ArticleSignature, found: Sequence[Candidate],
            index: CandidateIndex) -> dict[str, float]:
    """Inverse document frequency over everything stored plus this article (as the batch
    clusterer's ``_rarity`` over its batch)."""
    terms = set(signature.words | signature.names)
    for candidate in found:
        terms |= candidate.signature.words | candidate.signature.names
    counts, stored = index.document_counts(terms)
    total = stored + 2  # the stored articles, this one, and the batch formula's +1
    mine = signature.words | signature.names
    return {term: math.log(total / (counts.get(term, 0) + (term in mine))) for term in terms
            if counts.get(term, 0) + (term in mine)}


class MemoryIndex:
    """``CandidateIndex`` in memory (one-shot runs, tests)."""

    def __init__(self) -> None:
        self._signatures: dict[str, ArticleSignature] = {}
        self._story_of: dict[str, str] = {}
        self._by_key: dict[int, set[str]] = defaultdict(set)
        self._terms: dict[str, int] = defaultdict(int)

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        hits = sorted({article for key in keys for article in self._by_key.get(key, ())})
        return [Candidate(self._signatures[a], self._story_of[a]) for a in hits]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        wanted = set(story_ids)
        sizes: dict[str, int] = defaultdict(int)
        for story in self._story_of.values():
            if story in wanted:
                sizes[story] += 1
        return dict(sizes)

    def document_counts(self, terms: Iterable[str]) -> tuple[dict[str, int], int]:
        return {t: self._terms[t] for t in terms if t in self._terms}, len(self._signatures)

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if signature.article in self._signatures:
            return
        self._signatures[signature.article] = signature
        self._story_of[signature.article] = story
        for key in keys:
            self._by_key[key].add(signature.article)
        for term in signature.words | signature.names:
            self._terms[term] += 1

    def merge(self, source: str, target: str) -> None:
        for article, story in self._story_of.items():
            if story == source:
                self._story_of[article] = target
