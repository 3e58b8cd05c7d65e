"""Stories from a stream: an arriving article joins a story, starts one, or bridges two.

The batch clusterer (``link.stories``) sees every article at once; a desk sees them one at a
time, in any order, over days. Pure functions over plain, serialisable state, so that a store
can persist that state and any runner can call them (the seam between filing and storage):

- ``ArticleSignature`` (``sign``): content words, names, date and a MinHash of the words,
  made once when the article arrives and kept;
- ``band_keys``: its LSH band keys, the only thing an index looks candidates up by;
- ``CandidateIndex``: where filing finds the stored articles that share a band with a new one,
  their stories, story sizes and topics. ``MemoryIndex`` keeps it in memory,
  ``storydesk.store.index.StoreIndex`` in a store; both pass ``tests/link/stream_contract.py``;
- ``file(signature, index, options)``: the decision, a ``Filing``.

Staged, never all pairs (STYLE habit 5): band keys give candidate articles; the
``CANDIDATES`` sharing most bands are compared; each candidate story gets a capped average
link, the mean of the arrival's best ``LINK_MEMBERS`` scores to its members (members not
compared count 0), so one lucky pair cannot pull an article in. The article joins the best
story at ``JOIN`` or more, else starts one. A second story it links to at ``BRIDGE`` or more
is merged into the first when the two stories link to each other at ``MERGE`` (average over
the candidate members of both, the arrival counted in the first; pairs sharing no band count
0, as in the batch clusterer): one story found in two parts, recorded in ``Filing.merged``.

Two levels. A *story* is one event: the unit the desk reconciles (facts, quotes, timeline),
so two events never share one, however alike. A *topic* groups related stories (the Tara
Reid and the Lindsay Lohan rehab stories; two quakes on one island): a looser link, shown
as "related", never used to reconcile. A story with no related story is its own topic (the
topic id is its story id); a new story takes the topic of the story it links to best at
``TOPIC_JOIN``; topics merge when an arrival's story links to a story of another topic at
``TOPIC_MERGE``.

Word weights come from a fixed background frequency (wordfreq's English list), not from the
desk's own counts, so a pair of articles scores the same whatever else the desk holds and
in whatever order it arrived.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH
from wordfreq import zipf_frequency

from storydesk.article import Article
from storydesk.ids import stable_id
from storydesk.link import stories
from storydesk.options import Options

# The LSH layout the batch clusterer's MinHashLSH picks for its threshold (64 bands of 2 rows
# at 128 permutations); computed once, not written out, so the two cannot drift apart.
_LAYOUT = MinHashLSH(threshold=stories.LSH_THRESHOLD, num_perm=stories.NUM_PERM)
BANDS, ROWS = _LAYOUT.b, _LAYOUT.r
CANDIDATES = 60  # stored articles compared with an arrival, those sharing most bands
POSTINGS = 200  # an index reads at most this many latest articles per band key
LINK_MEMBERS = 8  # an arrival's link to a story: mean of its best scores to this many members
# Thresholds on stories.score with background weights, set on ECB+ topics 1-20 (21-35 kept
# untuned; eval/README.md). Joining needs more than bridging: a stream decides on one
# article at a time, where the batch clusterer takes its best pairs first, so an early wrong
# join is the costly mistake; merging needs the two stories to agree as wholes.
JOIN = 0.07
BRIDGE = 0.04
MERGE = 0.12
TOPIC_JOIN = 0.04
TOPIC_MERGE = 0.04
# Background rarity: 8 minus the word's Zipf frequency (7.7 for "the", 3 for "Lohan", 0 for
# a word the list does not know), floored so that common words still count a little.
ZIPF_CEILING = 8.0
MIN_WEIGHT = 0.1


@dataclass(frozen=True, slots=True)
class ArticleSignature:
    """One article as filing sees it; ``as_dict``/``from_dict`` round-trip it through JSON."""

    article: str
    words: frozenset[str]
    names: frozenset[str]
    published: str | None
    minhash: tuple[int, ...]

    @property
    def day(self) -> date | None:
        try:
            return date.fromisoformat(self.published) if self.published else None
        except ValueError:
            return None

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
    )


def band_keys(signature: ArticleSignature) -> list[int]:
    """One signed 64-bit key per LSH band: two articles sharing a key are candidates."""
    return list(_band_keys(signature.minhash))


@lru_cache(maxsize=50_000)
def _band_keys(minhash: tuple[int, ...]) -> tuple[int, ...]:
    keys = []
    for band in range(BANDS):
        rows = minhash[band * ROWS : (band + 1) * ROWS]
        data = f"{band}:{','.join(map(str, rows))}".encode()
        digest = hashlib.blake2b(data, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article sharing at least one band with the arriving one, and its story.
    ``shared``: how many band keys it shares with the arrival, when the index already knows
    (``run.clustering`` counts them for a whole batch at once); else ``nearest`` counts."""

    signature: ArticleSignature
    story: str
    shared: int | None = None


