"""A count named by a model ("seven AK-47 assault rifles", "F-16s"): the model as one class
however the reports word it, and whether a token is a model's name. Split from ``counted``
(STYLE: modules under ~400 lines), bodies unchanged; ``counted`` and ``measure`` read them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.noun_classes import common_noun_lemma

# How many words a model's name may stand before the noun it describes ("AK-47 assault rifles").
MODEL_REACH = 3
# instrumentality.n.03: a made instrument (weapons, vehicles, devices), which a model names
# ("AK-47 rifles", "F-16 jets"), unlike people, ways or places (``model_counted``).
INSTRUMENTALITY = "n:03575240"

_MODEL = re.compile(r"([A-Z]{1,4})-?(\d{1,4})(s?)")


def model_counted(doc: Doc, run: list[Token]) -> str | None:
    """The model a count names right after its number, as one class however the reports
    word it: "seven AK-47 assault rifles", "7 AK-47 rifles", "seven AK-47s" (ECB+ 12ecb),
    "six AK 47 rifles", "12 AK 47 guns" (12ecbplus, 12_19ecb): "ak-47". Before, the
    wordings counted assault rifles, rifles, guns, or nothing, and one haul's count was
    never compared with another's. The model is capital letters and digits ("F-16s"),
    plural itself or before a plural noun for a made instrument (``_instrument``: rifles,
    guns, jets); "Boeing 737" is a maker's name. Capitals and digits before people, a way or
    a place name a flight, an event or a road, never a model of what is counted (second
    review): "the 239 MH370 passengers", "40,000 COP26 delegates", "20 F1 drivers", "Two
    I-95 lanes" count passengers, delegates, drivers and lanes."""
    following = doc[run[-1].i + 1 : run[-1].i + 1 + MODEL_REACH + 1]
    if not len(following):
        return None
    first = following[0]
    match = _MODEL.fullmatch(first.text)
    rest = list(following[1:])
    if match is None and len(following) > 1 and first.text.isupper() and first.is_alpha:
        match = _MODEL.fullmatch(first.text + following[1].text)  # "AK 47" as two tokens
        rest = rest[1:]
    if match is None:
        return None
    noun = next((t for t in rest[:MODEL_REACH] if t.tag_ in ("NNS", "NNPS") and t.is_alpha), None)
    if not match[3] and (noun is None or not _instrument(noun)):
        return None
    return f"{match[1].lower()}-{match[2]}"


def _instrument(noun: Token) -> bool:
    """A plural noun whose most frequent sense in WordNet is a made instrument (rifles, guns,
    jets, engines: instrumentality.n.03), of which a model is made; not people, a way
    ("lanes", "roads") or a building."""
    name = common_noun_lemma(noun.text) if noun.tag_ == "NNPS" else noun.lemma_.lower()
    net = wordnet.load()
    senses = net.synsets(name or "")
    return bool(senses) and INSTRUMENTALITY in net.ancestors(senses[0])


def lettered(token: Token) -> bool:
    """A number token with letters in it: a model's name ("AK-47"), never "1,200"."""
    return any(c.isalpha() for c in token.text)


def model_name(token: Token) -> bool:
    """A model's name with a number in it before the noun it describes: "seven AK-47 assault
    rifles" (ECB+ 12_12ecb, 12_4ecb: the parser hangs the count on the name), "two F-16
    jets". What is counted is that noun, a few words on."""
    head = token.head
    return (
        any(c.isdigit() for c in token.text)
        and token.dep_ in ("nummod", "compound")
        and head.pos_ == "NOUN"
        and 0 < head.i - token.i <= MODEL_REACH
    )
