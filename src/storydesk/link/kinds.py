"""Evidence in the words around a mention of what kind of thing it names.

The small model types a name by its letters; the sentence usually says more. Each test here
reads the text beside one mention, and ``forms`` counts what they find as votes next to the
model's label (``context.is_locative`` is the oldest of them: "in X" is a place).

* A place word naming the kind of place: "the regions of Donetsk, Kherson …", "the City of
  Palmer" (ECB+ topic 13), "Kyiv’s Dniprovskyi district", "the Rafah crossing".
* A media noun after the name, in lower case: "the Xinhua news agency".
* A title right before it: "Ms Page", "envoy Witkoff".
* Coordination: names listed together ("Donetsk, Kherson, Luhansk, and Zaporizhzhia") are of
  one kind, so a list of three or more decides for a member the model got wrong (``lists``;
  two names are too often a name and its place: "Putin, Russia's president").
"""

from __future__ import annotations

import re

from storydesk.annotate.name_words import ROLE_HEADS
from storydesk.link.names import fold
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
