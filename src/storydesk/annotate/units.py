"""Units of a figure: money with its currency, percentages and physical units, converted.

Physical units come from pint's registry (lengths, masses, areas, speeds, frequencies, data
sizes, durations), so "85 miles" and "135 km" meet as lengths in kilometres, "512MHz" is a
frequency and "1.5 tonnes" a mass, without a table of our own. Money is not in pint: a
currency is read from its symbol or code before the number ("$", "US$", "€", "£", "EUR") or
its name after it ("dollars", "euros"), and compared only with the same currency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.clauses import governing_verb
from storydesk.annotate.numbers import is_ordinal, number_value

# Symbols and codes written before an amount; "$" is the US dollar unless a country prefix
# says otherwise (seen in MEANTIME and ECB+: "US$334 million", "C$", "A$", "HK$").
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "C$": "CAD", "CAD": "CAD", "A$": "AUD", "AUD": "AUD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "Rs": "INR", "INR": "INR", "CHF": "CHF",
    "RMB": "CNY", "CNY": "CNY",
}  # fmt: skip
# Currency names written after an amount ("5 million euros").
CURRENCY_NAMES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH",
    "rupee": "INR", "franc": "CHF", "shekel": "ILS", "won": "KRW", "peso": "MXN",
}  # fmt: skip
PERCENT_WORDS = ("%", "percent", "pct")
# Parts of speech a unit's word takes: a noun, or an abbreviation the tagger cannot place
# ("fell about 2,000 ft while climbing", ECB+ 23ecbplus: "ft" tagged a pronoun or "X";
# function words pint also reads, "a", "at", "in", are ``NOT_UNITS``).
UNIT_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "X", "PRON"})
# Dimensions of pint units a news figure can carry, and the unit each is compared in.
DIMENSIONS = {
    "[length]": ("length", "km"),
    "[mass]": ("mass", "kg"),
    "[length] ** 2": ("area", "km ** 2"),
    "[length] ** 3": ("volume", "m ** 3"),
    "[length] / [time]": ("speed", "km / hour"),
    "1 / [time]": ("frequency", "MHz"),
    "[time]": ("duration", "day"),
    "[temperature]": ("temperature", "degC"),
    "[mass] * [length] ** 2 / [time] ** 3": ("power", "MW"),
    "[mass] * [length] ** 2 / [time] ** 2": ("energy", "MJ"),
}
# English count nouns pint also defines as units: "a 28-point plan" (the example) counts
# points, not typographic points; "hands", "cups", "drops", "lines", "stones", "grains",
# "leagues" and "degrees" are counted things in news (ECB+ sports and crime reports).
NOT_UNITS = frozenset(
    {"point", "points", "hand", "hands", "cup", "cups", "drop", "drops", "line", "lines",
     "stone", "stones", "grain", "grains", "league", "leagues", "degree", "degrees", "are",
     "a", "an", "at", "in", "bit", "bits", "count", "counts", "pole", "poles", "rod", "rods",
     "chain", "chains", "link", "links", "story", "stories", "storey", "storeys", "pint",
     "pints", "shot", "shots", "round", "rounds", "turn", "turns", "hour's", "m", "s", "h",
     "g", "t", "d", "b", "c", "p", "x", "mil", "am", "pm", "k", "nm"}
)  # fmt: skip
# ("am", "pm": a clock's, "It opens at 5pm", never pint's attometre and picometre. "k", "K":
# a thousand or a race ("She ran the 5 K in 16 minutes" was -1360.75 degrees from kelvin);
# "nm": nautical miles in news of ships and planes, nanometres in news of chips, so neither:
# review, session 11.)
# Words pint reads in another sense than news does: its "decade" is the logarithmic one (a
# factor of ten, dimensionless), news' is ten years ("Russell had been with the department
# for two decades", ECB+ 8; "ruled for two decades", ECB+ 11). Read as a unit defined below.
OTHER_SENSE_UNITS = {"decade": "calendar_decade", "decades": "calendar_decade"}
_FUSED_UNIT = re.compile(r"(\d+(?:\.\d+)?)([A-Za-z]{1,4})")
# Digits written onto a lower-case "m", which news uses for millions and for metres
# (``fused_metres``), and the words after it that make it a length: adjectives of size and
# prepositions of place ("10m high", "60m from a ridge", "600m down", "50m by 50m").
_SHORT_MILLIONS = re.compile(r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?)m")
LENGTH_AFTER = frozenset({
    "high", "tall", "deep", "long", "wide", "thick",
    "from", "above", "below", "down", "under", "beneath", "away", "by",
})  # fmt: skip
# Words after such a preposition that make it the other side of a change ("4.5m, down from
# 3.9m"), and prepositions of direction after a verb of motion ("plunged 30m into a ravine").
CHANGE = frozenset({"from", "to"})
DIRECTIONS = frozenset({"into", "onto", "down", "off", "from"})  # not "over" (a period)
PHYSICAL_ENTITY = "n:00001930"  # physical_entity.n.01: what "a 2m python" is the size of
# WordNet's dimension.n.01, extent.n.02 and distance.n.01 (height, width, length, depth,
# altitude), and living_thing.n.01 (who can fall or climb).
SIZES = frozenset({"n:05093581", "n:05123416", "n:05084201"})
LIVING_THING = "n:00004258"
# A dollar written after its country's two-letter code: "CA$ 1 billion", "AU$ 40 million"
# (MEANTIME gm 123881 and 39951: read as no money at all). ISO 4217 codes a currency by its
# country's ISO 3166 code and a letter, "D" for every dollar (CAD, AUD, NZD, HKD, USD), so the
# code needs no table; "NT$" gives "NTD" for Taiwan's TWD, still one currency in one story.
_COUNTRY_DOLLAR = re.compile(r"([A-Z]{2})\$")


@dataclass(frozen=True, slots=True)
class Unit:
    """What a figure is measured in: ``dimension`` ("money", "length"…), the unit as written
    normalised (``name``: "USD", "mile"), and ``factor`` to the dimension's common unit."""

    dimension: str
    name: str
    factor: float = 1.0
    end: int = -1  # character offset where the unit's text ends (-1: inside the number)


