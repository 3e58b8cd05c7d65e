"""Quote marks and the verbs that attribute speech: where a quote is and what cues it.

Everything here works on plain text and spaCy tokens only; the choice of speaker lives in
``speakers.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# Lemmas of verbs that introduce what someone said or wrote. "According to" is handled apart
# because it is a preposition, not a verb.
CUE_LEMMAS = frozenset(
    {
        "acknowledge", "add", "admit", "affirm", "allege", "announce", "answer", "argue",
        "ask", "assert", "bark", "beam", "blast", "boast", "boom", "call", "caution",
        "charge", "chime", "claim", "comment", "complain", "concede", "conclude", "confirm",
        "contend", "counter", "declare", "denounce", "deny", "describe", "echo",
        "emphasise", "emphasize", "exclaim", "explain", "express", "insist", "interject",
        "joke", "label", "lament", "maintain", "note", "observe", "pledge", "point", "post",
        "praise", "predict", "proclaim", "promise", "quip", "recall", "recount",
        "reiterate", "remark", "repeat", "reply", "report", "respond", "retort", "say",
        "speak", "state", "stress", "suggest", "tell", "testify", "thank", "tweet", "urge",
        "vow", "warn", "write",
    }
)

# Surface forms used when no parse is at hand (the baseline and quick text checks).
CUE_WORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "warned",
        "warns", "declared", "declares", "stated", "states", "explained", "explains",
        "noted", "notes", "insisted", "insists", "argued", "argues", "asked", "asks",
        "replied", "replies", "responded", "tweeted", "posted", "claimed",
        "stressed", "urged", "recalled", "acknowledged", "admitted", "announced",
        "suggested", "concluded", "commented", "remarked", "conceded", "saying", "writing",
        "adding", "telling", "warning", "declaring",
    }
)

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class Span:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def text(self, source: str) -> str:
        return source[self.inner_start : self.inner_end].strip()


def quote_spans(text: str) -> list[Span]:
    """Quoted stretches, paragraph by paragraph (a newline always ends an open quote).

    An opening mark never closed in its paragraph runs to the paragraph end, so one stray
    mark cannot swallow the rest of the article.
    """
    spans: list[Span] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend(_paragraph_spans(paragraph, offset))
        offset += len(paragraph) + 1
    return [s for s in spans if _has_words(text[s.inner_start : s.inner_end])]


def _paragraph_spans(paragraph: str, offset: int) -> list[Span]:
    spans: list[Span] = []
    i = 0
    while i < len(paragraph):
        char = paragraph[i]
        if char in (OPENING, STRAIGHT) or (char == CLOSING and _opens_here(paragraph, i)):
            closer = STRAIGHT if char == STRAIGHT else CLOSING
            end = _closing_index(paragraph, i + 1, closer)
            if end < 0:
                inner_end = len(paragraph.rstrip())
                spans.append(Span(offset + i, offset + inner_end, offset + i + 1,
                                  offset + inner_end, False))
                break
            spans.append(Span(offset + i, offset + end + 1, offset + i + 1, offset + end, True))
            i = end + 1
            continue
        i += 1
    return spans


def _opens_here(paragraph: str, index: int) -> bool:
    """Some outlets open with ” too; treat it as an opening when it starts a word."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    return before.isspace() and after.isalnum()


def _closing_index(paragraph: str, start: int, closer: str) -> int:
    index = paragraph.find(closer, start)
    if closer == CLOSING and index < 0:
        # A curly opening closed by a straight mark (mixed typography).
        index = paragraph.find(STRAIGHT, start)
    return index


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def is_cue(token: Token) -> bool:
    """A verb of saying, or the "according" of "according to"."""
    if is_according(token):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.text in ("-", "–") and not previous.whitespace_:
        return False  # "so-called", "self-described": part of an adjective
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS:
        return True
    if token.pos_ == "VERB" and _phrasal_cue(token):
        return True
    # The small model tags "writing," as a noun; a cue word with no article before it is
    # still a cue.
    determined = previous is not None and previous.pos_ in ("DET", "PRON")
    return token.text in CUE_WORDS and not determined


def is_according(token: Token) -> bool:
    return (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
    )


def _phrasal_cue(token: Token) -> bool:
    """"went on", "shot back", "continued" (not "continued preparing")."""
    children = {c.dep_ for c in token.children}
    if token.lemma_ in ("shoot", "fire", "hit") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    ):
        return True
    if token.lemma_ == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children) and not (
            children & {"xcomp", "prep"}
        )
    return token.lemma_ == "continue" and not children & {"xcomp", "dobj"}


def cue_text(token: Token) -> str:
    return "according to" if is_according(token) else token.text.lower()
