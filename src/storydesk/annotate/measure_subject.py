"""Whom or what a figure is about (``subject_of``), and the noun a number measures when no
noun is counted (``measured_noun``, ``of_object``): split from ``measure`` (STYLE: modules
under ~400 lines), bodies unchanged; and what else a count may be the size of
(``described_noun``, ``resized``), which keeps it apart from other counts of its noun, and
what is done to or by the counted things (``action_of``, moved from ``measure``: STYLE,
modules under ~400 lines).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.ages import aged
from storydesk.annotate.clauses import anchor, governing_verb
from storydesk.annotate.documents import DOCUMENT_NOUNS
from storydesk.annotate.frames import supported
from storydesk.annotate.noun_classes import name_of, sized_gathering
from storydesk.annotate.units import DIMENSIONS

# Nouns that measure a count of something else: the number given is that thing's count.
MEASURE_NOUNS = frozenset(
    {"number", "total", "toll", "count", "tally", "figure", "cap", "ceiling", "limit",
     "size", "strength", "maximum", "minimum"}
)  # fmt: skip
# Nouns of counting and reporting: their possessor is who counts, not what is counted ("The
# FBI's count of 12 victims", "Cuomo's estimate of 40 deaths"; review, session 12). A total,
# a cap, an average keep theirs ("Ukraine's cap of 600,000 troops", "Germany's total of 1,200
# cases", "Smith's average of 21 points"; review).
COUNTING_NOUNS = frozenset(
    {"count", "tally", "estimate", "forecast", "projection", "figure", "number", "toll"}
)  # fmt: skip
SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT"})
# How many apposition or list links a count's noun goes up to find the name it describes
# ("Hasim Rahman, 45-7-2, 36 KO's": the count, the record, the name).
APPOSITION_REACH = 3
HOLDING = ("in", "on", "of", "at")  # "military personnel in Ukraine", "a cap on its army"
# A unit's measure (``units.DIMENSIONS``: lengths, masses, durations …) written before a
# name is that person's ("the 260-pound Echenique"); a length of time is the thing it
# describes ("a four-year war"). Other things described ("a 36-yard field goal") are no
# subject: ``described_noun`` keeps them apart as an action.
PHYSICAL = frozenset(dimension for dimension, _ in DIMENSIONS.values())
RECEIVERS = frozenset({"noun.location", "noun.artifact", "noun.person", "noun.group",
                       "noun.animal", "noun.plant", "noun.object"})  # fmt: skip


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
    if quantity in PHYSICAL and noun is not None:
        described = _described(noun)
        if described is not None and _named(described):
            return name_of(described)  # "the 6-foot-9, 260-pound Echenique" (ECB+ 31_10ecbplus)
        if described is not None and quantity == "duration":
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
        if (group is not None and group.dep_ == "appos" and group.pos_ == "NOUN"
                and group.head.ent_type_ in SUBJECT_TYPES):  # fmt: skip
            # "the Coalition of the Willing, a group of 30 countries"; "Gaetano Lo Presti,
            # one of 99 alleged Sicilian Mafia members seized" (ECB+ 26_1ecb) is one among
            # them, the 99 no count of his
            return name_of(group.head)
        preps = (c for c in holder.children if c.dep_ == "prep" and c.lower_ in HOLDING)
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                target = next((c for c in obj.children if c.dep_ == "poss"), obj)
                if target.ent_type_ in SUBJECT_TYPES:
                    return name_of(target)
    owner = _owner_of_whole(anchor(run[-1]))
    if owner is not None:
        return name_of(owner)
    return None, -1


def _owner_of_whole(phrase: Token) -> Token | None:
    """The named owner of the noun a number is the value "of": "Rodney Buford's scoring
    record of 2,106" and "Buford's school scoring record of 2,116 points" (ECB+ 31_10ecbplus,
    31_7ecbplus: a record two reports give differently, kept as two subjectless counts), and
    the parent "a mother of 12" stands for ("Zurana Horton, 34, a mother of 12", "Smith is a
    father of three": two parents' children are two counts; review). A count of part of a
    whole ("10 of the Saints' 16 games") hangs on a number, not a noun; a count or an
    estimate has none (``COUNTING_NOUNS``)."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "of" or phrase.head.head.pos_ != "NOUN":
        return None
    whole = phrase.head.head
    if whole.lemma_.lower() in COUNTING_NOUNS:
        return None
    if whole.dep_ == "appos" and _named(whole.head):
        return whole.head
    if whole.dep_ == "attr":
        return next((c for c in whole.head.children if c.dep_ == "nsubj" and _named(c)), None)
    return next((c for c in whole.children if c.dep_ == "poss" and _named(c)), None)


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
    """What a measure is of: "four-year war", "two days of talks", "260-pound Echenique"."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    inner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)  # fmt: skip
    return inner


def resized(run: list[Token]) -> str | None:
    """The thing a count is the new size of, when not the counted noun nor a measure of it:
    "the Bulldogs twice cut Creighton's lead to 3 points" (ECB+ 31_2ecbplus: a lead, stated
    as a rival to "five of Creighton's first eight points"). A measure noun ("raises the
    troop cap to 800,000 soldiers") measures the counted thing itself, a document its parts
    (the example: "the 28-point plan … pared down to roughly 20 points")."""
    phrase = anchor(run[-1])
    if phrase.dep_ != "pobj" or phrase.head.head.pos_ != "VERB":
        return None  # "Qeshm island, home to 120,000 people" (ECB+ 20_1ecbplus) resizes nothing
    if phrase.pos_ == "NOUN" and _receives(phrase):
        return None  # "cut power to 30,000 homes": where the power went, not its new size
    target = measured_noun(phrase)
    if target is None or sized_gathering(target):
        return None
    if target.lemma_.lower() in MEASURE_NOUNS | DOCUMENT_NOUNS:
        return None  # a document counts its own parts: "the plan, pared down to roughly 20 points"
    return target.lemma_.lower()


def _receives(noun: Token) -> bool:
    """A counted noun for things that can be given something (WordNet's first sense a place,
    an artifact, a person, a group, a living thing): "homes", "customers", "households" after
    "to" are where a thing goes (review, session 10), "points", "games", "votes" its size."""
    senses = wordnet.load().synsets(noun.lemma_.lower())
    return bool(senses) and wordnet.load().synset(senses[0]).lexname in RECEIVERS


def described_noun(doc: Doc, run: list[Token], noun: Token | None) -> str | None:
    """The noun a hyphenated count describes: "building" in "a nine-story building",
    "streak" in "a three-game losing streak". What such a count measures is that noun's
    size: seats of a parliament and games of a streak are compared only with the same
    (one story gives "a three-game losing streak" and "a 10-game road trip")."""
    last = run[-1]
    hyphen = last.i + 1 < len(doc) and doc[last.i + 1].text == "-"
    if noun is None or not hyphen or noun.i != last.i + 2:
        return None
    head = noun.head
    if head.i <= noun.i or head.pos_ != "NOUN" or head.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    return head.lemma_.lower()


def action_of(noun: Token | None, number: Token | None = None) -> str | None:
    """What is done to or by the counted things ("460 drones were fired", "downed 249
    drones": two counts). A noun counted before (``counted._elided_noun``) lends its verb to
    a number on a verb of its lemma; another verb's object takes that verb ("damaged 500",
    review), else none ("needing 11 points to break … record of 2,106", held 31_10ecbplus)."""
    if noun is None or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    head = noun.head
    if number is not None and noun.i < number.i:
        own = governing_verb(number)
        if own is None or own.lemma_ != head.lemma_:
            if own is None or number.head != own or number.dep_ not in ("dobj", "nsubjpass"):
                return None
            head = own
    return (supported(head) or head.lemma_.lower()) if head.pos_ == "VERB" else None
