"""The gender an article gives a person, for pronoun resolution (``speaker_roles.antecedent``).

"Ms. DeGeneres has even less to do with the theatrical movie business than Mr. MacFarlane
does … In typical fashion, she released a jokey response to the honor: “I am so excited …”"
(ECB+ 2_6ecbplus) went to MacFarlane: the nearest subject, whatever its gender. A gendered
pronoun now passes over a person the article gives the other gender. That gender is read
from the article first, from two kinds of evidence outside quotes:

- an honorific before a mention ("Mr. MacFarlane", ``name_words.HONORIFICS``);
- a reflexive in the clause the person is the subject of, which grammar binds to that subject
  ("Reid … described herself to People", ECB+ 1_3ecb; "Clinton herself also signaled",
  "Sanders may now feel that way himself", PolNeAR train, politico and usa-today). Other
  pronoun ties were tried and left out, each wrong on PolNeAR train's tuned part: the subject
  of a clause the person's verb governs is as often someone else ("she issued a detailed
  plan …: President Obama later adopted a similar approach", wash-post; under a speech verb,
  "But she became nervous, …, Perlo explained", ECB+ 16_9ecbplus), and so is a possessive on
  the person's object ("Clinton has nevertheless called his vote an irresponsible one",
  "Sanders had treated her family disrespectfully", politico).

A pronoun subject already resolved in the article (``Context.speakers``) is a mention of that
gender: "She replied to him …" resolved to Hillary Clinton is no candidate for the next "he"
(PolNeAR train, politico, "hillary-clinton-s-backseat-drive"; ``person_gender``).

When the article says nothing, the person's given name does (``name_genders``: US Social
Security baby-name counts, a name given to one gender at least 95% of the time): Bettie Page's
obituaries (ECB+ 4_2ecb, 4_4ecb) gave her "she said" to agent Mark Roesler, of whom they say
nothing else; "Mark" now rules him out.

A bare surname the article gives to two people ("Clinton": Bill and Hillary) says nothing
about either; a person with evidence of both genders has none. Sources get pronouns wrong now
and then, so a gender only rules a candidate out, never picks one; a person the article
gives no gender and whose given name says none ("Jordan", a surname alone, a name the
baby-name counts lack) stays a candidate for either pronoun.
"""

from __future__ import annotations

from collections import defaultdict

from storydesk.annotate.name_genders import name_gender
from storydesk.annotate.name_words import HONORIFICS
from storydesk.annotate.speaker_names import Context, full_name, plain, strip_titles
from storydesk.article import Entity

PRONOUN_GENDERS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
REFLEXIVES = ("himself", "herself")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Pronouns already resolved to a name that must agree before they give it a gender: one
# resolution may be wrong ("“Yes, she will have answer the trust and honesty questions,” he
# added" went to Hillary Clinton, PolNeAR train, politico, "debating-clinton-s-character",
# and would have barred her from the next "she"); two agreeing were right on PolNeAR train's
# tuned part (see eval/README.md for the measurement).
PRONOUNS_AGREEING = 2


def gender_at(offset: int, context: Context) -> str | None:
    """The gender of the pronoun at ``offset`` ("she", "his"); None for any other word."""
    span = context.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return PRONOUN_GENDERS.get(span[0].lower_) if span is not None and len(span) else None


def person_gender(name: str, context: Context, given_names: bool = False) -> str | None:
    """The gender the article gives ``name`` (``gender_of``); else the one of the pronoun
    subjects already resolved to that name (``Context.speakers``), when they agree. "“Savage,”
    she said" resolved to Deja Stewart makes her no candidate for the next "he" (PolNeAR
    train, usa-today, "sanders-endorsement-for-some"): a pronoun the article ties to her.
    With ``given_names``, a full name's first word says a gender when the article gives none
    (weaker evidence: ``speaker_roles.antecedent`` reads it only where it leaves someone)."""
    known = gender_of(name, context)
    if known is not None:
        return known
    said = [gender_at(at, context) for at, named in context.speakers if named == name]
    found = {g for g in said if g is not None}
    if len(found) == 1 and said.count(next(iter(found))) >= PRONOUNS_AGREEING:
        return next(iter(found))
    return _given_name_gender(name, context) if given_names else None


def _given_name_gender(name: str, context: Context) -> str | None:
    """The gender of the first word of a full name ("Mark Roesler"); none for a surname
    alone, or a surname the article gives two people ("Clinton")."""
    words = strip_titles(name).split()
    if len(words) < 2 or words[-1] in _shared_surnames(context):
        return None
    return name_gender(plain(words[0]))


def gender_of(name: str, context: Context) -> str | None:
    """The gender the article gives the person ``name`` (a full name as ``full_name`` makes
    it), or None when it gives none or both."""
    if not context.genders:
        context.genders.append(_genders(context))
    return context.genders[0].get(name)


def _genders(context: Context) -> dict[str, str]:
    votes: dict[str, set[str]] = defaultdict(set)
    shared = _shared_surnames(context)
    for entity in context.persons():
        words = strip_titles(entity.text).split()
        if len(words) == 1 and words[0] in shared:
            continue
        found = _honorific(entity, context) or _bound_pronoun(entity, context)
        if found is not None:
            votes[full_name(entity.text, entity.start, context)].add(found)
    return {name: next(iter(found)) for name, found in votes.items() if len(found) == 1}


def _shared_surnames(context: Context) -> set[str]:
    """Surnames of more than one full name in the article ("Bill Clinton", "Hillary Clinton")."""
    given: dict[str, set[str]] = defaultdict(set)
    for _, name in context.names:
        words = name.split()
        if len(words) > 1:
            given[words[-1]].add(" ".join(words[:-1]))
    return {surname for surname, names in given.items() if len(names) > 1}


def _honorific(entity: Entity, context: Context) -> str | None:
    """"Mr. Dimon", "Ms. Hiller": the word before the name, or the first word of the mention
    when the tagger took the honorific in."""
    first = entity.text.split()[0]
    if plain(first) in HONORIFICS and len(entity.text.split()) > 1:
        return HONORIFICS[plain(first)]
    span = context.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or span.start == span.sent.start:
        return None
    before = context.doc[span.start - 1]
    return HONORIFICS.get(plain(before.text))


def _bound_pronoun(entity: Entity, context: Context) -> str | None:
    """The gender of a reflexive that one clause ties to the person (module docstring)."""
    span = context.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or context.inside_quote(entity.start):
        return None
    root = span.root
    while root.dep_ in ("compound", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return None
    # "Clinton herself", "described herself", "feel that way himself", "spoke of herself"
    verb = root.head
    near = [*root.children, *verb.children]
    near += [t for c in verb.children if c.dep_ == "prep" for t in c.children if t.dep_ == "pobj"]
    reflexives = [t for t in near if t.lower_ in REFLEXIVES]
    found = {PRONOUN_GENDERS[t.lower_] for t in reflexives}
    return next(iter(found)) if len(found) == 1 else None
