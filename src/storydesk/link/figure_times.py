"""When a figure's value holds, as its sentence says: the occasion it tells of (a weekday, a
month, "last week") and whether the value is a running tally over several events ("so far",
"during the five operations"). Moved from ``figure_words`` (STYLE 10: module size)."""

from __future__ import annotations

import re

from storydesk.annotate import wordnet
from storydesk.annotate.cues import CUE_WORDS
from storydesk.annotate.numbers import number_value
from storydesk.article import Article, Figure
from storydesk.calendar_words import MONTHS as MONTH_NAMES
from storydesk.calendar_words import WEEKDAYS
from storydesk.link.figure_words import CLAUSE_AFTER, CLAUSE_BEFORE, sentence_bounds

# Words that make a count a running total over several events rather than one event's: "In
# their five operations so far, … have confiscated 14 AK-47 Rifles", "has seized a total of
# 14 AK-47 rifles … since September" against "Six AK 47 rifles … were seized from the boats"
# (ECB+ 12ecbplus: one warship's tally and one seizure).
_CUMULATIVE = re.compile(r"\b(?:so|thus) far\b|\bto date\b", re.IGNORECASE)
# A count summed over several events its clause counts: "INS Sukanya has seized a total of
# 14 AK-47 rifles, 31 magazines and 923 rounds of ammunition during the five operations it
# carried out there" (ECB+ 12_4ecbplus, 12_8ecbplus: the warship's tally against one
# seizure's six rifles). The events are a plural count of acts (WordNet noun.act: raids,
# operations, missions, games); "over three years" is a length, not events (its noun's first
# sense is a time). "a total of" alone is no tally: "A total of 55.3 million people tuned in"
# (ECB+ 2_7ecb), "fired a total of 11 rounds" (19ecbplus) are one event's.
_OVER_EVENTS = re.compile(
    r"\b(?:during|over|across)\s+(?:the|its|their|his|her|these|those)\s+"
    r"(?:(?:first|last|past|previous)\s+)?([\w,]+)\s+([a-z]+s)\b",
    re.IGNORECASE,
)
# A count its sentence says is still growing is a tally at one moment, not the count: "By
# Saturday, at least 6,000 Web sites had been infected and the number is growing" (ECB+
# 27_2ecb, held) against "Trend Micro has identified about 10,000 websites" (27_11ecb), a
# false conflict; the gold keeps the interim count apart. The tally's noun is required: a
# level that rises ("Unemployment reached 8.5 percent in March and is still rising") is a
# reading at a moment, which agrees with the same reading (review).
_GROWING = re.compile(
    r"\band\s+the\s+(?:number|count|total|tally)\s+(?:is|was)\s+(?:still\s+)?"
    r"(?:growing|rising|climbing|increasing)\b|\band\s+(?:still\s+)?counting\b",
    re.IGNORECASE,
)
# Every kind of tally's words, looked for once per figure before any is read.
TALLY_WORDS = ("so far", "thus far", "to date", "growing", "rising", "climbing", "increasing",
               "counting")  # fmt: skip
SPAN_WORDS = ("during", "over", "across")  # before "the", "its", … (``_OVER_EVENTS``)
_TALLY_WORDS = re.compile(
    rf"\b(?:{'|'.join(TALLY_WORDS)}"
    rf"|(?:{'|'.join(SPAN_WORDS)})\s+(?:the|its|their|his|her|these|those)\s)",
    re.IGNORECASE,
)


# Words that name the day or period a sentence tells of, read from the text: undated reports
# (ECB+) resolve none of them to a date, so the dates of a clause stay empty there. Only the
# kinds two reports can be compared by: a weekday, a month written with its capital ("may"
# is a verb too), "last week" and its kin; relative days ("yesterday", "last night") say
# nothing without the report's date, and a date against a weekday nothing either (review).
_OCCASION = re.compile(
    r"\b(?:(?i:last\s+(?:week|month|year|season|weekend))|(?i:" + "|".join(WEEKDAYS) + r")"
    r"|" + "|".join(name.title() for name in MONTH_NAMES) + r")\b"
)
# A day after a verb of saying is when it was said ("the school said Sunday"), not when.
_SAID_ON = re.compile(r"\b([a-z]+)\s+(?:on\s+)?$", re.IGNORECASE)
# What sets a clause apart inside a sentence: a dash, a semicolon, brackets.
_ASIDE = re.compile(r"\s[—–]\s?|\s?[—–]\s|\s--\s|;|[()]")


