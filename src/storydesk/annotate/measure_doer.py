"""Whose performance a measure is: the doer of the verb it measures (``doer_of``).

A measure whose phrase is the verb's own complement is the doer's: "Richard Carter scored 14
points" and "Richard Carter had 12 points and four assists" (ECB+ 31_5ecbplus, 31_9ecbplus:
one player's points, 14 against 12), "Robert Buckley fell about 600 metres" and "Robert
Buckley … fell 700 meters" (23ecbplus: one climber's fall), "Luck … set an NFL rookie record
… with 4,183 passing yards" (29ecbplus). With no subject, two reports' lone lengths or
points were never compared, and other players' or climbers' figures had nothing to keep
them apart. The verb's doer is read as English grammar gives it to a clause without a
subject of its own: a coordinated verb's is the first verb's ("slipped and fell 200
metres"), a participle after a preposition or set off as an adverbial clause takes the
main clause's ("Duncan Raite died after slipping and falling about 60 metres", "…, scoring
14 points"). A passive verb's subject is what was done to, never a doer ("Gray was shot 11
times" is read by ``measure_subject._repeated_on``).

Only a doer a name gives (a singular name typed a person): pronouns and descriptions ("he
finished the season with 33 homers", "the man fell around 2000ft") stood for a season's or
another occasion's figures as often as for the event's, so they give none (``SUBJECT_TYPES``).
A participle after a verb with an object is the object's ("credited Tom Brady with throwing
four touchdowns"), and a "with" phrase on a verb whose object is someone measures that object
("charged the three men with 12 counts").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storydesk.annotate.ages import named
from storydesk.annotate.clauses import anchor
from storydesk.annotate.measure_subject import PHYSICAL
from storydesk.annotate.noun_classes import is_person, name_of, synset_class

# Measures a named doer performs, so that they are that person's: counts of things and
# physical measures, but no length of time ("Deputy Ortiz had served … for 15 years" and "in
# the gang unit for five years" are two, ECB+ 16ecbplus) nor an event's toll (an event is
# identified by its place, not by whose attack it was), nor an age (``ages``).
PERFORMED = PHYSICAL - {"duration"}

# How the measured phrase hangs on its verb: "scored 14 points" (the parser's npadvmod or
# dobj), "fell about 600 metres", "ran for 101 yards" / "set a record with 4,183 passing
# yards" (the object of a preposition on the verb).
COMPLEMENTS = frozenset({"dobj", "npadvmod"})
# Clause links through which a verb with no subject of its own takes its head's: a
# coordinated verb, a completing infinitive, a participle after a preposition ("died after
# slipping and falling"), a participial adverbial clause ("…, scoring 14 points").
CONTROLLED = frozenset({"conj", "xcomp", "pcomp", "advcl"})
# Prepositions that put a measure on the act: "rushed for 101 yards", "set a record with
# 4,183 passing yards"; "through 14 games", "in 54 games" say when or where instead.
MEASURING = frozenset({"for", "with"})
REACH = 4  # how many such links are followed up
PARTICIPLES = frozenset({"VBG", "VBN", "VB"})
# A person named: a pronoun or a description stood for a season's or a career's figures as
# often as for the event's ("he finished the season with … 33 homers" against "Teixeira hit
# … 13 homers … with the Angels", ECB+ 10_3ecb and 10_2ecb; "He scored six touchdowns",
# 25_12ecb), and a team or company does many things of one class in one story ("The Jaguars
# had two chances", "had one final chance", 29ecb).
SUBJECT_TYPES = frozenset({"PERSON"})


def performed_by(number: Token, quantity: str) -> tuple[str | None, int]:
    """The named doer's words and where they start, for a measure of a kind a doer
    performs (``PERFORMED``); (None, -1) otherwise."""
    if not (quantity.startswith("count:") or quantity in PERFORMED):
        return None, -1
    doer = doer_of(number)
    return name_of(doer) if doer is not None else (None, -1)


def doer_of(number: Token) -> Token | None:
    """The doer whose measure the number is, or None (see the module's docstring)."""
    verb = measured_verb(number)
    if verb is None or _to_come(verb):
        return None
    return clause_doer(verb, _someone)


def measured_verb(number: Token) -> Token | None:
    """The verb whose complement the number's phrase is ("scored 14 points", "fell about 600
    metres", "ran for 101 yards"), or None; None too when a "with" or "for" phrase measures
    the verb's object, someone ("charged the three men with 12 counts")."""
    phrase = anchor(number)
    link = phrase
    if link.dep_ == "pobj" and link.head.dep_ == "prep":
        if link.head.lower_ not in MEASURING:
            return None  # "Through 14 games in the 2008 season, Bush had 404 yards"
        link = link.head
    elif link.dep_ not in COMPLEMENTS:
        return None
    verb = link.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == link.i:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if link.dep_ == "prep" and any(_someone_else(o) for o in objects):
        # the phrase measures the verb's object when that is someone: "Prosecutor Jane Doe
        # charged the three men with 12 counts of fraud" gives the counts to the men; "Luck
        # set a record with 4,183 passing yards", "Carter led Drake with 14 points" keep the
        # subject's (reviews, session 11)
        return None
    return verb


def clause_doer(verb: Token, doer: Callable[[Token], bool]) -> Token | None:
    """Who does ``verb``, as its clause gives it (its subject, or its controller's), when
    ``doer`` accepts them: a named person for a count (``_someone``), a holder of a reading
    for ``measure_holder``."""
    node, controlled = verb, False
    for _ in range(REACH):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # the passive of the measured verb, or of a verb coordinated with it, is done to
            # its subject ("was arrested … and charged with two counts", ECB+ 22_5ecb); a
            # participle's controller, active or passive, does it ("A British man has been
            # killed after falling around 2,000ft", 23_11ecbplus)
            if subjects[0].dep_ == "nsubjpass" and not controlled:
                return None
            # the parser may give a clause two subjects ("The day following Rait's death
            # …, 31-year-old Robert Buckley … slipped on ice and fell 700 meters", 23_9ecbplus)
            people = [named(s) for s in subjects if doer(named(s))]
            return people[0] if people else None
        head = _controller(node)
        if head is None:
            return None
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if node.dep_ == "pcomp" and objects:
            # a participle after a preposition on a verb with an object is the object's:
            # "Coach Bill Belichick credited Tom Brady with throwing four touchdowns",
            # "accused Donald Trump of bankrupting four companies" (review, session 11); an
            # adverbial clause stays the subject's ("Hansbrough passed Ford for the top spot
            # … while posting 20 points", held 31_14ecb)
            people = [named(o) for o in objects if doer(named(o))]
            return people[0] if people else None
        controlled = controlled or node.dep_ in ("pcomp", "advcl")
        node = head
    return None


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless ``verb`` shares, if English grammar gives one."""
    if verb.dep_ not in CONTROLLED or verb.head.i == verb.i:
        return None
    if verb.dep_ in ("conj", "xcomp"):
        return verb.head
    if verb.tag_ not in PARTICIPLES:
        return None  # a finite clause with no subject found: the parse is not to be trusted
    head = verb.head
    if verb.dep_ == "pcomp":
        # "after slipping": the participle's preposition hangs on the verb it controls
        head = head.head if head.dep_ == "prep" else head
    return head if head.pos_ in ("VERB", "AUX") else None


def _someone(subject: Token) -> bool:
    # "The Jaguars" (the small model types a team a person): a plural name is a group
    return subject.tag_ == "NNP" and subject.ent_type_ in SUBJECT_TYPES


def _someone_else(noun: Token) -> bool:
    """A verb's object that is someone, not a thing: a person's name, a pronoun, a noun for
    people or living things ("the three men"); "a record", "the game", a team typed a
    company are things a doer's measure may be won with."""
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PRON":
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (is_person(noun) or synset_class(lemma) == "people")


def _to_come(verb: Token) -> bool:
    """An act not yet done, or only possible: "Bush will miss the team's final two regular
    season games" (ECB+ 25_11ecb) is no performance of his beside "missed four games"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
