"""Ids derived from content, so they survive the arrival of other articles (STYLE.md, 16).

Positions (``e12``, ``f7``) rename everything when one article arrives; an id made from what
an object *is* does not. Conventions, one per derived object:

- article: ``content_id`` of its text (``article.py``);
- entity: ``stable_id("e", type, canonical name)``;
- quote group: ``stable_id("q", <the group's first quote id>)``;
- fact: ``stable_id("f", <the fact's typed key>)``;
- story: ``stable_id("s", <its first article id>)``.

A store that keeps objects between runs carries an old id forward when the new object is
the same one under a different anchor (see ``store``); these functions only make the ids
deterministic and independent of order and batch.
"""

from __future__ import annotations

import hashlib

ID_LENGTH = 10


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + a short hash of ``parts`` (joined with a separator no part contains)."""
    key = "\x1f".join(" ".join(str(part).split()).casefold() for part in parts)
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_LENGTH]


def unique_ids(ids: list[str]) -> list[str]:
    """The same ids, with ``-2``, ``-3``… added to repeats so that each is unique."""
    seen: dict[str, int] = {}
    result: list[str] = []
    for item in ids:
        seen[item] = seen.get(item, 0) + 1
        result.append(item if seen[item] == 1 else f"{item}-{seen[item]}")
    return result