def occasion(article: Article, figure: Figure) -> frozenset[str]:
    """The days and periods the figure's part of its sentence names, by kind ("day:saturday",
    "month:january", "period:last week"): one person's counts told of two occasions are
    two counts ("Richard Carter scored 14 points in Drake's win on Saturday" / "On Tuesday,
    Richard Carter scored 22 points in a loss", review, session 11), whether or not the
    report's date resolves them (``occasions_differ``). An aside has its own: "on Wednesday —
    the same day Gray's autopsy showed he had been shot seven times —" (ECB+ 19_1ecbplus)
    tells of the autopsy's day; so does a saying: "the school said Sunday"."""
    if figure.start < 0:
        return frozenset()
    start, end = sentence_bounds(article, figure)
    if not _may_name_occasion(article.text[start:end]):
        return frozenset()  # most sentences (bench_facts)
    for aside in _ASIDE.finditer(article.text, start, end):
        if aside.end() <= figure.start:
            start = aside.end()
        elif aside.start() >= figure.end:
            end = aside.start()
            break
    found: set[str] = set()
    for match in _OCCASION.finditer(article.text, start, end):
        said = _SAID_ON.search(article.text, max(start, match.start() - 30), match.start())
        if said and said[1].casefold() in CUE_WORDS:
            continue
        word = " ".join(match.group(0).casefold().split())
        kind = "period" if word.startswith("last") else "day" if word in WEEKDAYS else "month"
        found.add(f"{kind}:{word}")
    return frozenset(found)


def _may_name_occasion(sentence: str) -> bool:
    """False when the sentence has none of ``_OCCASION``'s words, looked for as plain lower
    case words (in ASCII text, where re.IGNORECASE folds nothing ``str.lower`` does not;
    elsewhere the pattern decides): the pattern is tried at every position."""
    if not sentence.isascii():
        return True
    folded = sentence.lower()
    return any(word in folded for word in ("last", *WEEKDAYS, *MONTH_NAMES))


def occasions_differ(left: frozenset[str], right: frozenset[str]) -> bool:
    """Two occasions of one kind, none shared ("on Saturday" / "On Tuesday", "in March" /
    "in May"), or "last week" against a weekday of this one (news names a day of the past
    week by its weekday): told of two times. Different kinds alone say nothing."""
    if left & right:
        return False
    for kind in ("day:", "month:", "period:"):
        mine = {o for o in left if o.startswith(kind)}
        theirs = {o for o in right if o.startswith(kind)}
        if mine and theirs:
            return True
    last_week = "period:last week"
    days = ("day:",)
    return (last_week in left and any(o.startswith(days) for o in right)) or (
        last_week in right and any(o.startswith(days) for o in left)
    )


def cumulative(article: Article, figure: Figure) -> bool:
    """The figure's clause makes it a running total (``_CUMULATIVE``): not "So far, X has
    rejected calls …, but his party holds only a one-seat majority" (ECB+ 19_6ecb)."""
    if figure.start < 0:
        return False
    start, end = sentence_bounds(article, figure)
    if not _tally_words(article.text, start, end):
        return False  # most sentences: no clause split needed (benchmarks/bench_facts.py)
    before = CLAUSE_BEFORE.split(article.text[start : figure.start])[-1]
    after = CLAUSE_AFTER.split(article.text[figure.end : end])[0]
    if _CUMULATIVE.search(before) or _CUMULATIVE.search(after):
        return True
    if _GROWING.search(article.text, figure.end, end):
        return True
    # the events close a list: "14 AK-47 rifles, 31 magazines and 923 rounds … during the
    # five operations" sums every item, so after the number only "but"/";" end the clause
    listed = CLAUSE_BEFORE.split(article.text[figure.end : end])[0]
    return any(_events(match) for text in (before, listed) for match in _OVER_EVENTS.finditer(text))


def _tally_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a tally's words (``_TALLY_WORDS``). Plain words are
    looked for first, in lower case: most sentences have none, and the pattern is tried at
    every position (bench_facts). Only in ASCII text: there re.IGNORECASE folds nothing
    ``str.lower`` does not (elsewhere it folds "ſ" to "s", "ı" to "i")."""
    sentence = text[start:end]
    if sentence.isascii():
        folded = sentence.lower()
        if not any(word in folded for word in (*TALLY_WORDS, *SPAN_WORDS)):
            return False
    return _TALLY_WORDS.search(text, start, end) is not None


def _events(match: re.Match[str]) -> bool:
    """ "during the five operations": a number above one, then a plural of acts."""
    value = number_value([match[1].replace(",", "")])
    if value is None or value <= 1:
        return False
    net = wordnet.load()
    senses = net.synsets(match[2].casefold()[:-1])
    return bool(senses) and net.synset(senses[0]).lexname != "noun.time" and any(
        net.synset(key).lexname == "noun.act" for key in senses
    )
