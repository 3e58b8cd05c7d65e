"""Whose reading a share or a sum is: the named doer of the verb it measures (``holder_of``).

A reading (a percentage, a sum of money, percentage points: ``READINGS``) is held by whoever
does the act it measures: "Smith won 52 percent", "Clinton raised $28 million", "Kasich
would need to win 91% of the remaining delegates", "Trump leads with 35 percent". Two
reports of one race give every candidate's share in the same words, so two holders' readings
met on those words and were stated as "Reports differ" (the judged probe of PolNeAR train,
eval/README.md, facts, session 12: Trump's month / Sanders' day of fundraising, Kasich's /
Sanders' needed delegate shares). Keeping readings apart on words failed review (real
conflicts of one holder, a ransom, a turnout, a fine, are worded alike too:
tests/link/test_facts_session12.py); the holder is what separates them.

How the doer is found is ``measure_doer``'s reading of the verb a measure complements (its
clause links, its controller), with two differences from a count's doer:

- an act to come or only needed is held all the same: a share someone "would need to win"
  is theirs, as much as one they won (a count of games someone "will miss" is no count of
  their performance, ``measure_doer._to_come``, but it is still no one else's);
- a pronoun subject ("He would need to win 67 percent") is the person the article's speaker
  resolution gives it (``speaker_roles.antecedent``: the nearest sentence's subject of the
  pronoun's gender), and so are organisations, groups and countries named as the subject
  ("Tesla raised $2 billion", "Democrats won 52 percent").

The holder only ever keeps two readings apart (``link.evidence.apart``): it never ties two.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storydesk.annotate.ages import named, quote_speaker
from storydesk.annotate.doers import NAMED_TYPES, THIRD_PERSON, action_of
from storydesk.annotate.measure_doer import clause_doer, measured_verb
from storydesk.annotate.noun_classes import name_of
from storydesk.annotate.speaker_gender import gender_at, person_gender
from storydesk.annotate.speaker_names import Context, full_name, plain, strip_titles
from storydesk.annotate.speaker_roles import antecedent
from storydesk.article import Article

# The quantities of a reading: a share ("percent"), a sum in any currency ("money:USD"),
# and percentage points, which WordNet's first sense of "percentage point" puts under
# decimal_point ("leads by 12 percentage points"; ``noun_classes.synset_class``).
READINGS = ("percent", "money:", "count:decimal_point")
# Who may hold a reading: ``doers.NAMED_TYPES`` (a person, an organisation, a group, a
# country); a pronoun only for one person (``doers.THIRD_PERSON``: "they" and "it" stand for
# a group or a thing whose name the speaker resolution does not read).


@dataclass(frozen=True, slots=True)
class Holder:
    name: str | None = None  # the holder's words as the article writes them ("Bernie Sanders")
    start: int = -1  # where a mention of it starts in the text (link resolves it there)
    verb: str | None = None  # the act the reading measures, its lemma ("win", "bring_in")


NO_HOLDER = Holder()


def holder_of(article: Article, doc: Doc, number: Token, quantity: str) -> Holder:
    """The named holder of a reading (see the module's docstring), or ``NO_HOLDER``."""
    if not quantity.startswith(READINGS):
        return NO_HOLDER
    verb = measured_verb(_phrase_of(number))
    if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
        # a passive's subject is what is done to, its controller's too: "LinkedIn Corp.
        # agreed to be acquired by Microsoft Corp. for $25 billion" is Microsoft's act
        # (tests/link/test_facts_companies.py: one deal, a real conflict)
        return NO_HOLDER
    doer = clause_doer(verb, _holds)
    if doer is None or _coordinated(doer):
        return NO_HOLDER
    if doer.pos_ == "PRON":
        name, start = _referent(article, doc, doer)
    else:
        name, start = name_of(doer) if doer.ent_type_ else _written_name(doer)
    return Holder(name, start, action_of(verb)) if name else NO_HOLDER


def _phrase_of(number: Token) -> Token:
    """The number's own token, or the noun its unit modifies: "received 15 percent support"
    is the object "support" (the parser hangs "percent" on it as a compound)."""
    head = number.head
    outer = head.head
    if number.dep_ in ("nummod", "quantmod", "compound") and head.dep_ == "compound" and (
        outer.pos_ == "NOUN" and outer.i > head.i
    ):
        return outer
    return number


def _coordinated(doer: Token) -> bool:
    """A subject coordinated with another ("the ATF and FBI are offering a $35,000 reward",
    ECB+ 18ecbplus, against "The FBI and ATF offered a $35,000 reward"): they hold the reading
    together, and the first named is no holder of its own."""
    phrase = doer.head if doer.dep_ in ("compound", "flat", "appos") else doer
    return phrase.dep_ == "conj" or any(c.dep_ == "conj" for c in phrase.children)


def _holds(subject: Token) -> bool:
    """A subject that can hold a reading: a singular person pronoun, or a name typed a
    person, an organisation, a group or a country (``doers.NAMED_TYPES``), written with a capital
    (the small model tags a sentence's first "Trump" a common noun, and types it ORG)."""
    if subject.pos_ == "PRON":
        return subject.lower_ in THIRD_PERSON
    subject = named(subject)
    written = subject.pos_ == "PROPN" or subject.text[:1].isupper()
    if written and not subject.ent_type_:
        return _written_name(subject)[1] >= 0  # "Mayor Ana Ruiz led with 44 percent"
    return written and subject.ent_type_ in NAMED_TYPES


def _written_name(token: Token) -> tuple[str | None, int]:
    """A name the small model gives no type, written as two or more capitalised proper nouns
    ("Mayor Ana Ruiz led with 44 percent in the early count", "Ana Ruiz finished with 52
    percent": review, session 13); one word alone may be any capitalised word. Its words and
    where they start, or (None, -1)."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head  # ``ages.named`` may give a word of the name ("Ana" of "Ana Ruiz")
    words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    if len(words) < 2 or any(w.pos_ != "PROPN" or not w.text[:1].isupper() for w in words):
        return None, -1
    return " ".join(w.text for w in words), words[0].idx


def _referent(article: Article, doc: Doc, pronoun: Token) -> tuple[str | None, int]:
    """The person a "he" or "she" holding a reading stands for, when the article names them
    unambiguously: the person the article's speaker resolution gives the pronoun
    (``speaker_roles.antecedent``), unless another person the pronoun's gender allows is
    named from the sentence of that person's last mention to the pronoun. "Donald Trump attacked Ted
    Cruz on Tuesday. He would need to win 80 percent" may mean either (the resolution,
    made for "he said", takes the main clause's subject: Trump); a wrong holder would keep a
    real conflict of one holder apart, an unknown one keeps it. None inside a quote, whose
    "he" the speaker resolution reads against the speaker (``quote_speaker``)."""
    if quote_speaker(article, pronoun.idx) is not None:
        return None, -1
    quoted = tuple(sorted((q.start, q.end) for q in article.quotes if q.start >= 0))
    context = Context(article, doc, quoted)
    name = antecedent(pronoun.idx, context)
    if name is None:
        return None, -1
    surname = _surname(name)
    before = [e for e in context.persons() if e.start < pronoun.idx]
    mentions = [e.start for e in before if _surname(e.text) == surname]
    if not mentions:
        return None, -1  # resolved through an earlier pronoun: too far to call unambiguous
    gender = gender_at(pronoun.idx, context)
    sentence = article.sentence_at(mentions[-1])
    begin = article.sentence_spans[sentence][0] if sentence >= 0 else mentions[-1]
    for other in (e for e in before if e.start >= begin):
        other_name = full_name(other.text, other.start, context)
        if _surname(other_name) != surname and person_gender(
            other_name, context, given_names=True
        ) in (gender, None):
            return None, -1
    return name, mentions[-1]


def _surname(name: str) -> str:
    return plain(strip_titles(name).split()[-1]) if name.split() else ""
