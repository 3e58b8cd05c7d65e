"""Which fact of a block each figure joins (``link.facts``: a block is one quantity class,
verb and background; the facts are its clusters).

Greedy, in one order whatever the articles' order: figures with a version or a subject seed
facts first, the rest join the best fit. A figure joins a fact when nothing separates it
from any member, it is tied to every member of a different value (a conflict needs direct
evidence, never a chain), and it is tied to at least one member of its own value.
"""

from __future__ import annotations

from collections import defaultdict

from storydesk.link.slots import FigureContext
from storydesk.link.ties import alike, frame_bound, other_subjects, separate, tied


def cluster_block(block: list[FigureContext]) -> list[list[FigureContext]]:
    """The facts of one block, as clusters of its figures (the module's rules)."""
    clusters: list[list[FigureContext]] = []
    index = _FrameIndex()
    ordered = sorted(block, key=lambda c: (c.version is None, c.subject is None,
                                           c.article.id, c.figure.start))  # fmt: skip
    for item in ordered:
        tried = index.candidates(item) if frame_bound(item) else range(len(clusters))
        fits = [at for at in tried if _joins(item, clusters[at])]
        if len(fits) > 1:  # one fit needs no ranking (``_fit`` reads every member's words)
            at = max(fits, key=lambda at: _fit(item, clusters[at]))
        elif fits:
            at = fits[0]
        else:
            at = len(clusters)
            clusters.append([])
        clusters[at].append(item)
        index.add(at, item)
    return clusters


class _FrameIndex:
    """Where the facts of a block hold each value and each frame word: a figure that can be
    tied to a differing value only through a shared frame word (``ties.frame_bound``) joins
    no fact with a member of another value and none of its words, so only the facts
    holding its value or one of its words are tried, in the facts' order."""

    def __init__(self) -> None:
        self.by_amount: dict[float, set[int]] = defaultdict(set)
        self.by_word: dict[str, set[int]] = defaultdict(set)

    def add(self, at: int, item: FigureContext) -> None:
        self.by_amount[item.amount].add(at)
        for word in item.frame:
            self.by_word[word].add(at)

    def candidates(self, item: FigureContext) -> list[int]:
        found = set(self.by_amount.get(item.amount, ()))
        for word in item.frame:
            found |= self.by_word.get(word, set())
        return sorted(found)


def _joins(item: FigureContext, cluster: list[FigureContext]) -> bool:
    # Each test is pure, so the cheap vetoes come first (benchmarks/bench_facts.py): another
    # subject than a member's (an age, a magnitude of another person or quake), then
    # another value with nothing tying it to this one, most clusters of a large block.
    # Only a figure with a subject can have another one (a sixth of them).
    if item.subject and any(other_subjects(item, member) for member in cluster):
        return False
    amount = item.amount
    same: list[FigureContext] = []
    for member in cluster:
        if member.amount == amount:
            same.append(member)
        elif not tied(item, member):
            return False
    if same and not any(alike(item, member) for member in same):
        return False
    return not any(separate(item, member) for member in cluster)


def _fit(item: FigureContext, cluster: list[FigureContext]) -> tuple[bool, bool, int, int, int]:
    """Prefer the fact that holds this value in this version, then the one more articles
    give (an unmarked "28-point" deal is the original plan five outlets name, not the
    separate proposal one names), then shared places and words."""
    same_value = any(m.amount == item.amount for m in cluster)
    same_version = any(m.version == item.version and m.version for m in cluster)
    support = len({m.article.id for m in cluster})
    shared_places = max(len(item.places & m.places) for m in cluster)
    shared_words = max(len(item.context & m.context) for m in cluster)
    return same_value, same_version, support, shared_places, shared_words
