"""Where date expressions are, and which way in time their sentence looks.

spaCy's DATE entities are the first source; the small model misses some ("by Nov. 27" in
one sentence, "Tuesday night" split in two), so our own patterns add candidates. Candidates
that overlap keep the longest one that resolves to a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storydesk.annotate.date_resolve import MONTH_NAMES

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|" \
    r"Oct|Nov|Dec)"  # fmt: skip
# Alone, a month needs its full name or a period: "Jan Kavan" is a name, "March for Life" too.
_LONE_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|" \
    r"November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?!\w)"  # fmt: skip
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d|%|-\w|\w)"
_SHADE = r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?"
_ANCHOR = r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?"
_COUNT = r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"a couple of|a few|several)"  # fmt: skip
PATTERNS = [
    re.compile(p)
    for p in (
        rf"(?:{_WEEKDAY},?\s+|\b(?:[Ll]ast|[Nn]ext|[Pp]ast)\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
        rf"\b{_SHADE}{_MONTH}\s+{_YEAR}",
        rf"\b{_ANCHOR}{_SHADE}{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b",
        rf"\b{_ANCHOR}{_SHADE}{_LONE_MONTH}(?!\s+for\b|\s+of\s+[A-Z])",
        r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?:week|month|year|weekend)\b",
        r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month|year)\b",
        r"\b[Tt]he\s+weekend\b",
        r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b",
        rf"\b{_COUNT}\s+(?:day|week|month|year)s?\s+ago\b",
        rf"(?<=\b[Ii]n\s){_YEAR}|(?<=\b[Ss]ince\s){_YEAR}|(?<=\b[Bb]y\s){_YEAR}",
        r"\b\d{4}-\d{2}-\d{2}\b",
        r"\b(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?:week|month|year)\b",
        r"\b(?:by\s+)?year-end\b",
        rf"\b[Ff]iscal\s+{_YEAR}",
    )
]
# A date word after these repeats rather than happens once ("every Friday").
RECURRING = {"every", "each"}
# A month or weekday tied to these looks forward whatever the tense ("by Nov. 27").
FORWARD_BEFORE = {"by", "until", "till", "next", "coming", "upcoming", "soon"}
FORWARD_AFTER = {"deadline", "deadlines"}
BACKWARD_BEFORE = {"since", "last", "past"}
FORWARD_LEMMAS = {"will", "shall", "'ll", "expect", "schedule", "plan", "due", "intend", "aim"}
# Present-tense reporting verbs in news report the past ("Lavrov says Tuesday").
REPORTING = {"say", "tell", "announce", "report", "confirm", "add", "write", "claim", "state"}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str


def candidates(doc: Doc) -> list[Candidate]:
    """Every possible date expression: spaCy DATE entities and our patterns, unmerged."""
    text = doc.text
    found = [Candidate(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "DATE"]
    for ent in doc.ents:
        if ent.label_ == "DATE":  # a year inside a longer entity: "the first months of 1997"
            for year in re.finditer(r"\b" + _YEAR, ent.text):
                start = ent.start_char + year.start()
                found.append(Candidate(start, start + len(year.group()), year.group()))
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            found.append(Candidate(match.start(), match.end(), match.group()))
    return [c for c in found if not _recurring(text, c.start)]


def lowercase_month(text: str) -> bool:
    """A month name in lower case is a verb ("may") or a typo far more often than a month."""
    words = text.split()
    if not words or re.fullmatch(MONTH_NAMES, words[-1].lower()) is None:
        return False
    return words[-1][0].islower()


def direction(doc: Doc, start: int, end: int) -> str:
    """``future`` or ``past`` as the expression or its clause says, else ``unknown``.

    ``present`` is the weak forward cue of a present-tense verb ("the US enters the holiday
    on Thursday"): enough to move a weekday forward, not a month or a calendar date.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    cue = _cue(doc, span)
    if cue is not None:
        return cue
    through_noun = False
    for token in [span.root, *span.root.ancestors]:
        tense = _tense(token)
        if tense == "present" and through_noun:
            return "unknown"  # "before Friday's purchases is": the verb is not the day's
        if tense is not None:
            return tense
        through_noun = through_noun or (token.pos_ in ("NOUN", "PROPN") and token not in span)
    return "unknown"


def _cue(doc: Doc, span: Span) -> str | None:
    before = {t.lower_ for t in doc[max(span.start - 4, 0) : span.start]}
    after = {t.lower_ for t in doc[span.end : span.end + 2]}
    if before & FORWARD_BEFORE or after & FORWARD_AFTER:
        return "future"
    if before & BACKWARD_BEFORE:
        return "past"
    return None


def _tense(token: Token) -> str | None:
    """The direction a verb gives, or None when it gives none (go up to its head)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(h.lemma_.lower() in FORWARD_LEMMAS or h.lower_ == "going" for h in helpers):
        return "future"
    if token.lemma_.lower() in FORWARD_LEMMAS and any(c.dep_ == "xcomp" for c in token.children):
        return "future"  # "is expected to meet on Thursday"
    if token.lemma_.lower() in ("plan", "schedule"):
        return "future"  # "planned a demonstration on Saturday"
    if any(h.tag_ == "VBD" for h in helpers) or token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN" and not helpers:
        return "unknown"  # a bare participle: "understandings made in", "a summit set for"
    if any(h.lower_ in ("has", "have") for h in helpers):
        return "past"
    if token.tag_ in ("VBZ", "VBP") and not helpers:
        return "past" if token.lemma_.lower() in REPORTING else "present"
    return None


def _recurring(text: str, start: int) -> bool:
    words = text[max(start - 12, 0) : start].split()
    return bool(words) and words[-1].lower() in RECURRING