def currency_before(doc: Doc, first: Token) -> Unit | None:
    """ "$5.4bn", "US$334 million", "€5m", "EUR 20": the currency written before a number."""
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    code = CURRENCY_SYMBOLS.get(before.text) or _country_dollar(before.text)
    if code is None and first.i >= 2 and not doc[first.i - 2].whitespace_:
        code = CURRENCY_SYMBOLS.get(doc[first.i - 2].text + before.text)  # "US" "$"
    return Unit("money", code) if code else None


def _country_dollar(symbol: str) -> str | None:
    match = _COUNTRY_DOLLAR.fullmatch(symbol)
    return f"{match[1]}D" if match else None


def unit_after(doc: Doc, last: Token) -> Unit | None:
    """The unit right after a number: "percent", "euros", "km", "square miles", "-mile"."""
    index = last.i + 1
    if index < len(doc) and doc[index].text == "-" and not last.whitespace_:
        index += 1  # "85-mile", "5-kilometre"
    if index >= len(doc):
        return None
    word = doc[index]
    lowered = word.lower_
    if lowered in PERCENT_WORDS:
        return Unit("percent", "%", 1.0, word.idx + len(word.text))
    if lowered == "per" and index + 1 < len(doc) and doc[index + 1].lower_ == "cent":
        return Unit("percent", "%", 1.0, doc[index + 1].idx + len(doc[index + 1].text))
    currency = CURRENCY_NAMES.get(word.lemma_.lower()) or CURRENCY_NAMES.get(lowered.rstrip("s"))
    if currency and not (lowered.startswith("pound") and _weighs(doc, last)):
        return Unit("money", currency, 1.0, word.idx + len(word.text))
    if lowered in CURRENCY_SYMBOLS and word.is_upper:
        return Unit("money", CURRENCY_SYMBOLS[lowered.upper()], 1.0, word.idx + len(word.text))
    if (word.pos_ not in UNIT_TAGS or word.is_stop) and not word.is_upper:
        return None  # a stop word is no unit: "5 us" is no five microseconds
    prefix = ""
    if lowered in ("square", "sq", "cubic") and index + 1 < len(doc):
        after = index + 1
        if doc[after].text == "-" and after + 1 < len(doc) and not word.whitespace_:
            after += 1  # "a 170,000-square-foot building" (ECB+ 18)
        prefix, word = ("square " if lowered != "cubic" else "cubic "), doc[after]
    found = physical_unit(prefix + word.text)
    if found is None:
        return None
    return Unit(found.dimension, found.name, found.factor, word.idx + len(word.text))


