"""Ages: whether a bare number states someone's age, and whose.

News gives ages in a few fixed forms (ECB+ obituaries, crime and sports reports; the
example's "90-year-old Liubov Petrivna"):

- set off by commas after a name or a noun for a person: "Warren Jeffs, 54,", "the troubled
  actress, 26,";
- hyphenated before a person: "the 36-year-old champion Klitschko", "the 40-year-old
  American";
- stated: "She was 85.", "at the age of 85", "aged 91", "dies at 91".

Whose age it is: the name in the person's phrase ("champion Klitschko"); a pronoun or a noun
that only says what the person is ("she", "the actress", "the American") is kept as written
and resolved by link against the people of the story (``link.slots``).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from storydesk.annotate.clauses import clause_subjects
from storydesk.annotate.noun_classes import is_person
from storydesk.article import Article

# Verbs after which "at 85" is an age ("died at 85", "dies at 91", "passed away at 91":
# ECB+ 4 obituaries).
DYING = frozenset({"die", "pass", "succumb", "perish"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
# How far back a pronoun or a description looks for the name it stands for.
REFERENT_SENTENCES = 2
REFERENTS = 4
NAME_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE", ""})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})
OLDEST = 120


def stated_age(run: list[Token]) -> Token | None:
    """The person a bare number states the age of, or None: "at the age of 85", "aged 91",
    "died at 85", "She was 85", "Jeffs, 54,"."""
    number = run[-1]
    if not _plausible(number):
        return None
    if apposition_age(run):
        return number.doc[_after_both(run) - 2]
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "age":
        return _subject_of(head.head)  # "died … at the age of 85"
    if head.lemma_.lower() == "age" and number.dep_ in ("nummod", "appos", "npadvmod"):
        if head.dep_ == "appos" and is_person(head.head):
            return head.head  # "two sons, ages 6 and 16"
        return _subject_of(head)  # "at age 85"
    if head.lower_ == "aged" and number.dep_ in ("dobj", "npadvmod", "nummod", "attr"):
        return _subject_of(head)  # "has died, aged 91"
    if number.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in DYING:
        return _subject_of(head.head)  # "dies at 91"
    if number.dep_ in ("dobj", "attr", "npadvmod") and head.tag_ == "VBD" and (
        head.lemma_.lower() == "turn"
    ):
        # "Emanuel Steward, who turned 68 on Saturday"; "turns 29 on April 11" and "will
        # turn 29" are an age to come, not the one the story's other reports give (ECB+
        # 10ecbplus: "Teixeira, 28," in December)
        return _who_turns(head)
    if number.dep_ in ("attr", "acomp") and head.lemma_.lower() == "be":
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and (subjects[0].lower_ in PRONOUNS or is_person(subjects[0])):
            return subjects[0]  # "She was 85."
    return None


def _who_turns(verb: Token) -> Token | None:
    """Whose age "turned N" gives: a person or a pronoun subject; "who" stands for the name
    it follows ("trainer Emanuel Steward, who turned 68 on Saturday", ECB+ 7ecbplus), also
    across dashes ("Smith -- who turned 40 in May --"). "which turned 30" is a thing's."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ == "who":
        if verb.dep_ == "relcl":
            return verb.head
        before = (t for t in reversed(subject.doc[subject.sent.start : subject.i])
                  if not t.is_punct)  # fmt: skip
        antecedent = next(before, None)
        return antecedent if antecedent is not None and _name_of_person(antecedent) else None
    if subject.lower_ in PRONOUNS or is_person(subject) or _name_of_person(subject):
        return subject
    return None


