"""Stories from a stream: an arriving article joins a story, starts one, or bridges two.

The batch clusterer (``link.stories``) sees every article at once; a desk sees them one at a
time, in any order, over days. Pure functions over plain, serialisable state, so that a store
can persist that state and any runner can call them (the seam between filing and storage):

- ``ArticleSignature`` (``sign``): content words, names, date and a MinHash of the words,
  made once when the article arrives and kept;
- ``band_keys``: its LSH band keys, the only thing an index looks candidates up by;
  ``posting_keys`` adds the rare terms of its lead, which only relating looks up (``posted``:
  a new story no candidate relates, ``link.related.rare_topics``);
- ``CandidateIndex``: where filing finds the stored articles that share a band with a new one,
  their stories, story sizes and topics. ``MemoryIndex`` keeps it in memory,
  ``storydesk.store.index.StoreIndex`` in a store; both pass ``tests/link/stream_contract.py``;
- ``file(signature, index, options)``: the decision, a ``Filing``.

Staged, never all pairs (STYLE habit 5): band keys give candidate articles; the
``CANDIDATES`` sharing most bands are compared; each candidate story gets a capped average
link, the mean of the arrival's best ``LINK_MEMBERS`` scores to its members (members not
compared count 0), so one lucky pair cannot pull an article in. The article joins the best
story at ``JOIN`` or more, else starts one; before it starts one, the few candidate stories
it scores ``JOIN`` with on some member are linked again over their latest members
(``_closer_look``: LSH proposes few members of a story of long reports). A second story it
links to at ``BRIDGE`` or more is merged into the first when the two stories link to each
other at ``MERGE`` (average over the candidate members of both, the arrival counted in the
first; pairs sharing no band count 0, as in the batch clusterer): one story found in two
parts, recorded in ``Filing.merged``.
Early decisions are corrected as stories grow (``link.regroup``): small stories the joined
story now reaches are merged into it (``Filing.merged`` too), and a story whose members part
at its own scale is split (``Filing.split``).

Two levels. A *story* is one event: the unit the desk reconciles (facts, quotes, timeline),
so two events never share one, however alike. A *topic* groups related stories (the Tara
Reid and the Lindsay Lohan rehab stories; two quakes on one island): a looser link, shown
as "related", never used to reconcile. A story with no related story is its own topic (the
topic id is its story id). Topics compare whole stories by their leads (``link.related``):
a new story takes a topic (``Filing.topic``), a growing story's topic absorbs others
(``Filing.topics_merged``).

Word weights come from a fixed background frequency (``link.weights``).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

from storydesk.article import Article
from storydesk.ids import stable_id
from storydesk.link import leads, regroup, related, stories
from storydesk.link.weights import LINK_MEMBERS, Scorer, capped_mean, ordered_score, rarity
from storydesk.options import Options

# The LSH layout the batch clusterer's MinHashLSH picks for its threshold (64 bands of 2 rows
# at 128 permutations); computed once, not written out, so the two cannot drift apart.
_LAYOUT = MinHashLSH(threshold=stories.LSH_THRESHOLD, num_perm=stories.NUM_PERM)
BANDS, ROWS = _LAYOUT.b, _LAYOUT.r
CANDIDATES = 60  # stored articles compared with an arrival, those sharing most bands
POSTINGS = 200  # an index reads at most this many latest articles per band key
# Thresholds on stories.score with background weights, set on ECB+ topics 1-20 (21-35 kept
# untuned; eval/README.md). Joining needs more than bridging: a stream decides on one
# article at a time, where the batch clusterer takes its best pairs first, so an early wrong
# join is the costly mistake; merging needs the two stories to agree as wholes.
JOIN = 0.07
LOOK_CLOSER = 2  # candidate stories compared member by member before starting a story
BRIDGE = 0.04
MERGE = 0.12


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
    return [*_band_keys(signature.minhash), *leads.lead_keys(signature.lead)]


@lru_cache(maxsize=50_000)
def _band_keys(minhash: tuple[int, ...]) -> tuple[int, ...]:
    values = list(map(str, minhash))
    keys = []
    for band in range(BANDS):
        data = f"{band}:{','.join(values[band * ROWS : (band + 1) * ROWS])}".encode()
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

    def posted(self, keys: Sequence[int]) -> list[Candidate]:
        """Stored articles posted under any of ``keys`` (lead keys: ``posting_keys``), per key
        at most the ``POSTINGS`` latest, as ``candidates`` reads band keys; never planned."""
        ...

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]: ...

    def members(self, story_ids: Iterable[str], limit: int) -> dict[str, list[ArticleSignature]]:
        """The latest ``limit`` members of each story, in the order they were filed."""
        ...

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        """The topic of each story; a story related to none is its own topic (its id)."""
        ...

    def topic_stories(self, topic_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        """The stories of each topic, the largest first (then by id), at most ``limit``."""
        ...

    def topic_memo(self) -> dict[str, Any]:
        """A cache by topic id for what is derived from a topic's stories (``link.related``
        keeps their lead centroid in it): the index drops a topic's entry whenever one of
        its stories, or which stories it holds, changes. An index that cannot tell (a
        store other processes write to) returns an empty dict at each call."""
        ...

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        """Store the signature under ``keys`` as a member of ``story``; an article already
        stored changes nothing."""
        ...

    def merge(self, source: str, target: str) -> None:
        """Every article of story ``source`` now belongs to ``target``. The other stories of
        ``source``'s topic stay in it, under its id as a label, even when that id was
        ``source``'s own: whether topics merge is filing's decision (``Filing.topics_merged``)."""
        ...

    def split(self, articles: Sequence[str], target: str) -> None:
        """``articles`` (stored, of one story) now make the new story ``target``, in the
        topic of the story they leave."""
        ...

    def move(self, articles: Sequence[str], target: str) -> None:
        """``articles`` (stored, of other stories, none left empty) now belong to story
        ``target``."""
        ...

    def merge_topics(self, source: str, target: str) -> None:
        """Every story of topic ``source`` now belongs to topic ``target``; a story created
        by a filing with ``topic`` set is put in that topic the same way."""
        ...


@dataclass(slots=True)
class Filing:
    """Where one article goes. ``story`` None starts a new story, in topic ``topic`` when it
    is related to one (None: its own). ``merged``: stories the article bridges, or small ones
    the story now reaches, to be merged into ``story``; ``topics_merged``: topics to be
    merged into ``story``'s topic. ``moved``: articles of other stories that move into
    ``story`` (after the merges). ``split``: articles (the arrival may be one) that leave
    the story, once the arrival is in and the merges done, to make the new story
    ``split_story`` in the same topic."""

    article: str
    story: str | None
    score: float
    merged: list[str] = field(default_factory=list)
    topic: str | None = None
    topics_merged: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    split_story: str | None = None
    moved: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "story": self.story,
            "score": self.score,
            "merged": list(self.merged),
            "topic": self.topic,
            "topics_merged": list(self.topics_merged),
            "split": list(self.split),
            "split_story": self.split_story,
            "moved": list(self.moved),
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
    here, with the same weights. Everything filing reads comes from the ``CANDIDATES``
    nearest candidates and their stories (a runner can split a batch where none is shared)."""
    mine = signature.article
    others = [c for c in index.candidates(band_keys(signature)) if c.signature.article != mine]
    shared = shared_bands(signature, others)
    found = _nearest(others, shared)
    if not found:  # a new story, that only its lead's rare terms can relate
        topic, topics_merged = related.relate(signature, None, [], {}, index)
        return Filing(signature.article, None, 0.0, [], topic, topics_merged)
    scored = dict(scores or {})
    missing = [c for c in found if c.signature.article not in scored]
    if missing:
        weights = rarity(signature, *(c.signature for c in found))
        for c in missing:
            scored[c.signature.article] = stories.score(signature, c.signature, weights)
    by_story: dict[str, list[Candidate]] = defaultdict(list)
    story_scores: dict[str, list[float]] = defaultdict(list)
    for candidate in found:
        by_story[candidate.story].append(candidate)
        story_scores[candidate.story].append(scored[candidate.signature.article])
    sizes = index.story_sizes(by_story)
    links = {
        story: capped_mean(found_scores, sizes.get(story, len(found_scores)))
        for story, found_scores in story_scores.items()
    }
    ranked = _ranked(links)
    join = float(options.extra.get("story_join", JOIN))
    if links[ranked[0]] < join and _closer_look(signature, ranked, by_story, story_scores,
                                                 sizes, links, index, join):
        ranked = _ranked(links)
    best = ranked[0]
    if links[best] < join:
        bands = story_bands(found, shared)
        topic, topics_merged = related.relate(signature, None, [], bands, index)
        return Filing(signature.article, None, links[best], [], topic, topics_merged)
    merged = [
        other
        for other in ranked[1:]
        if links[other] >= BRIDGE
        and group_link(signature, by_story[best], by_story[other], scored, shared) >= MERGE
    ]
    before = sizes.get(best, 0)
    after = before + 1 + sum(sizes.get(s, 0) for s in merged)
    # Corrections while the story is small, then at check sizes (amortised as it grows).
    recall = regroup.recall_due(before, after)
    score = Scorer(signature, scored)
    if recall:
        rest = [s for s in ranked[1:] if s not in merged]
        absorbed = regroup.fragments(signature, best, rest, by_story, sizes, score)
        merged += absorbed
        after += sum(sizes.get(s, 0) for s in absorbed)
    filing = Filing(signature.article, best, links[best], merged)
    if related.due(before, after, bool(merged)):
        bands = story_bands(found, shared)
        _, filing.topics_merged = related.relate(signature, best, merged, bands, index)
    if recall:
        leaving = {s: c for s, c in by_story.items() if s not in merged}
        filing.moved = regroup.strays(signature, best, leaving, score, sizes, index, join)
    if regroup.checkpoint(before, after):
        filing.split = regroup.split_off(signature, [best, *merged], index, MERGE)
        if filing.split:
            filing.split_story = stable_id("s", signature.article, *filing.split)
    return filing


