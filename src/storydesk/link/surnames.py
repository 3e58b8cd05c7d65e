"""Whom a bare surname means when the story has two people of that name.

"Peterson" in a story about Scott Peterson's trial for the murder of Laci Peterson; "Ortiz"
beside Deputy Jerry Ortiz, his wife Chela Ortiz and his mother Rosa Ortiz (ECB+ topic 16);
"Klitschko" beside Vitali and Wladimir (topic 7). News writing has conventions for this, and
each article is read on its own, in order:

1. an article that names only one of them in full means that one;
2. the relatives a writer sets apart are called by their given name ("Laci", "Chela"): a
   candidate the article also names by the given name alone is not the bare surname;
3. of those left, the one the article introduces first, if the story also names that one in
   full in more articles than any other: the story's principal bearer of the name;
4. an article that names none of them in full: the story's principal, if it is named in
   full in at least twice as many articles as any other.

Anything else stays unresolved: no guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PRINCIPAL_RATIO = 2  # rule 4: how far ahead the story's principal must be


@dataclass(slots=True)
class Candidate:
    """A person with the surname: given names, and where the story names them in full."""

    owner: int  # cluster root
    given: frozenset[str]  # first given names, folded
    first_mention: dict[str, int] = field(default_factory=dict)  # article -> position there


def plausible_owner(
    article: str, candidates: list[Candidate], given_alone: frozenset[str]
) -> int | None:
    """The owner the bare surname in ``article`` means, or None. ``given_alone``: the one-word
    names the article uses (a given name written alone is among them)."""
    local = [c for c in candidates if article in c.first_mention]
    if len(local) == 1:
        return local[0].owner
    if not local:
        return _principal(candidates, PRINCIPAL_RATIO)
    remaining = [c for c in local if not c.given & given_alone] or local
    if len(remaining) == 1:
        return remaining[0].owner
    first = min(remaining, key=lambda c: c.first_mention[article])
    principal = _principal(remaining, 1)
    return first.owner if principal == first.owner else None


def _principal(candidates: list[Candidate], ratio: int) -> int | None:
    """The candidate named in full in the most articles, more than ``ratio`` times any other
    (ratio 1: strictly more)."""
    ranked = sorted(candidates, key=lambda c: -len(c.first_mention))
    if not ranked:
        return None
    if len(ranked) == 1:
        return ranked[0].owner
    best, runner_up = len(ranked[0].first_mention), len(ranked[1].first_mention)
    ahead = best > runner_up if ratio == 1 else best >= ratio * runner_up
    return ranked[0].owner if ahead and best else None
