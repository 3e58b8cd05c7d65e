"""The subject of a cue verb, outside the quote: the token speaker resolution starts from.

The small model parses news speech badly in a few regular ways, each handled here with where it
was seen: the passive's agent speaks ("was asked by host Bill Maher"), a subject inside
brackets stands for the name before them ("Gov. John Kasich (R-OH), said"), and a name after
the verb is its subject ("said Caddell", "mused Blaze co-host Stu Burguiere").
``speaker_resolve.resolve`` turns the token found into a name.
"""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate.speaker_names import Context
from storydesk.annotate.speaker_phrases import neighbour
from storydesk.annotate.speaker_roles import SUBJECT_DEPS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
CLOSING_MARKS = ("”", '"', "’’", "''")
# Dependents the small model gives a name that stands after its verb ("said Rick Wilson").
INVERTED_DEPS = frozenset({"nsubj", "dobj", "attr", "dep", "oprd", "dative"})
# How many words after a verb a title may run before the name: "said Israeli Defence Forces
# spokesman Ilan Tal" (the Gaza school shelling report of issue 9).
INVERTED_WINDOW = 8
# Longest name standing alone before a colon ("Frank Newport and Jim Harter:" is a list).
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PUNCT", "SPACE"})
# Entity types that say when, never who: the small model parses the day after "said" as its
# subject ("“…,” Tulsa police Chief Chuck Jordan said Monday.", "…,” Flynn, a top Trump
# surrogate, said Thursday morning on Fox News", PolNeAR dev, tuned by session 6).
WHEN_TYPES = frozenset({"DATE", "TIME"})


def passive_agent(cue: Token, context: Context) -> Token | None:
    """"Sanders was asked by host Bill Maher, “…?”" (PolNeAR train, breitbart): in the passive
    the one who speaks is the agent, not the subject."""
    for by in (t for t in cue.children if t.dep_ == "agent"):
        for noun in by.children:
            if noun.dep_ == "pobj" and not context.inside_quote(noun.idx):
                return noun
    return None


def own_subject(verb: Token, context: Context) -> Token | None:
    """The verb's subject outside any quote (the parser likes to take the quote's own)."""
    found = [
        t for t in verb.children
        if t.dep_ in SUBJECT_DEPS and not context.inside_quote(t.idx)
    ]
    if found:
        # "Tuesday at Baldwin Wallace University in Berea, OH, …, Gov. John Kasich (R-OH),
        # said": of two subjects, the one that is a person.
        persons = [t for t in found if any(e.start <= t.idx < e.end for e in context.persons())]
        # "No wonder Trump said, and I quote, “…”" (PolNeAR train, usa-today letters; "Trump"
        # tagged ORG there): else the one that is a proper noun.
        names = [t for t in found if t.pos_ == "PROPN"]
        return _out_of_brackets((persons or names or found)[0], context)
    return _inverted_subject(verb, context)


def _out_of_brackets(subject: Token, context: Context) -> Token:
    """"Gov. John Kasich (R-OH), said": a subject the parse found inside brackets stands for
    the name right before them."""
    opening = next(
        (t for t in reversed(subject.doc[subject.sent.start : subject.i]) if t.text in "()"),
        None,
    )
    if opening is None or opening.text != "(":
        return subject
    start = subject.sent.start_char
    before = [e for e in context.persons() if start <= e.start and e.end <= opening.idx]
    if not before:
        return subject
    span = subject.doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    return span.root if span is not None else subject


def _inverted_subject(verb: Token, context: Context) -> Token | None:
    """"said Caddell", "“…,” beamed Hartley", "said a senior official": the small model often
    parses the words after the verb as its object."""
    following = neighbour(verb, 1)
    previous = neighbour(verb, -1)
    before = neighbour(previous, -1) if previous is not None else None
    after_quote = previous is not None and (
        previous.text in CLOSING_MARKS
        or (previous.text == "," and before is not None and before.text in CLOSING_MARKS)
    )
    inverted = verb.lemma_ == "say" or verb.i == verb.sent.start or after_quote
    if verb.tag_ == "VBG":
        # "Trump told a rally, saying Clinton would “abolish …”" (PolNeAR train, breitbart):
        # the name after a participle is the subject of the reported clause, not the speaker.
        inverted = False
    if following is None or not inverted or context.inside_quote(following.idx):
        return None
    if following.ent_type_ in WHEN_TYPES:
        return None  # "Chuck Jordan said Monday", "said Thursday morning on Fox News"
    named = _person_after(verb, context)
    if named is not None:
        return named
    if _reported_subject(verb, following):
        return None
    if following.pos_ == "PROPN" or following.lower_ in PERSON_PRONOUNS:
        head = following
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head
    if not after_quote:
        return None
    # The phrase must start right after the verb ("said a senior official"), not be an
    # adverbial further on ("described several times as").
    nominal = [
        t for t in verb.rights
        if t.dep_ in INVERTED_DEPS and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == following.i
    ]
    return nominal[0] if nominal else None


def _reported_subject(verb: Token, following: Token) -> bool:
    """The word after the verb is the subject of the clause the verb reports, not the verb's
    own: "Weitz said he had been …, and, in a particularly careful phrasing, said he is
    “very grateful …”" (ECB+ 6_1ecb: the second "said" is Weitz's, as the first)."""
    clause = following.head
    return (
        following.dep_ in ("nsubj", "nsubjpass")
        and clause.i != verb.i
        and clause.dep_ == "ccomp"
        and clause.head.i == verb.i
    )


def _person_after(verb: Token, context: Context) -> Token | None:
    """"mused Blaze co-host Stu Burguiere": a person named in the words right after the verb,
    before any comma, whatever the parse made of the title words in front."""
    for token in verb.doc[verb.i + 1 : verb.i + 1 + INVERTED_WINDOW]:
        if token.is_punct and token.text not in ("-", "–", "."):
            return None
        if token.pos_ not in TITLE_POS and not _title_participle(token, context):
            return None  # "adding that Kiev is …": a clause, not a name after the verb
        person = next((e for e in context.persons() if e.start <= token.idx < e.end), None)
        if person is not None:
            span = verb.doc.char_span(person.start, person.end, alignment_mode="expand")
            return span.root if span is not None else token
        if token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "GPE", "DATE"):
            head = token
            while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
                head = head.head
            if head.i > token.i or head.dep_ != "compound":
                return head  # "said Oversight ranking Democrat Elijah Cummings (D-Md.)"
    return None


def _title_participle(token: Token, context: Context) -> bool:
    """"said retired neurosurgeon Ben Carson", "said Oversight ranking Democrat Elijah
    Cummings" (PolNeAR train, wash-post and politico): a participle inside the title, that is
    followed by another title word; not "said hoping Trump wins", where a name follows."""
    following = neighbour(token, 1)
    return (
        token.tag_ in ("VBG", "VBN")
        and following is not None
        and following.pos_ in ("NOUN", "PROPN")
        and not any(e.start <= following.idx < e.end for e in context.persons())
    )
