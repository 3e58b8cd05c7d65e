"""Organisation names: one key for the spellings of one company's name.

"Ford Motor Co", "Ford Motors Co" and "Ford Motor Company" are one company: corporate
suffixes (Co, Company, Corp, Inc, Ltd, Group …) go, and so does a plural "s" on the word
left last ("Motors"). A bare word that starts a corporate name ("Ford" of "Ford Motor Co")
is that company when the model mostly tags it an organisation (``forms`` keeps it one even
when a person of that surname is in the story: "Ford chairman William Clay Ford Jr").

Short names: an acronym the text defines in brackets after the full name
(``defined_acronym``), and a name that writes part of itself as initials ("the U.S.
Geological Survey" / "the United States Geological Survey", ``collapsed_keys``).
"""

from __future__ import annotations

import re

CORPORATE_SUFFIXES = frozenset(
    {"co", "cos", "company", "companies", "corp", "corporation", "inc", "incorporated"}
    | {"ltd", "limited", "group", "llc", "plc", "holdings", "ag", "sa", "nv"}
)
_LEADING = frozenset({"the", "a", "an"})


def org_key(key: str) -> str:
    """The folded name without its corporate suffix and last plural: "ford motors co" ->
    "ford motor"; a name that is all suffix stays as it is."""
    words = [w for w in key.split()]
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    if len(words) > 1 and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def is_corporate(key: str) -> bool:
    """Written with a corporate suffix: "ford motor company", not "ford australia"."""
    words = key.split()
    return len(words) > 1 and words[-1] in CORPORATE_SUFFIXES


def corporate_head(key: str) -> str:
    """The first word of a corporate name ("ford" of "ford motor co"); "" for any other."""
    return org_key(key).split()[0] if is_corporate(key) else ""


# "United Nations Relief and Works Agency (UNRWA)": a name, then its acronym in brackets.
_DEFINED = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&-]{1,11})\s*\)")


def defined_acronym(text: str, end: int, long_key: str) -> str:
    """The acronym the text defines right after a name ending at ``end``, folded, if its
    letters follow the name's initials in order, starting with the first: "UNRWA" of
    "United Nations Relief and Works Agency", "EADS" of "European Aeronautic Defence and
    Space Company"; never "AP" of "WASHINGTON (AP)". "" when there is none."""
    match = _DEFINED.match(text, end)
    if match is None:
        return ""
    written = match.group(1)
    short = "".join(c for c in written.casefold() if c.isalpha())
    if sum(c.isupper() for c in written) < 2 or len(short) < 2:
        return ""
    initials = "".join(word[0] for word in long_key.split() if word not in _LEADING)
    return short if initials[:1] == short[:1] and _in_order(short, initials) else ""


def _in_order(short: str, initials: str) -> bool:
    letters = iter(initials)
    return all(any(c == i for i in letters) for c in short)


def collapsed_keys(key: str) -> set[str]:
    """The key with one run of two or three words written as its initials: "united states
    geological survey" -> "us geological survey", so that it meets "the U.S. Geological
    Survey" (and "UN Relief and Works Agency" meets "United Nations Relief and Works
    Agency") by lookup, never by comparing every pair."""
    words = [w for w in key.split()]
    found: set[str] = set()
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if any(w in _FUNCTION for w in run):
                continue
            initials = "".join(w[0] for w in run)
            found.add(" ".join([*words[:start], initials, *words[start + size :]]))
    return found


_FUNCTION = frozenset({"of", "and", "for", "the", "in", "on", "a", "an"})
