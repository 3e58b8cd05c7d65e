"""Name forms: folding, title stripping, first name and surname, and the rules that compare them.

Everything here works on one name at a time and knows nothing of articles, so the rules can be
tested on their own. The rules are deliberately asymmetric in strictness: surnames may differ
by a transliteration ("Zelensky"/"Zelenskyy", "Witkoff"/"Witkov"), but two first names that
are both given must agree closely ("Karoline"/"Caroline" yes, "Volodymyr"/"Vladimir" no),
because a shared surname is weak evidence and a clashing first name is strong evidence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from storydesk.annotate.name_words import (
    LEADING_NOISE,
    PARTICLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SUFFIXES,
    wordset,
)
from storydesk.link.countries import country_key

# Well-known exonym/transliteration pairs that no spelling rule can bridge (the vowels and the
# letters both change). Small on purpose: general rules below do the rest.
KNOWN_VARIANTS: dict[str, str] = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "lvov": "lviv",
    "odessa": "odesa",
    "nikolaev": "mykolaiv",
    "nikolayev": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "dnepr": "dnipro",
    "chernobyl": "chornobyl",
    "bombay": "mumbai",
    "peking": "beijing",
    "canton": "guangzhou",
    "burma": "myanmar",
    "turkiye": "turkey",
    "ivory coast": "cote divoire",
    # Informal names of a country that no list of country names holds; news writes them for
    # the country ("America" for the United States, MEANTIME gm; "Britain" for the UK).
    "america": "united states",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "holland": "netherlands",
}

_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no diacritics, dots or apostrophes: "J.D." -> "jd", "Kyiv’s" -> "kyiv"."""
    text = strip_possessive(text.strip())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[.'’`]", "", plain.casefold())
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A mention split into what it names and the title in front of it."""

    text: str  # the name as written, title removed
    key: str  # folded full name
    first: str  # folded given names ("" when only a surname); initials joined ("j d" -> "jd")
    last: str  # folded surname with its particles
    role: str  # the stripped title as written ("" when none)

    @property
    def is_full(self) -> bool:
        return bool(self.first)


@lru_cache(maxsize=65536)  # pure, and called for every pair of mentions compared
def parse(text: str) -> ParsedName:
    """Split a mention into title, given names and surname (title words are recorded, not lost)."""
    tokens = words(strip_possessive(text.strip()))
    cut = 0
    while cut < len(tokens) - 1 and _is_title_word(tokens[cut]):
        cut += 1
    # Names are capitalised: lower-case words in front are the model's spill ("having Jackman").
    while cut < len(tokens) - 1 and _spilled(tokens[cut]):
        cut += 1
    role = " ".join(t for t in tokens[:cut] if _is_title_word(t) and fold(t) not in LEADING_NOISE)
    name_tokens = after_possessive(tokens[cut:])
    folded = [fold(t) for t in name_tokens if fold(t)]
    while len(folded) > 2 and folded[-1] in SUFFIXES:  # "Arcade Joseph Comeaux Jr"
        folded.pop()
    split = len(folded) - 1
    while split > 0 and folded[split - 1] in PARTICLES:
        split -= 1
    given = folded[:split]
    if given and all(len(g) == 1 for g in given):
        given = ["".join(given)]  # "J. D. Vance" and "JD Vance" give the same first name
    return ParsedName(
        text=" ".join(name_tokens),
        key=" ".join(given + folded[split:]),
        first=" ".join(given),
        last=" ".join(folded[split:]),
        role=role,
    )


def after_possessive(tokens: list[str]) -> list[str]:
    """A possessive inside a span ends what came before it: "Kiev’s European" names
    "European", "Ukraine’s Volodymyr Zelensky" names "Volodymyr Zelensky"."""
    for position in range(len(tokens) - 2, -1, -1):
        if strip_possessive(tokens[position]) != tokens[position]:
            return tokens[position + 1 :]
    return tokens


def _spilled(token: str) -> bool:
    return token[:1].islower() and fold(token) not in PARTICLES


def _is_title_word(token: str) -> bool:
    folded = fold(token)
    return folded in ROLE_HEADS or folded in ROLE_MODIFIERS or folded in LEADING_NOISE


@lru_cache(maxsize=65536)  # pure, and asked for every surname compared
def skeleton(word: str) -> str:
    """A rough sound key: first letter, then consonants with common transliteration folds.

    y/i, k/c/ck, v/w/ff/ph and doubled letters fold together, vowels drop after the first
    letter: "Zelenskyy" and "Zelenskiy" -> "zlnsc", "Witkoff" and "Witkov" -> "vtcf".
    """
    text = fold(word).replace(" ", "")
    for source, target in (("ph", "f"), ("ck", "c"), ("k", "c"), ("ff", "f"), ("v", "f")):
        text = text.replace(source, target)
    text = text.replace("w", "v").replace("y", "i")
    if not text:
        return ""
    rest = re.sub(r"[aeiou]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", text[0] + rest)


def block_key(name: ParsedName) -> str:
    """The cheap key candidates must share before the expensive comparison (first sound)."""
    return skeleton(name.last)[:1]


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity in [0, 1] (rapidfuzz's ``ratio`` / 100)."""
    return float(Indel.normalized_similarity(a, b))


def surnames_match(a: str, b: str) -> bool:
    """Same surname up to spelling: equal, close in letters, or the same sound key."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if similarity(a, b) >= 0.8:
        return True
    key_a, key_b = skeleton(a), skeleton(b)
    return len(key_a) >= 4 and key_a == key_b


def surname_fits(lone: str, full: str) -> bool:
    """A surname alone may be a looser spelling of the one full name that could own it.

    Only used when exactly one full name in the story fits, so the looser test (same first
    four letters, letters mostly shared: "Kislitsia"/"Kislysha") has context on its side.
    """
    if surnames_match(lone, full):
        return True
    long_enough = min(len(lone), len(full)) >= 6
    return long_enough and lone[:4] == full[:4] and similarity(lone, full) >= 0.7


def is_acronym_of(short: str, long_: str) -> bool:
    """ "us" for "united states", "eu" for "european union" (function words skipped)."""
    initials = "".join(w[0] for w in long_.split() if w not in FUNCTION_WORDS)
    return len(short) >= 2 and " " not in short and len(initials) >= 2 and short == initials


# The small words a name's initials skip ("Bank of America": BoA, "CEC" of "the Central
# Election Commission"); one list for every reader of initials (names, orgs, things).
FUNCTION_WORDS = frozenset({"the", "of", "for", "and", "a", "an", "in", "on", "at", "&"})


def first_names_compatible(a: str, b: str, loose: bool = True) -> bool:
    """Both given names may be one person's: equal, an initial, a short form, a nickname
    (``nickname_of``), the same name spelled by sound ("Bettie"/"Betty"), one letter off;
    with several given names, each of the shorter list must fit one of the longer
    ("arcade" / "arcade joseph", "ellen" / "comedian ellen" when a title slipped through).
    Not ``loose``: not by a mere likeness of spelling ("Charlie" / "Charlene"); "Bettie" /
    "Betty" (one sound) still fit, as ECB+ 4 writes both in one report."""
    if not a or not b or a == b:
        return True
    short, long_ = sorted((a.split(), b.split()), key=lambda names: (len(names), len(names[0])))
    if len(short) == 1 and len(short[0]) <= 2:  # initials: "j" or "jd" against "john david"
        initials = "".join(part[0] for part in long_)
        return (
            initials.startswith(short[0])
            or long_[0].startswith(short[0])
            or _two_letter_name(short[0], long_[0])
        )
    return all(any(_given_names_fit(s, t, loose) for t in long_) for s in short)


def _two_letter_name(short: str, long_: str) -> bool:
    """A two-letter given name stands for a longer one with its first letter: a short form
    ("Mo" for Maurice Cheeks, ECB+ 5; "Al", "Ed") or initials ("JD" for James David). In the
    nicknames list (``nickname_of``), 76 of the 79 two-letter nicknames share the full
    name's first letter."""
    return len(short) == 2 and len(long_) > 2 and short[0] == long_[0]


def _given_names_fit(a: str, b: str, loose: bool = True) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):  # "dan" / "daniel"
        return True
    if min(len(a), len(b)) >= 3 and given_sound(a) == given_sound(b):  # "bettie" / "betty"
        return True
    if nickname_of(a, b) or nickname_of(b, a):  # "bill" / "william", "tony" / "anthony"
        return True
    if not loose:
        return False
    if _one_short_form(a, b):
        return True  # "Alexis" / "Alexandros" Grigoropoulos (ECB+ 19)
    same_sound_start = _first_sound(a) == _first_sound(b)
    return same_sound_start and similarity(a, b) >= 0.75


