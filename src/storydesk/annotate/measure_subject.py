"""Whom or what a figure is about (``subject_of``), and the noun a number measures when no
noun is counted (``measured_noun``, ``of_object``): split from ``measure`` (STYLE: modules
under ~400 lines), bodies unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.ages import aged
from storydesk.annotate.clauses import anchor
from storydesk.annotate.noun_classes import name_of, sized_gathering

# Nouns that measure a count of something else: the number given is that thing's count.
MEASURE_NOUNS = frozenset(
    {"number", "total", "toll", "count", "tally", "figure", "cap", "ceiling", "limit",
     "size", "strength", "maximum", "minimum"}
)  # fmt: skip
SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT"})
# How many apposition or list links a count's noun goes up to find the name it describes
# ("Hasim Rahman, 45-7-2, 36 KO's": the count, the record, the name).
APPOSITION_REACH = 3
HOLDING = ("in", "on", "of", "at")  # "military personnel in Ukraine", "a cap on its army"


def of_object(noun: Token) -> Token | None:
    """ "the number of troops", "a cap on Ukraine's military": the noun after of/on."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            inner = objects[0]
            if inner.lemma_.lower() in MEASURE_NOUNS:
                return of_object(inner) or inner
            return inner
    return None


def measured_noun(number: Token) -> Token | None:
    """What a number without a counted noun is the value of.

    "limited the army to 600,000" (the object of the verb the number is a target of),
    "the death toll stood at 40" / "the number … should be limited to 800,000" (the
    subject), "bringing to 10 the number of Israelis".
    """
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        group = number.head.head
        return group if group.pos_ == "NOUN" and sized_gathering(group) else None
    if number.dep_ != "pobj" or number.head.lower_ not in ("to", "at"):
        return None  # a number that modifies a noun has that noun as its counted noun
    verb = number.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return verb if verb.pos_ == "NOUN" else None  # "a ceiling on … at 800,000"
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def subject_of(
    doc: Doc, run: list[Token], noun: Token | None, quantity: str, thing_end: int
) -> tuple[str | None, int]:
    """Whom or what the figure is about, as the words that name it and where they start."""
    if quantity == "age":
        person = aged(doc, run, thing_end)
        if person is not None:
            return name_of(person)
    if quantity == "duration" and noun is not None:
        described = _described(noun)
        if described is not None:
            return described.text, described.idx  # "the nearly four-year war"
    apposed = _apposed_to(noun)
    if apposed is not None:
        return name_of(apposed)
    repeated = _repeated_on(noun)
    if repeated is not None:
        return name_of(repeated) if _named(repeated) else (repeated.text, repeated.idx)
    holders = [noun] if noun is not None else []
    if noun is not None and noun.lemma_.lower() in MEASURE_NOUNS:
        inner = of_object(noun)
        holders = [h for h in (inner, noun) if h is not None]
    target = measured_noun(anchor(run[-1]))  # "raises Ukraine's troop cap to 800,000 soldiers"
    if target is not None and target not in holders:
        holders.append(target)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "poss" and child.ent_type_ in SUBJECT_TYPES:
                return name_of(child)
        group = holder.head.head if holder.dep_ == "pobj" and holder.head.lower_ == "of" else None
        if group is not None and group.dep_ == "appos" and group.head.ent_type_ in SUBJECT_TYPES:
            return name_of(group.head)  # "the Coalition of the Willing, a group of 30 countries"
        preps = (c for c in holder.children if c.dep_ == "prep" and c.lower_ in HOLDING)
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                target = next((c for c in obj.children if c.dep_ == "poss"), obj)
                if target.ent_type_ in SUBJECT_TYPES:
                    return name_of(target)
    return None, -1


def _apposed_to(noun: Token | None) -> Token | None:
    """The name a count stands in apposition to, its own or its list's: a boxer's record
    "Wladimir Klitschko (52-3, 46 KOs)", "Hasim Rahman, 45-7-2, 36 KO's" (ECB+ 7: the
    parser hangs the count on the record, the record on the name), and through a title the
    name follows: "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's"."""
    current = noun
    for _ in range(APPOSITION_REACH):
        if current is None or current.dep_ not in ("appos", "conj"):
            return None
        head = current.head
        named = next((c for c in head.children if c.dep_ == "appos" and c.i < current.i
                      and _named(c)), None)  # fmt: skip
        if named is not None:
            return named
        if _named(head):
            return head
        if head.pos_ != "NUM":
            # only a record leads on to a name; another noun is another item, which may be
            # another's ("the Orioles (seven years, …) and Nationals (eight years, …)", ECB+ 10)
            return None
        current = head
    return None


def _repeated_on(noun: Token | None) -> Token | None:
    """Who a count of times is about: the one the repeated action is done to, else its
    doer. "Gray was shot 11 times by police", "he had been shot seven times" (ECB+
    19ecbplus: one teenager's wounds, in two reports that differ), "hitting Gray eleven
    times". A pronoun is resolved in link, through ``Figure.referents``."""
    if noun is None or noun.lemma_.lower() != "time" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    for dep in ("nsubjpass", "dobj", "nsubj"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None and (_named(found) or found.pos_ == "PRON"):
            return found
    return None


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in SUBJECT_TYPES


def _described(noun: Token) -> Token | None:
    """What a length of time is of: "four-year war", "two days of talks"."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN":
        return noun.head
    inner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)  # fmt: skip
    return inner
