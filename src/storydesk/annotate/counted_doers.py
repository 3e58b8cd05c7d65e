"""Whether a bare number's verb is done only by people, from WordNet's verb frames, and
whether a counted noun stands for people. Split from ``counted`` (STYLE: modules under ~400
lines), bodies unchanged; ``counted._doers`` reads them. And a bare number after a parent
("a mother of 12") counts the parent's children (``children_of_parent``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storydesk.annotate import wordnet
from storydesk.annotate.noun_classes import synset_class

# WordNet's verb frames (wninput(5)) by who does the verb and whether it takes an object:
# "Somebody ----s" (2), "Somebody ----s PP" (22), "Something ----s" (1), "Somebody ----s
# something" (8), "Something ----s something" (11)… (``_doers``).
SOMEBODY_ALONE = frozenset({2, 7, 13, 22, 23, 26, 27, 28, 29, 32, 33})
SOMETHING_ALONE = frozenset({1, 3, 4, 6, 12, 34, 35})
SOMEBODY_ON_OBJECT = frozenset({8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})
SOMETHING_ON_OBJECT = frozenset({5, 10, 11})
PARENT = "n:10399491"  # parent.n.01, "a father or mother": mother, mom, father, dad, stepmother
# A noun's senses looked at for a parent: "mum" is first a chrysanthemum, then a mother.
PARENT_SENSES = 2


def of_people(noun: Token) -> bool:
    """A counted noun for people or a group of them ("marchers", "police"), or one WordNet
    does not know: a bare number that does what people do may stand for them."""
    lemma = noun.lemma_.lower()
    if synset_class(lemma).startswith(("people", "troops")):
        return True
    senses = wordnet.load().synsets(lemma)
    return not senses or wordnet.load().synset(senses[0]).lexname in ("noun.person", "noun.group")


@lru_cache(maxsize=4096)
def somebody_does(verb: str, objected: bool) -> bool:
    alone, on_object = (SOMEBODY_ON_OBJECT, SOMETHING_ON_OBJECT) if objected else (
        SOMEBODY_ALONE, SOMETHING_ALONE)  # fmt: skip
    net = wordnet.load()
    for key in net.synsets(verb, "v"):
        frames = net.frames(key) & (alone | on_object)
        if frames:
            return frames <= alone
    return False


def children_of_parent(number: Token) -> bool:
    """A bare number after "a mother of", "father of": the parent's children. "Zurana Horton,
    34, a mother of 12" (held 33ecbplus) took "men" from "two men accused in killing …"
    before it and "13" of "the mother of 13 who was collecting her children" counted
    nothing, so the two reports' 12 and 13 children never met. A grandmother's are
    grandchildren: WordNet does not put her under parent, and she is left out."""
    if number.dep_ != "pobj" or number.head.lower_ != "of":
        return False
    holder = number.head.head
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if holder.pos_ != "NOUN" or (following is not None and following.pos_ in ("NOUN", "PROPN")):
        return False
    if following is not None and following.lower_ == "of":
        return False  # "the mother of three of his eight children" (26_1ecbplus): a part
    net = wordnet.load()
    senses = net.synsets(holder.lemma_.lower(), "n")[:PARENT_SENSES]
    return any(PARENT in net.ancestors(key) for key in senses)