def _ranked(links: Mapping[str, float]) -> list[str]:
    """Candidate stories by link, the best first (then by id)."""
    return [story for _, story in sorted([(-link, story) for story, link in links.items()])]


def _closer_look(
    signature: ArticleSignature,
    ranked: Sequence[str],
    by_story: Mapping[str, Sequence[Candidate]],
    story_scores: Mapping[str, list[float]],
    sizes: Mapping[str, int],
    links: dict[str, float],
    index: CandidateIndex,
    join: float,
) -> bool:
    """Before an arrival starts a story: the ``LOOK_CLOSER`` best candidate stories that one
    of its candidates scores ``join`` with, and whose members it was not all compared with,
    are linked again over their latest ``LINK_MEMBERS`` members (``links`` updated); whether
    any was. A member LSH did not propose counts 0 in a story's link, and long reports of
    one event often share no band (ECB+ tuned topics, seed 1: 19_14ecb, 1_12ecb, 13_10ecbplus
    each stayed alone beside their event's story, with a capped link of 0.13 to 0.16 to its
    members and one to six of them proposed)."""
    hopeful = list(itertools.islice(
        (
            story
            for story in ranked
            if len(story_scores[story]) < sizes.get(story, 0) and max(story_scores[story]) >= join
        ),
        LOOK_CLOSER,
    ))  # the first few: stories further down are not read
    if not hopeful:
        return False
    latest = index.members(hopeful, LINK_MEMBERS)
    weights = rarity()
    for story in hopeful:
        seen = {c.signature.article for c in by_story[story]}
        found = list(story_scores[story])
        found += [stories.score(signature, m, weights) for m in latest.get(story, [])
                  if m.article not in seen]
        links[story] = capped_mean(found, sizes[story])
    return True


