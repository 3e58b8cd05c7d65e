"""Story clustering: which articles report the same event.

Staged like datatrove's MinHash deduplication (STYLE habit 5), never all-pairs:

1. signatures: per article, its content words, the names it mentions (entities when annotated,
   else capitalised words inside sentences), its dates, and a MinHash of the content words;
2. buckets: MinHash LSH at a low Jaccard threshold gives the candidate pairs;
3. scores: for candidate pairs only, the mean of word and name Jaccard (articles published
   more than a week apart need a stronger overlap);
4. clusters: average linkage over the scored pairs, best first, returned in input order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import repeat
from typing import Protocol

from datasketch import MinHash, MinHashLSH
from datasketch.hashfunc import sha1_hash32

from storydesk.article import Article
from storydesk.link.names import fold
from storydesk.options import Options

NUM_PERM = 128
LSH_THRESHOLD = 0.1  # low on purpose: LSH only proposes, the decision below disposes
SAME_STORY = 0.04  # mean weighted Jaccard of words and names (tuned on ECB+ topics 1-35)
FAR_APART_DAYS = 7
FAR_APART_FACTOR = 1.5  # articles a week or more apart need 1.5 times the overlap


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


NAME_TYPES = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "EVENT", "NORP"})
_STOP = _wordset(
    """the and for with from that this was were are been has have had not but after before
    over about into than more who which what when where will would said says its his her
    their they she him them our out also just one two new can could may might all any"""
)
_WORD = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Signature:
    words: frozenset[str]
    names: frozenset[str]
    published: date | None
    minhash: MinHash

    @property
    def day(self) -> date | None:
        return self.published


def cluster(articles: Sequence[Article], options: Options) -> list[list[Article]]:
    """Articles grouped into stories; every article is in exactly one group."""
    signatures = [signature(a) for a in articles]
    threshold = _threshold(options)
    weights = _rarity(signatures)
    scores = {
        pair: score(signatures[pair[0]], signatures[pair[1]], weights)
        for pair in candidate_pairs(signatures)
    }
    members = _average_link(len(articles), scores, threshold)
    return [[articles[i] for i in sorted(group)] for group in sorted(members, key=min)]


def _average_link(
    count: int, scores: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Merge along the best pairs first; two groups join only if their mean pair score (pairs
    LSH never proposed count as 0) clears the threshold, so one bridging pair cannot chain
    two stories together as single linkage would."""
    owner = list(range(count))
    groups: dict[int, list[int]] = {i: [i] for i in range(count)}
    for (i, j), best in sorted(scores.items(), key=lambda item: -item[1]):
        if best < threshold:
            break
        left, right = owner[i], owner[j]
        if left == right:
            continue
        total = sum(
            scores.get((min(a, b), max(a, b)), 0.0) for a in groups[left] for b in groups[right]
        )
        if total / (len(groups[left]) * len(groups[right])) >= threshold:
            for member in groups[right]:
                owner[member] = left
            groups[left] += groups.pop(right)
    return list(groups.values())


def _threshold(options: Options) -> float:
    return float(options.extra.get("story_threshold", SAME_STORY))


def signature(article: Article) -> Signature:
    """The headline's words count with the text's: cleaning keeps it apart (``Article.title``),
    and it is the line that says most plainly what the story is. Its capitalised words are
    not taken for names (headlines are often in title case)."""
    text = f"{article.title}\n{article.text}" if article.title else article.text
    words = content_words(text)
    reference = _reference()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=1,
        hashfunc=_word_hash,
        permutations=reference.permutations,
        scheme=reference.scheme,
    )
    minhash.update_batch([w.encode("utf-8") for w in sorted(words)])
    return Signature(words, _names(article), published_day(article.published), minhash)


def content_words(text: str) -> frozenset[str]:
    """Folded words of three letters or more, stop words left out."""
    return frozenset(map(_fold_word, _WORD.findall(text))) - _STOP


@lru_cache(maxsize=1)
def _reference() -> MinHash:
    """An empty ``MinHash(seed=1)``: its permutations and scheme, drawn once (they were
    drawn again for every article: a fifth of signing's time)."""
    return MinHash(num_perm=NUM_PERM, seed=1)


@lru_cache(maxsize=500_000)
def _word_hash(word: bytes) -> int:
    """datasketch's default hash of one word (``sha1_hash32``), remembered: news repeats
    its words."""
    return sha1_hash32(word)


@lru_cache(maxsize=500_000)
def _fold_word(word: str) -> str:
    """``fold`` of one word, remembered: signing folds every word of every article, and
    news repeats its words (half of signing's time went to folding them again). The cache
    is this one alone: ``fold``'s own (sized for names) is not filled with every word of
    every article signed, the names entity linking folds pushed out of it."""
    return _FOLD(word)


