"""The counted thing's written form, shared by the counted rules: ``Counted``, a noun's
plural, and where a count's noun or whole is looked for."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
# Nouns whose plural is themselves: "10k staff", "500 personnel"; "31 fire apparatus" (ECB+
# 13_7ecbplus: a count, no model numbered 31).
UNCHANGED_PLURALS = frozenset(
    {"staff", "personnel", "police", "crew", "cattle", "livestock", "aircraft", "sheep",
     "fish", "deer", "series", "species", "spacecraft", "offspring", "apparatus"}
)  # fmt: skip

@dataclass(frozen=True, slots=True)
class Counted:
    """The counted thing and the character span it covers (the run's own when nothing)."""

    counts: str
    start: int
    end: int
    noun: int = -1  # token index of the counted noun, -1 when there is none
    event: str | None = None  # the event's participle ("killed") when it counts one
    part: bool = False  # a part of a whole: "178" in "landing 178 of 369 punches"


def plural(noun: Token) -> str:
    """Plural of a noun as a lower-case word: points, countries, people."""
    if noun.tag_ in ("NNS", "NNPS"):
        return noun.lower_
    lemma = noun.lemma_.lower()
    if lemma in UNCHANGED_PLURALS:
        return lemma
    if lemma in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lemma]
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


def looking_back(doc: Doc, run: list[Token]) -> list[Span]:
    """Where a count's whole or antecedent is looked for, nearest first: its sentence before
    the run, then the sentence before that one (none before the first)."""
    sentence = run[0].sent
    spans = [doc[sentence.start : run[0].i]]
    if sentence.start > 0:
        spans.append(doc[sentence.start - 1].sent)
    return spans