def shared_bands(signature: ArticleSignature, found: Sequence[Candidate]) -> dict[str, int]:
    """How many band keys each candidate article shares with ``signature`` (as the index
    told, else counted)."""
    shared = {c.signature.article: c.shared for c in found if c.shared is not None}
    if len(shared) < len(found):
        mine = _band_set(signature)
        for c in found:
            if c.shared is None:
                shared[c.signature.article] = len(mine & _band_set(c.signature))
    return shared


_BAND_SETS: dict[str, tuple[tuple[int, ...], frozenset[int]]] = {}
BAND_SETS_KEPT = 200_000


def _band_set(signature: ArticleSignature) -> frozenset[int]:
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


def nearest(signature: ArticleSignature, found: Sequence[Candidate]) -> list[Candidate]:
    """The ``CANDIDATES`` candidates sharing most bands with ``signature`` (never itself)."""
    others = [c for c in found if c.signature.article != signature.article]
    return _nearest(others, shared_bands(signature, others))


def _nearest(found: Sequence[Candidate], shared: Mapping[str, int]) -> list[Candidate]:
    # Sorted by (-shared bands, id), the position breaking a tie (as a stable sort would)
    keyed = [(-shared[a], a, i) for i, a in enumerate(c.signature.article for c in found)]
    return [found[i] for _, _, i in sorted(keyed)[:CANDIDATES]]


