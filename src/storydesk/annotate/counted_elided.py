"""A number whose counted noun is left out because the text just counted it ("sold 300 cars
in March and 250 in April"; "With 107 delegates at stake, she will win at least 56. Sanders
will gain at least 24.")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.ages import stated_age
from storydesk.annotate.clauses import governing_verb
from storydesk.annotate.counted_words import Counted, looking_back, plural
from storydesk.annotate.frames import concept, time_of_day
from storydesk.annotate.noun_classes import is_person
from storydesk.annotate.numbers import is_ordinal

NUMEROS = ("no.", "#", "number")  # a numbering before a number: "Juror No. 12", "Tee #4"
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})


def elided_noun(doc: Doc, run: list[Token]) -> Counted | None:
    """A number whose noun is left out because the sentence just counted it: "He played 15
    seasons in the NBA, the first 11 with Philadelphia" (ECB+ 5), "for 11 seasons and served
    as an assistant coach for seven", "sold 300 cars in March and 250 in April". The nearest
    number before it in its sentence counts a plural noun written between the two; a number
    followed by a noun of its own ("33 homers and 121 RBI") is not elided. The span stays
    the number's own (the noun belongs to the other figure)."""
    last = run[-1]
    if not bare(last):
        return None
    if time_of_day(doc, run):
        return None  # "began … before 9" (ECB+ 14_5ecb): no ninth fire engine
    if "".join(t.lower_ for t in doc[max(run[0].i - 2, 0) : run[0].i]).endswith(NUMEROS):
        return None  # "Juror No. 12 said" (ECB+ 3_4ecb) names a juror, it counts none
    # an ordinal is no count the number repeats: spaCy's ``like_num`` takes "first" for a
    # number, so "the first 11 with Philadelphia" (ECB+ 5_2ecb) looked no further back
    spans = looking_back(doc, run)
    numbers = [t for t in reversed(spans[0]) if t.like_num and not is_ordinal(t.text)]
    across = not any(t.like_num for t in spans[0]) and len(spans) > 1 and _may_look_back(run)
    if across:
        numbers = [t for t in reversed(spans[1]) if t.like_num and not is_ordinal(t.text)]
    # Items of a list whose noun each leaves out lead back to the one that gives it: "cut
    # approximately 4,300 jobs in France, 3,700 in Germany, 1,600 in UK and 400 in Spain"
    # (MEANTIME airbus 61389: the last two counted nothing).
    while len(numbers) > 1 and bare(numbers[0]):
        numbers = numbers[1:]
    before = numbers[0] if numbers else None
    if before is None or before.dep_ != "nummod":
        return None
    noun = before.head
    if noun.tag_ != "NNS" or not before.i < noun.i < run[0].i:
        return None
    if across and not (_one_act(last, noun) or _done_by_someone(last)):
        return None
    return Counted(plural(noun), run[0].idx, last.idx + len(last.text), noun.i)


def bare(number: Token) -> bool:
    """A number with no noun of its own, as an elided list item is written."""
    if number.dep_ in ("nummod", "quantmod", "compound", "amod"):
        return False
    doc = number.doc
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN", "NUM")


def _may_look_back(run: list[Token]) -> bool:
    """A sentence's first number may leave out the noun the sentence before counted when it
    is its verb's object and no age: "With 107 delegates at stake, she will win at least 56.
    Sanders will gain at least 24." (an AP live blog, PolNeAR train). Not an attribute ("The
    mayor, who is 58,"), a subject ("Only 22 finished": a part, ``counted._doers``), nor "a
    crew of 19" (review, session 13)."""
    return run[-1].dep_ == "dobj" and stated_age(run) is None


def _one_act(number: Token, noun: Token) -> bool:
    """The two counts' verbs are one act: the same lemma or one among the other's most
    frequent sense's words (``frames.concept``): "won 56 delegates … Her rival won 41"."""
    own, other = governing_verb(number), governing_verb(noun)
    if own is None or other is None:
        return False
    left, right = own.lemma_.lower(), other.lemma_.lower()
    return left == right or left in concept(right, "v") or right in concept(left, "v")


def _done_by_someone(number: Token) -> bool:
    """The number's verb has a person as its doer ("He now has 568", "Officers released 5"),
    not another thing ("Its winds topped 120", "Its shares hit 42": review, session 13)."""
    verb = governing_verb(number)
    doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any(d.lower_ in PERSONAL or is_person(d) for d in doers)

