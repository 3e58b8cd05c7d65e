"""Organisation names: one key for the spellings of one company's name.

"Ford Motor Co", "Ford Motors Co" and "Ford Motor Company" are one company: corporate
suffixes (Co, Company, Corp, Inc, Ltd, Group …) go, and so does a plural "s" on the word
left last ("Motors"). A bare word that starts a corporate name ("Ford" of "Ford Motor Co")
is that company when the model mostly tags it an organisation (``forms`` keeps it one even
when a person of that surname is in the story: "Ford chairman William Clay Ford Jr").
"""

from __future__ import annotations

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
