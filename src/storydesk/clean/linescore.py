"""A line classifier for plain text: features of each line and its place, learned weights.

Named rules only take lines whose wording is stock; the rest of a page's chrome (rating
widgets, appeal buttons, "Dear readers,", menus, teaser headlines) is told apart by what it
looks like and where it stands. Each line gets features: its length, how it ends, the share
of stop words (jusText's English stop list) and of capitalised words, whether it addresses
the reader ("you", "we", "our" outside quotation marks) or names the page ("this article"),
currency and subscription words, digits, links; and its place: outside the article's core
(from its first to its last prose paragraph), the distance to the nearest prose paragraph,
whether its neighbours are prose or already removed. A logistic model over these features
gives the chance that the line is not the article.

The weights are learned, not set by hand: ``eval/train_line_model.py`` fits them on the tuned
half of the boilerplate evaluation's pages (the Zyte and fundus benchmarks, sorted by name)
and writes ``line_model.json`` beside this module, with the threshold it chose and the pages
it used. The held half is never seen by it (eval/README.md reports both halves).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from storydesk.clean import blocks, rules
from storydesk.clean.line_checks import is_story_credit
from storydesk.clean.structure import is_headline

MODEL_PATH = Path(__file__).with_name("line_model.json")
# A prose paragraph anchors the article's core: a full sentence of at least this many words
# that does not speak to the reader.
PROSE_WORDS = 15
FAR = 10  # distances to the core are counted up to this many lines
# Reasons of lines that are the page's, not the article's: a run of likely chrome beside one
# of them goes. Captions, tweets, bylines, timestamps and links sit inside articles: a short
# closing sentence after an embedded tweet is the article's.
CHROME = frozenset(
    (rules.NAVIGATION, rules.SHARE, rules.NEWSLETTER, rules.DONATION, rules.RATING,
     rules.FURNITURE, rules.LEGAL, blocks.LINK_TAIL_REASON)
)
# A widget beside the article is a few lines (a rating box is four, an appeal's buttons
# six); a longer run of short lines outside the core is a list the article ends with
# (fundus/TheTelegraph_2: the Brit Awards nominees, 20 lines after the last paragraph).
MAX_RUN = 8
HEAD_GAP = 4  # lines between a headline and the first paragraph (credit, byline, kicker)
BESIDE = "boilerplate beside other boilerplate, outside the article (line classifier)"
# A quoted span stops at the next quotation mark of any kind: with "[^”\"]*" a line of
# opening marks and no closing one was scanned to its end from each mark (quadratic, issue 12).
QUOTE_SPAN = re.compile(r"[“\"][^“”\"]*+[”\"]")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Second and first person outside quotation marks: a page speaks to its reader, a report
# does not (it quotes people who do).
ADDRESS = re.compile(r"\b(?:you|your|yours|we|our|ours|us|me|my)\b", re.I)
THIS_PAGE = re.compile(r"\bthis (?:article|story|page|post|site|video|newsletter)\b", re.I)
# Currency and subscription words of paywalls, donation boxes, shop widgets and sign-up
# forms (seen on the Zyte and fundus pages: wsj.com "Subscribe Now", theguardian.com
# "Make a contribution", independent.co.uk "offers, events and updates").
COMMERCE = re.compile(
    r"[$£€]\s?\d|\b(?:subscri\w*|newsletters?|donat\w*|membership|members?|premium|"
    r"sign(?:ing)? ?up|log ?in|register|account|advert\w*|cookies?|offers?|payments?|"
    r"support(?:ing)?|contribut\w*|free trial|unsubscribe|inbox|e-?mail)\b",
    re.I,
)
SEPARATORS = re.compile(r"[|•·›»]")
URL = re.compile(r"https?://|www\.", re.I)
SENTENCE_END = (".", "!", "?", ".”", "!”", "?”", '."', '!"', '?"', ".’", "?’", ":")

FEATURES = (
    "bias",
    "words_log",
    "short",
    "sentence_end",
    "exclaim_end",
    "question_end",
    "comma_end",
    "no_end",
    "lower_start",
    "title_share",
    "stop_density",
    "address",
    "this_page",
    "commerce",
    "digit_share",
    "quote",
    "url",
    "separators",
    "outside_core",
    "core_distance",
    "prev_prose",
    "next_prose",
    "prev_removed",
    "next_removed",
    "address_outside",
    "commerce_outside",
)
ADDRESS_AT, COMMERCE_AT = FEATURES.index("address"), FEATURES.index("commerce")
OUTSIDE_AT = FEATURES.index("outside_core")


@dataclass(frozen=True, slots=True)
class LineModel:
    weights: tuple[float, ...]
    beside: float  # outside the core, a line scoring this much goes beside removed lines

    def probability(self, features: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> LineModel:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_PATH}: features differ from linescore.FEATURES; retrain")
    return LineModel(tuple(data["weights"]), data["beside"])


@cache
def stop_words() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


def unquoted(line: str) -> str:
    return QUOTE_SPAN.sub(" ", line)


def addresses_reader(line: str) -> bool:
    return bool(ADDRESS.search(unquoted(line)))


def is_prose(line: str) -> bool:
    """A full paragraph of reporting: long, ends a sentence, does not speak to the reader."""
    return (
        len(line.split()) >= PROSE_WORDS
        and line.rstrip().endswith(SENTENCE_END)
        and not addresses_reader(line)
    )


def line_features(line: str) -> list[float]:
    """The features of the line alone (the place features are added by ``features``)."""
    tokens = line.split()
    words = WORD.findall(line)
    end = line.rstrip()
    stops = stop_words()
    return [
        1.0,
        math.log1p(len(tokens)) / 4,
        float(len(tokens) <= 3),
        float(end.endswith(SENTENCE_END)),
        float(end.endswith(("!", "!”", '!"'))),
        float(end.endswith(("?", "?”", '?"'))),
        float(end.endswith(",")),
        float(end[-1:].isalnum()),
        float(line[:1].islower()),
        sum(w[:1].isupper() for w in words) / max(1, len(words)),
        sum(w.casefold() in stops for w in words) / max(1, len(words)),
        float(addresses_reader(line)),
        float(bool(THIS_PAGE.search(line))),
        float(bool(COMMERCE.search(unquoted(line)))),
        sum(c.isdigit() for c in line) / max(1, len(line)),
        float(any(mark in line for mark in '“”"')),
        float(bool(URL.search(line))),
        min(len(SEPARATORS.findall(line)), 3) / 3,
    ]


def features(lines: list[str], reasons: list[str | None]) -> list[list[float]]:
    """Every line's features, its place among the lines the rules left included."""
    prose = [reason is None and is_prose(line) for line, reason in zip(lines, reasons, strict=True)]
    anchors = [index for index, flag in enumerate(prose) if flag]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(lines), -1)
    rows = []
    for index, line in enumerate(lines):
        distance = min((abs(index - a) for a in anchors), default=FAR)
        place = [
            float(index < first or index > last),
            min(distance, FAR) / FAR,
            float(index > 0 and prose[index - 1]),
            float(index + 1 < len(lines) and prose[index + 1]),
            float(index > 0 and reasons[index - 1] is not None),
            float(index + 1 < len(lines) and reasons[index + 1] is not None),
        ]
        own = line_features(line)
        outside = place[0]
        # Speaking to the reader, or selling, is chrome outside the report, not inside it.
        crossed = [
            own[FEATURES.index("address")] * outside,
            own[FEATURES.index("commerce")] * outside,
        ]
        rows.append(own + place + crossed)
    return rows


