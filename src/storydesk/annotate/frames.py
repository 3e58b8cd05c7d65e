"""What a figure's clause says it measures: the predicate around the number, as lemmas.

Two figures of one class are one measurement when they measure the same predicate: "was
hospitalized for three weeks" and "had been hospitalized for four weeks" (ECB+ 4: hospital
stay); "a 14-week strike" (the strike's length) is not "11 days after the strike ended" (a
time since it). Read from the parse, so other words in the sentence do not count. Each word
comes with its WordNet synonyms, a noun with those of the verb it derives from, so that
"deliberated" meets "deliberations" and "seized" meets "confiscated" (``concept``):

- the thing the number describes: "14-week strike", "four days of deliberations";
- the verb it is an argument of, unless that verb says nothing ("be", "have", "say"), and
  that verb's subject and object nouns ("the jury deliberated", "deliberations lasted");
- ``OFFSET`` when the number is a time since or until something ("11 days after", "three
  weeks ago", "two years later"): a distance in time, never the length of the thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.clauses import anchor, governing_verb
from storydesk.annotate.numbers import number_value
from storydesk.clean.datelines import HALF_DAY

OFFSET = "@offset"
# "following" as "after": "nearly three weeks following the end of their season, the
# Sixers fired Jim O'Brien" (ECB+ 5_1ecbplus; 5_2ecbplus: "nearly three weeks after").
OFFSET_WORDS = frozenset(
    {"after", "before", "ago", "later", "earlier", "since", "prior", "following"}
)
# Verbs that carry no measured predicate: a figure's frame is the nouns around them.
LIGHT_VERBS = frozenset(
    {"be", "have", "say", "tell", "report", "add", "state", "do", "make", "get", "include",
     "become", "remain", "stand", "put", "give", "accord", "show", "announce", "see"}
)  # fmt: skip
HOURS = 24  # a clock's hours ("before 9", ``time_of_day``)
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})
# Support verbs: their object names what happened to the subject ("two cables suffered
# severe damage" were damaged, held 30_10ecb, against "three undersea cables were damaged";
# "sustained burns"). Only an object WordNet also has as a verb (damage, burn, loss does
# not): "sustained injuries" stays under "sustain" (review; injury → injure is a derivation
# left out). WordNet has no mark for support verbs, hence a list.
SUPPORT_VERBS = frozenset({"suffer", "sustain", "undergo", "incur"})


def frame(number: Token, noun: Token | None) -> list[str]:
    """Words of the predicate a figure measures, with their synonyms; the offset marker
    first when the figure is a time since or until something."""
    head = noun if noun is not None else anchor(number)
    own = {number.i, head.i}
    words: list[str] = [OFFSET] if _offset(head) else []
    if head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head.pos_ == "NOUN":
        words += concept(head.head.lemma_.lower(), "n")  # "a 14-week strike"
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            words += concept(obj.lemma_.lower(), "n")  # "four days of deliberations"
    verb = governing_verb(number)
    if verb is not None:
        if verb.lemma_.lower() not in LIGHT_VERBS:
            words += concept(verb.lemma_.lower(), "v")
        for child in verb.children:
            if child.dep_ in ARGUMENTS and child.pos_ == "NOUN" and child.i not in own:
                words += concept(child.lemma_.lower(), "n")
    return list(dict.fromkeys(words))


@lru_cache(maxsize=16384)
def concept(lemma: str, pos: str) -> tuple[str, ...]:
    """The lemma and the words of its most frequent sense; for a noun, those of the verb it
    derives from ("deliberation" → consider, debate, deliberate; "hospital" → hospitalize)."""
    net = wordnet.load()
    senses = net.synsets(lemma, pos)
    if not senses:
        return (lemma,)
    first = net.synset(senses[0])
    if pos == "n":
        verbs = [key for key in first.related if key.startswith("v:")]
        if verbs:
            first = net.synset(verbs[0])
    return tuple(dict.fromkeys((lemma, *(w.replace("_", " ") for w in first.words))))


def _offset(head: Token) -> bool:
    """ "11 days after the strike", "three weeks ago", "two years later"; a length stated
    with "for" stays a length ("hospitalized for three weeks after the crash",
    "deliberated for 12 hours before the verdict", ECB+ 3 and 4)."""
    before = head.left_edge.i - 1
    if before >= 0 and head.doc[before].lower_ == "for":
        return False  # the parse hangs "weeks" on "after" and leaves "for" without object
    if head.head.lower_ in OFFSET_WORDS and head.head.i > head.i:
        return True
    if any(c.lower_ in OFFSET_WORDS for c in head.children):
        return True
    following = head.i + 1
    return following < len(head.doc) and head.doc[following].lower_ in OFFSET_WORDS


def supported(verb: Token) -> str | None:
    """The verb a support verb's object names ("suffered damage": damage), when WordNet has
    the object's lemma as a verb; else None."""
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            return lemma if wordnet.load().synsets(lemma, "v") else None
    return None


def time_of_day(doc: Doc, run: list[Token]) -> bool:
    """A bare hour after "before" or "after" that ends its clause, or before "a.m."/"p.m.":
    "Ten fire engines were tackling the last of the blaze which began on the roof of the store
    … before 9" (ECB+ 14_5ecb) counted no ninth engine; "before 2 more were pulled from the
    rubble" is a count (review)."""
    last = run[-1]
    if run[0].i == 0 or doc[run[0].i - 1].lower_ not in OFFSET_WORDS:
        return False
    value = number_value([t.text for t in run])
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    ends = following is None or following.is_punct or following.lower_ == "o'clock"
    if following is not None and re.fullmatch(HALF_DAY, following.text, re.IGNORECASE):
        ends = True
    return ends and value is not None and 0 <= value <= HOURS
