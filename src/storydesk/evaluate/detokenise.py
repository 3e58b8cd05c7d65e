"""Readable text from the token-level corpora (ECB+, MEANTIME), with every token's span.

Both corpora give tokens with their sentence number and nothing about the original spacing,
so the text is rebuilt as a writer would have written it: no space before closing
punctuation ("said ." -> "said."), after opening brackets, or around apostrophe clitics
("Reid 's" -> "Reid's"); PTB quote tokens (`` '') back to straight double quotes; an ECB+
"plus" document's opening web address glued back together. Joining the tokens with plain
spaces instead cuts names at their initials: the model reads "George W . Bush" as "George W"
and a new sentence, and "U.S . Army" likewise (ECB+ topics 9 and 10: "George W. Bush",
"John W. Henry").

Quotes are read over the whole document, not one sentence: a quote runs on over several
sentences, and the ECB+ "plus" files leave an opening mark on its word ('"The') but split a
closing one off ('her back , " Clark said'), so which way a lone '"' faces comes from the
marks before it (their parity) and from where it stands (sentence start, after a full stop,
before a comma). Per sentence, a closing mark read as opening cut the quote from its
speaker ('her back, "Clark said.').

The "plus" files also split what outlets write as one word: "40 - year - old", "5 . 4 per
cent", "$ 27 . 5MM", "22 , 000", "U . S .", "Klitschko ’ s", ". 38 - caliber" (ECB+ 7_10,
8_1, 10_5, 19_1, 20_11 ecbplus). They are joined back only in a document whose tokens show
that split (no token holds a hyphen, point or thousands comma inside it), so a dash written
" - " in an ECB file, which keeps "three-game" whole, stays a dash.

One home for the rules (STYLE habit 13): the evaluations' readers (``ecbplus.lay_out``, the
facts evaluation through it) and the test builders that write these corpora as text files
all call ``detokenise_document``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Tokens = list[tuple[str, str]]  # (t_id, text) of one sentence

NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "/", "\u2019"}
    | {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "\u00a3", "\u20ac", "``", "#", "/"})
# Double quote tokens as written: PTB's `` '' become straight quotes; curly ones stay.
DOUBLE_QUOTES = {"``": '"', "''": '"', '"': '"', "\u201c": "\u201c", "\u201d": "\u201d"}
OPENING_QUOTES = frozenset({"``", "\u201c", "\u2018"})
CLOSING_QUOTES = frozenset({"''", "\u201d"})
# What a closing quote stands before ('over , " he said' is the other case) and what no
# opening quote follows inside a sentence.
CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "..."})
FULL_STOPS = frozenset({".", "!", "?", "..."})
CLITICS = frozenset({"s", "t", "m", "re", "ve", "ll", "d"})  # after a split-off apostrophe

# Signs the "plus" files split off inside a word or number, each with the shape of a token
# that keeps it whole (a document holding one does not split that sign).
_WHOLE = {"-": re.compile(r"\w-\w"), ".": re.compile(r"\d\.\d"), ",": re.compile(r"\d,\d{3}")}
_NUMBER = re.compile(r"(?:US)?[$£€¥]?\d+")
_THOUSANDS_AFTER = re.compile(r"\d{3}(?:\D.*)?")
_WORDLIKE = re.compile(r"[\w$£€%]")
# A point split from the number it opens: ".38-caliber", ".357" (a calibre written without
# its leading zero, 19_1ecbplus); a sentence's full stop is never followed by one.
_LEADING_POINT = re.compile(r"\d{2,3}(?:-[a-z]+)?")


@dataclass(slots=True)
class Line:
    """One rebuilt sentence, with the character span of every token inside it."""

    text: str
    token_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # t_id -> span


def detokenise(tokens: Tokens) -> Line:
    """One sentence read alone (its quote marks and splits judged from itself)."""
    return detokenise_document([tokens])[0]


def detokenise_document(sentences: list[Tokens]) -> list[Line]:
    """Every sentence of one document as written, quote parity carried across sentences."""
    texts = [text for tokens in sentences for _, text in tokens]
    split = {sign for sign, whole in _WHOLE.items() if not any(whole.search(t) for t in texts)}
    writer = _Writer(split)
    return [
        _glue(tokens) if is_url_sentence(tokens) else writer.line(tokens) for tokens in sentences
    ]


def is_url_sentence(tokens: Tokens) -> bool:
    """ECB+ "plus" documents open with their source URL as one sentence, split at every
    punctuation mark ("http", ":", "/", "/", "www", ".", "people", ...): a URL has no spaces."""
    texts = [text for _, text in tokens[:2]]
    return len(texts) == 2 and texts[0].casefold() in ("http", "https") and texts[1] == ":"


def _glue(tokens: Tokens) -> Line:
    line = Line("".join(text for _, text in tokens))
    offset = 0
    for t_id, text in tokens:
        line.token_spans[t_id] = (offset, offset + len(text))
        offset += len(text)
    return line


@dataclass(slots=True)
class _Writer:
    """Lays sentences out one after another; a double quote left open stays open."""

    split: set[str]  # signs this document splits off inside words ("-", ".", ",")
    quote_open: bool = False

    def line(self, tokens: Tokens) -> Line:
        raws = [text for _, text in tokens]
        joined, points = self._joined(raws)
        single_open = False
        line = Line("")
        pieces: list[str] = []
        offset = 0
        glue_next = True
        for index, (t_id, raw) in enumerate(tokens):
            token = DOUBLE_QUOTES.get(raw, raw)
            before = raws[index - 1] if index else ""
            if raw in DOUBLE_QUOTES:
                closing = self._closes(raws, index)
                self.quote_open = not closing
                space, glue_after = not glue_next and not closing, not closing
            elif raw in ("'", "\u2018"):
                closing = (
                    raw == "'"
                    and index > 0
                    and (single_open or before not in (":", "(", "``", '"', "\u201c"))
                )
                single_open = not closing
                space, glue_after = not glue_next and not closing, not closing
            else:
                space = not glue_next and raw not in NO_SPACE_BEFORE and index not in joined
                space = space or (index in points and not glue_next)
                space = space and not _glued("".join(pieces[-3:]), raw)
                glue_after = raw in NO_SPACE_AFTER or re.fullmatch(r"[A-Z]'", raw) is not None
                self._mark_quotes(raw)
                single_open = single_open or re.match(r"['\u2018][A-Za-z]", raw) is not None
            if space:
                pieces.append(" ")
                offset += 1
            line.token_spans[t_id] = (offset, offset + len(token))
            pieces.append(token)
            offset += len(token)
            glue_next = glue_after
        line.text = "".join(pieces)
        return line

    def _closes(self, raws: list[str], index: int) -> bool:
        """Whether the double quote at ``index`` closes a quote. Curly marks say so; PTB's
        `` and '' are a hint the ECB files do not always keep ('a party girl. ``', 1_11ecb;
        'party , `` police said', 18_4ecb), so they are read as a straight mark is, from
        where the mark stands and whether a quote is open."""
        raw = raws[index]
        if raw in ("\u201c", "\u201d"):
            return raw == "\u201d"
        before = raws[index - 1] if index else ""
        after = raws[index + 1] if index + 1 < len(raws) else ""
        ends = index > 0 and (
            not after or after in CLOSERS or before in FULL_STOPS or _ends_sentence(before)
        )
        if raw == "``":
            return self.quote_open and (ends or before == ",")
        if raw == "''":
            return self.quote_open or index > 0
        if index == 0:  # a sentence opens a quote ('"' alone closes one left open)
            return len(raws) == 1 and self.quote_open
        if ends:
            return True  # 'to happen . "', '"Old Mat Maid Warehouse " .'
        if before == ":":
            return False  # 'He said : "I can't speak'
        if before == ",":  # '"…her back , " Clark said' / 'said , "We'
            return self.quote_open or after[:1].islower()
        return self.quote_open

    def _mark_quotes(self, raw: str) -> None:
        """A mark written onto its word ('"The', 'Chin"', '"bagman"') opens or closes."""
        for position, char in enumerate(raw):
            if char == '"':
                at_start, at_end = position == 0, position == len(raw) - 1
                self.quote_open = at_start if at_start != at_end else not self.quote_open
            elif char in ("\u201c", "\u201d"):
                self.quote_open = char == "\u201c"

    def _joined(self, raws: list[str]) -> tuple[set[int], set[int]]:
        """Indexes of tokens the tokeniser split off the token before ("36 - year - old",
        "27 . 5MM", "22 , 000", "U . S .", ". 357"), and of points that open a number and
        so stand after a space ("a .357 caliber")."""
        joined: set[int] = set()
        points: set[int] = set()
        for index in range(1, len(raws) - 1):
            before, sign, after = raws[index - 1 : index + 2]
            earlier = raws[index - 2] if index > 1 else ""
            if sign not in self.split and not (sign == "." and _initial(before)):
                continue
            if sign == "-":
                if _WORDLIKE.search(before[-1:]) and _WORDLIKE.search(after[:1]):
                    joined.update((index, index + 1))
                elif after == "-":
                    joined.add(index + 1)  # "vehicle - - a 2007 silver Ford" (18_1ecbplus)
            elif sign == "." and _NUMBER.fullmatch(before) and after[:1].isdigit():
                joined.update((index, index + 1))  # "5 . 4", "$ 27 . 5MM", "8 . 40am"
            elif sign == "." and _initial(before) and _initial(after):
                joined.update((index, index + 1))  # "the U . S . Geological Survey"
            elif sign == "." and _LEADING_POINT.fullmatch(after) and not _NUMBER.fullmatch(before):
                if not before[:1].isupper():  # "a . 357 caliber", ": . 290 average", not "Oct . 26"
                    joined.add(index + 1)
                    points.add(index)
            elif sign == "," and _thousands(earlier, before, after):
                joined.update((index, index + 1))  # "22 , 000", "1 , 000 , 000"
        return joined, points


def _thousands(earlier: str, before: str, after: str) -> bool:
    """ "22 , 000" is one number; "5 - foot - 8 , 135 pounds" (a height, then a weight,
    16_5ecbplus) is two, as "May 2 , 2013" is a date."""
    if earlier in ("-", "."):
        return False
    return bool(
        re.fullmatch(r"(?:US)?[$£€¥]?\d{1,3}", before) and _THOUSANDS_AFTER.fullmatch(after)
    )


def _initial(token: str) -> bool:
    return len(token) == 1 and token.isalpha()  # "U . S .", "3:30 a . m ."


def _ends_sentence(token: str) -> bool:
    """A word the tokeniser left its full stop on: "girl." (1_11ecb), not "U.S."."""
    return re.search(r"[a-z]{2}[.!?]$", token) is not None


def _glued(before: str, token: str) -> bool:
    """Pieces the tokeniser split that never have a space between: "1" ":" "32", "'" "s"."""
    if before.endswith(("'", "\u2019")) and token.casefold() in CLITICS:
        return True
    return re.search(r"\d:$", before) is not None and token[:1].isdigit()