def story_bands(found: Sequence[Candidate], shared: dict[str, int]) -> dict[str, int]:
    """Per candidate story, the bands its candidate members share with the arrival."""
    bands: dict[str, int] = defaultdict(int)
    for candidate in found:
        bands[candidate.story] += shared[candidate.signature.article]
    return dict(bands)


def group_link(
    arrival: ArticleSignature,
    left: Sequence[Candidate],
    right: Sequence[Candidate],
    scored: Mapping[str, float] | None = None,
    shared: Mapping[str, int] | None = None,
) -> float:
    """Average link between two stories' candidate members (``arrival`` counted with
    ``left``); pairs that share no band count 0. ``scored`` and ``shared``: the arrival's
    scores with candidates and the bands each shares with it, as ``file`` has them (its row
    is then read, not scored again)."""
    lefts = [c.signature for c in left[:LINK_MEMBERS]]
    rights = [c.signature for c in right[:LINK_MEMBERS]]
    scored, shared = scored or {}, shared or {}
    weights = rarity()
    mine = _band_set(arrival)
    keyed = [(b, _band_set(b)) for b in rights]
    row = [
        (scored[b.article] if shared[b.article] else 0.0)
        if b.article in scored and b.article in shared
        else (0.0 if mine.isdisjoint(keys) else stories.score(arrival, b, weights))
        for b, keys in keyed
    ]
    # One sum in the order of the pairs (arrival first), a pair sharing no band adding 0.0:
    # the same float as summing only the pairs that share one. Pairs of stored articles are
    # remembered (``ordered_score``, in this order): the next arrivals near these two stories
    # compare the same candidates again.
    total = sum(
        (
            0.0 if left_keys.isdisjoint(keys) else ordered_score(a, b)
            for a, left_keys in [(a, _band_set(a)) for a in lefts]
            for b, keys in keyed
        ),
        sum(row),
    )
    return total / max(1, (len(lefts) + 1) * len(rights))


