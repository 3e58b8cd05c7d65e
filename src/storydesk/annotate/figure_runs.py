"""Where the numbers are: runs of number words, fractions, ranges, and numbers in names.

A run is the tokens of one number ("1.2 million", "twenty-five", "two and a half", "$269m",
"three-quarters"). Left out here: numbers inside dates and times (``blocked``), ordinals
that rank rather than count (``figure_ordinals``), "one" as a pronoun, years, and numbers
that name a model or a thing rather than count: "Boeing 737", "Trent 900 engines", "AK 47
rifles", "787-8", "its 737 airliner" (a count of more than one takes a plural noun), year
ranges "2010-11" and scores "3-1".

Two runs joined by "between … and", "to", "or" or a dash ("210-250", "30 -- 40") form a
range; ``Range`` pairs them so the figure builder gives each end its own figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storydesk.annotate.counted import CURRENCIES
from storydesk.annotate.counted_events import event_of
from storydesk.annotate.counted_words import UNCHANGED_PLURALS
from storydesk.annotate.figure_ordinals import counting_ordinal
from storydesk.annotate.noun_classes import calibre, fused_count, sized_gathering
from storydesk.annotate.numbers import (
    MAGNITUDES,
    SLASH_FRACTION,
    is_fraction,
    is_magnitude,
    is_number_word,
    is_ordinal,
    number_value,
)
from storydesk.annotate.units import feet_and_inches, fused_unit, unit_after

_YEAR = re.compile(r"(?:19|20)\d{2}")
_DIGITS = re.compile(r"\d[\d,.]*")
_DASHES = ("-", "--", "–", "—")
# Entity types of a capitalised word that a count may follow ("the US 28-point plan").
_PLACE_TYPES = ("GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
# Singular nouns that still take a count of many: "500 staff", "2 billion euro".
MASS_NOUNS = UNCHANGED_PLURALS | {
    "people", "percent", "euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "hryvnia",
    "head", "strong",
}  # fmt: skip
# Verbs of change: "rose from 15 to 20" gives two values, not a range.
CHANGE_VERBS = frozenset(
    {"rise", "fall", "increase", "decrease", "drop", "climb", "jump", "grow", "cut", "reduce",
     "raise", "lower", "soar", "plunge", "slip", "edge", "go", "revise", "shrink", "decline",
     "double", "expand", "slash", "boost", "lift", "trim", "move", "change", "swell"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Range:
    """Two runs read as one range: ``opener`` is "between"/"from" when the text has one.

    ``change`` marks "rose from 15 to 20 people": two values of one count, not a range.
    """

    low: int  # index of the low run
    high: int
    opener: Token | None
    change: bool = False


def number_runs(doc: Doc, blocked: set[int]) -> list[list[Token]]:
    """Number runs outside dates and times, in text order, that may be figures."""
    runs: list[list[Token]] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if token.idx not in blocked and counting_ordinal(token):
            runs.append([token])
            index += 1
            continue
        if not _starts_number(doc, token, blocked):
            index += 1
            continue
        run, index = _extend(doc, [token], index + 1)
        if _joined_digits(doc, run) or not is_figure(run):
            index = _skip_joined(doc, run)  # and the rest of "Boeing 737-800" with it
            continue
        runs.append(run)
    return runs


def _starts_number(doc: Doc, token: Token, blocked: set[int]) -> bool:
    if token.idx in blocked or is_ordinal(token.text) or token.ent_type_ == "ORDINAL":
        return False
    if token.lower_ in ("a", "an") and token.i + 1 < len(doc):
        following = doc[token.i + 1].lower_
        after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
        if following == "dozen" or following in MAGNITUDES:
            # "a dozen people"; "rushed for more than a hundred yards" (ECB+ 29_13ecbplus:
            # the run began at "hundred", so "more than" was lost and 100 stated against 101)
            return True
        return following in ("half", "halves") or (is_fraction(following) and after == "of")
    if _half_a_magnitude(doc, token):
        return True  # "About half a dozen people were hurt", "Half a million people marched"
    return (
        is_number_word(token.text)
        or fused_unit(token.text) is not None
        or fused_count(token.text) is not None
    )


def _half_a_magnitude(doc: Doc, token: Token) -> bool:
    """ "half a dozen", "half a million": half of a magnitude. The run
    starts at "half" (from "a" it read 12 and 1,000,000); "half an hour" is no number."""
    if token.lower_ != "half" or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ in ("a", "an") and is_magnitude(doc[token.i + 2].text)


def _extend(doc: Doc, run: list[Token], index: int) -> tuple[list[Token], int]:
    """Grow a run over magnitudes, hyphenated parts and fractions; the index after it."""
    if _half_a_magnitude(doc, run[0]) and len(run) == 1:
        run.append(doc[index])  # the "a" of "half a dozen": its magnitude comes next
        index += 1
    while index < len(doc):
        token = doc[index]
        if token.lower_ in ("m", "k") and (run[-1].whitespace_ or not _is_digits(run[-1])):
            break  # "5 m" is metres; "5m" is five million
        if is_magnitude(token.text) or (is_fraction(token.text) and _fraction_here(doc, run)):
            run.append(token)
            index += 1
        elif _hyphenated_part(doc, run, index):
            run.append(doc[index + 1])  # "twenty-five", "three-quarters": skip the hyphen
            index += 2
        elif _slash_fraction(doc, run, index):
            at = index + 1 if doc[index].text == "-" else index
            run.append(doc[at])  # "2 1/2 years", "a 2-1/2 year sentence"
            index = at + 1
        elif _and_a_fraction(doc, index):
            run.extend(doc[index : index + 3])  # "two and a half"
            index += 3
        else:
            break
    return run, index


def _fraction_here(doc: Doc, run: list[Token]) -> bool:
    """ "a half", "three quarters of": a fraction; "two quarters" (of a year) is a count."""
    word = doc[run[-1].i + 1]
    after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
    return run[-1].lower_ in ("a", "an") or after == "of"


def _hyphenated_part(doc: Doc, run: list[Token], index: int) -> bool:
    if doc[index].text != "-" or run[-1].whitespace_ or index + 1 >= len(doc):
        return False
    following = doc[index + 1].text
    if following[:1].isdigit():
        return False
    return is_number_word(following) or is_fraction(following)


def _slash_fraction(doc: Doc, run: list[Token], index: int) -> bool:
    """A whole number of digits followed by a proper fraction with a slash ("2 1/2"), or
    joined to it by a hyphen with no spaces ("2-1/2")."""
    if len(run) != 1 or not _is_digits(run[-1]):
        return False
    at = index
    if doc[at].text == "-" and not run[-1].whitespace_ and at + 1 < len(doc):
        if doc[at].whitespace_:
            return False
        at += 1
    fraction = SLASH_FRACTION.fullmatch(doc[at].text)
    return fraction is not None and int(fraction[1]) < int(fraction[2])


def _and_a_fraction(doc: Doc, index: int) -> bool:
    words = [t.lower_ for t in doc[index : index + 3]]
    return (
        len(words) == 3
        and words[0] == "and"
        and words[1] in ("a", "an")
        and (words[2] in ("half", "quarter", "third"))
    )


def _is_digits(token: Token) -> bool:
    return _DIGITS.fullmatch(token.text) is not None


def _joined_digits(doc: Doc, run: list[Token]) -> bool:
    """ "787-8", "2010-11", "3-1": digits joined by a hyphen that make no ascending range."""
    last, first = run[-1], run[0]
    following = doc[last.i + 1 : last.i + 3]
    joined = len(following) == 2 and following[0].text == "-" and not last.whitespace_
    if joined and not following[0].whitespace_ and _is_digits(last) and _is_digits(following[1]):
        return _not_a_range(last.text, following[1].text)
    if first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_:
        before = doc[first.i - 2]  # the first half was a date or a name: "by 2010-11"
        if not before.whitespace_ and _is_digits(before) and _is_digits(first):
            return _not_a_range(before.text, first.text)
    return False


def _not_a_range(left: str, right: str) -> bool:
    year_range = _YEAR.fullmatch(left) is not None and len(right) == 2
    return year_range or _float(right) <= _float(left)


def _skip_joined(doc: Doc, run: list[Token]) -> int:
    index = run[-1].i + 1
    while index + 1 < len(doc) and doc[index].text == "-" and _is_digits(doc[index + 1]):
        index += 2
    return index


def _float(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def is_figure(run: list[Token]) -> bool:
    first = run[0]
    if len(run) == 1 and _YEAR.fullmatch(first.text) and not _counts_plural_noun(first):
        return False  # a year ("in 2014"), not two thousand and fourteen of anything
    if first.lower_ == "one" and len(run) == 1 and not _counts_one(first):
        return False
    return not (_in_name(run) or _names_a_model(run))


def _in_name(run: list[Token]) -> bool:
    """ "Air Force One", "Article 5", "Boeing 737", "Trent 900 engines", "AK 47 rifles"."""
    first, last = run[0], run[-1]
    previous = first.nbor(-1) if first.i > 0 else None
    if previous is None or first.is_sent_start or not previous.is_alpha:
        return False
    capitalised = previous.text.istitle() or (previous.is_upper and len(previous.text) > 1)
    if not capitalised or _hyphen_follows(last):
        return False  # "the US 28-point plan" counts points
    if previous.pos_ != "PROPN" and _opens_sentence(previous):
        # a word capitalised because it opens the sentence is no name: '"While two of the
        # skiffs and its crew managed to get away' (ECB+ 12_4ecbplus, 12_8ecbplus: after the
        # quote mark the number is not the sentence's first token, and "While" was a name)
        return False
    if previous.ent_type_ == "PERSON" and first.ent_iob_ != "I":
        # a person's name ends before the number: "Police shot Kimani Gray 11 times" (ECB+
        # 19ecbplus; the passive "Gray was shot 11 times" was counted, the active was not)
        return False
    if previous.pos_ == "PROPN" and previous.ent_type_ not in _PLACE_TYPES:
        return True
    # a count of a noun after it ("About two dozen young protesters", where "two" modifies
    # the noun and "dozen" the number) opens its sentence, it is no name
    counts = any(t.dep_ == "nummod" and t.head.i > last.i for t in run)
    return previous.text.istitle() and not counts


def _opens_sentence(token: Token) -> bool:
    """The sentence's first word, after any quote marks or brackets."""
    return all(t.is_punct for t in token.doc[token.sent.start : token.i])


