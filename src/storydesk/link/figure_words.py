"""The words around a figure: what it measures, as far as the text next to the number says.

Content stems on either side of a number, cut at the neighbouring numbers and clauses, tie two
figures that describe the same thing in different sentences; "more" or "behind" after a count
make it a value relative to another count (``relative``). When the value holds (its occasion,
a running tally) is read in ``figure_times``."""

from __future__ import annotations

import re
from functools import lru_cache

from storydesk.annotate import numbers
from storydesk.annotate.documents import FINDING_WORDS, REPORT_WORDS
from storydesk.annotate.numbers import number_value
from storydesk.article import Article, Figure
from storydesk.calendar_words import MONTH_ABBREVIATIONS, WEEKDAYS
from storydesk.calendar_words import MONTHS as MONTH_NAMES
from storydesk.link.textnorm import content_stems, stem, tokens, words

# Content words either side of a number that describe what it measures.
CONTEXT_WORDS = 12
# The closest of them: words right next to both numbers ("hospitalized for N weeks for
# pneumonia") tie two figures even in long, otherwise different sentences.
NEAR_WORDS = 4
NEUTRAL = frozenset(
    stem(w)
    for w in words(
        "said says say saying told tell tells according reported reports report added "
        "statement official officials also just would could still now last next year years "
        "today yesterday week "
        "mr mrs ms new around over under out off while whether like near up down into "
        "through during since until per via amid amidst among first day days time ago later "
        "after before"
    )
) | frozenset(stem(day) for day in WEEKDAYS) | frozenset(
    # Ordinals place a figure in a sequence (which quarter, inning, round or game); they say
    # nothing of what it measures: "a 36-yard field goal" and "a 68-yard drive", both "in the
    # second quarter", were one distance in conflict (ECB+ 29_1ecbplus, 29_8ecbplus: 'second'
    # and 'quarter' the shared words). Spelled ordinals from annotate.numbers (one list);
    # "11th" is no word here, it cuts the context as a number does.
    stem(ordinal) for ordinal in numbers.ORDINALS
)  # the weekdays' names from calendar_words
# One canonical word per event, so "dead", "died" and "killed" meet.
EVENT_WORDS: dict[str, str] = {
    **dict.fromkeys(words("kill killed killing dead die died death deaths toll"), "killed"),
    **dict.fromkeys(words("injur injured injuring wound wounded wounding hurt"), "injured"),
    **dict.fromkeys(words("missing displaced evacuated arrested detained"), "affected"),
}
PERSON_WORDS = frozenset(words("people person persons others civilians residents"))
MONTHS = frozenset((*MONTH_NAMES, *MONTH_ABBREVIATIONS))  # "jan" … "december"
_WORD = re.compile(r"[\w’'-]+")
# Where the words about a number end. After it, "and" starts the next item or clause ("11
# seasons and served as …"); before it, words ahead of "and" still frame the whole list
# ("seized seven rifles and 13 magazines").
CLAUSE_BEFORE = re.compile(r"\b(?:but|while|whereas)\b|;", re.IGNORECASE)
CLAUSE_AFTER = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
INCREMENT_REACH = 12  # characters after a number searched for "more" (``relative``)
# Words after a count that make it a gap to another ("two games … behind the eighth seed")
# and how many words after the counted thing they may stand.
GAP_WORDS = frozenset(words("behind ahead"))
GAP_REACH = 6
GAP_CHARACTERS = 60  # the text those words are looked for in
NUMBER_MARK = "#"  # where a number stood among the context words
_SPACED = re.compile(r"[^\s\"“”‘(\[]+")
# The number after any spaces (``\s`` is what ``str.lstrip`` strips): ``relative``.
_SPACED_AFTER = re.compile(r"\s*[^\s\"“”‘(\[]+")


# "<number> of [the] [owner's]" right before a number: that number is the whole a part is
# taken from ("missing 10 of the Saints' 16 games", "landing 178 of 369 punches").
_PART_OF = re.compile(
    r"(\S+)\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Z][\w.&-]*(?:['’]s?)?\s+){0,3}$"
)
WHOLE_REACH = 60  # characters before a number searched for its part (``whole``)