_FOLD = fold.__wrapped__  # ``fold`` without its cache


def sentences(line: str) -> list[str]:
    """A line cut after each full stop, question or exclamation mark followed by a space."""
    return [part for part in _SENTENCE_END.split(line) if part.strip()]


def _names(article: Article) -> frozenset[str]:
    """Name words: from the entities when annotated, else capitalised words mid-sentence."""
    if article.entities:
        found = (fold(e.text) for e in article.entities if e.type in NAME_TYPES)
        return frozenset(w for name in found for w in name.split() if w not in _STOP)
    names: set[str] = set()
    for line in article.text.splitlines():
        for sentence in sentences(line):
            names.update(map(_name_word, sentence.split()[1:]))
    names.discard("")
    return frozenset(names)


@lru_cache(maxsize=500_000)
def _name_word(token: str) -> str:
    """The folded name word a token mid-sentence is (a capitalised word, its punctuation
    stripped, not a stop word), else ""; remembered, as news repeats its tokens."""
    word = token.strip(".,;:!?\"'()“”‘’")
    if word[:1].isupper() and word.isalpha():
        folded = _fold_word(word)
        if folded not in _STOP:
            return folded
    return ""


def published_day(published: str | None) -> date | None:
    """An ISO date as a date; None when absent or not ISO (the stream's signatures read it
    too: ``stream.ArticleSignature.day``)."""
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def candidate_pairs(signatures: Sequence[Signature]) -> set[tuple[int, int]]:
    """Pairs that share an LSH bucket (i < j)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for index, sig in enumerate(signatures):
        lsh.insert(index, sig.minhash)
    pairs: set[tuple[int, int]] = set()
    for index, sig in enumerate(signatures):
        for other in lsh.query(sig.minhash):
            if other != index:
                pairs.add((min(index, other), max(index, other)))
    return pairs


class Scored(Protocol):
    """What ``score`` reads of a signature (the batch ``Signature`` or the stream's)."""

    @property
    def words(self) -> frozenset[str]: ...
    @property
    def names(self) -> frozenset[str]: ...
    @property
    def day(self) -> date | None: ...


def score(a: Scored, b: Scored, weights: Mapping[str, float] | None = None) -> float:
    """Mean of word and name overlap; articles far apart in time count for less."""
    rarity = weights if weights is not None else {}  # an empty ``Weights`` weighs on demand
    overlap = (_jaccard(a.words, b.words, rarity) + _jaccard(a.names, b.names, rarity)) / 2
    if a.day and b.day and abs((a.day - b.day).days) > FAR_APART_DAYS:
        overlap /= FAR_APART_FACTOR
    return overlap


def _rarity(signatures: Sequence[Signature]) -> dict[str, float]:
    """Inverse document frequency over the articles being clustered: "police" weighs less
    than "Lohan" when most articles mention the police."""
    counts: Counter[str] = Counter(w for sig in signatures for w in sig.words | sig.names)
    total = len(signatures) + 1
    return {word: math.log(total / count) for word, count in counts.items()}


class Weights(dict[str, float]):
    """Term weights told by ``weigh`` on first use, that also keep the total weight of every
    term set they have weighed: a set's total is read by every pair the set is in, so a pair
    then only sums what it shares. A word's weight must not depend on what else is weighed
    (``stream.weight``: its background frequency), so totals stay right as the table grows."""

    __slots__ = ("totals", "weigh")

    def __init__(self, weigh: Callable[[str], float]) -> None:
        super().__init__()
        self.weigh = weigh
        self.totals: dict[frozenset[str], float] = {}

    def __missing__(self, term: str) -> float:
        found = self[term] = self.weigh(term)
        return found

    def total(self, terms: frozenset[str]) -> float:
        found = self.totals.get(terms)
        if found is None:
            found = self.totals[terms] = sum(map(self.__getitem__, terms))
        return found

    def clear(self) -> None:
        super().clear()
        self.totals.clear()


def _jaccard(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    """Weighted Jaccard: shared weight over union weight (weight 1 for unknown words).
    Nothing shared is 0 without weighing anything; with ``Weights`` the union is the two
    totals less the shared weight, so a pair costs what it shares, not what it holds."""
    shared = a & b
    if not shared:
        return 0.0
    if isinstance(weights, Weights):
        inter = sum(map(weights.__getitem__, shared))
        totals = weights.totals  # read here, not through ``total``: a pair costs one call less
        left = totals.get(a)
        if left is None:
            left = weights.total(a)
        right = totals.get(b)
        if right is None:
            right = weights.total(b)
        union = left + right - inter
    else:
        inter = sum(map(weights.get, shared, repeat(1.0)))
        union = sum(map(weights.get, a | b, repeat(1.0)))
    return inter / union if union > 0 else 0.0