def _one_short_form(a: str, b: str) -> bool:
    """Two given names that start with the same four letters, those four a short form of one
    of them in the nicknames list: loosely, one person's, as a report writes "Alexis" for
    "Alexandros" (ECB+ 19; "alex" is listed for Alexis). Not "Jonathan" / "Jonas" nor
    "Christopher" / "Christina", whose shared start ("jona", "chri") is no listed short form.
    Two people so named in one report stay two (``clusters._named_apart`` compares
    strictly)."""
    start = a[:_SHORT_FORM]
    if min(len(a), len(b)) <= _SHORT_FORM or start != b[:_SHORT_FORM]:
        return False
    return nickname_of(start, a) or nickname_of(start, b)


_SHORT_FORM = 4


@lru_cache(maxsize=4096)
def given_sound(name: str) -> str:
    """A given name as it sounds, for spellings of one name: the final -ie/-ey/-ee/-y as
    -i, "ph" as "f", an "h" after a consonant or at the end dropped, doubled letters as one:
    "Bettie" and "Betty" (Bettie Page, ECB+ 4: "Betty Mae Page"), "Sara"/"Sarah",
    "Stephan"/"Stefan"."""
    text = name.replace("ph", "f")
    text = re.sub(r"(?:ie|ey|ee|y)$", "i", text)
    text = re.sub(r"(?<=[^aeiouh])h|h$", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


def nickname_of(nickname: str, name: str) -> bool:
    """``nickname`` is a nickname of the given name ``name`` ("bill" of "william", "peggy"
    of "margaret"), per the nicknames package (a hand-curated list of English given names
    and their nicknames, 2,691 pairs); only the direct relation, never two nicknames of one
    name ("bill" and "bob" are both listed for Robert)."""
    return nickname in _nicknames().get(name, frozenset())


def is_given_name(word: str) -> bool:
    """A folded word the nicknames package lists as a given name or a nickname of one."""
    return word in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    names = _nicknames()
    return frozenset(names) | frozenset(n for nicks in names.values() for n in nicks)


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    from nicknames import NickNamer

    return {name: frozenset(nicks) for name, nicks in NickNamer().nickname_lookup.items()}


def _first_sound(text: str) -> str:
    return {"k": "c", "y": "i", "w": "v"}.get(text[:1], text[:1])


def places_match(a: str, b: str) -> bool:
    """Two place names are one place: known variant, or a near-identical long spelling."""
    if canonical_place(a) == canonical_place(b):
        return True
    if min(len(a), len(b)) >= 6 and similarity(a, b) >= 0.9 and _heads_alike(a, b):
        return True
    # One letter added or changed in a short name ("Bern"/"Berne"), never "Niger"/"Nigeria".
    one_letter = abs(len(a) - len(b)) <= 1 and similarity(a, b) >= 0.8
    return one_letter and min(len(a), len(b)) >= 4 and skeleton(a) == skeleton(b)


def _heads_alike(a: str, b: str) -> bool:
    """The two names are alike without the words they end with in common, which say nothing
    of which one it is: "Chiang Mai International Airport" and "Changi International
    Airport" (MEANTIME airbus) are "chiang mai" and "changi", two airports, not one
    spelling. Looser than the whole names' test: "St Marys" / "Saint Marys" stay alike."""
    first, second = a.split(), b.split()
    if first[-1] != second[-1]:
        return True
    while len(first) > 1 and len(second) > 1 and first[-1] == second[-1]:
        first.pop()
        second.pop()
    return similarity(" ".join(first), " ".join(second)) >= _HEADS_ALIKE


_HEADS_ALIKE = 0.8


# Head words a facility's full name adds to its short name ("Betty Ford" -> "Betty Ford
# Center"): institutions people are taken to or kept in, never a kind of town ("City").
FACILITY_WORDS = wordset(
    """center centre clinic hospital rehab rehabilitation recovery treatment institute
    facility prison jail penitentiary hotel resort stadium arena airport"""
)


def facility_extension(short: str, long_: str) -> bool:
    """``long_`` is ``short`` followed only by facility words: "morningside recovery center"
    of "morningside", never "mexico city" of "mexico"."""
    if not long_.startswith(short + " "):
        return False
    extra = long_[len(short) + 1 :].split()
    return bool(extra) and all(word in FACILITY_WORDS for word in extra)


def canonical_place(key: str) -> str:
    """The place a key names: a country by its one key (``countries``: "the united states of
    america", "the russian federation"), the variant table's spelling, and without a unit
    noun in front ("city of palmer" is Palmer, ECB+ 13; "state of texas", "republic of
    ireland")."""
    key = country_key(key)
    unit = _UNIT_OF.match(key)
    key = country_key(unit.group(1)) if unit else key
    return KNOWN_VARIANTS.get(key, key)


# Administrative units written before "of" and the place's own name.
_UNIT_OF = re.compile(
    r"^(?:city|town|village|borough|county|state|province|republic|kingdom|commonwealth"
    r"|principality|emirate|island|isle) of (.+)$"
)