def whole(article: Article, figure: Figure) -> bool:
    """The number is the whole of a part given right before it: "Thomas suffered through an
    injury-plagued 2010 season, missing 10 of the Saints' 16 games" (ECB+ 25_3ecbplus, held)
    counts the season's games, not Thomas's; against "an injury that limited him to only six
    games this season" (25_11ecbplus) it was a false conflict. A whole is another quantity
    than a count of its kind, so its differing values are compared only with wholes
    (``ties.tied``), except an event's: its whole is the toll other reports give ("Two of
    the 40 passengers killed"); an equal value still agrees ("178 of 369 punches" / "threw
    369 punches")."""
    if figure.start < 0:
        return False
    before = article.text[max(0, figure.start - WHOLE_REACH) : figure.start]
    if "of" not in before:
        return False  # most figures: no "of" for the search to end at (bench_facts)
    match = _PART_OF.search(before)
    if match is None:
        return False
    return number_value([match[1].replace(",", "")]) is not None


def relative(article: Article, figure: Figure) -> bool:
    """A count that adds to one given before, or a gap between two: "She married two more
    times" after a first marriage (ECB+ 4_8ecb: three marriages in all, not two); "the
    Sixers are still just two games in the loss column behind the eighth seed" (ECB+ 5_7ecb,
    against "their eighth loss in 10 games"). Compared with a total it reads as a
    disagreement; it is compared only with other such values. "more" right after the number
    says so ("another five people" and "five other bank workers", ECB+ 8, are one count of
    others), or "behind"/"ahead" a few words after the counted thing."""
    if figure.start < 0:
        return False
    start = figure.start
    qualifier = figure.qualifier or ""
    folded = qualifier.casefold()
    # Only as many characters as the folded qualifier: folding never shortens a character,
    # so this is the text's folded start, without copying the rest of the article.
    if folded and article.text[start : start + len(folded)].casefold().startswith(folded):
        start += len(qualifier)  # "no more than 600,000" (the example): its own "more"
    number = _SPACED_AFTER.match(article.text, start)
    if number is None:
        return False
    following = _WORD.findall(article.text[number.end() : number.end() + INCREMENT_REACH])
    if following and following[0].casefold() == "more":
        return True
    _, sentence_end = sentence_bounds(article, figure)
    end = min(sentence_end, figure.end + GAP_CHARACTERS)
    text = article.text[figure.end : end]
    folded = text.casefold()  # per character: a word folded to a gap word is in it
    if not any(word in folded for word in GAP_WORDS):
        return False  # most figures: no word split needed (bench_facts)
    after = _WORD.findall(text)[:GAP_REACH]
    return any(word.casefold() in GAP_WORDS for word in after)


def context_stems(article: Article, figure: Figure, thing: str) -> tuple[list[str], list[str]]:
    """Content stems before and after the number in its sentence, in text order, without
    the counted thing itself.

    Reporting words ("said", "according") and calendar words are in nearly every news
    sentence: sharing them says nothing about what two numbers measure. The words stop at
    the neighbouring numbers and clauses: in "11 seasons and served as an assistant coach
    for seven", "assistant coach" describes the seven, not the 11.
    """
    if figure.start < 0:
        return [], []
    start, end = _between_neighbours(article, figure)
    ignored = _ignored(thing, figure.counts)

    def kept(text: str) -> list[str]:
        return [
            word if word.isalpha() else NUMBER_MARK
            for word in content_stems(_common_words(text))
            if not word.isalpha() or (word not in ignored and word not in NEUTRAL
                                      and word not in MONTHS)
        ]  # fmt: skip

    words_before = kept(CLAUSE_BEFORE.split(article.text[start : figure.start])[-1])
    words_after = kept(CLAUSE_AFTER.split(article.text[figure.end : end])[0])
    if NUMBER_MARK in words_before:
        words_before = words_before[len(words_before) - words_before[::-1].index(NUMBER_MARK) :]
    if NUMBER_MARK in words_after:
        words_after = words_after[: words_after.index(NUMBER_MARK)]
    return words_before, words_after


# Cached: a story counts the same few things many times (bench_facts: 2,377 figures).
@lru_cache(maxsize=4096)
def _ignored(thing: str, counts: str) -> frozenset[str]:
    """The words of the counted thing, which say nothing of what else the number measures."""
    return frozenset({*thing.split(), *(_canonical(w) for w in tokens(counts))})


def nearest(before: list[str], after: list[str], reach: int) -> frozenset[str]:
    """The ``reach`` stems closest to the number on either side."""
    return frozenset((*before[-reach:], *after[:reach]))