class CandidateIndex(Protocol):
    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        """Stored articles holding any of ``keys``; per key at most ``POSTINGS`` articles,
        the latest stored (this bounds the cost of one filing as the desk grows)."""
        ...

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]: ...

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        """The topic of each story; a story related to none is its own topic (its id)."""
        ...

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        """Store the signature under ``keys`` as a member of ``story``; an article already
        stored changes nothing."""
        ...

    def merge(self, source: str, target: str) -> None:
        """Every article of story ``source`` now belongs to ``target``."""
        ...

    def merge_topics(self, source: str, target: str) -> None:
        """Every story of topic ``source`` now belongs to topic ``target``; a story created
        by a filing with ``topic`` set is put in that topic the same way."""
        ...


@dataclass(slots=True)
class Filing:
    """Where one article goes. ``story`` None starts a new story, in topic ``topic`` when it
    is related to one (None: its own). ``merged``: stories the article bridges, to be merged
    into ``story``; ``topics_merged``: topics to be merged into ``story``'s topic."""

    article: str
    story: str | None
    score: float
    merged: list[str] = field(default_factory=list)
    topic: str | None = None
    topics_merged: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "story": self.story,
            "score": self.score,
            "merged": list(self.merged),
            "topic": self.topic,
            "topics_merged": list(self.topics_merged),
        }


def file(
    signature: ArticleSignature,
    index: CandidateIndex,
    options: Options,
    scores: Mapping[str, float] | None = None,
) -> Filing:
    """The story ``signature`` joins (or None for a new one); reads the index, never writes.
    ``scores``: its ``stories.score`` with candidate articles (by article id) when a runner
    has computed them already (``run.clustering`` scores in parallel); the rest are computed
    here, with the same weights."""
    found = nearest(signature, index.candidates(band_keys(signature)))
    if not found:
        return Filing(signature.article, None, 0.0)
    scored = dict(scores or {})
    missing = [c for c in found if c.signature.article not in scored]
    if missing:
        weights = rarity(signature, *(c.signature for c in found))
        for c in missing:
            scored[c.signature.article] = stories.score(signature, c.signature, weights)
    by_story: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in found:
        by_story[candidate.story].append(candidate)
    sizes = index.story_sizes(by_story)
    links = {
        story: capped_mean(
            [scored[c.signature.article] for c in members],
            sizes.get(story, len(members)),
        )
        for story, members in by_story.items()
    }
    ranked = sorted(links, key=lambda story: (-links[story], story))
    best = ranked[0]
    topics = index.topics(ranked)
    join = float(options.extra.get("story_join", JOIN))
    if links[best] < join:
        related = [s for s in ranked if links[s] >= TOPIC_JOIN]
        topic = topics.get(related[0], related[0]) if related else None
        return Filing(signature.article, None, links[best], topic=topic)
    merged = [
        other
        for other in ranked[1:]
        if links[other] >= BRIDGE
        and group_link(signature, by_story[best], by_story[other]) >= MERGE
    ]
    topic = topics.get(best, best)
    topics_merged = _topics_merged(signature, by_story, links, topics, best, merged)
    return Filing(signature.article, best, links[best], merged, None, topics_merged)


def _topics_merged(
    signature: ArticleSignature,
    by_story: dict[str, list[Candidate]],
    links: dict[str, float],
    topics: dict[str, str],
    best: str,
    merged: list[str],
) -> list[str]:
    """Topics that become the joined story's: those of stories merged into it, and those of
    related stories whose link to it reaches ``TOPIC_MERGE``."""
    topic = topics.get(best, best)
    found: list[str] = []
    for story in links:
        other = topics.get(story, story)
        if other == topic or other in found:
            continue
        if story in merged or (
            links[story] >= TOPIC_JOIN
            and group_link(signature, by_story[best], by_story[story]) >= TOPIC_MERGE
        ):
            found.append(other)
    return found


def nearest(signature: ArticleSignature, found: Sequence[Candidate]) -> list[Candidate]:
    """The ``CANDIDATES`` candidates sharing most bands with ``signature`` (never itself)."""
    shared = {c.signature.article: c.shared for c in found if c.shared is not None}
    if len(shared) < len(found):
        mine = set(band_keys(signature))
        for c in found:
            if c.shared is None:
                shared[c.signature.article] = len(mine.intersection(band_keys(c.signature)))
    others = [c for c in found if c.signature.article != signature.article]
    others.sort(key=lambda c: (-shared[c.signature.article], c.signature.article))
    return others[:CANDIDATES]


def capped_mean(scores: list[float], members: int) -> float:
    """Mean of the best ``LINK_MEMBERS`` scores over ``min(members, LINK_MEMBERS)``: average
    linkage for a small story, the arrival's nearest members for a large one."""
    best = sorted(scores, reverse=True)[:LINK_MEMBERS]
    return sum(best) / max(1, min(members, LINK_MEMBERS))


