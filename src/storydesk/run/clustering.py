"""Stories at scale: the desk's stream filing, staged so that all but its last step run apart.

1. signatures: ``link.stream.sign`` per article (the batch runner signs beside cleaning);
2. LSH buckets: every article under each of its band keys, in filing order (date, then the
   hash of the input that gave it, as ``Desk.file`` files a batch);
3. candidate pairs: for each article, what a desk's index would hand it on arrival (per band
   key the latest ``candidates.POSTINGS`` articles filed before it), the ``stream.CANDIDATES``
   sharing most bands in ``stream.nearest``'s order, and their ``stories.score``: chunks of
   arrivals, each on its own, in parallel;
4. connected components of the candidate graph: articles that are never candidates of one
   another cannot share a story, a topic or a merge. Articles posted under one lead key
   (``leads.lead_keys``: a rare term of the lead, which relating looks a new story up by,
   ``link.related.rare_topics``) are in one component too, each tied to the previous one
   holding the key, so that step 5 finds them as a desk's index would;
5. the careful merge: ``stream.file`` on every article in filing order, within its component
   (components apart), against an index that hands it its planned candidates and scores.

Steps 2 and 3 compute exactly what a desk's index (``MemoryIndex``, ``StoreIndex``) and
``stream.nearest`` give an arrival, and step 5 is the desk's own decision, so the stories
are the desk's: the same members, ids and topics (``tests/run`` compares them); members are
listed in the order they arrived, as a store lists them.
News rarely splits into many components (unrelated articles still share a band now and
then), so step 5 is the sequential part; it only adds up scores computed in step 3.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

from storydesk.ids import stable_id
from storydesk.link import candidates as lookup
from storydesk.link import leads, stories, stream
from storydesk.link.stream import ArticleSignature, Candidate, MemoryIndex
from storydesk.options import Options

CHUNK = 2_000  # arrivals per candidate-pairs task
T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")
# Runs ``function(item, shared)`` for every item, in any order and anywhere: ``shared`` is
# sent once (for Ray, through the object store), the items one by one.
Mapper = Callable[[Callable[[T, S], R], Sequence[T], S], Iterable[R]]


def in_process(function: Callable[[T, S], R], items: Sequence[T], shared: S) -> Iterator[R]:
    """The default ``Mapper``: one item after another, here."""
    return (function(item, shared) for item in items)


@dataclass(frozen=True, slots=True)
class Signed:
    """One article as clustering sees it: its signature, its date as cleaning left it
    (filing order reads ``Article.published``, which a signature keeps only when valid) and
    what breaks ties between equal dates (``Desk.file``: the hash of the input as read)."""

    signature: ArticleSignature
    published: str | None
    order: str


@dataclass(slots=True)
class Clusters:
    """Stories (id -> member article ids, in the order they arrived), in the order the desk
    created them, and the topic of each story."""

    stories: dict[str, list[str]] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)

    def story_of(self) -> dict[str, str]:
        return {article: story for story, members in self.stories.items() for article in members}


def filing_order(signed: Sequence[Signed]) -> list[int]:
    """Positions of ``signed`` in the order a desk files them: dated first, by date, then
    ``order``."""
    return sorted(
        range(len(signed)),
        key=lambda i: (signed[i].published is None, signed[i].published or "", signed[i].order),
    )


@dataclass(slots=True)
class Buckets:
    """The LSH buckets of N articles in filing order. ``positions`` lists, key after key, the
    articles holding that key in filing order; ``starts[e]`` is where the bucket of entry
    ``e`` begins; ``entries[i, b]`` is the entry of article i's band b. ``exact``: no key
    value sits in two bands (a 64-bit hash collision), so shared keys can be counted band by
    band; otherwise they are counted as sets, like ``stream.nearest``."""

    keys: np.ndarray
    positions: np.ndarray
    starts: np.ndarray
    entries: np.ndarray
    exact: bool


def buckets(keys: np.ndarray) -> Buckets:
    """Step 2, from an (articles × bands) matrix of band keys in filing order."""
    count, bands = keys.shape
    flat = keys.ravel()
    order = np.lexsort((np.arange(flat.size), flat))  # by key, then by article and band
    ordered = flat[order]
    new_bucket = np.ones(flat.size, dtype=bool)
    new_bucket[1:] = ordered[1:] != ordered[:-1]
    starts = np.maximum.accumulate(np.where(new_bucket, np.arange(flat.size), 0))
    entries = np.empty(flat.size, dtype=np.int64)
    entries[order] = np.arange(flat.size)
    band = order % bands
    mixed = (~new_bucket[1:]) & (band[1:] != band[:-1])
    return Buckets(
        keys=keys,
        positions=(order // bands).astype(np.int64),
        starts=starts,
        entries=entries.reshape(count, bands),
        exact=not bool(mixed.any()),
    )


def nearest(index: int, found: Buckets, order_rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Step 3 for one arrival: the positions ``stream.nearest`` would keep, in its order, and
    how many band keys each shares with it. ``order_rank``: the rank of every article's id
    among all ids (its tie-break)."""
    own = found.entries[index]
    first: dict[int, int] = {}  # a key held twice (a collision) counts from its first entry
    for entry, value in zip(own.tolist(), found.keys[index].tolist(), strict=True):
        first[value] = min(first.get(value, entry), entry)
    pieces = [
        found.positions[max(int(found.starts[entry]), entry - lookup.POSTINGS) : entry]
        for entry in first.values()
    ]
    hits = np.unique(np.concatenate(pieces)) if pieces else np.empty(0, dtype=np.int64)
    if not hits.size:
        return hits, hits
    if found.exact:
        shared = (found.keys[hits] == found.keys[index]).sum(axis=1)
    else:
        mine = set(found.keys[index].tolist())
        shared = np.array([len(mine.intersection(found.keys[h].tolist())) for h in hits])
    ranked = np.lexsort((order_rank[hits], -shared))[: stream.CANDIDATES]
    return hits[ranked], shared[ranked]