def _names_a_model(run: list[Token]) -> bool:
    """ "its 737 narrowbody airliner": a number of more than one before a singular noun."""
    last = run[-1]
    head = last.head
    if last.dep_ != "nummod" or head.i <= last.i or head.tag_ not in ("NN", "NNP"):
        return False
    if _hyphen_follows(last) or last.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    if len(run) > 1 or not _is_digits(last) or head.lemma_.lower() in MASS_NOUNS:
        return False
    if sized_gathering(head):
        return False  # "the 22,000 crowd" (ECB+ 7_3ecbplus): a crowd's size
    if "." in last.text:
        return False  # "a 5.9 magnitude earthquake" (ECB+ 20): models are numbered whole
    if calibre(head):
        return False  # "a .357 caliber revolver", also written "357 caliber" (ECB+ 19ecbplus)
    if unit_after(last.doc, last) is not None or feet_and_inches(last.doc, run) is not None:
        # a unit written singular without its hyphen: "given a new 20 year sentence" (ECB+
        # 3_2ecbplus, 3_3ecbplus), "a 30 minute drive"; no model is numbered in a unit, nor
        # in a height ("the 6-foot-2 guard", the tokenizer's "6" "-" "foot-2")
        return False
    if last.i > 0 and last.nbor(-1).text in CURRENCIES:
        return False
    return _float(last.text) > 1 and head.lower_.isalpha() and len(head.text) > 3