def group_link(
    arrival: ArticleSignature, left: Sequence[Candidate], right: Sequence[Candidate]
) -> float:
    """Average link between two stories' candidate members (``arrival`` counted with
    ``left``); pairs that share no band count 0."""
    lefts = [arrival, *(c.signature for c in left[:LINK_MEMBERS])]
    rights = [c.signature for c in right[:LINK_MEMBERS]]
    weights = rarity(*lefts, *rights)
    keys = {s.article: set(band_keys(s)) for s in lefts + rights}
    total = sum(
        stories.score(a, b, weights)
        for a in lefts
        for b in rights
        if keys[a.article] & keys[b.article]
    )
    return total / max(1, len(lefts) * len(rights))


def rarity(*signatures: ArticleSignature) -> stories.Weights:
    """Weights of the words and names of ``signatures`` (rarer words count for more): one
    table for every filing, weighing a term when first read (``stories.Weights``), since a
    word's weight never changes; building a table per filing cost a third of its time at
    10,000 articles. Emptied past ``WEIGHTS_KEPT`` terms or term sets, so that a long crawl
    cannot grow it without bound."""
    if len(_WEIGHTS) > WEIGHTS_KEPT or len(_WEIGHTS.totals) > WEIGHTS_KEPT:
        _WEIGHTS.clear()
    return _WEIGHTS


def weight(term: str) -> float:
    return max(MIN_WEIGHT, ZIPF_CEILING - zipf_frequency(term, "en"))


_WEIGHTS = stories.Weights(weight)
WEIGHTS_KEPT = 2_000_000


class MemoryIndex:
    """``CandidateIndex`` in memory (one-shot runs, evaluations, tests)."""

    def __init__(self) -> None:
        self._signatures: dict[str, ArticleSignature] = {}
        self._story_of: dict[str, str] = {}
        self._members: dict[str, list[str]] = defaultdict(list)
        self._by_key: dict[int, list[str]] = defaultdict(list)
        self._topic: dict[str, str] = {}
        # topic -> the stories whose ``_topic`` names it: a topic merge touches its own
        # stories, not every story held (that made a long stream quadratic)
        self._labelled: dict[str, set[str]] = defaultdict(set)

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        hits = {a for key in keys for a in self._by_key.get(key, [])[-POSTINGS:]}
        return [Candidate(self._signatures[a], self._story_of[a]) for a in sorted(hits)]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        return {s: len(self._members[s]) for s in story_ids if s in self._members}

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        return {s: self._topic.get(s, s) for s in story_ids}

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if signature.article in self._signatures:
            return
        self._signatures[signature.article] = signature
        self._story_of[signature.article] = story
        self._members[story].append(signature.article)
        for key in keys:
            self._by_key[key].append(signature.article)

    def merge(self, source: str, target: str) -> None:
        for article in self._members.pop(source, []):
            self._story_of[article] = target
            self._members[target].append(article)
        old = self._topic.pop(source, None)
        if old is not None:
            self._labelled[old].discard(source)
        # Stories related to ``source`` alone (its id as their topic) follow it.
        self.merge_topics(source, self.topics([target])[target])

    def merge_topics(self, source: str, target: str) -> None:
        """Every held story whose topic is ``source`` (named so, or ``source`` itself when
        it names none) now has topic ``target``."""
        stories = self._labelled.pop(source, set())
        if source in self._members and source not in self._topic:
            stories.add(source)
        for story in stories:
            old = self._topic.get(story)
            if old is not None and old != source:
                self._labelled[old].discard(story)
            self._topic[story] = target
            self._labelled[target].add(story)

    def story_of(self, article: str) -> str:
        return self._story_of[article]

    def stories(self) -> dict[str, list[str]]:
        """Story id -> its articles, in the order they were filed."""
        return {story: list(members) for story, members in self._members.items() if members}

    def __contains__(self, article: object) -> bool:
        return article in self._signatures

    def apply(self, signature: ArticleSignature, filing: Filing, new_story: str) -> str:
        """Carry out ``filing`` as the desk does on its store; the story the article is now
        in (``new_story`` when it starts one)."""
        story = filing.story or new_story
        self.add(signature, band_keys(signature), story)
        for other in filing.merged:
            self.merge(other, story)
        if filing.story is None and filing.topic:
            self.merge_topics(story, filing.topic)
        topic = self.topics([story])[story]
        for other in filing.topics_merged:
            self.merge_topics(other, topic)
        return story


def stream(articles: Iterable[Article], options: Options, index: MemoryIndex) -> list[Filing]:
    """File ``articles`` one at a time, in the order given (an article already in the index
    is skipped); new stories get ``stable_id("s", <their first article>)``."""
    filings = []
    for article in articles:
        if article.id in index:
            continue
        signature = sign(article)
        filing = file(signature, index, options)
        index.apply(signature, filing, stable_id("s", article.id))
        filings.append(filing)
    return filings
