"""What filing remembers to go faster (issue 10, session 6) must give what it would compute:
pair scores kept in the order they were asked for, and a story's lead term counts carried
from its last arrival. Each is keyed by content (an article id names its content), so it
never goes stale by time; what could go wrong is a key too loose (two orders, two member
lists, taken for one), and these tests fail then."""

from __future__ import annotations

import random
from collections import Counter
from itertools import chain
from typing import Any

import pytest
from stream_contract import QUAKE, signature

from shared_data import shared_path
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.link import leads, related, stories, weights
from storydesk.link.stream import MemoryIndex, sign, stream
from storydesk.options import Options


class _Forgets(dict[Any, Any]):
    """A cache that keeps nothing: every lookup misses."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def test_an_ordered_score_is_the_score_in_that_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """``stories.score(a, b)`` and ``(b, a)`` can differ in the last bit (two word sets of
    one size sum their shared weights in another order); a score remembered for one order
    must not answer for the other. A score that tells the orders apart shows it."""
    monkeypatch.setattr(weights, "_PAIRS", {})
    monkeypatch.setattr(stories, "score", lambda a, b, w=None: 1.0 + (a.article > b.article))
    first, second = signature("a1", QUAKE.format(n=1)), signature("a2", QUAKE.format(n=2))
    assert weights.ordered_score(first, second) == 1.0
    assert weights.ordered_score(second, first) == 2.0  # not the (a1, a2) score remembered
    assert weights.pair_score(second, first) == weights.pair_score(first, second) == 1.0
    assert weights.ordered_score(second, first) == 2.0


def test_remembered_scores_are_the_scores() -> None:
    left, right = signature("b1", QUAKE.format(n=3)), signature("b2", QUAKE.format(n=40))
    for a, b in ((left, right), (right, left)):
        assert weights.ordered_score(a, b) == stories.score(a, b, weights.rarity())
        assert weights.ordered_score(a, b) == stories.score(a, b, weights.rarity())  # kept


def _ecb(*topics: str) -> list:  # type: ignore[type-arg]
    folders = [f for f in topic_folders(shared_path("datasets", "ecbplus")) if f.name in topics]
    return [d.article() for folder in folders for d in read_topic(folder)]


def _fresh(members: list) -> list[tuple[str, float]]:  # type: ignore[type-arg]
    """The members' unit profile computed with nothing remembered, as (term, value) pairs in
    the profile's order."""
    related._PROFILES.clear()
    related._CENTROIDS.clear()
    related._COUNTS.clear()
    return list(related.profile(members).unit.items())


def test_counts_carried_from_the_last_arrival_are_counts_from_scratch() -> None:
    """A story is profiled with each arrival; the next arrival's profile starts from the last
    counts (``related._counts``). Term by term, in the same order, to the last bit."""
    members = [sign(a) for a in _ecb("1")][:9]
    for size in range(2, len(members) + 1):
        expected = _fresh(members[:size])
        related._PROFILES.clear()
        related._COUNTS.clear()
        related.profile(members[: size - 1])
        assert tuple(m.article for m in members[: size - 1]) in related._COUNTS
        assert list(related.profile(members[:size]).unit.items()) == expected


def test_counts_of_other_members_in_another_order_are_not_carried() -> None:
    """Counts are kept by the members in order: the same members in another order give their
    terms in another order (which sums a norm in another order), so they are counted anew."""
    first, second, third = (sign(a) for a in _ecb("3")[:3])
    related._COUNTS.clear()
    related._counts([first, second])
    counted = related._counts([second, first, third])
    terms = chain.from_iterable(leads.terms(m.lead) for m in (second, first, third))
    assert list(counted.items()) == list(Counter(terms).items())


def test_filing_remembering_files_as_filing_computing_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three tuned ECB+ topics (1, 3, 4: 67 documents) streamed with the pair scores and
    term counts remembered, and with nothing remembered: the same filings, scores included."""
    articles = _ecb("1", "3", "4")
    random.Random(2).shuffle(articles)
    related._COUNTS.clear()
    remembered = [f.as_dict() for f in stream(articles, Options(), MemoryIndex())]
    assert related._COUNTS and weights._PAIRS  # both were used
    monkeypatch.setattr(weights, "_PAIRS", _Forgets())
    monkeypatch.setattr(related, "_COUNTS", _Forgets())
    monkeypatch.setattr(related, "_PROFILES", _Forgets())
    computed = [f.as_dict() for f in stream(articles, Options(), MemoryIndex())]
    assert remembered == computed
