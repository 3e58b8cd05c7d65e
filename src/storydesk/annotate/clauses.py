"""The clause a number sits in: its governing verb and that verb's subjects."""

from __future__ import annotations

from spacy.tokens import Token


def clause_subjects(number: Token) -> list[Token]:
    """Subjects of the number's verb, or of the first verb of a conjunction ("The updated
    proposal removes … and raises the troop cap to 800,000")."""
    verb = governing_verb(number)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def governing_verb(token: Token) -> Token | None:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def anchor(number: Token) -> Token:
    """The phrase a number stands for: its noun when it modifies one ("to 800,000 soldiers")."""
    return number.head if number.dep_ in ("nummod", "quantmod") else number
