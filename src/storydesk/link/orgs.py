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

from storydesk.link.names import FUNCTION_WORDS

CORPORATE_SUFFIXES = frozenset(
    {"co", "cos", "company", "companies", "corp", "corporation", "inc", "incorporated"}
    | {"ltd", "limited", "group", "llc", "plc", "holdings", "ag", "sa", "nv"}
    # Legal forms of other countries' companies, as news writes them after the name ("Fiat
    # Group SpA", MEANTIME gm; GmbH, BV, AB, SE, Pty, Oyj, KK).
    | {"spa", "gmbh", "bv", "ab", "se", "pty", "oyj", "kk", "srl", "sarl", "lp", "llp"}
)
_LEADING = frozenset({"the", "a", "an"})


def org_key(key: str) -> str:
    """The folded name without its corporate suffix and last plural, and without an "and"
    inside, which ``form_key`` drops when it is written "&": "ford motors co" -> "ford
    motor", "palmer fire and rescue" -> "palmer fire rescue" as "Palmer Fire & Rescue"
    (ECB+ 13 writes both); a name that is all suffix stays as it is."""
    words = key.split()
    words = [w for at, w in enumerate(words) if w != "and" or at in (0, len(words) - 1)]
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
    """The acronym the text defines right after a name ending at ``end``, folded, when it
    abbreviates the name (``abbreviates``): "UNRWA" of "United Nations Relief and Works
    Agency", "EADS" of "European Aeronautic Defence & Space NV", "SIA" of "Singapore
    Airlines" (MEANTIME airbus); never "AP" of "WASHINGTON (AP)". "" when there is none."""
    match = _DEFINED.match(text, end)
    if match is None:
        return ""
    written = match.group(1)
    short = "".join(c for c in written.casefold() if c.isalpha())
    if sum(c.isupper() for c in written) < 2 or len(short) < 2:
        return ""
    return short if abbreviates(short, long_key) else ""


def abbreviates(short: str, long_key: str) -> bool:
    """``short`` is an abbreviation of the name ``long_key`` by Schwartz and Hearst's test
    (2003, the standard one for defined abbreviations): its letters are found in the name
    from right to left, in order, and its first letter starts the name's first word. The
    letters may come from inside words ("SIA", "Singapore Airlines") as well as initials."""
    name = " ".join(w for w in long_key.split() if w not in _LEADING)
    if not name or name[0] != short[0]:
        return False
    position = len(name) - 1
    for index in range(len(short) - 1, -1, -1):
        char = short[index]
        while position >= 0 and (
            name[position] != char or (index == 0 and position > 0 and name[position - 1] != " ")
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


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
            if any(w in FUNCTION_WORDS for w in run):
                continue
            initials = "".join(w[0] for w in run)
            found.add(" ".join([*words[:start], initials, *words[start + size :]]))
    return found

