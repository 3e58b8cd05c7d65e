"""Readable text from the token-level corpora (ECB+, MEANTIME), with every token's span.

Both corpora give tokens with their sentence number and nothing about the original spacing,
so the text is rebuilt as a writer would have written it: no space before closing
punctuation ("said ." -> "said."), after opening brackets, or around apostrophe clitics
("Reid 's" -> "Reid's"); PTB quote tokens (`` '') back to straight double quotes; an ECB+
"plus" document's opening web address glued back together. Joining the tokens with plain
spaces instead cuts names at their initials: the model reads "George W . Bush" as "George W"
and a new sentence, and "U.S . Army" likewise (ECB+ topics 9 and 10: "George W. Bush",
"John W. Henry").

One home for the rules (STYLE habit 13): the evaluations' readers (``ecbplus.lay_out``) and
the test builders that write these corpora as text files both call ``detokenise``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''"}
    | {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "``", "#", "/"})
QUOTE_TOKENS = {"``": '"', "''": '"', '"': '"', "\u201c": "\u201c", "\u201d": "\u201d"}
CLITICS = frozenset({"s", "t", "m", "re", "ve", "ll", "d"})  # after a split-off apostrophe


@dataclass(slots=True)
class Line:
    """One rebuilt sentence, with the character span of every token inside it."""

    text: str
    token_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # t_id -> span


def detokenise(tokens: list[tuple[str, str]]) -> Line:
    """Join ``(t_id, text)`` tokens of one sentence into readable text with token spans."""
    if is_url_sentence(tokens):
        return _glue(tokens)
    line = Line("")
    pieces: list[str] = []
    offset = 0
    glue_next = True
    open_quote = False
    for t_id, raw in tokens:
        token = raw
        if raw in QUOTE_TOKENS:
            token = QUOTE_TOKENS[raw]
            closing = raw in ("''", "\u201d") or (raw == '"' and open_quote)
            open_quote = not closing
            space = not glue_next and not closing
            glue_after = not closing
        else:
            space = not glue_next and raw not in NO_SPACE_BEFORE | {"/", "\u2019"}
            space = space and not _glued("".join(pieces[-3:]), raw)
            glue_after = raw in NO_SPACE_AFTER or re.fullmatch(r"[A-Z]'", raw) is not None
        if space:
            pieces.append(" ")
            offset += 1
        line.token_spans[t_id] = (offset, offset + len(token))
        pieces.append(token)
        offset += len(token)
        glue_next = glue_after
    line.text = "".join(pieces)
    return line


def is_url_sentence(tokens: list[tuple[str, str]]) -> bool:
    """ECB+ "plus" documents open with their source URL as one sentence, split at every
    punctuation mark ("http", ":", "/", "/", "www", ".", "people", ...): a URL has no spaces."""
    texts = [text for _, text in tokens[:2]]
    return len(texts) == 2 and texts[0].casefold() in ("http", "https") and texts[1] == ":"


def _glue(tokens: list[tuple[str, str]]) -> Line:
    line = Line("".join(text for _, text in tokens))
    offset = 0
    for t_id, text in tokens:
        line.token_spans[t_id] = (offset, offset + len(text))
        offset += len(text)
    return line


def _glued(before: str, token: str) -> bool:
    """Pieces the tokeniser split that never have a space between: "1" ":" "32", "'" "s"."""
    if before.endswith(("'", "\u2019")) and token.casefold() in CLITICS:
        return True
    if token == "'" and before.endswith("s"):  # plural possessive: "Motors '" is "Motors'"
        return True
    return re.search(r"\d:$", before) is not None and token[:1].isdigit()