def unit_noun(number: Token) -> Unit | None:
    """A unit that is the number's noun after a modifier: "4,183 passing yards" (ECB+
    29_10ecbplus, read as a count of yards against "4,051 yards", a length, 29_4ecbplus),
    "the 4,051 rushing yards". Only a noun the number modifies, after a modifier or two
    that is no adjective."""
    noun = number.head
    if number.dep_ != "nummod" or noun.i <= number.i + 1 or noun.i > number.i + 3:
        return None
    between = number.doc[number.i + 1 : noun.i]
    if any(t.pos_ not in ("ADJ", "NOUN", "VERB") or t.is_stop for t in between):
        return None
    if any(t.pos_ == "ADJ" for t in between):
        # an adjective may make it another unit ("12 nautical miles", "imperial gallons"):
        # read as pint's nautical mile, development 12ecb's many distances at sea joined
        # the block of lengths and cost an agreement (the dhow's 10 metres); left as it was
        return None
    found = physical_unit(noun.text)
    if found is None:
        return None
    return Unit(found.dimension, found.name, found.factor, noun.idx + len(noun.text))


def lent_unit(number: Token, noun: Token | None) -> Unit | None:
    """The unit of a noun an earlier number counted, for a number that leaves it out
    (``counted._elided_noun``), on a verb of the same lemma or sizing a total: "throwing for
    205 yards in the game, swelling his season yardage to 4,183" (held 29_3ecbplus: a count
    of yards against the rookie record's "4,051 yards", a length, 29_4ecbplus). "flew 500
    miles on Monday, carrying 150 to safety" lends no miles to the 150 (review). The unit's
    text is the other number's."""
    if noun is None or noun.i >= number.i:
        return None
    own = governing_verb(number)
    same_verb = own is not None and own.lemma_ == noun.head.lemma_
    sizes = number.dep_ == "pobj" and number.head.lower_ == "to"  # "… yardage to 4,183"
    found = physical_unit(noun.text) if same_verb or sizes else None
    return Unit(found.dimension, found.name, found.factor) if found is not None else None


def fused_unit(text: str) -> tuple[float, Unit] | None:
    """ "512MHz", "20km", "5kg": a number and a unit written as one token (the tokenizer
    splits "20km" but keeps "512MHz" whole); an ordinal ("58th": pint's thou) is none."""
    match = _FUSED_UNIT.fullmatch(text)
    if not match or is_ordinal(text):
        return None
    unit = physical_unit(match.group(2))
    return (float(match.group(1)), unit) if unit else None


def fused_metres(doc: Doc, run: list[Token]) -> tuple[float, Unit] | None:
    """ "fell about 600m", "falling about 60m from a ridge", "measuring 50m by 50m", "a
    height of 10m.": digits written onto "m" are metres when the words around them say a
    length (``_length_words``; ECB+ 23ecbplus: Robert Buckley's fall was read as 600 million
    of nothing). Otherwise they stay millions, as British news writes counts and sums ("was
    watched by 4.5m", "Greater Manchester, a region of 2.8m", "Netflix added 2.4m in the
    quarter", "£88m": review, session 11). The tokenizer gives "600" "m", "600m" or, at a
    sentence's end, "10m."."""
    last = run[-1]
    tail = doc[last.i + 1] if last.i + 1 < len(doc) and not last.whitespace_ else None
    if tail is not None and tail.text == "m.":
        run = [*run, tail]  # "a height of 10m." at a sentence's end: "10" "m."
    written = "".join(t.text for t in run)
    match = _SHORT_MILLIONS.fullmatch(written.removesuffix("."))
    if match is None or any(t.whitespace_ for t in run[:-1]):
        return None
    if any(t.text in CURRENCY_SYMBOLS for t in last.sent) or not _length_words(doc, run):
        return None
    metre, value = physical_unit("metre"), number_value([match[1]])
    return (value, metre) if metre is not None and value is not None else None


