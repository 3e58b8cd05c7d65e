"""Where quotes are: double quote marks paired into quoted stretches, paragraph by paragraph.

Marks are read by their shape, not only their glyph, because news text mixes them: a
straight mark opens when it stands before a word and after a space, closes when it stands
after a word; a curly mark used the wrong way round is read by the same shape (the wire
copy in PolNeAR mixes ``"`` and ``”`` within one quote). A newline always ends an open
quote, so one stray mark cannot swallow the rest of the article.

A quote that runs over paragraphs leaves its first paragraph open and opens the next one
again (the news convention): the next stretch is marked ``continues`` so that the two
become spans of one quote. Single marks are not quotes here: they nest inside double ones
and double as apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydesk.annotate.cues import CUE_WORDS

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARKS = (OPENING, CLOSING, STRAIGHT)
# A mark with one of these just before it stands at the start of something.
OPEN_BEFORE = " \t([{—–-/"
# A mark with one of these just after it ends something.
CLOSE_AFTER = " \t,.;:!?)]}—–-"
# "…in Europe, "she said." (an ECB+ text rebuilt from tokens, and wire copy with a stray
# space): a mark shaped as an opening, inside an open quote, closes it when its cue verb
# comes within this many words, after nothing but a name or a pronoun.
CUE_LEAD_WORDS = 6
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# A sentence ends at its full stop, or at the quote mark right after it (`facilities." She`).
SENTENCE_END = re.compile(r"[.!?][\"“”]?(?:\s|$)")
# After a comma, the cue of a clause that closes the quote comes within this many words:
# "…, "Palmer public safety director Jon Owen said" (a title, a name, the verb).
CUE_CLAUSE_WORDS = 12
SENTENCE_BEFORE = re.compile(r"[.!?]\s*$")
# An unclosed quote that a single mark closes: sentence punctuation, ’, a space.
SINGLE_CLOSE = re.compile(r"[.,!?][’'](?=\s)")
_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}"
_PRONOUN = r"(?:he|she|they|we|I)"
_CUES = "|".join(sorted(CUE_WORDS, key=len, reverse=True))
# ", he added," / ", said Kessel," / ", Kessel said." inside an unclosed quote.
CUE_CLAUSE = re.compile(
    rf"[,?!]\s+(?:(?:{_PRONOUN}|{_NAME})\s+(?:{_CUES})|(?:{_CUES})\s+(?:{_PRONOUN}|{_NAME}))"
    r"(?=[,.:;])"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    ``continues`` is set on a stretch that goes on with the quote before it, which was left
    open (at a paragraph end, or by an opening mark where a closing one was due).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    continues: bool = False

    def text(self, source: str) -> str:
        return source[self.inner_start : self.inner_end].strip()

    def trimmed(self, source: str) -> tuple[int, int]:
        """The inner range without the spaces at its ends (the verbatim words)."""
        inner = source[self.inner_start : self.inner_end]
        start = self.inner_start + len(inner) - len(inner.lstrip())
        return start, start + len(inner.strip())


def quote_spans(text: str) -> list[Span]:
    """Quoted stretches in text order, each with at least one letter inside."""
    spans: list[Span] = []
    offset = 0
    left_open = False
    for paragraph in text.split("\n"):
        found = _paragraph_spans(paragraph, offset, left_open)
        if found and left_open and not paragraph[: found[0].start - offset].strip():
            first = found[0]
            found[0] = Span(first.start, first.end, first.inner_start, first.inner_end,
                            first.closed, continues=True)
        spans.extend(found)
        if paragraph.strip():
            left_open = bool(found) and not found[-1].closed
        offset += len(paragraph) + 1
    return [s for s in spans if any(c.isalpha() for c in text[s.inner_start : s.inner_end])]


def _paragraph_spans(paragraph: str, offset: int, left_open: bool) -> list[Span]:
    spans: list[Span] = []
    opened: int | None = None
    continues = False
    skip_to = -1
    last_nested: tuple[int, int] | None = None
    for index, char in enumerate(paragraph):
        if char not in MARKS or index <= skip_to:
            continue
        shape = _shape(paragraph, index)
        inside = left_open and not spans and not paragraph.lstrip().startswith(MARKS)
        if opened is None and inside and (
            shape != "open" or _closes_before_cue(paragraph, index)
        ):
            # A paragraph that begins inside the quote the previous one left open (a text
            # whose paragraph breaks were rebuilt, ECB+) ends it at its first mark: `Not to
            # have a good life but to survive. " As Athens burned`, `The truth is different
            # from appearances, "he said.`
            start = len(paragraph) - len(paragraph.lstrip())
            spans.append(Span(offset + start, offset + index + 1, offset + start,
                              offset + index, True, continues=True))
            continue
        if opened is None:
            if shape != "close":
                opened = index
            continue
        if shape != "open" or _closes_before_cue(paragraph, index):
            spans.append(_span(offset, opened, index + 1, index, closed=True, continues=continues))
            opened, continues = None, False
            continue
        nested = _nested_end(paragraph, opened, index)
        if nested is not None:
            skip_to = nested  # "The DoJ isn’t about “Equal Justice Under Law” anymore."
            last_nested = (index, nested)
            continue
        # An opening where a closing was due: the quote before lost its closing mark.
        lost = _lost_close(paragraph, opened, index)
        if lost is not None:
            spans.append(_span(offset, opened, *lost, closed=True, continues=continues))
            continues = False
        elif SENTENCE_BEFORE.search(paragraph, opened, index):
            # "A. B. "C," she said": a quote over paragraphs whose breaks the text lost.
            end = len(paragraph[:index].rstrip())
            spans.append(_span(offset, opened, end, end, closed=False, continues=continues))
            continues = True
        else:
            continues = False  # the earlier mark was a stray one
        opened = index
    if opened is not None:
        end = len(paragraph.rstrip())
        lost = _lost_close(paragraph, opened, end)
        if (
            last_nested is not None and not left_open
            and last_nested[0] > opened and last_nested[1] == end - 1
        ):
            # ""Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”": a
            # stray mark opens the paragraph and the quote nested in it ends it.
            first, last = last_nested
            spans.append(_span(offset, first, last + 1, last, closed=True, continues=False))
        elif lost is not None:
            spans.append(_span(offset, opened, *lost, closed=True, continues=continues))
        elif end > opened + 1:
            spans.append(_span(offset, opened, end, end, closed=False, continues=continues))
    return spans


def _nested_end(paragraph: str, opened: int, index: int) -> int | None:
    """Where a quote inside a quote ends, when it uses the other kind of mark: curly inside
    straight or straight inside curly (wire copy in PolNeAR train nests them that way)."""
    outer_straight = paragraph[opened] == STRAIGHT
    if (paragraph[index] == STRAIGHT) == outer_straight:
        return _nested_alike(paragraph, index)
    closers = (CLOSING,) if outer_straight else (STRAIGHT,)
    for end in range(index + 1, len(paragraph)):
        if paragraph[end] in closers and _shape(paragraph, end) != "open":
            return end
        if paragraph[end] == paragraph[opened] and _shape(paragraph, end) == "close":
            return None  # the outer quote closes first: not nested
    return None


def _nested_alike(paragraph: str, index: int) -> int | None:
    """A quote nested in the same kind of mark: “… when “your team” needs to be held
    accountable. … insincere.” (PolNeAR train). Nested only when two closing marks follow
    before any other opening: one for the inner quote, one for the outer."""
    closes: list[int] = []
    for end in range(index + 1, len(paragraph)):
        if paragraph[end] not in MARKS:
            continue
        shape = _shape(paragraph, end)
        if shape == "open":
            return None
        closes.append(end)
        if len(closes) == 2:
            return closes[0]
    return None


def _span(
    offset: int, opened: int, end: int, inner_end: int, closed: bool, continues: bool
) -> Span:
    return Span(offset + opened, offset + end, offset + opened + 1, offset + inner_end, closed,
                continues)


def _lost_close(paragraph: str, opened: int, until: int) -> tuple[int, int] | None:
    """Where an unclosed quote really ended, as (end, inner end), when the text shows it:
    a single closing mark after the last words (“Let’s go.’ Schumer was …", PolNeAR
    train), or a cue clause with no mark before it ("… what papers to keep, said Kessel,
    whose …"; "“Absent a force, he added, “this is …")."""
    single = SINGLE_CLOSE.search(paragraph, opened + 1, until)
    if single is not None:
        return single.end(), single.start() + 1
    clause = CUE_CLAUSE.search(paragraph, opened + 1, until)
    if clause is not None:
        return clause.start() + 1, clause.start() + 1
    return None


def _shape(paragraph: str, index: int) -> str:
    """"open", "close" or "either", from the characters on both sides of the mark."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    starts = before in OPEN_BEFORE
    ends = after in CLOSE_AFTER
    if starts and not ends:
        return "open"
    if ends and not starts:
        return "close"
    char = paragraph[index]
    if char == OPENING:
        return "open"
    if char == CLOSING:
        return "close"
    return "either"


def _closes_before_cue(paragraph: str, index: int) -> bool:
    """An opening-shaped mark that ends a quote's words and is followed by its cue clause
    closes: "…,” she said." and, in texts rebuilt from tokens (ECB+: `get by, "said 61 -
    year - old Anargyros Bizianis, a municipal worker …`), "…, "European Union President
    Herman Van Rompuy said in Brussels." — the cue comes first after the mark, or after
    nothing but a pronoun or a capitalised name. After a comma, the cue may come later in
    its sentence, after a subject with a title or an apposition: `He bleeds Philadelphia,
    "team president Billy King said.`, `"We do not want to change coaches [again], "Sixers
    chairman Ed Snider said.` (ECB+ 5_2ecbplus), `"…, "Heller argued after a prosecutor
    objected to Lohan's choice of rehab facilities." She's …` (1_21ecbplus: the next
    quote's opening mark ends the sentence)."""
    lead = paragraph[:index].rstrip()
    if not lead.endswith((",", "?", "!", ".", "…")):
        return False
    rest = paragraph[index + 1 :]
    end = SENTENCE_END.search(rest)
    clause = rest[: end.start() if end else len(rest)]
    if any(mark in clause for mark in MARKS):
        return False
    words = [w for w in re.findall(r"[\w’'-]+", clause) if any(c.isalnum() for c in w)]
    if lead.endswith(",") and any(w in CUE_WORDS for w in words[:CUE_CLAUSE_WORDS]):
        return True
    described = bool(words) and words[0].lower() in DETERMINERS  # "the paper said"
    for position, word in enumerate(words[:CUE_LEAD_WORDS + 1]):
        if word.lower() in CUE_WORDS:
            return True
        name_like = word[:1].isupper() or word.lower() in SUBJECT_PRONOUNS
        if not (described or name_like or (position and word.isdigit())):
            return False
    return False
