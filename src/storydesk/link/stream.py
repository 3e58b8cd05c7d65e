"""Stories from a stream: an arriving article joins a story, starts one, or bridges two.

The batch clusterer (``link.stories``) sees every article at once; a desk sees them one at a
time, in any order, over days. Pure functions over plain, serialisable state, so that a store
can persist that state and any runner can call them (the seam between filing and storage):

- ``ArticleSignature`` (``sign``, in ``link.signature``): content words, names, date and a
  MinHash of the words, made once when the article arrives and kept;
- ``band_keys``: its LSH band keys, the only thing an index looks candidates up by;
  ``posting_keys`` adds the rare terms of its lead, which only relating looks up (``posted``:
  a new story no candidate relates, ``link.related.rare_topics``);
- ``CandidateIndex`` (``link.candidates``): where filing finds the stored articles that share
  a band with a new one, their stories, story sizes and topics. ``MemoryIndex``
  (``link.memory_index``) keeps it in memory, ``storydesk.store.index.StoreIndex`` in a store;
  both pass ``tests/link/stream_contract.py``;
- ``file(signature, index, options)`` (here): the decision, a ``Filing``.

The names of those modules are importable from here too, as callers always have.

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

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from storydesk.article import Article
from storydesk.ids import stable_id
from storydesk.link import regroup, related, stories, topic_exits
from storydesk.link.candidates import POSTINGS, Candidate, CandidateIndex
from storydesk.link.memory_index import MemoryIndex
from storydesk.link.signature import (
    BANDS,
    ROWS,
    ArticleSignature,
    band_keys,
    posting_keys,
    sign,
)
from storydesk.link.signature import band_set as _band_set
from storydesk.link.weights import LINK_MEMBERS, Scorer, capped_mean, ordered_score, rarity
from storydesk.options import Options

__all__ = [
    "BANDS",
    "BRIDGE",
    "CANDIDATES",
    "JOIN",
    "LOOK_CLOSER",
    "MERGE",
    "POSTINGS",
    "ROWS",
    "ArticleSignature",
    "Candidate",
    "CandidateIndex",
    "Filing",
    "MemoryIndex",
    "band_keys",
    "file",
    "group_link",
    "nearest",
    "posting_keys",
    "rarity",
    "shared_bands",
    "sign",
    "story_bands",
    "stream",
]

CANDIDATES = 60  # stored articles compared with an arrival, those sharing most bands
# Thresholds on stories.score with background weights, set on ECB+ topics 1-20 (21-35 kept
# untuned; eval/README.md). Joining needs more than bridging: a stream decides on one
# article at a time, where the batch clusterer takes its best pairs first, so an early wrong
# join is the costly mistake; merging needs the two stories to agree as wholes.
JOIN = 0.07
LOOK_CLOSER = 2  # candidate stories compared member by member before starting a story
BRIDGE = 0.04
MERGE = 0.12


@dataclass(slots=True)
class Filing:
    """Where one article goes. ``story`` None starts a new story, in topic ``topic`` when it
    is related to one (None: its own). ``merged``: stories the article bridges, or small ones
    the story now reaches, to be merged into ``story``; ``topics_merged``: topics to be
    merged into ``story``'s topic, or, when it ``leaves_topic`` (its leads no longer relate
    to the rest of the topic it was in, ``topic_exits.moves_to``), the one topic ``story``
    alone moves to (which keeps its id). ``moved``: articles
    of other stories that move into ``story`` (after the merges). ``split``: articles
    (the arrival may be one) that leave the story, once the arrival is in and the merges
    done, to make the new story ``split_story`` in the same topic, or in a topic of its own when
    ``split_apart`` (its leads do not link to those it left: ``topic_exits``)."""

    article: str
    story: str | None
    score: float
    merged: list[str] = field(default_factory=list)
    topic: str | None = None
    topics_merged: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    split_story: str | None = None
    moved: list[str] = field(default_factory=list)
    split_apart: bool = False
    leaves_topic: bool = False

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
            "split_apart": self.split_apart,
            "leaves_topic": self.leaves_topic,
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
        found_fragments = regroup.fragments(signature, best, rest, by_story, sizes, score)
        absorbed = topic_exits.taken_in(signature, best, found_fragments, index, join)
        merged += absorbed
        after += sum(sizes.get(s, 0) for s in absorbed)
    filing = Filing(signature.article, best, links[best], merged)
    if related.due(before, after, bool(merged)):
        bands = story_bands(found, shared)
        _, filing.topics_merged = related.relate(signature, best, merged, bands, index,
                                                      regroup.checkpoint(before, after))
    if recall:
        leaving = {s: c for s, c in by_story.items() if s not in merged}
        filing.moved = regroup.strays(signature, best, leaving, score, sizes, index, join)
    if regroup.checkpoint(before, after):
        members = regroup.sample(signature, [best, *merged], index)
        filing.split = regroup.split_off(members, MERGE)
        if filing.split:
            filing.split_story = stable_id("s", signature.article, *filing.split)
            filing.split_apart = topic_exits.split_apart(members, filing.split)
        elif moved_to := topic_exits.moves_to(signature, best, merged, index):
            filing.leaves_topic, filing.topics_merged = True, [moved_to]
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