class MemoryIndex:
    """``CandidateIndex`` in memory (one-shot runs, evaluations, tests)."""

    def __init__(self) -> None:
        self._signatures: dict[str, ArticleSignature] = {}
        self._story_of: dict[str, str] = {}
        self._members: dict[str, list[str]] = defaultdict(list)
        self._by_key: dict[int, list[str]] = defaultdict(list)
        self._topic: dict[str, str] = {}
        self._seq: dict[str, int] = {}  # article -> the order it was filed in
        # topic -> the stories whose ``_topic`` names it: a topic merge touches its own
        # stories, not every story held (that made a long stream quadratic)
        self._labelled: dict[str, set[str]] = defaultdict(set)
        # topic -> (limit, its largest stories): ranked once, forgotten when one of its
        # stories changes (``_stale``); relating reads the same topics at every arrival
        self._ranked: dict[str, tuple[int, list[str]]] = {}
        # topic -> what relating derived from its stories (``topic_memo``), dropped with
        # ``_ranked`` (``_forget``): the same events make both stale
        self._memo: dict[str, Any] = {}

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return self.posted(keys)

    def posted(self, keys: Sequence[int]) -> list[Candidate]:
        hits = {a for key in keys for a in self._by_key.get(key, [])[-POSTINGS:]}
        return [Candidate(self._signatures[a], self._story_of[a]) for a in sorted(hits)]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        held = self._members
        return {s: len(found) for s in story_ids if (found := held.get(s))}

    def members(self, story_ids: Iterable[str], limit: int) -> dict[str, list[ArticleSignature]]:
        return {
            s: [self._signatures[a] for a in self._members[s][-limit:]]
            for s in story_ids
            if self._members.get(s)
        }

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        named = self._topic.get
        return {s: named(s, s) for s in story_ids}

    def topic_stories(self, topic_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        found = {}
        for topic in set(topic_ids):
            ranked = self._ranked.get(topic)
            if ranked is None or ranked[0] != limit:
                ranked = self._ranked[topic] = (limit, self._rank(topic, limit))
            if ranked[1]:
                found[topic] = list(ranked[1])
        return found

    def _rank(self, topic: str, limit: int) -> list[str]:
        held = {s for s in self._labelled.get(topic, ()) if self._members.get(s)}
        if self._members.get(topic) and topic not in self._topic:
            held.add(topic)
        return heapq.nsmallest(limit, held, key=lambda s: (-len(self._members[s]), s))

    def topic_memo(self) -> dict[str, Any]:
        return self._memo

    def _stale(self, *stories: str) -> None:
        """The topics of ``stories`` (which changed) are ranked again when next read."""
        for story in stories:
            self._forget(self._topic.get(story, story))

    def _forget(self, topic: str) -> None:
        """``topic``'s stories or their members changed: its ranking and memo are stale."""
        self._ranked.pop(topic, None)
        self._memo.pop(topic, None)

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if signature.article in self._signatures:
            return
        self._signatures[signature.article] = signature
        self._seq[signature.article] = len(self._seq)
        self._story_of[signature.article] = story
        self._members[story].append(signature.article)
        self._stale(story)
        for key in keys:
            self._by_key[key].append(signature.article)

    def merge(self, source: str, target: str) -> None:
        self._stale(source, target)
        moving = self._members.pop(source, [])
        for article in moving:
            self._story_of[article] = target
        # Members stay in filing order, as a store lists them (``members`` reads the latest).
        self._members[target] = list(
            heapq.merge(self._members[target], moving, key=self._seq.__getitem__)
        )
        # Stories related to ``source`` (its id as their topic) keep that label: they follow
        # it only when filing merges the topics (``related.relate``).
        self._untopic(source)

    def split(self, articles: Sequence[str], target: str) -> None:
        source = self._story_of[articles[0]]
        topic = self._topic.get(source, source)
        self.move(articles, target)
        self._topic[target] = topic
        self._labelled[topic].add(target)
        self._stale(target)

    def move(self, articles: Sequence[str], target: str) -> None:
        moving = set(articles)
        self._stale(target, *{self._story_of[a] for a in articles})
        for source in {self._story_of[a] for a in articles} - {target}:
            self._members[source] = [a for a in self._members[source] if a not in moving]
            if not self._members[source]:
                del self._members[source]
                self._untopic(source)
        kept = [a for a in self._members[target] if a not in moving]
        for article in articles:
            self._story_of[article] = target
        moved = sorted(moving, key=self._seq.__getitem__)
        self._members[target] = list(heapq.merge(kept, moved, key=self._seq.__getitem__))

    def merge_topics(self, source: str, target: str) -> None:
        """Every held story whose topic is ``source`` (named so, or ``source`` itself when
        it names none) now has topic ``target``. A topic merged into itself changes nothing
        (as ``Store.merge_topics``: no story is labelled with its own id)."""
        if source == target:
            return
        self._forget(source)
        self._forget(target)
        stories = self._labelled.pop(source, set())
        if source in self._members and source not in self._topic:
            stories.add(source)
        for story in stories:
            old = self._topic.get(story)
            if old is not None and old != source:
                self._labelled[old].discard(story)
                self._forget(old)
            self._topic[story] = target
            self._labelled[target].add(story)

    def _untopic(self, story: str) -> None:
        """``story`` is gone (merged away, emptied): it names no topic any more."""
        self._forget(story)
        old = self._topic.pop(story, None)
        if old is not None:
            self._labelled[old].discard(story)
            self._forget(old)

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
        self.add(signature, posting_keys(signature), story)
        for other in filing.merged:
            self.merge(other, story)
        if filing.story is None and filing.topic:
            self.merge_topics(story, filing.topic)
        topic = self.topics([story])[story]
        for other in filing.topics_merged:
            self.merge_topics(other, topic)
        if filing.moved:
            self.move(filing.moved, story)
        if filing.split and filing.split_story:
            self.split(filing.split, filing.split_story)
        return self._story_of[signature.article]


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