def _hyphen_follows(token: Token) -> bool:
    """ "28-point": a hyphen and a word after the number (not "737-800")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or token.whitespace_:
        return False
    return doc[token.i + 2].is_alpha


def _counts_plural_noun(token: Token) -> bool:
    return token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.ent_type_ != "DATE"


def _counts_one(token: Token) -> bool:
    """ "one" counts only as a number modifier: not "no one", "one of the", "one another"."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    preceding = token.nbor(-1).lower_ if token.i > 0 else ""
    if following in ("of", "another") or preceding in ("no", "the", "this", "that", "any"):
        return False
    if token.dep_ in ("dobj", "nsubjpass") and event_of(token.head):
        return True  # "the blast killed one"
    return token.dep_ == "nummod"


def ranges(doc: Doc, runs: list[list[Token]]) -> list[Range]:
    """Pairs of neighbouring runs that read as one range, low end first."""
    found: list[Range] = []
    for index in range(len(runs) - 1):
        low, high = runs[index], runs[index + 1]
        between = [t.lower_ for t in doc[low[-1].i + 1 : high[0].i]]
        opener = doc[low[0].i - 1] if low[0].i > 0 else None
        opener_word = opener.lower_ if opener is not None else ""
        if _joins(between, opener, low, high):
            keep = opener if opener_word in ("between", "from") else None
            found.append(Range(index, index + 1, keep))
        elif between == ["to"] and opener_word == "from":
            found.append(Range(index, index + 1, opener, change=True))
    return found


def _joins(between: list[str], opener: Token | None, low: list[Token], high: list[Token]) -> bool:
    if len(between) != 1:
        return False
    word = between[0]
    opener_word = opener.lower_ if opener is not None else ""
    if word == "and":
        return opener_word == "between"
    if word == "to" and opener_word == "from" and opener is not None:
        return opener.head.lemma_.lower() not in CHANGE_VERBS  # "rose from 15 to 20": two
    if word in ("to", "or", *_DASHES):
        low_value, high_value = _run_value(low), _run_value(high)
        return low_value is not None and high_value is not None and low_value < high_value
    return False


def _run_value(run: list[Token]) -> float | None:
    value = number_value([t.text for t in run])
    return float(value) if value is not None else None
