"""Text normalisation shared by quote grouping and figure alignment.

Outlets change case ("ONLY when the deal … is FINAL"), cut with ellipses, add editorial
brackets ("[for Russia]") and write numbers as words; comparison must see past all of it.
"""

from __future__ import annotations

import re

# Editorial insertions are the reporter's words, not the speaker's.
_BRACKETED = re.compile(r"\[[^\]]*\]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    """A word list written as one string, for readable constant tables."""
    return text.split()


NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}  # fmt: skip

# Function words carry no evidence that two quotes are the same statement.
STOPWORDS = frozenset(
    words(
        """a an the and or but nor so yet if then than that this these those there here
        to of in on at by for with from into onto about as is are was were be been being am
        will would shall should can could may might must do does did done have has had having
        i me my we us our you your he him his she her it its they them their what which who
        whom whose when where why how all any both each few more most other some such no not
        only own same too very just also s t don't it's i'm we're that's let's"""
    )
)


def tokens(text: str) -> list[str]:
    """Case-folded word tokens; brackets, ellipses and punctuation dropped, numbers as digits."""
    cleaned = _BRACKETED.sub(" ", text).replace("’", "'")
    words = [w.casefold() for w in _WORD.findall(cleaned)]
    return [_digits(w) for w in words]


def _digits(word: str) -> str:
    value = NUMBER_WORDS.get(word)
    return str(value) if value is not None else word


def stem(word: str) -> str:
    """A deliberately crude suffix stripper: 'erased'/'erases' → 'eras', 'talks' → 'talk'.

    Good enough to compare two wordings of one sentence; never shown to a reader.
    """
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            # 'countries' and 'country' should meet at one stem.
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    # 'erase' and 'erased' should meet at one stem.
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_stems(text: str) -> list[str]:
    """Stems of the words that are not function words, in order."""
    return [stem(w) for w in tokens(text) if w not in STOPWORDS]


def normalised(text: str) -> str:
    return " ".join(tokens(text))
