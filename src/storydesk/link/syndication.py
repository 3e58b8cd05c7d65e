"""Independent sources: near-verbatim copies (a wire story syndicated six times, a story
republished by a partner) grouped under their original, so that six outlets carrying one AFP
sentence count as one source when the report says who agrees.

Staged like any cross-document pass (STYLE habit 5): a MinHash of each article's word
shingles, candidate pairs from MinHash LSH (datasketch), then the exact check on candidates
only: the share of the shorter article's shingles found in the longer (containment, so a
wire copy cut short or given a local top still counts). Copies are grouped transitively; the
original is the earliest published, then the longest, then the smallest id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from datasketch import MinHash, MinHashLSH

from storydesk.article import Article, Publication
from storydesk.story import CopyGroup, Story

SHINGLE = 5  # words per shingle: long enough that shared phrasing, not topic, decides
NUM_PERM = 128
LSH_THRESHOLD = 0.3  # Jaccard at which LSH proposes a pair; containment below decides
COPY = 0.6  # share of the shorter article's shingles in the longer: a copy, edited or cut
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def group(story: Story) -> list[CopyGroup]:
    """Set ``story.copies``: one group per original that has copies."""
    story.copies = copy_groups(story.articles)
    return story.copies


def copy_groups(articles: Sequence[Article]) -> list[CopyGroup]:
    sets = {a.id: shingles(a.text) for a in articles}
    owner = {a.id: a.id for a in articles}
    share: dict[str, float] = {}
    for left, right in _candidates(articles, sets):
        overlap = _containment(sets[left], sets[right])
        if overlap >= COPY:
            _union(owner, left, right)
            share[left] = max(share.get(left, 0.0), overlap)
            share[right] = max(share.get(right, 0.0), overlap)
    members: dict[str, list[Article]] = {}
    for article in articles:
        members.setdefault(_root(owner, article.id), []).append(article)
    groups = []
    for found in members.values():
        if len(found) < 2:
            continue
        original = min(found, key=lambda a: (a.published or "9999", -len(a.text), a.id))
        copies = sorted(a.id for a in found if a.id != original.id)
        groups.append(CopyGroup(original.id, copies, [round(share[c], 3) for c in copies]))
    return sorted(groups, key=lambda g: g.original)


def _candidates(articles: Sequence[Article], sets: dict[str, set[str]]) -> set[tuple[str, str]]:
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for article in articles:
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([s.encode("utf-8") for s in sorted(sets[article.id])])
        hashes[article.id] = minhash
        if sets[article.id] and article.id not in lsh:
            lsh.insert(article.id, minhash)
    pairs: set[tuple[str, str]] = set()
    for article in articles:
        for other in lsh.query(hashes[article.id]):
            if other != article.id:
                pairs.add((min(article.id, other), max(article.id, other)))
    return pairs


def _containment(left: set[str], right: set[str]) -> float:
    smaller = min(len(left), len(right))
    return len(left & right) / smaller if smaller else 0.0


def _root(owner: dict[str, str], item: str) -> str:
    while owner[item] != item:
        owner[item] = owner[owner[item]]
        item = owner[item]
    return item


def _union(owner: dict[str, str], left: str, right: str) -> None:
    owner[_root(owner, right)] = _root(owner, left)


def republications(article: Article, published: Iterable[Publication]) -> list[Publication]:
    """The other outlets among the places ``article``'s very text was published, the first
    of each: its own outlet, a page of it saved twice and an input whose outlet is unknown
    add no outlet (an unnamed site cannot be told from the one we have)."""
    seen = outlets_of(article.outlet)
    return [publication for publication in published if new_outlet(publication, seen)]


def outlets_of(outlet: str | None) -> set[str]:
    """The outlets known to have published a text, from its article's own (casefolded)."""
    return {outlet.casefold()} if outlet else set()


def new_outlet(where: Publication, known: set[str]) -> bool:
    """Whether ``where`` adds an outlet to ``known`` (casefolded; then added to it): an
    input whose outlet is unknown never does."""
    if not where.outlet or where.outlet.casefold() in known:
        return False
    known.add(where.outlet.casefold())
    return True


def originals(story: Story) -> dict[str, str]:
    """Article id -> the id of the source it is (its original; itself when no copy)."""
    found = {a.id: a.id for a in story.articles}
    for copy_group in story.copies:
        for copy in copy_group.copies:
            found[copy] = copy_group.original
    return found


def independent(story: Story, article_ids: Iterable[str]) -> int:
    """How many independent sources ``article_ids`` are: copies count with their original."""
    source_of = originals(story)
    return len({source_of.get(a, a) for a in article_ids})


def sources_label(outlets: int, independent_sources: int) -> str:
    """ "3 outlets", or "6 outlets, 2 independent" when copies collapse."""
    noun = "outlet" if outlets == 1 else "outlets"
    if independent_sources >= outlets:
        return f"{outlets} {noun}"
    return f"{outlets} {noun}, {independent_sources} independent"
