"""What entity linking asks of surface forms (``link.clusters``), one form or two at a time.

Whether a form is an institution, a hyphenated compound, all capitals, written with initials
or mostly a town; whether one form is written after another in the same articles; whether
two people's forms are one person (surname and given names) and whether their given names
agree across clusters. ``blocked_by`` groups candidates by a cheap key (STYLE habit 5).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from storydesk.link import kinds
from storydesk.link.countries import is_country
from storydesk.link.names import FACILITY_WORDS, first_names_compatible, surnames_match
from storydesk.link.surface import Form


def blocked_by(items: Iterable[int], key: object) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for item in items:
        blocks[key(item)].append(item)  # type: ignore[operator]
    return blocks


# Two names joined by a hyphen ("Boeing-Air Force contract", MEANTIME airbus): no one name.
_COMPOUND = re.compile(r"[^\W\d_]-[A-Z]")


def is_institution(form: Form) -> bool:
    """An organisation, or a place named by its facility word ("… Treatment Center")."""
    words = form.key.split()
    return form.type == "ORG" or (form.type == "LOC" and words[-1] in FACILITY_WORDS)


def is_compound(form: Form) -> bool:
    return any(_COMPOUND.search(mention.text) for mention in form.mentions)


def written_after(short: Form, long_: Form) -> bool:
    """Some article introduces the name in full and shortens it later: its first mention of
    the two is the long name ("Boeing … Boeing Commercial Airplanes" is not that)."""
    first_short, first_long = _first_mentions(short), _first_mentions(long_)
    return any(first_long[a] < index for a, index in first_short.items() if a in first_long)


def _first_mentions(form: Form) -> dict[str, int]:
    first: dict[str, int] = {}
    for mention in form.mentions:
        first[mention.article] = min(mention.index, first.get(mention.article, mention.index))
    return first


def mostly_towns(form: Form) -> bool:
    """Mostly tagged a town or country, and something says it is one: "in X", a place noun,
    the variant table, a country's name or a place WordNet lists. "Cliffside" (ECB+ 1,
    tagged GPE in "the transfer to Cliffside", "committing herself to Cliffside") is none:
    the short name of the Cliffside Rehab Center, not a town beside it."""
    towns = sum(m.label in ("GPE", "LOC") for m in form.mentions)
    if 2 * towns < len(form.mentions):
        return False
    known = is_country(form.key) or kinds.wordnet_location(form.key)
    return bool(form.locative_share or form.place_evidence or known)


def all_caps(form: Form) -> bool:
    letters = [c for c in (form.mentions[0].text if form.mentions else "") if c.isalpha()]
    return 2 <= len(letters) <= 5 and all(c.isupper() for c in letters)


def has_initials(form: Form) -> bool:
    """A word of the name is written in capitals ("U.S.", "UN"), as initials are."""
    written = form.mentions[0].text.split() if form.mentions else []
    return any(sum(c.isupper() for c in w) >= 2 and w.replace(".", "").isupper() for w in written)


def initial_of(key: str) -> str:
    words = [w for w in key.split() if w not in ("the", "a", "an")]
    return words[0][:1] if words else ""


def people_by_given_name(forms: list[Form]) -> dict[str, list[Form]]:
    by_first: dict[str, list[Form]] = defaultdict(list)
    for form in forms:
        first = form.name.first if form.type == "PER" else ""
        if first:
            by_first[first].append(form)
    return by_first


def given_names_agree(left: dict[str, list[Form]], right: dict[str, list[Form]]) -> bool:
    """Every given name of one cluster may be the same person's as every one of the other,
    each pair of names checked once.

    A full name written with several given names, or a nickname between them, says they are
    one person's: 'Charles "Deuce" McAllister' lets "Charles McAllister" and "Deuce
    McAllister" be one; "Luis Gerardo (Jerry) Ortiz" (ECB+ 16) likewise.

    Given names alike only by their letters (not one sound, no nickname of the other) are
    one person's two spellings across reports, but two people of one family when one
    article writes both: "Charlene Kafoury" and "Charlie Kafoury, Charlene's brother" (ECB+
    18_10ecbplus). A writer who misspells a name does so across reports, not within one."""
    declared = [set(first.split()) for first in left.keys() | right.keys() if " " in first]
    for first_a, people_a in left.items():
        for first_b, people_b in right.items():
            if first_names_compatible(first_a, first_b, False):
                continue
            if any({*first_a.split(), *first_b.split()} <= one for one in declared):
                continue
            # The names first (cheap): a form's articles cost a pass over its mentions, and
            # a union of large clusters is checked often.
            if not first_names_compatible(first_a, first_b) or _one_article_writes_both(
                people_a, people_b
            ):
                return False
    return True


def _one_article_writes_both(people_a: list[Form], people_b: list[Form]) -> bool:
    return any(a.articles & b.articles for a in people_a for b in people_b)


def same_person(a: Form, b: Form) -> bool:
    name_a, name_b = a.name, b.name
    return surnames_match(name_a.last, name_b.last) and first_names_compatible(
        name_a.first, name_b.first
    )