def apposition_age(run: list[Token]) -> bool:
    """ "Warren Jeffs, 54, was …", "the actress, 26, would be …": a number set off by commas
    right after a person's name or a noun for a person."""
    last = run[-1]
    doc = last.doc
    if run[0].i < 2 or last.i + 1 >= len(doc) or not _plausible(last):
        return False
    first = _after_both(run)
    before, after = doc[first - 1], doc[last.i + 1]
    person = doc[first - 2]
    named = person.ent_type_ == "PERSON" or (person.pos_ == "NOUN" and is_person(person))
    if not named and person.pos_ == "PROPN" and person.ent_type_ in NAME_TYPES:
        # A name the small model did not type a person ("said Jackman, 40, star of …",
        # "Teixeira, 28,": ECB+ 2 and 10) is a person's when the comma closes the number too;
        # a full stop there may end a score or a list ("beat Boston, 25.").
        return before.text == "," and after.text == ","
    return before.text == "," and after.text in (",", ".") and named


def _after_both(run: list[Token]) -> int:
    """Where an age set off by commas starts, "both" included, so that the name before
    "both" is found: "Police Capt. Tom Tennant and Senior Trooper William Hakim, both 51,
    died at the scene" (ECB+ 8ecb) gives the age to the nearest name only (Hakim, 51);
    the other named person (Tennant) is given no age."""
    doc = run[0].doc
    start = run[0].i
    if start >= 3 and doc[start - 1].lower_ == "both":
        return start - 1
    return start


def aged(doc: Doc, run: list[Token], after: int) -> Token | None:
    """The person an age describes, resolved to a name where the text gives one."""
    person = stated_age(run) or _hyphenated_person(doc, run, after)
    if person is None and not _hyphenated(doc, run):
        # "He is 54 years old", "the boy, 4 years old,": the clause's subject; a name right
        # after "years old" is not whose age it is ("4 years old Conflict." in the example).
        subjects = [c for c in clause_subjects(run[-1]) if is_person(c) or c.lower_ in PRONOUNS]
        person = subjects[0] if subjects else None
    return named(person) if person is not None else None


def named(person: Token) -> Token:
    """The name a person token stands for: itself, or a name in its phrase ("champion
    Klitschko", which the small model may type a nationality); a pronoun or a bare
    description stays as written, for link to resolve against the story's people."""
    if person.ent_type_ == "PERSON":
        return person
    for child in person.children:
        if child.dep_ in ("appos", "compound", "flat") and _name_of_person(child):
            return child
    if person.dep_ in ("appos", "compound") and _name_of_person(person.head):
        return person.head
    return person


