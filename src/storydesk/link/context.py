"""What the words around a mention say about it: the title it is given and whether it is a place.

The small spaCy model leaves titles out of PERSON spans ("special envoy [Steve Witkoff]") and
often types a city as a person. The text around the span fixes both: a run of title words just
before the name (or an appositive just after it) is a role, and "in X" is a place.
"""

from __future__ import annotations

import re

from storydesk.annotate.name_words import ROLE_HEADS, ROLE_MODIFIERS, wordset
from storydesk.link.names import fold

# Prepositions after which a name is almost always a place ("killed in Kyiv").
LOCATIVE = frozenset(
    {"in", "at", "near", "across", "into", "throughout", "inside", "outside", "around", "toward"}
)
# Verbs whose "at" names a target, not a place: "I look at Mo Cheeks" (ECB+ 5), "fired one
# round at Riva" (ECB+ 18), both read as places; their kin in reports of shootings and rows.
# Any of the three words before "at" may be one ("fired a shot at").
_TARGET_VERB_STEMS = wordset(
    "look stare glance laugh shoot fire aim point yell shout swing lunge throw hurl smile wave"
)
TARGET_VERBS = frozenset(
    form
    for verb in _TARGET_VERB_STEMS
    for form in (verb, verb + "s", verb.removesuffix("e") + "ed", verb.removesuffix("e") + "ing")
) | wordset("shot swung threw thrown")
# Title words may be joined by "of" ("Secretary of State"), never by "and" (a list of people).
_JOINERS = frozenset({"of"})
_TOKEN = re.compile(r"[^\s,;:()\"“”]+|[,;:()\"“”]")
_WINDOW = 80
_MAX_NAME_WORDS = 3
_PLAIN = re.compile(r"^[^\W\d_][\w.'’-]*$")


def role_before(text: str, start: int) -> str:
    """The title written right before a name: "U.S. Army Secretary [Dan Driscoll]"."""
    return role_span_before(text, start)[0]


def role_span_before(text: str, start: int) -> tuple[str, int, int]:
    """``role_before`` with where it is written (start, end offsets in ``text``); ("", 0, 0)
    when there is none."""
    window = max(0, start - _WINDOW)
    tokens = list(_TOKEN.finditer(text, window, start))
    taken: list[re.Match[str]] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at].group()
        if _of_the(tokens, at) and taken:
            taken.append(tokens[at])  # "President of the United States [Barack Obama]"
            continue
        if not _title_like(token) or _ends_elsewhere(token):
            break
        taken.append(tokens[at])
    taken.reverse()
    while taken and fold(taken[0].group()) in _JOINERS:
        taken.pop(0)
    role = _as_role([t.group() for t in taken])
    return (role, taken[0].start(), taken[-1].end()) if role else ("", 0, 0)


def _of_the(tokens: list[re.Match[str]], at: int) -> bool:
    """The token is the "the" of "of the" inside a title: "President of the United States
    Barack Obama" (MEANTIME gm 127227), "Secretary of the Army Dan Driscoll" (example)."""
    return tokens[at].group() == "the" and at > 0 and tokens[at - 1].group() == "of"


def role_after(text: str, end: int) -> str:
    """A title given as an appositive: "[Dan Driscoll], the U.S. Army Secretary, said"."""
    return role_span_after(text, end)[0]


def role_span_after(text: str, end: int) -> tuple[str, int, int]:
    """``role_after`` with where it is written; ("", 0, 0) when there is none."""
    match = _APPOSITIVE.match(text, end, end + _WINDOW)
    if not match:
        return ("", 0, 0)
    tokens = match.group(1).split()
    if not all(
        _title_like(t) or (t == "the" and at > 0 and tokens[at - 1] == "of")
        for at, t in enumerate(tokens)
    ):
        return ("", 0, 0)
    role = _as_role(tokens)
    return (role, match.start(1), match.end(1)) if role else ("", 0, 0)


# ", the U.S. Army Secretary," and, ending its sentence, ", the Vice Chairman of Chrysler."
# ("said Jim Press, the Vice Chairman of Chrysler." and "said Barack Obama, President of
# the United States.", MEANTIME gm 126311 and 123881).
# An age may come first: "Benjamin David Banky, 40, the CEO of TallGrass, lay dead" (ECB+
# 18_6ecb).
_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3}\s*,\s+)?(?:the\s+|a\s+|an\s+)?([^,;.]{2,60}?)\s*(?:[,;]|\.(?=\s|$))"
)


def inside_title(text: str, start: int, end: int, person_start: int) -> bool:
    """The one word at ``start:end`` is a title's modifier in a title that runs on to a
    person's name at ``person_start``: "State" of "Secretary of State Marco Rubio", "Army" of
    "Army Secretary Dan Driscoll" (example), "Interior" of "Interior Secretary Ken Salazar"
    (ECB+ 9), all tagged organisations. Such a word names the office, not an entity of
    the cast; "CNN anchor X" and "Apple CEO Tim Cook" keep their names (not modifiers)."""
    word = text[start:end]
    if " " in word or fold(word) not in ROLE_MODIFIERS or not 0 <= end <= person_start:
        return False
    between = text[end:person_start].split()
    if len(between) > _MAX_NAME_WORDS or not all(_title_like(t) for t in between):
        return False
    if any(fold(t) in ROLE_HEADS for t in between):
        return True
    title = _TITLE_OF.search(text[max(0, start - _WINDOW) : start])
    return title is not None and fold(title.group(1)) in ROLE_HEADS


_TITLE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?$")


def is_locative(text: str, start: int) -> bool:
    """The word before the mention is a place preposition, and not the "at" of a target
    ("looked at X", "fired a shot at X")."""
    before = text[max(0, start - 60) : start].casefold().split()
    if not before or before[-1] not in LOCATIVE:
        return False
    return before[-1] != "at" or not any(w in TARGET_VERBS for w in before[-4:-1])


def _ends_elsewhere(token: str) -> bool:
    """A sentence end ("official.") or a possessive ("Putin’s adviser") bounds the title."""
    if token.endswith((".", "!", "?")):
        is_abbreviation = len(fold(token)) <= 3 or "." in token[:-1]  # "Rep.", "U.S."
        return not is_abbreviation
    return token.endswith(("’s", "'s"))


def _title_like(token: str) -> bool:
    folded = fold(token)
    if not folded or not _PLAIN.match(token):
        return False
    if folded in ROLE_HEADS or folded in ROLE_MODIFIERS or folded in _JOINERS:
        return folded not in {"and", "for", "the"}
    return token[:1].isupper()


def _as_role(tokens: list[str]) -> str:
    if not any(fold(t) in ROLE_HEADS for t in tokens):
        return ""
    # More than three other capitalised words is a headline run, not a title.
    names = [t for t in tokens if fold(t) not in ROLE_HEADS and fold(t) not in ROLE_MODIFIERS]
    if len(names) > _MAX_NAME_WORDS:
        return ""
    return " ".join(t.strip("’'") for t in tokens)
