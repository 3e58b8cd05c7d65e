"""A report's only count of a thing, against the one count of it several reports give.

Crowds and hauls are counted with different verbs and words ("The agency received nearly
235,000 comments on the endangered species proposal" / "the bulk of nearly 235,000 public
comments" / "has since received nearly 300,000 comments", ECB+ 9ecb; "attacked two boats",
"two boats were closing in" / "The pirates, in three boats, were attempting to hijack",
12ecb), so the clusters of a class (``fact_joins.cluster_block``, blocked by verb) leave a report's
differing value on its own, and as one report's small count it is then dropped as trivia.
When the story has exactly one count of that class that several reports give (one value, in
one cluster or in several that the verbs split: ``_one_count``), and a report whose only
count of the class is another value shares a word next to the number with it,
the two are rival reports of that one count, when both numbers also hang on one verb
(``_same_predicate``): a shared word alone let a navy's three boats rival the pirates' two.

Measured on the development gold before it was tried (lone single-report counts against the
class's only multi-report count, differing values, nothing separating them, not far apart):
with a word next to both numbers 3 pairs, all of one gold fact (comments 300,000 / 235,000,
boats 3 / 2, charges 54 / "more than 50"); without one 2 right, 14 wrong (51 / 58 wins, 157 /
54 games: one story gives several counts of a class), so the word is required.
"""

from __future__ import annotations

from collections import defaultdict

from storydesk.link.evidence import far_apart, period_differs
from storydesk.link.slots import FigureContext
from storydesk.link.ties import separate, sized

Cluster = list[FigureContext]
COUNTED = ("count:", "people")


def join_lone_counts(clusters: list[Cluster], found: list[FigureContext]) -> list[Cluster]:
    """``clusters`` with each lone report's count joined to the one count of its class
    that several reports give (module doc). Every choice is made against the clusters as
    they were formed, and a target two lone values would join takes neither, so the result
    does not hang on the order of the articles."""
    values: dict[tuple[str, str], set[float]] = defaultdict(set)
    for item in found:
        if not item.background:
            values[(item.article.id, item.thing)].add(item.amount)
    shared: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if _counted(cluster) and len({c.article.id for c in cluster}) >= 2:
            shared[cluster[0].thing].append(cluster)
    candidates: dict[int, list[Cluster]] = defaultdict(list)
    targets: dict[int, Cluster] = {}
    for cluster in clusters:
        first = cluster[0]
        if not _counted(cluster) or len({c.article.id for c in cluster}) != 1:
            continue
        if len(values[(first.article.id, first.thing)]) != 1 or first.event:
            continue
        rivals = [target for target in _one_count(shared[first.thing])
                  if _rival(cluster, target)]  # fmt: skip
        if len(rivals) == 1:
            [target] = rivals
            candidates[id(target)].append(cluster)
            targets[id(target)] = target
    joined: set[int] = set()
    for key, lone in candidates.items():
        if len(lone) == 1:
            targets[key].extend(lone[0])
            joined.add(id(lone[0]))
    return [cluster for cluster in clusters if id(cluster) not in joined]


def _one_count(shared: list[Cluster]) -> list[Cluster]:
    """The clusters several reports give of a class, when they all give one value: one count
    the verbs split ("seized seven AK-47 assault rifles", "seven AK-47s … were found", "The
    navy recovered seven AK-47 assault rifles", ECB+ 12ecb: three clusters of the 7); none
    when the class has two such values (two counts, neither the lone value's rival)."""
    values = {c.amount for cluster in shared for c in cluster}
    return shared if len(values) == 1 else []


def _counted(cluster: Cluster) -> bool:
    first = cluster[0]
    return first.thing.startswith(COUNTED) and not first.background and not sized(first)


def _rival(lone: Cluster, target: Cluster) -> bool:
    if lone[0].amount == target[0].amount:
        return False  # equal values: ``facts.merge_kinds`` decides on them
    if any(c.article.id == lone[0].article.id for c in target):
        return False
    for item in lone:
        for member in target:
            if separate(item, member) or far_apart(item, member):
                return False
            if period_differs(item, member) or item.quoted != member.quoted:
                return False
    return any(_same_predicate(item, member) for item in lone for member in target)


def _same_predicate(item: FigureContext, member: FigureContext) -> bool:
    """Both numbers hang on one verb (or a synonym ``annotate.frames`` gives) and share a
    word next to them. A shared word alone is no tie: "Pirates in two boats attacked the
    tanker" / "The Indian Navy sent three boats to chase the pirates" share 'pirates', and
    "20,000 people marched through central Athens" / "8,000 people attended a candlelight
    vigil in central Athens" share 'central' (reviewer's sentences): other things counted."""
    left, right = item.figure.action, member.figure.action
    if not left or not right:
        return False
    same = left == right or left in member.frame or right in item.frame
    return same and bool(item.near & member.near)
