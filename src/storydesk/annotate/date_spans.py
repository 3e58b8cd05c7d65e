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
from storydesk.calendar_words import AP_MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, dotted_abbreviations

_WEEKDAY = r"(?:" + "|".join(day.removesuffix("day").title() for day in WEEKDAYS) + r")day"
_MONTH = r"(?:" + "|".join(
    [name.title() for name in MONTHS]
    + [rf"{short.title()}\." for short in dotted_abbreviations()]
    + [short.title() for short in AP_MONTH_ABBREVIATIONS]
) + r")"  # fmt: skip
# Alone, a month needs its full name or a period: "Jan Kavan" is a name, "March for Life" too.
_LONE_MONTH = r"(?:" + "|".join(
    [name.title() for name in MONTHS] + [rf"{short.title()}\." for short in AP_MONTH_ABBREVIATIONS]
) + r")(?!\w)"  # fmt: skip
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
        rf"\b{_SHADE}{_LONE_MONTH},?\s+(?:of\s+)?(?:last|next|this)\s+year\b",
        r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])",
        r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?:week|month|year|weekend)\b",
        r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month|year)\b",
        r"\b[Tt]he\s+weekend\b",
        r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Oo]vernight)\b",
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
# "is set to begin on Wednesday", "slated to", "poised to": forward with an infinitive.
FORWARD_XCOMP = FORWARD_LEMMAS | {"set", "slate", "poise", "prepare"}
# Words that make a weekday the name of a day in history or the calendar ("Black Monday").
NAMED_DAYS = {
    "black", "cyber", "good", "super", "ash", "easter", "bloody", "holy", "maundy", "palm",
    "shrove", "giving", "whit",
}  # fmt: skip
# Nouns that make "the <month-day>" before them the name of an event.
EVENT_NOUNS = {
    "attack", "attacks", "bombing", "bombings", "massacre", "hijackings", "terrorist", "terror",
    "atrocity", "atrocities", "riots", "uprising", "revolution", "coup", "tragedy", "disaster",
    "shootings", "shooting",
}  # fmt: skip
# Words that end the search for a date's preposition ("contracted by 0.9% between April").
_CUE_WORDS = FORWARD_BEFORE | {"since", "last", "past", "after", "before", "early", "late"}
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
    return [
        c
        for c in found
        if not _recurring(text, c.start) and not _named_day(text, c) and not _year_in_name(doc, c)
        and not _time_as_quality(text, c)
    ]


def _time_as_quality(text: str, candidate: Candidate) -> bool:
    """ "the cars of tomorrow", "the people of tomorrow": a time as what something is like,
    not a day (TimeML leaves it unmarked: TempEval-3 training, "If I were choosing the people
    of tomorrow"; MEANTIME gm "the restructured GM to make ... cars of tomorrow" had been
    dated the day after the report). "As of today" is a day."""
    if candidate.text.casefold() not in ("today", "tomorrow", "yesterday"):
        return False
    words = text[max(candidate.start - 30, 0) : candidate.start].split()
    return len(words) >= 2 and words[-1] == "of" and words[-2].casefold() != "as" and (
        words[-2].isalpha())


def _named_day(text: str, candidate: Candidate) -> bool:
    """ "Black Monday", "Good Friday": a name, not the Monday of the article's week."""
    words = text[max(candidate.start - 12, 0) : candidate.start].split()
    if not words or re.match(_WEEKDAY, candidate.text) is None:
        return False
    return words[-1][:1].isupper() and words[-1].lower() in NAMED_DAYS


def names_an_event(doc: Doc, candidate: Candidate) -> bool:
    """ "the September 11th terrorist attacks": a month-day used as the name of an event.

    Only the shape is checked here; the caller also wants the day far from the article's own
    date, since "the Nov. 20 attack" in a story of that week is the day it happened.
    """
    if re.search(_YEAR, candidate.text) or re.match(_MONTH, candidate.text) is None:
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    return any(t.lower_ in EVENT_NOUNS for t in doc[span.end : span.end + 2])


def _year_in_name(doc: Doc, candidate: Candidate) -> bool:
    """ "the Russell 2000 Index", "Windows 2000": a bare year after a capitalised name."""
    if re.fullmatch(_YEAR, candidate.text) is None:
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].is_sent_start:
        return False
    previous = doc[span.start - 1]
    month_or_day = re.fullmatch(MONTH_NAMES + "|" + _WEEKDAY.lower(), previous.lower_)
    return previous.pos_ == "PROPN" and previous.text[:1].isupper() and month_or_day is None


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
        tense = tense_of(token)
        if tense == "present" and through_noun:
            return "unknown"  # "before Friday's purchases is": the verb is not the day's
        if tense is not None:
            return tense
        through_noun = through_noun or (token.pos_ in ("NOUN", "PROPN") and token not in span)
    return "unknown"


def _cue(doc: Doc, span: Span) -> str | None:
    before = _words_before(doc, span) | {t.lower_ for t in span[:2]}
    after = {t.lower_ for t in doc[span.end : span.end + 2]}
    if before & FORWARD_BEFORE or after & FORWARD_AFTER:
        return "future"
    if before & BACKWARD_BEFORE:
        return "past"
    return None


def _words_before(doc: Doc, span: Span) -> set[str]:
    """The little words that lead into the date ("until after", "by early"), up to four;
    a noun, verb or number in between ends them ("contracted by 0.9% between April")."""
    words: set[str] = set()
    for token in reversed(doc[max(span.start - 4, 0) : span.start]):
        content = token.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "PRON", "NUM")
        if not token.is_alpha or (content and token.lower_ not in _CUE_WORDS):
            break
        words.add(token.lower_)
    return words


def tense_of(token: Token) -> str | None:
    """The direction a verb gives, or None when it gives none (go up to its head)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(h.lemma_.lower() in FORWARD_LEMMAS or h.lower_ == "going" for h in helpers):
        return "future"
    if token.lemma_.lower() in FORWARD_XCOMP and any(c.dep_ == "xcomp" for c in token.children):
        return "future"  # "is expected to meet on Thursday", "is set to begin on Wednesday"
    if token.lemma_.lower() in ("plan", "schedule"):
        return "future"  # "planned a demonstration on Saturday"
    if any(h.tag_ == "VBD" for h in helpers) or token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN" and not helpers:
        # a bare participle: "plans announced in January" happened; "a summit set for" is ahead
        return "unknown" if token.lemma_.lower() in FORWARD_XCOMP else "past"
    present_helper = any(h.tag_ in ("VBZ", "VBP") for h in helpers)
    perfect = any(h.lower_ in ("has", "have") for h in helpers)
    if token.tag_ in ("VBN", "VBG") and present_helper and not perfect:
        return "present"  # "is headed Tuesday to Europe", "are meeting on Friday"
    if any(h.lower_ in ("has", "have") for h in helpers):
        return "past"
    if token.tag_ in ("VBZ", "VBP") and not helpers:
        return "past" if token.lemma_.lower() in REPORTING else "present"
    return None


def _recurring(text: str, start: int) -> bool:
    words = text[max(start - 12, 0) : start].split()
    return bool(words) and words[-1].lower() in RECURRING