# An arrival's planned candidates: their filing positions and the band keys each shares.
Planned = tuple[np.ndarray, np.ndarray]


def plan_chunk(
    span: tuple[int, int], shared: tuple[Buckets, np.ndarray]
) -> tuple[int, list[Planned]]:
    """Step 3's candidates for arrivals ``span`` (filing positions start, stop), with the
    buckets and id ranks shared by every chunk: (start, candidates of each)."""
    found, order_rank = shared
    start, stop = span
    return start, [nearest(i, found, order_rank) for i in range(start, stop)]


@dataclass(frozen=True, slots=True)
class ScoreJob:
    """Arrivals and the signatures of their candidates, to score."""

    arrivals: list[ArticleSignature]
    candidates: list[list[ArticleSignature]]


def score_chunk(job: ScoreJob, shared: None = None) -> list[list[float]]:
    """Step 3's scores: ``stories.score`` with the weights ``stream.file`` uses."""
    distinct = {s.article: s for s in job.arrivals}
    distinct.update((c.article, c) for found in job.candidates for c in found)
    weights = stream.rarity(*distinct.values())  # the shared table: weighs each once
    return [
        [stories.score(arrival, c, weights) for c in candidates]
        for arrival, candidates in zip(job.arrivals, job.candidates, strict=True)
    ]


class PlannedIndex(MemoryIndex):
    """A ``MemoryIndex`` that hands each arrival its planned candidates (step 3) instead of
    looking them up by band key: the same candidates, so ``stream.file`` decides the same."""

    def __init__(self) -> None:
        super().__init__()
        self.planned: list[tuple[ArticleSignature, int]] = []  # the arrival's, with shared keys

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return [Candidate(s, self.story_of(s.article), shared) for s, shared in self.planned]

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        # Lead keys only (``posted``): band candidates are planned. A component holds every
        # earlier article posted under an arrival's lead keys (step 4), so ``posted`` reads
        # what a desk's index would.
        super().add(signature, leads.lead_keys(signature.lead, signature.names), story)


@dataclass(frozen=True, slots=True)
class MergeJob:
    """One component for step 5: its arrivals in filing order, their planned candidates and
    scores, and the filing position of each (to order stories as the desk created them)."""

    arrivals: list[ArticleSignature]
    positions: list[int]
    candidates: list[list[ArticleSignature]]
    shared: list[list[int]]
    scores: list[list[float]]


def careful_merge(job: MergeJob, options: Options) -> list[tuple[int, str, list[str], str]]:
    """Step 5 for one component: ``stream.file`` on each arrival, as ``stream.stream`` does.
    Returns each story as (filing position of its first article, id, members in the order
    they arrived, topic)."""
    index = PlannedIndex()
    created: dict[str, int] = {}
    arrived = {a.article: position for a, position in zip(job.arrivals, job.positions, strict=True)}
    for arrival, position, candidates, shared, scores in zip(
        job.arrivals, job.positions, job.candidates, job.shared, job.scores, strict=True
    ):
        index.planned = list(zip(candidates, shared, strict=True))
        given = {c.article: s for c, s in zip(candidates, scores, strict=True)}
        filing = stream.file(arrival, index, options, given)
        story = index.apply(arrival, filing, stable_id("s", arrival.article))
        created.setdefault(story, position)
        if filing.split_story:  # a story split in two: the part that left is new here
            created.setdefault(filing.split_story, position)
    held = index.stories()
    topics = index.topics(held)
    return [
        (created[s], s, sorted(members, key=arrived.__getitem__), topics[s])
        for s, members in held.items()
    ]