def mark_classified(lines: list[str], reasons: list[str | None]) -> None:
    """Outside the article's core only (its first to last prose paragraph), runs of likely
    chrome beside lines the rules removed, or above the headline; and runs of lines that
    speak to the reader (an appeal's paragraphs) when removed lines close them in on both
    sides (jusText's context revision). A line alone is never enough: text with nothing
    removed by the rules loses nothing here. The headline just above the core and the lines
    between them stay for ``structure``; story credits always stay."""
    line_model = model()
    rows = features(lines, reasons)
    scores = [line_model.probability(row) for row in rows]
    head, kept = protected(lines, reasons)
    kept |= {index for index, line in enumerate(lines) if is_story_credit(line)}
    outside = [row[OUTSIDE_AT] > 0 and index not in kept for index, row in enumerate(rows)]
    candidate = [
        reasons[i] is None
        and outside[i]
        and scores[i] >= line_model.beside
        for i in range(len(lines))
    ]
    for start, end in _runs(candidate):
        before = start > 0 and reasons[start - 1] in CHROME
        after = end < len(lines) and reasons[end] in CHROME
        # Likely chrome goes beside chrome, or above the headline (mastheads, kickers);
        # prose that speaks to the reader (an appeal) only when chrome closes it in.
        short = end - start <= MAX_RUN
        if short and (before or after or end <= head):
            for index in range(start, end):
                reasons[index] = BESIDE


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def protected(lines: list[str], reasons: list[str | None]) -> tuple[int, set[int]]:
    """Where the headline stands, and the lines from it to the first prose paragraph
    (headline, credit, byline, standfirst), which the structure step reads. The headline is
    the first title-like line of at least four words a few lines above that paragraph."""
    first = next(
        (i for i, line in enumerate(lines) if reasons[i] is None and is_prose(line)), None
    )
    if first is None:
        return 0, set()
    for index in range(max(0, first - HEAD_GAP), first):
        line = lines[index]
        if reasons[index] is None and is_headline(line) and len(line.split()) >= 4:
            return index, set(range(index, first))
    return 0, set()