def _between_neighbours(article: Article, figure: Figure) -> tuple[int, int]:
    """The sentence around ``figure``, cut at the figures before and after it."""
    start, end = sentence_bounds(article, figure)
    for other in article.figures:
        if other is figure or other.sentence != figure.sentence or other.start < 0:
            continue
        if other.end <= figure.start:
            start = max(start, other.end)
        elif other.start >= figure.end:
            end = min(end, other.start)
    return start, end


def _common_words(text: str) -> str:
    """The text without capitalised words.

    Names say what a sentence is about, not what its number measures: in a story about one
    coach every sentence names him and his team, whatever it counts. Owners and actors
    carry the names; the words around a number should say what is measured.
    """
    return " ".join(word for word in _SPACED.findall(text) if not word[:1].isupper())


def _canonical(word: str) -> str:
    if word in PERSON_WORDS:
        return "people"
    if word in EVENT_WORDS:
        return EVENT_WORDS[word]
    stemmed = stem(word)
    return EVENT_WORDS.get(stemmed, stemmed)


def _singular_or_plural(noun: str) -> str:
    """A pattern for a noun and its plural: "polls?", "stud(?:y|ies)", "census(?:es)?"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return rf"{noun[:-1]}(?:y|ies)"
    return rf"{noun}(?:es)?" if noun.endswith("s") else rf"{noun}s?"


# The common nouns of a document that measures for itself: a poll, survey or study finds its
# own values (lower case: "the U.S. Geological Survey … said it was 6.1" is a body reading a
# thing). A report too, for ``evidence.reading``; but "reports" is also a verb ("Reuters
# reports that the earthquake killed 13 people"), so a report names no pollster. The nouns
# are annotate's (``documents.FINDING_WORDS``, ``REPORT_WORDS``: one vocabulary, STYLE 13).
_FINDINGS = "|".join(map(_singular_or_plural, FINDING_WORDS))
FINDING = re.compile(rf"\b(?:{_FINDINGS})\b")
_REPORTS = "|".join(map(_singular_or_plural, REPORT_WORDS))
MEASUREMENT = re.compile(rf"\b(?:{_FINDINGS}|{_REPORTS})\b")
# How far before a number a poll or a reading is looked for (``pollster``, ``evidence.reading``).
SOURCE_REACH = 120
# A source's own name: its run of capitalised words ("Kathimerini", "the Los Angeles Times").
_NAME = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def window_before(article: Article, figure: Figure) -> str:
    """The words of the figure's sentence in the ``SOURCE_REACH`` characters before it."""
    text = article.text
    window = text[max(0, figure.start - SOURCE_REACH) : figure.start]
    return re.split(r"[.!?]\s+(?=[A-Z])", window)[-1]


def pollster(article: Article, figure: Figure) -> str | None:
    """The name of the poll, survey or study that found the value, when a named body is its
    source: "An opinion poll for the respected Kathimerini newspaper found that 68 per cent"
    gives "kathimerini", "An opinion poll published by Ethnos newspaper on Sunday said 83.3
    percent" "ethnos" (ECB+ 19_14ecb, 19_7ecb). Two pollsters' findings are two measurements
    (``ties.separate``, ``one_pollster``); None when the value is no such finding."""
    if figure.start < 0:
        return None
    reach = article.text[max(0, figure.start - SOURCE_REACH) : figure.start]
    if not FINDING.search(reach):
        return None  # most figures: no poll's noun before them (benchmarks/bench_facts.py)
    window = window_before(article, figure)
    if not FINDING.search(window):
        return None
    # annotate reads the poll's body, wherever the sentence names it ("A Gallup poll", "a poll
    # for the respected Kathimerini newspaper": ``scope.source``)
    names = _NAME.findall(figure.source or "")
    return " ".join(max(names, key=len).split()).casefold() if names else None


def one_pollster(left: str, right: str) -> bool:
    """Two pollsters' names are one when equal, or when one is the other's whole first or last
    words ("kathimerini" / "kathimerini daily"); never for a word in common alone ("los
    angeles times" / "new york times", review, session 9)."""
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    return long.startswith(short + " ") or long.endswith(" " + short)


def sentence_bounds(article: Article, figure: Figure) -> tuple[int, int]:
    if 0 <= figure.sentence < len(article.sentence_spans):
        return article.sentence_spans[figure.sentence]
    return 0, len(article.text)
