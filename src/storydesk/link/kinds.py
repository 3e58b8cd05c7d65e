"""Evidence in the words around a mention of what kind of thing it names.

The small model types a name by its letters; the sentence usually says more. Each test here
reads the text beside one mention, and ``forms`` counts what they find as votes next to the
model's label (``context.is_locative`` is the oldest of them: "in X" is a place).

* A place word naming the kind of place: "the regions of Donetsk, Kherson …", "the City of
  Palmer" (ECB+ topic 13), "Kyiv’s Dniprovskyi district", "the Rafah crossing".
* A media noun after the name, in lower case: "the Xinhua news agency".
* A title right before it: "Ms Page", "envoy Witkoff".
* A person's apposition: an age ("Paul Riva, 47, of Sterling Heights", "15-year-old
  Alexandros Grigoropoulos", ECB+ 18 and 19, where the model typed Riva a place), or a noun
  that WordNet knows only as a person ("his wife, Celeste", ECB+ 16; "Banky, the CEO of
  TallGrass", ECB+ 18).
* A place of residence: "Ortiz, of Diamond Bar," and "the Diamond Bar resident" (ECB+ 16,
  Diamond Bar typed a person).
* A newspaper's name: "the LA Times" (ECB+ 16, typed a person), "The Detroit Free Press".
* Coordination: names listed together ("Donetsk, Kherson, Luhansk, and Zaporizhzhia") are of
  one kind, so a list of three or more decides for a member the model got wrong (``lists``;
  two names are too often a name and its place: "Putin, Russia's president").
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydesk.annotate import wordnet
from storydesk.annotate.name_words import ROLE_HEADS
from storydesk.link.names import fold, is_given_name
from storydesk.link.textnorm import words

# Nouns naming a kind of place, written before "of" or after the name. Seen: "regions of
# Donetsk, Kherson, Luhansk" (example, Anadolu), "City of Palmer" (ECB+ 13), "Dniprovskyi
# district" (example, AP); the rest are their kin in news about wars and disasters.
PLACE_NOUNS = frozenset(
    words(
        """city cities town towns village villages region regions province provinces district
        districts county counties state states capital port suburb suburbs island islands
        oblast governorate camp camps crossing border area areas neighbourhood neighborhood
        peninsula valley strip"""
    )
)
# Last words of street names: "Clark Ave", "Joliet Avenue" (ECB+ 16, "Clark Ave" tagged PERSON).
STREET_WORDS = frozenset(
    words("street st avenue ave boulevard blvd road rd lane ln drive dr highway hwy square")
)
# Nouns of news media after a name: "the Xinhua news agency", "Bloomberg News" (example).
MEDIA_NOUNS = frozenset(words("agency news newspaper daily broadcaster network channel"))
# Last words of newspapers' names ("Los Angeles Times", "Detroit Free Press", "Fox News").
NEWSPAPER_WORDS = frozenset(
    words(
        """times post journal herald tribune gazette chronicle telegraph courier examiner
        inquirer press news dispatch bulletin"""
    )
)
# Nouns after a name that make it the place someone lives ("the Diamond Bar resident").
RESIDENT_NOUNS = frozenset(words("resident residents native natives"))
_AGE_AFTER = re.compile(r"^,\s*(\d{1,3})\s*(?:[,;.)]|$)")
_AGE_BEFORE = re.compile(r"\b\d{1,3}[ -]year[ -]old\s+$")
_APPOSITION_AFTER = re.compile(
    r"^,\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,3}?([A-Za-z]+)"
    r"\s*(?:[,;.]|of\b|at\b|for\b|who\b|whose\b)"
)
_APPOSITION_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my)\s+([a-z]+),\s+$")
_RESIDENCE_BEFORE = re.compile(r"[\d\w],\s+of\s+$")
_CLAUSE_END = re.compile(r"^\s*(?:[,;.]|$)")
_MAX_AGE = 115
_BEFORE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
_AFTER = re.compile(r"^[ \t]+([A-Za-z]+)\b")
_WINDOW = 40
_LIST_SIZE = 3


def place_word(text: str, start: int, end: int) -> bool:
    """A place noun names the kind of place: "the regions of X", "X district"; or the name
    ends in a street word ("Clark Ave")."""
    before = _BEFORE_OF.search(text[max(0, start - _WINDOW) : start])
    after = _AFTER.match(text[end : end + _WINDOW])
    found = [m.group(1) for m in (before, after) if m]
    own = text[start:end].split()
    street = len(own) > 1 and own[-1].strip(".").casefold() in STREET_WORDS
    return street or any(word in PLACE_NOUNS for word in found)


def media_word(text: str, end: int) -> bool:
    """A media noun follows in lower case: "Xinhua news agency", not "Fox News" (a name)."""
    after = _AFTER.match(text[end : end + _WINDOW])
    return after is not None and after.group(1) in MEDIA_NOUNS


def newspaper_name(name: str, label: str = "") -> bool:
    """A name of two or more words ending in a newspaper's word: "the LA Times". Not a
    given name and a surname the model tags a person: "Jim Press", Chrysler's vice chairman
    (MEANTIME gm 124043, 126311), typed an organisation for his surname."""
    own = name.split()
    if label == "PERSON" and len(own) == 2 and is_given_name(fold(own[0])):
        return False
    return len(own) > 1 and own[-1][:1].isupper() and own[-1].casefold() in NEWSPAPER_WORDS


def personal(text: str, start: int, end: int) -> bool:
    """An apposition makes the name a person's: an age ("Riva, 47,", "15-year-old X") or a
    noun WordNet knows only as a person ("his wife, Celeste", "X, the company's chief
    executive,")."""
    after = text[end : end + _WINDOW]
    before = text[max(0, start - _WINDOW) : start]
    age = _AGE_AFTER.match(after)
    if age and 0 < int(age.group(1)) <= _MAX_AGE:
        return True
    if _AGE_BEFORE.search(before) and not nationality_word(text[start:end]):
        return True
    nouns = [
        m.group(1) for m in (_APPOSITION_AFTER.match(after), _APPOSITION_BEFORE.search(before)) if m
    ]
    return any(fold(noun) in ROLE_HEADS or person_noun(noun.casefold()) for noun in nouns)


@lru_cache(maxsize=4096)
def nationality_word(name: str) -> bool:
    """One word WordNet lists as an adjective and as a noun of a people or their language
    ("American", "Ukrainian", "Somali"). An age before it describes a person by nationality
    ("the 40-year-old American never recovered", ECB+ 7_10ecbplus): the word stays the
    nationality ``link.nationals`` joins to the person it stands for, no person's name."""
    key = name.casefold()
    if " " in key or not wordnet.load().lists(key, "a"):
        return False
    lexnames = {wordnet.load().synset(sense).lexname for sense in wordnet.load().synsets(key)}
    return bool(lexnames & {"noun.person", "noun.communication"})


@lru_cache(maxsize=4096)
def person_noun(noun: str) -> bool:
    """Every sense WordNet gives the noun is a person ("wife", "receptionist"; not
    "executive", which is also a group, nor "company")."""
    net = wordnet.load()
    senses = net.synsets(noun) or net.synsets(noun.removesuffix("s"))
    return bool(senses) and all(net.synset(key).lexname == "noun.person" for key in senses)


@lru_cache(maxsize=4096)
def institution_noun(noun: str) -> bool:
    """WordNet's first sense of the noun is a group of people: "court", "council",
    "department", "police"; not "page", "bush" or "rice", surnames news also writes as
    common words."""
    net = wordnet.load()
    senses = net.synsets(noun)
    return bool(senses) and net.synset(senses[0]).lexname == "noun.group"


@lru_cache(maxsize=4096)
def _name_senses(key: str) -> tuple[str, ...]:
    """The lexicographer files of the name's WordNet senses, first sense first."""
    net = wordnet.load()
    return tuple(net.synset(sense).lexname for sense in net.synsets(key.replace(" ", "_")))


def wordnet_place(key: str) -> bool:
    """WordNet's first sense of the name is a place and none is a person: "Devon", "Crimea",
    "Surrey" (a county the model tagged PERSON in "Crews from Devon and Somerset Fire and
    Rescue", ECB+ 14); not "Wellington", "Paris" or "Washington", also people's names."""
    senses = _name_senses(key)
    return bool(senses) and senses[0] == "noun.location" and "noun.person" not in senses


def wordnet_location(key: str) -> bool:
    """WordNet gives the name a place among its senses: "Washington", "Malibu"; not
    "Cliffside" (a rehab centre in Malibu, ECB+ 1, which WordNet does not list)."""
    return "noun.location" in _name_senses(key)


def residence(text: str, start: int, end: int, label: str) -> bool:
    """The name is where someone lives: "Riva, 47, of Sterling Heights," "Ortiz, of Diamond
    Bar," or "the Diamond Bar resident". An organisation in that place is an employer
    ("Gonzalez, of the California Department of Corrections,", ECB+ 16), so a name the model
    calls an organisation, or that takes "the", is not read so."""
    after = text[end : end + _WINDOW]
    follows = _AFTER.match(after)
    if follows and follows.group(1) in RESIDENT_NOUNS:
        return True
    if label == "ORG" or text[start:end].casefold().startswith("the "):
        return False
    before = text[max(0, start - _WINDOW) : start]
    return bool(_RESIDENCE_BEFORE.search(before)) and bool(_CLAUSE_END.match(after))


def titled(text: str, start: int) -> bool:
    """The word right before the name is a personal title ("Ms Page", "envoy Witkoff")."""
    before = re.search(r"([A-Za-z.]+)[ \t]+$", text[max(0, start - _WINDOW) : start])
    return before is not None and fold(before.group(1)) in ROLE_HEADS


def lists(text: str) -> list[tuple[list[str], str]]:
    """Lists of capitalised names joined by commas and a final "and"/"or", three members or
    two with a place noun after them, with the lower-case word that follows the last member
    ("regions" of "Crimea, Luhansk, and Donetsk regions"). Read from the text, not from the
    model's spans: it tags "Luhansk" and misses "Donetsk" in that very list."""
    found: list[tuple[list[str], str]] = []
    for match in _LIST.finditer(text):
        members = [m.group() for m in _NAME.finditer(match.group("names"))]
        members = [m for m in members if m.casefold() not in ("and", "or")]
        after = _AFTER.match(text[match.end() : match.end() + _WINDOW])
        word = after.group(1) if after else ""
        if len(members) >= _LIST_SIZE or word in PLACE_NOUNS:
            found.append((members, word))
    return found


_NAME_PATTERN = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
_NAME = re.compile(_NAME_PATTERN)
_LIST = re.compile(
    rf"(?<![\w’'-])(?P<names>{_NAME_PATTERN}(?:, {_NAME_PATTERN})*,? (?:and|or) {_NAME_PATTERN})"
    r"(?![\w’'-])"
)