def _name_of_person(token: Token) -> bool:
    """A name that may be a person's: typed a person, or a name the small model mistypes
    (it calls "Klitschko" a nationality), never a place ("the 38-year-old Troy resident")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in PLACE_TYPES


def token_at(doc: Doc, start: int) -> Token | None:
    """The token that starts at character ``start``, if one does (a binary search: tokens
    are in text order)."""
    i = bisect_left(doc, start, key=lambda token: token.idx)
    return doc[i] if i < len(doc) and doc[i].idx == start else None


def referents(doc: Doc, start: int, speaker: str | None = None) -> list[str]:
    """For a subject that is a pronoun or a description (starting at character ``start``):
    the names before it that it may stand for, nearest first, within ``REFERENT_SENTENCES``
    sentences. Names that are subjects of the subject's own verb are left out: in "Orozco
    was charged with murdering the 35-year-old deputy", the deputy is not Orozco. So is the
    ``speaker`` of the quote the subject is in: a speaker says "I", and "he" or "she" is
    someone else (``quote_speaker``)."""
    subject = token_at(doc, start)
    if subject is None or subject.ent_type_ == "PERSON":
        return []
    if subject.pos_ == "PROPN" and subject.ent_type_ != "NORP":
        return []  # a name, not a description ("the 40-year-old American" is one)
    if subject.lower_ not in PRONOUNS and any(c.dep_ == "poss" for c in subject.children):
        # "her 12-year-old daughter", "Ms. Mendes' 12-year-old daughter" (ECB+ 32_2ecb,
        # 32_3ecb): someone's relative is none of the names around, least of all the owner
        return []
    co_subjects: set[int] = set()
    if subject.lower_ not in PRONOUNS:
        # "Orozco was charged with murdering the 35-year-old deputy": whoever does the
        # clauses above a description is not the person it describes ("he said he was 36"
        # can be, so pronouns keep them).
        for verb in (t for t in subject.ancestors if t.pos_ in ("VERB", "AUX")):
            for child in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                co_subjects.update(t.i for t in child.subtree)
    earliest = subject.sent.start
    for _ in range(REFERENT_SENTENCES):
        earliest = doc[earliest - 1].sent.start if earliest else 0
    found: list[str] = []
    doers: list[str] = []
    for entity in reversed([e for e in doc.ents if earliest <= e.start and e.end <= subject.i]):
        inside = any(entity.start <= i < entity.end for i in co_subjects)
        named_here = entity.label_ in NAME_TYPES and doc[entity.end - 1].pos_ == "PROPN"
        speaking = speaker is not None and entity.text.casefold() == speaker.casefold()
        if named_here and not inside and not speaking and entity.text not in found:
            found.append(entity.text)
            if _a_subject(doc[entity.end - 1]):
                doers.append(entity.text)
        if len(found) == REFERENTS:
            break
    if subject.lower_ in PRONOUNS:
        return found
    # A description names whom the text is about, the doer before it, not the nearest name:
    # "Riddick Bowe made a modest comeback with an eighth-round decision over Germany's Gene
    # Pukall. It was just the third fight in a decade for the 41-year-old American" (ECB+
    # 7_10ecb: Pukall's age was stated beside "The 41-year-old Bowe").
    return [*doers, *(name for name in found if name not in doers)]


def _a_subject(name: Token) -> bool:
    """The name is its clause's subject, or in apposition to one ("Former champion, Riddick
    Bowe, …")."""
    head = name
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def quote_speaker(article: Article, start: int) -> str | None:
    """The named speaker of the direct quote that holds character ``start``, if any: in
    "His sister, Mahnefah Gray, told NY1 … “He's 16 years old. …”" (ECB+ 19_6ecbplus), "He"
    was resolved to the nearest name, the sister who says it, and her brother's age stated
    as a rival to her own 19 (19_8ecbplus)."""
    for quote in article.quotes:
        spans = quote.spans or [(quote.start, quote.end)]
        if quote.speaker and any(begin <= start < end for begin, end in spans):
            return quote.speaker
    return None


def _hyphenated(doc: Doc, run: list[Token]) -> bool:
    return run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == "-"


def _hyphenated_person(doc: Doc, run: list[Token], after: int) -> Token | None:
    """ "90-year-old Liubov Petrivna", "the 40-year-old American never recovered"."""
    if not _hyphenated(doc, run):
        return None
    for token in doc[run[-1].i + 1 : min(run[-1].i + 8, len(doc))]:
        if token.idx < after:
            continue
        if token.ent_type_ == "PERSON":
            return token
        if token.ent_type_ == "NORP" and token.pos_ in ("PROPN", "NOUN"):
            return token  # "the 40-year-old American"
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token if is_person(token) else None
        if token.pos_ == "NOUN" and token.head.pos_ == "PROPN" and is_person(token):
            # a title before a name: "said 32-year-old protester Paris Kyriakides" (ECB+
            # 19_3ecb, 19_9ecb: the model typed the name a building, and no age was read)
            return token.head
    return None


def _subject_of(token: Token) -> Token | None:
    """The person whose clause ``token`` is in: the subject of its verb, if a person."""
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates = own if token.pos_ in ("VERB", "AUX") and own else clause_subjects(token)
    subjects = [c for c in candidates if is_person(c) or c.lower_ in PRONOUNS]
    return subjects[0] if subjects else None


def _plausible(number: Token) -> bool:
    return number.text.isdigit() and 0 < int(number.text) < OLDEST
