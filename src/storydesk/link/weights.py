"""How much a word counts when the stream compares articles, and how an arrival links to a
story: shared by filing (``link.stream``), its corrections (``link.regroup``) and topics
(``link.related``).

Word weights come from a fixed background frequency (wordfreq's English list), not from the
desk's own counts, so a pair of articles scores the same whatever else the desk holds and in
whatever order it arrived.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from wordfreq import zipf_frequency

from storydesk.link import stories

LINK_MEMBERS = 8  # an arrival's link to a story: mean of its best scores to this many members
# Background rarity: 8 minus the word's Zipf frequency (7.7 for "the", 3 for "Lohan", 0 for
# a word the list does not know), floored so that common words still count a little.
ZIPF_CEILING = 8.0
MIN_WEIGHT = 0.1


class Worded(Protocol):
    @property
    def words(self) -> frozenset[str]: ...
    @property
    def names(self) -> frozenset[str]: ...


class Scored(stories.Scored, Protocol):
    @property
    def article(self) -> str: ...


def rarity(*signatures: Worded) -> stories.Weights:
    """Weights of the words and names of ``signatures`` (rarer words count for more): one
    table for every filing, weighing a term when first read (``stories.Weights``), since a
    word's weight never changes; building a table per filing cost a third of its time at
    10,000 articles. Emptied past ``WEIGHTS_KEPT`` terms or term sets, so that a long crawl
    cannot grow it without bound."""
    if len(_WEIGHTS) > WEIGHTS_KEPT or len(_WEIGHTS.totals) > WEIGHTS_KEPT:
        _WEIGHTS.clear()
    return _WEIGHTS


@lru_cache(maxsize=200_000)
def weight(term: str) -> float:
    return max(MIN_WEIGHT, ZIPF_CEILING - zipf_frequency(term, "en"))


@lru_cache(maxsize=200_000)
def squared(term: str) -> float:
    """``weight(term) ** 2``, the weight topics give a lead term (``link.related``)."""
    return weight(term) ** 2


_WEIGHTS = stories.Weights(weight)
WEIGHTS_KEPT = 2_000_000


def capped_mean(scores: list[float], members: int) -> float:
    """Mean of the best ``LINK_MEMBERS`` scores over ``min(members, LINK_MEMBERS)``: average
    linkage for a small story, the arrival's nearest members for a large one."""
    if len(scores) == 1:  # most candidate stories hold one candidate: no sort
        return scores[0] / max(1, min(members, LINK_MEMBERS))
    best = sorted(scores, reverse=True)[:LINK_MEMBERS]
    return sum(best) / max(1, min(members, LINK_MEMBERS))


_PAIRS: dict[tuple[str, str], float] = {}
PAIRS_KEPT = 1_000_000


def pair_score(a: Scored, b: Scored) -> float:
    """``stories.score`` of two stored articles with background weights, remembered by their
    ids (an id names its content, and the weights never change): a story checked again as it
    grows (``link.regroup``) compares mostly the same members."""
    if a.article > b.article:  # one order: one float
        a, b = b, a
    found = _PAIRS.get((a.article, b.article))  # (read here: most pairs are remembered)
    return ordered_score(a, b) if found is None else found


def ordered_score(a: Scored, b: Scored) -> float:
    """``stories.score(a, b)`` with background weights, in that order (two sets of one size
    can sum their shared weights in another order the other way round, so ``b, a`` may differ
    in the last bit), remembered by the two ids in that order: ``pair_score`` reads it in id
    order, the stream's group links (``stream.group_link``) in the order they compare."""
    key = (a.article, b.article)
    found = _PAIRS.get(key)
    if found is None:
        if len(_PAIRS) > PAIRS_KEPT:
            _PAIRS.clear()
        found = _PAIRS[key] = stories.score(a, b, rarity())
    return found


class Scorer:
    """Scores for one filing: the arrival's with its candidates as filing computed them
    (``scored``, by candidate id), any other pair through ``pair_score``."""

    def __init__(self, arrival: Scored, scored: Mapping[str, float]) -> None:
        self.arrival = arrival.article
        self.scored = scored

    def __call__(self, a: Scored, b: Scored) -> float:
        if a.article == self.arrival and b.article in self.scored:
            return self.scored[b.article]
        if b.article == self.arrival and a.article in self.scored:
            return self.scored[a.article]
        return pair_score(a, b)
