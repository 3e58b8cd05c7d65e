"""From a subject token to a ``Who``: the fullest name the article gives, or a description.

The subject may be a name, a name behind a title or in apposition, a pronoun, a relative
pronoun, a role or an organisation (``speakers`` lists examples); ``resolve`` tries them in
that order. When the article names nobody, the subject's own words are kept as the descriptor
and the name stays None: never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from storydesk.annotate.documents import speaking_text
from storydesk.annotate.roles import _person_noun
from storydesk.annotate.speaker_names import (
    Context,
    full_name,
    is_title,
    same_surname,
    strip_titles,
)
from storydesk.annotate.speaker_phrases import (
    EMPTY_SUBJECTS,
    described_before,
    descriptor,
    named_at_end,
)
from storydesk.annotate.speaker_roles import antecedent, role_name
from storydesk.annotate.speaker_subjects import PERSON_PRONOUNS, own_subject
from storydesk.annotate.wordnet import load as load_wordnet
from storydesk.article import Entity

RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Capitalised subjects that are institutions, not people ("Office", "Ministry").
INSTITUTIONS = frozenset(
    {"office", "ministry", "department", "house", "committee", "government", "council",
     "agency", "campaign", "administration", "court", "party", "police", "army"}
)
GROUP_TYPES = ("ORG", "GPE", "NORP")


@dataclass(frozen=True, slots=True)
class Who:
    """A quote's source: a name, or when the text names nobody, its description."""

    name: str | None = None
    descriptor: str | None = None

    def __bool__(self) -> bool:
        return self.name is not None or self.descriptor is not None


def names_person(name: str, context: Context) -> bool:
    """Whether a subject the tagger called an organisation resolved to a person the article
    names ("Sanders compared himself to Clinton, saying", "Trump told Newsmax that …,
    adding": the small model tags a bare surname ORG now and then; PolNeAR train, politico
    and breitbart)."""
    return any(name == known for _, known in context.names)


def resolve(subject: Token, context: Context) -> Who:
    if subject.lower_ in RELATIVE_PRONOUNS:
        return _relative(subject, context)
    entity = _person_of(subject, context)
    if entity is not None:
        return Who(full_name(entity.text, entity.start, context))
    if subject.lower_ in PERSON_PRONOUNS:
        name = antecedent(subject.idx, context)
        if name is not None:
            context.said(subject.idx, name)
        return Who(name)
    if subject.lower_ in EMPTY_SUBJECTS:
        return Who()
    group = group_of(subject, context)
    name = _proper_name(subject) if _looks_like_name(subject, context) else None
    for candidate in (group.text if group else None, name):
        # A surname the tagger called an organisation is still a person when the article
        # gives that person's full name.
        fuller = full_name(candidate, subject.idx, context) if candidate else None
        if fuller is not None and fuller != strip_titles(candidate or ""):
            return Who(fuller)
    if group is not None or name is not None:
        return Who(group.text if group is not None else name)
    owner = _document_owner(subject, context)
    if owner:
        return owner
    ending = named_at_end(subject, context)
    if ending is not None:
        return Who(full_name(ending.text, ending.start, context))
    described = described_before(subject, context)
    if described is not None:
        return Who(descriptor=described)
    if subject.pos_ in ("NOUN", "PROPN"):
        role = role_name(subject, context)
        if role is not None:
            context.said(subject.idx, role)
            return Who(role)
    return Who(descriptor=descriptor(subject, context))


def _document_owner(subject: Token, context: Context) -> Who:
    """"the IMF report stated" (PolNeAR dev, wash-post): a document speaks for the one who
    put it out, named before it as a proper noun or a possessor ("Trump's statement")."""
    if not speaking_text(subject.lemma_.lower()):
        return Who()
    for owner in subject.lefts:
        if owner.dep_ in ("compound", "poss") and owner.pos_ == "PROPN":
            who = resolve(owner, context)
            if who.name is not None:
                return Who(who.name)
    return Who()


def _looks_like_name(token: Token, context: Context) -> bool:
    """A capitalised subject the tagger missed: a proper noun, or a word spelled like the
    surname of a person the article names ("Zelenskyy" ~ "Zelensky")."""
    if not token.text[:1].isupper() or token.lower_ in INSTITUTIONS:
        return False
    if any(t.dep_ in ("poss", "det") for t in token.lefts):
        return False  # "the Ukrainian President's Office", "the President": not a name
    if token.pos_ == "PROPN" and (
        token.i > token.sent.start or _never_lower(token.text, context.article.text)
    ):
        return True  # "Tuttle added" opens its sentence, and "tuttle" is not a word there
    return any(same_surname(e.text, token.text) for e in context.persons())


def _never_lower(word: str, text: str) -> bool:
    lower = word.lower()
    return re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", text) is None


