"""Reading a number from its words: digits, number words and magnitudes.

``number_value(["1.2", "million"])`` is 1200000; ``number_value(["thirty"])`` is 30;
``number_value(["twenty-five"])`` is 25; fused magnitudes read as news writes them:
``number_value(["$269m"[1:]])`` is 269000000, ``["1.2bn"]`` 1200000000, ``["10k"]`` 10000;
fractions add or divide: ``["two", "and", "a", "half"]`` is 2.5, ``["three", "quarters"]``
0.75, ``["a", "half"]`` 0.5, ``["half", "a", "dozen"]`` 6. Integral values come back as
``int`` so a count of six people stays ``6`` in every report.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# "dozen" scales like a magnitude: "about two dozen young protesters", "at least three dozen
# mostly young people" (ECB+ 19ecbplus: read as 2 and 3 against "like 40 or 50 of them").
MAGNITUDES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# Abbreviated magnitudes as news writes them: "$1.2bn", "5m", "10k".
SHORT_MAGNITUDES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000,
}  # fmt: skip
# Fraction words and their denominators: "a half", "two-thirds", "three quarters of".
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
NUMBER_WORDS = frozenset({*UNITS, *TENS, *MAGNITUDES})
ORDINALS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "twentieth", "thirtieth", "hundredth", "thousandth",
        "millionth",
    }
)  # fmt: skip
# A decimal may open with its point: a calibre ".38", ".357" (ECB+ 19ecbplus).
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# A fraction written with a slash after a whole number: "2 1/2 years", "a 2-1/2 year
# sentence" (ECB+ 32ecb: read as 2 against another report's 2 years). Only a proper fraction
# in halves, thirds, quarters, eighths or sixteenths (prices were quoted so), so that dates
# ("1/12") stay dates.
SLASH_FRACTION = re.compile(r"([1-9]|1[0-5])/(2|3|4|8|16)")
# Words a number may be hyphenated onto as one token, which the tokenizer keeps whole:
# "measuring at least magnitude-5.9", "Tehran's … said the quake measured magnitude-5.9"
# (ECB+ 20ecbplus), "Outside temperatures were minus-20" (13ecb). Only words that say what
# the number measures (``measure``): "top-10", "under-21" stay words.
MAGNITUDE_WORD = "magnitude"
BELOW_ZERO = frozenset({"minus", "negative"})
PREFIXED = re.compile(rf"(?:{MAGNITUDE_WORD}|{'|'.join(sorted(BELOW_ZERO))})-(\d+(?:\.\d+)?)")
# A unit written onto its digits ("512MHz": ``units.fused_unit`` says which are units).
UNIT_FUSED = re.compile(r"(\d+(?:\.\d+)?)[A-Za-z]{2,4}")
# A magnitude written onto its digits ("269m", "1.2bn", "10k"); lower case, so "3M" the
# company stays a name.
FUSED = re.compile(r"(\d+(?:\.\d+)?)(k|K|m|mn|bn|tn)")


def is_number_word(word: str) -> bool:
    """A word that is (part of) a cardinal number: "800,000", "thirty", "twenty-five", "1.2"."""
    lowered = word.lower()
    if DIGITS.fullmatch(lowered) or FUSED.fullmatch(word) or PREFIXED.fullmatch(lowered):
        return True
    parts = lowered.split("-")
    return all(p in NUMBER_WORDS for p in parts) and bool(parts[0])


def is_magnitude(word: str) -> bool:
    return word.lower() in MAGNITUDES or word.lower() in SHORT_MAGNITUDES


def is_fraction(word: str) -> bool:
    return word.lower() in FRACTIONS


def is_ordinal(word: str) -> bool:
    return word.lower() in ORDINALS or _ORDINAL_DIGITS.fullmatch(word) is not None


# Ordinal words whose cardinal is not the word less its "th": "first" is one, "fifth" five.
_ORDINAL_STEMS = {"first": "one", "second": "two", "third": "three", "fifth": "five",
                  "eighth": "eight", "ninth": "nine", "twelfth": "twelve"}  # fmt: skip


def ordinal_value(word: str) -> int | None:
    """The number an ordinal names: "58th" is 58, "fourth" 4, "twentieth" 20, "twenty-first"
    21; None for any other word."""
    lowered = word.lower()
    if _ORDINAL_DIGITS.fullmatch(lowered):
        return int(lowered[:-2])
    parts = lowered.split("-")
    last = parts[-1]
    if last in _ORDINAL_STEMS:
        last = _ORDINAL_STEMS[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"  # "twentieth"
    elif last.endswith("th"):
        last = last[:-2]
    else:
        return None
    return _word_value("-".join([*parts[:-1], last]))


def number_value(words: list[str]) -> int | float | None:
    """The value of a run of number words, or None when they do not make one number.

    "and" closes a whole part that a fraction then adds to ("two and a half"); "a" is one
    before a fraction ("a half"); a magnitude scales everything before it in its group.
    """
    if len(words) > 2 and words[0].lower() == "half" and words[1].lower() in ("a", "an"):
        # "half a dozen" is six, "half a million" 500,000: half of the number after it
        rest = number_value(words[1:])
        return None if rest is None else _tidy(rest / 2)
    total = 0.0  # groups closed by a magnitude of a thousand or more
    whole = 0.0  # the part before "and" in "two and a half"
    current = 0.0
    seen = False
    for word in _split_fused(words):
        lowered = word.lower().replace(",", "")
        fraction = SLASH_FRACTION.fullmatch(word) if seen else None
        if fraction is not None and int(fraction[1]) < int(fraction[2]):
            current += int(fraction[1]) / int(fraction[2])  # "2 1/2": two and a half
        elif DIGITS.fullmatch(word.lower()):
            current += float(lowered)
        elif lowered in MAGNITUDES or lowered in SHORT_MAGNITUDES:
            scale = MAGNITUDES.get(lowered) or SHORT_MAGNITUDES[lowered]
            current = ((whole + current) or 1) * scale
            whole = 0.0
            if scale >= 1_000:
                total, current = total + current, 0.0
        elif lowered in FRACTIONS:
            current = (current or 1) / FRACTIONS[lowered]
        elif lowered == "and":
            whole, current = whole + current, 0.0
            continue
        elif lowered in ("a", "an"):
            current += 1
            continue
        else:
            value = _word_value(lowered)
            if value is None and len(words) == 1:
                value = ordinal_value(lowered)  # a counting ordinal ("his 58th victory")
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    return _tidy(total + whole + current)


def _split_fused(words: list[str]) -> list[str]:
    """ "1.2bn" → "1.2", "bn": the magnitude read like a separate word."""
    split: list[str] = []
    for word in words:
        fused = FUSED.fullmatch(word)
        prefixed = PREFIXED.fullmatch(word.lower()) or (
            None if fused else UNIT_FUSED.fullmatch(word)
        )
        if prefixed:
            split.append(prefixed[1])  # "magnitude-5.9": its number (``PREFIXED``)
        else:
            split.extend([fused[1], fused[2].lower()] if fused else [word])
    return split


def _word_value(word: str) -> int | None:
    if not word:
        return None
    value = 0
    for part in word.split("-"):
        if part in UNITS:
            value += UNITS[part]
        elif part in TENS:
            value += TENS[part]
        else:
            return None
    return value


def _tidy(value: float) -> int | float:
    # Float arithmetic on "1.2 million" gives 1199999.9999999998; news numbers are not that fine.
    rounded = round(value, 6)
    return int(rounded) if rounded.is_integer() else rounded
