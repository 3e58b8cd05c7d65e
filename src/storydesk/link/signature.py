"""What filing knows of an article (``link.stream``): its ``ArticleSignature`` and LSH keys.

``sign`` makes the signature once, when the article arrives (content words, names, date, a
MinHash of the words, the lead's words), and the desk keeps it; ``band_keys`` are its LSH band
keys, the only thing an index looks candidates up by; ``posting_keys`` adds the rare terms of
its lead, which only relating looks up (``link.related.rare_topics``); ``band_set`` is the band
keys as a set, remembered, for counting the bands two articles share.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from storydesk.article import Article
from storydesk.link import leads, stories

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
    lead: frozenset[str] = frozenset()  # the lead's words (link.leads), for topics
    # ``published`` as a date (None when absent or not ISO): read by every score, so parsed
    # once here, not at each of the thousands of pairs an article is scored in
    day: date | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", stories.published_day(self.published))

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "words": sorted(self.words),
            "names": sorted(self.names),
            "published": self.published,
            "minhash": list(self.minhash),
            "lead": sorted(self.lead),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleSignature:
        return cls(
            article=data["article"],
            words=frozenset(data["words"]),
            names=frozenset(data["names"]),
            published=data.get("published"),
            minhash=tuple(data["minhash"]),
            lead=frozenset(data.get("lead", ())),
        )

    def as_batch(self) -> stories.Signature:
        """The batch clusterer's signature (MinHash included)."""
        minhash = MinHash(
            seed=1, hashvalues=np.array(self.minhash, dtype=np.uint32), scheme="affine32"
        )
        return stories.Signature(self.words, self.names, self.day, minhash)


def sign(article: Article) -> ArticleSignature:
    batch = stories.signature(article)
    return ArticleSignature(
        article=article.id,
        words=batch.words,
        names=batch.names,
        published=batch.published.isoformat() if batch.published else None,
        minhash=tuple(int(v) for v in batch.minhash.hashvalues),
        lead=leads.lead_words(article),
    )


def band_keys(signature: ArticleSignature) -> list[int]:
    """One signed 64-bit key per LSH band: two articles sharing a key are candidates."""
    return list(_band_keys(signature.minhash))


def posting_keys(signature: ArticleSignature) -> list[int]:
    """What an index posts an article under: its band keys, then its lead keys (the rare
    terms of its lead, ``leads.lead_keys``, which only relating looks up: ``posted``)."""
    return [*_band_keys(signature.minhash), *leads.lead_keys(signature.lead, signature.names)]


@lru_cache(maxsize=50_000)
def _band_keys(minhash: tuple[int, ...]) -> tuple[int, ...]:
    values = list(map(str, minhash))
    keys = []
    for band in range(BANDS):
        data = f"{band}:{','.join(values[band * ROWS : (band + 1) * ROWS])}".encode()
        digest = hashlib.blake2b(data, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


_BAND_SETS: dict[str, tuple[tuple[int, ...], frozenset[int]]] = {}
BAND_SETS_KEPT = 200_000


def band_set(signature: ArticleSignature) -> frozenset[int]:
    """The signature's band keys as a set, remembered by article id (a string keeps its
    hash, where a MinHash tuple is hashed again at every lookup) with the MinHash it was
    made from (the same object, or equal, for it to be used)."""
    entry = _BAND_SETS.get(signature.article)
    if entry is None or (entry[0] is not signature.minhash and entry[0] != signature.minhash):
        if len(_BAND_SETS) > BAND_SETS_KEPT:
            _BAND_SETS.clear()
        entry = (signature.minhash, frozenset(_band_keys(signature.minhash)))
        _BAND_SETS[signature.article] = entry
    return entry[1]