def _relative(pronoun: Token, context: Context) -> Who:
    """"Liubov Petrivna, who told AP:" — the speaker is the noun the clause hangs on."""
    clause = pronoun.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("PROPN", "NOUN"):
        person = _person_of_who(pronoun, clause.head)
        if person is None:
            return Who()
        who = resolve(person, context)
        if who.name is None:
            publisher = _publisher(clause.head, context)
            return publisher if publisher.name is not None else who
        return who
    before = [e for e in context.persons() if e.end <= pronoun.idx]
    sentence_start = pronoun.sent.start_char
    if before and before[-1].start >= sentence_start:
        return Who(full_name(before[-1].text, before[-1].start, context))
    return Who()


def _person_of_who(pronoun: Token, noun: Token) -> Token | None:
    """"who" stands for a person: the parse hangs the clause on the thing closest to it
    ("a distraught elderly woman outside the bank, who wept and cried “my child, my child.”",
    ECB+ 8_8ecbplus), where the person is the noun the thing's preposition modifies, or a
    group of them; a thing a preposition governs never is ("spoke to the crowd at the rally,
    who cheered": review of 4eb8927), and then nobody is found."""
    if pronoun.lower_ != "who" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return noun
    if _person_noun(noun):
        return noun
    owner = noun.head.head
    if noun.head.dep_ == "prep" and owner.pos_ == "NOUN" and (
        _person_noun(owner) or _group_noun(owner)
    ):
        return owner
    # "spoke with the team, who said …", "talked to the family, who said …" (review of
    # 86d6d93): a group of people is who
    return noun if _group_noun(noun) else None


# Senses of a noun that say it is something that happens, not people: "rally" is a group
# first, then an act, a process and an event (WordNet); "team", "family", "crowd" are
# groups only.
HAPPENINGS = frozenset({"noun.act", "noun.event", "noun.process"})


def _group_noun(noun: Token) -> bool:
    """A group of people: the first sense a group, and none of the first three something
    that happens."""
    wordnet = load_wordnet()
    senses = [wordnet.synset(key).lexname for key in wordnet.synsets(noun.lemma_.lower(), "n")[:3]]
    return bool(senses) and senses[0] == "noun.group" and not HAPPENINGS & set(senses)


def _publisher(thing: Token, context: Context) -> Who:
    """"Trump released a marketing video that said, “…”", "Henry added the caption which
    reads, “…”" (PolNeAR train, wash-post and west-journal): words that a named person put
    out are theirs; the thing is the object of a verb whose subject names them."""
    if thing.dep_ != "dobj":
        return Who()
    subject = own_subject(thing.head, context)
    if subject is None or subject.pos_ != "PROPN":
        return Who()
    who = resolve(subject, context)
    if who.name is None:
        return Who()
    return who if group_of(subject, context) is None or names_person(who.name, context) else Who()


def _person_of(token: Token, context: Context) -> Entity | None:
    """The person the subject names: the token itself, its compound and title words, or a
    name in apposition ("Rubio's deputy campaign manager, Rich Beeson"). A possessor is not
    the speaker ("Rubio's")."""
    left = token.left_edge.idx
    right = token.idx + len(token.text)
    text = context.article.text
    persons = [
        e for e in context.persons()
        if e.start < right and e.end > left and not text.startswith(("’s", "'s"), e.end)
        and not _in_possessor(e, token, context)
    ]
    covering = [e for e in persons if e.start <= token.idx < e.end]
    chosen = covering or persons
    if chosen:
        return chosen[-1]
    for apposition in (t for t in token.children if t.dep_ == "appos"):
        person = next(
            (e for e in context.persons() if e.start <= apposition.idx < e.end), None
        )
        if person is not None:
            return person
    return None


def _in_possessor(entity: Entity, head: Token, context: Context) -> bool:
    """Whether the entity lies in a possessive or prepositional part of the head's phrase
    ("the Ukrainian President's Office", "a spokesperson for Driscoll")."""
    for child in head.lefts:
        if child.dep_ in ("poss", "prep") and child.left_edge.idx <= entity.start <= (
            child.right_edge.idx
        ):
            return True
    return False


def group_of(token: Token, context: Context) -> Entity | None:
    """An organisation or place speaking ("the Kremlin said"): only when it is the head."""
    for entity in context.article.entities:
        if entity.type in GROUP_TYPES and entity.start <= token.idx < entity.end:
            proper = token.pos_ == "PROPN" and token.lower_ not in INSTITUTIONS
            return entity if proper and entity.type != "NORP" else None
    return None


def _proper_name(token: Token) -> str:
    parts = [
        t for t in token.lefts
        if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
        and not is_title(t)
    ]
    return " ".join([t.text for t in parts] + [token.text])