def _length_words(doc: Doc, run: list[Token]) -> bool:
    """Words that make a number a length: an adjective of size or a preposition of place
    right after it ("10m high", "60m from a ridge", "50m by 50m"; never "rose to 2.4m from
    2.1m", whose "from" opens the other side of a change), a thing it is the size of ("a 2m
    python", "a height of 10m": WordNet's physical entities, dimension, extent, distance),
    or a verb of motion with a place after it or done by someone ("The car plunged 30m into
    a ravine", "Robert Buckley fell about 600m"; "sales rose 2m" is no length). A level a
    count reaches ("rose to 2.4m", "peaked at 4.5m") is none (reviews, session 11)."""
    last = run[-1]
    phrase = last.head if last.dep_ in ("nummod", "compound") else last
    if phrase.dep_ == "pobj" and phrase.head.lower_ in ("to", "at", "from"):
        return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) and last.text[-1] != "." else None
    following = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
    if after is not None and after.lower_ in LENGTH_AFTER:
        numeric = following is not None and (following.like_num or following.lower_ in CHANGE)
        if after.lower_ == "by":
            return following is not None and following.like_num and (
                (following.i + 1 < len(doc) and doc[following.i + 1].text == "m")
                or _SHORT_MILLIONS.fullmatch(following.text) is not None
            )  # "50m by 50m", not "sold 1.5m by 2008"
        return not numeric  # "60m from a ridge", not "2.4m from 2.1m", "4.5m up from"
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    if (before is not None and before.lower_ in ("a", "an") and after is not None
            and after.tag_ == "NN" and _is_a(after, {PHYSICAL_ENTITY})):  # fmt: skip
        return True  # "a 2m python", "a 10m wall"; "a 5m deal" is a sum
    by = doc[run[0].i - 1] if run[0].i > 2 else None
    if by is not None and by.lower_ == "by":
        side = doc[by.i - 2 : by.i].text if doc[by.i - 1].text == "m" else doc[by.i - 1].text
        return _SHORT_MILLIONS.fullmatch(side) is not None  # the second side of "50m by 50m"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and _is_a(phrase.head.head, SIZES):
        return True
    verb = phrase.head
    if phrase.dep_ not in ("npadvmod", "dobj", "advmod") or verb.pos_ != "VERB":
        return False
    senses = wordnet.load().synsets(verb.lemma_.lower(), "v")[:2]  # "plunge": contact, motion
    if not any(wordnet.load().synset(key).lexname == "verb.motion" for key in senses):
        return False
    if verb.dep_ in ("pcomp", "advcl", "conj") or any(
        c.dep_ == "prep" and c.lower_ in DIRECTIONS and c.i > last.i
        and not any(o.like_num or _SHORT_MILLIONS.match(o.text) for o in c.children)
        for c in verb.children
    ):  # fmt: skip
        return True  # "… after slipping and falling about 60m", "plunged 30m into a ravine"
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.pos_ == "PROPN" or c.lower_ in ("he", "she") or _is_a(c, {LIVING_THING})
               for c in doers)  # fmt: skip


# A height in feet and inches: "5-foot-8", "6-feet-2 inches", "6 feet 2 inches" (the
# tokenizer keeps "foot-8" whole). Spaced apart, the inches need their word ("12 feet 3
# times" is no height); more than 11 inches is no such height.
_FEET_AND_INCHES = re.compile(
    r"(?:-(?:foot|feet|ft)-(?P<tight>\d{1,2}|[a-z]+)(?:[- ](?:inches|inch|in\.)(?![a-z]))?"
    r"|\s+(?:foot|feet|ft\.?)\s+(?P<spaced>\d{1,2}|[a-z]+)[- ](?:inches|inch|in\.)(?![a-z]))"
)
# Words that may stand between a height and the weight after it besides punctuation: "5-foot-8,
# 135 pounds", "4 feet 9 inches and 85 pounds", "6-foot-1 and weighs 190 pounds".
HEIGHT_TO_WEIGHT = frozenset({"and", "weigh", "weighing"})