def cluster(
    signed: Sequence[Signed], options: Options, mapper: Mapper[Any, Any, Any] = in_process
) -> Clusters:
    """Stories of ``signed`` (distinct articles), as the desk's stream files them.
    ``mapper`` runs the independent jobs of steps 3 and 5 (``in_process`` by default; the
    batch runner passes Ray's)."""
    order = filing_order(signed)
    arrivals = [signed[i].signature for i in order]
    if not arrivals:
        return Clusters()
    keys = np.array([stream.band_keys(s) for s in arrivals], dtype=np.int64)
    found = buckets(keys)
    ids = [s.article for s in arrivals]
    order_rank = np.empty(len(ids), dtype=np.int64)
    order_rank[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
    spans = [(start, min(start + CHUNK, len(ids))) for start in range(0, len(ids), CHUNK)]
    nothing = np.empty(0, dtype=np.int64)
    candidates: list[Planned] = [(nothing, nothing)] * len(ids)
    for start, planned in mapper(plan_chunk, spans, (found, order_rank)):
        candidates[start : start + len(planned)] = planned
    scores = _scores(arrivals, candidates, mapper)
    return _merge(arrivals, candidates, scores, options, mapper, lead_ties(arrivals))


def _scores(
    arrivals: list[ArticleSignature], candidates: list[Planned], mapper: Mapper[Any, Any, Any]
) -> list[list[float]]:
    jobs = [
        ScoreJob(
            arrivals[start : start + CHUNK],
            [[arrivals[c] for c in found.tolist()] for found, _ in candidates[start:][:CHUNK]],
        )
        for start in range(0, len(arrivals), CHUNK)
    ]
    scores: list[list[float]] = []
    for chunk in mapper(score_chunk, jobs, None):
        scores += chunk
    return scores


def lead_ties(arrivals: Sequence[ArticleSignature]) -> list[tuple[int, int]]:
    """(position, an earlier position) for every article posted under a lead key that an
    earlier article holds, the latest such: the chain that puts every holder of a key in one
    component."""
    last: dict[int, int] = {}
    ties = []
    for position, arrival in enumerate(arrivals):
        for key in leads.lead_keys(arrival.lead, arrival.names):
            if key in last:
                ties.append((position, last[key]))
            last[key] = position
    return ties


def components(
    count: int, candidates: Sequence[Planned], ties: Sequence[tuple[int, int]] = ()
) -> list[list[int]]:
    """Step 4: positions grouped by connected component of the candidate graph and ``ties``
    (pairs of positions), each in filing order, components by their first position."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rows = np.repeat(np.arange(count), [len(found) for found, _ in candidates])
    cols = np.concatenate([found for found, _ in candidates]) if count else np.empty(0, np.int64)
    if ties:
        tied = np.array(ties, dtype=np.int64)
        rows, cols = np.concatenate([rows, tied[:, 0]]), np.concatenate([cols, tied[:, 1]])
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(count, count))
    _, labels = connected_components(graph, directed=False)
    grouped: dict[int, list[int]] = {}
    for position, label in enumerate(labels.tolist()):
        grouped.setdefault(label, []).append(position)
    return list(grouped.values())


def _merge(
    arrivals: list[ArticleSignature],
    candidates: list[Planned],
    scores: list[list[float]],
    options: Options,
    mapper: Mapper[Any, Any, Any],
    ties: Sequence[tuple[int, int]] = (),
) -> Clusters:
    jobs = []
    made: list[tuple[int, str, list[str], str]] = []
    for group in components(len(arrivals), candidates, ties):
        if len(group) == 1:  # no candidate either way: a story of its own
            only = arrivals[group[0]]
            story = stable_id("s", only.article)
            made.append((group[0], story, [only.article], story))
            continue
        jobs.append(
            MergeJob(
                arrivals=[arrivals[i] for i in group],
                positions=group,
                candidates=[[arrivals[c] for c in candidates[i][0].tolist()] for i in group],
                shared=[candidates[i][1].tolist() for i in group],
                scores=[scores[i] for i in group],
            )
        )
    for found in mapper(careful_merge, jobs, options):
        made += found
    made.sort()
    return Clusters(
        stories={story: members for _, story, members, _ in made},
        topics={story: topic for _, story, _, topic in made},
    )