def feet_and_inches(doc: Doc, run: list[Token]) -> tuple[float, Unit] | None:
    """A height written in feet and inches after the run, as inches: "Orozco is 5-foot-8"
    and "He is 5-feet-8 inches tall" (ECB+ 16ecbplus), "the 6-foot-9 senior" (31ecb), read
    as a count of five and another figure of eight (or as 5 feet). The unit's ``end`` is
    where the height's text ends."""
    last = run[-1]
    feet = number_value([t.text for t in run])
    match = _FEET_AND_INCHES.match(doc.text, last.idx + len(last.text))
    if feet is None or match is None or not float(feet).is_integer():
        return None
    inches = number_value([match["tight"] or match["spaced"]])
    inch = physical_unit("inch")
    if inches is None or not 0 <= inches < 12 or inch is None:
        return None
    return feet * 12 + inches, Unit(inch.dimension, inch.name, inch.factor, match.end())


def _after_height(doc: Doc, last: Token) -> bool:
    """A weight in pounds given after a height in feet and inches: "Orozco is 5-foot-8, 135
    pounds" (ECB+ 16_5ecbplus: read as sterling, beside 16_4ecbplus' "weighing 130
    pounds"), "4 feet 9 inches and 85 pounds"."""
    for token in doc[last.sent.start : last.i]:
        height = feet_and_inches(doc, [token]) if token.like_num else None
        if height is None:
            continue
        between = doc.char_span(height[1].end, last.idx, alignment_mode="expand") or ()
        # only punctuation, "and" or a verb of weighing: "The trench was dug 3 feet 10 inches
        # deep, and the council paid 40,000 pounds" is a sum (review, session 13)
        if all(t.is_punct or t.lemma_.lower() in HEIGHT_TO_WEIGHT for t in between):
            return True
    return False


def _is_a(noun: Token, kinds: frozenset[str] | set[str]) -> bool:
    """The noun's first WordNet sense is one of ``kinds`` or a kind of one."""
    senses = wordnet.load().synsets(noun.lemma_.lower(), "n")[:1]
    return any(not kinds.isdisjoint(wordnet.load().ancestors(key)) for key in senses)


def _weighs(doc: Doc, last: Token) -> bool:
    """ "a 300-pound man", "weighing 20 pounds": pounds of weight, not money."""
    window = {t.lemma_.lower() for t in doc[max(last.i - 4, 0) : last.i + 4]}
    return bool(window & {"weigh", "weight", "heavy", "lb", "lbs"}) or any(
        t.text == "-" for t in doc[last.i + 1 : last.i + 2]
    ) or _after_height(doc, last)


@lru_cache(maxsize=4096)
def physical_unit(text: str) -> Unit | None:
    """A pint unit of a dimension news figures carry, or None."""
    if text.casefold() in NOT_UNITS or not re.fullmatch(r"[A-Za-z][A-Za-z /*]*", text):
        return None
    registry = _registry()
    text = OTHER_SENSE_UNITS.get(text.casefold(), text)
    try:
        unit = registry.parse_units(text.replace("square ", "").replace("cubic ", ""))
    except Exception:  # pint raises several error types for words that are not units
        return None
    if text.startswith("square "):
        unit = unit**2
    elif text.startswith("cubic "):
        unit = unit**3
    dimension = DIMENSIONS.get(str(unit.dimensionality))
    if dimension is None:
        return None
    name, common = dimension
    factor = float(registry.Quantity(1, unit).to(common).magnitude)
    return Unit(name, str(unit), factor)


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # imported when a figure first needs it: half a second of start-up

    registry: Any = pint.UnitRegistry()
    registry.define("calendar_decade = 10 * year")  # ``OTHER_SENSE_UNITS``
    return registry
