"""Small real stories from the shared token-level corpora (MEANTIME, ECB+), written as text files.

Both corpora give tokens with their sentence number and nothing about the original spacing, so
the text is rebuilt: tokens joined by spaces, then the usual detokenisation (no space before
closing punctuation, after opening brackets, around apostrophe clitics; PTB quote tokens back
to straight double quotes). One sentence per line, since the corpora keep no paragraphs.
MEANTIME sentence 0 is the headline and sentence 1 the dateline; they become front matter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.evaluate.ecbplus import read_tokens

NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "'S",
    "N'T",
    "...",
    "''",
}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "``", "#", "/"}
QUOTE_TOKENS = {"``": '"', "''": '"', '"': '"', "\u201c": "\u201c", "\u201d": "\u201d"}
CLITICS = {"s", "t", "m", "re", "ve", "ll", "d"}  # after a split-off apostrophe: "I' m", "she ’ s"


@dataclass(slots=True)
class Line:
    """One rebuilt sentence, with the character span of every token inside it."""

    text: str
    token_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # t_id -> span


@dataclass(frozen=True, slots=True)
class Timex:
    """A MEANTIME TIMEX3 anchored in one sentence (character span inside that line)."""

    line: int
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class TokenDocument:
    name: str
    lines: list[Line]
    created: str | None = None  # YYYY-MM-DD
    timexes: list[Timex] = field(default_factory=list)

    def as_text_file(self) -> str:
        """Front matter (title, published) and the body, headline and dateline left out."""
        body_lines = self.lines[2:] if self.created else self.lines
        head = ["---", f"title: {self.lines[0].text}"] if self.created else ["---"]
        if self.created:
            head.append(f"published: {self.created}")
        head.append("---")
        return "\n".join(head + paragraphs(body_lines)) + "\n"


def paragraphs(lines: list[Line]) -> list[str]:
    """One sentence a paragraph, except that a quote left open runs on into the next sentence
    (the corpora split multi-sentence quotes into sentences; a paragraph break inside a quote
    with no closing mark is not how articles are written)."""
    paragraphs: list[str] = []
    pending: list[str] = []
    for line in lines:
        pending.append(line.text)
        joined = " ".join(pending)
        if joined.count('"') % 2 == 0 and joined.count("\u201c") <= joined.count("\u201d"):
            paragraphs.append(" ".join(pending))
            pending = []
    if pending:
        paragraphs.append(" ".join(pending))
    return paragraphs


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


def _sentences(root: ET.Element) -> dict[int, list[tuple[str, str]]]:
    sentences: dict[int, list[tuple[str, str]]] = {}
    for t_id, (number, text) in read_tokens(root).items():
        sentences.setdefault(number, []).append((t_id, text))
    return sentences


def read_meantime(path: Path) -> TokenDocument:
    root = ET.parse(path).getroot()
    sentences = _sentences(root)
    numbers = sorted(sentences)
    lines = [detokenise(sentences[n]) for n in numbers]
    where = {t: (i, line.token_spans[t]) for i, line in enumerate(lines) for t in line.token_spans}
    document = TokenDocument(name=path.stem, lines=lines)
    for timex in root.iter("TIMEX3"):
        value = timex.get("value", "")
        if timex.get("functionInDocument") == "CREATION_TIME":
            document.created = value[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value) else None
            continue
        anchors = [
            where[a.get("t_id", "")]
            for a in timex.findall("token_anchor")
            if a.get("t_id", "") in where
        ]
        if anchors:
            line_number = anchors[0][0]
            spans = [span for n, span in anchors if n == line_number]
            document.timexes.append(
                Timex(
                    line_number,
                    min(s for s, _ in spans),
                    max(e for _, e in spans),
                    timex.get("type", ""),
                    value,
                )
            )
    return document


def read_ecbplus(path: Path) -> TokenDocument:
    sentences = _sentences(ET.parse(path).getroot())
    return TokenDocument(
        name=path.stem, lines=[detokenise(sentences[n]) for n in sorted(sentences)]
    )


def write_meantime_topic(
    topic: Path, folder: Path, limit: int | None = None
) -> list[TokenDocument]:
    """Write the first ``limit`` documents of a MEANTIME topic folder as .txt files."""
    documents = [read_meantime(p) for p in sorted(topic.glob("*.xml"))[:limit]]
    _write(documents, folder)
    return documents


def write_ecbplus_topic(topic: Path, folder: Path, limit: int | None = None) -> list[TokenDocument]:
    """Write the first ``limit`` documents of an ECB+ topic as .txt files (no front matter)."""
    documents = [read_ecbplus(p) for p in sorted(topic.glob("*.xml"))[:limit]]
    folder.mkdir(parents=True, exist_ok=True)
    for document in documents:
        text = "\n".join(paragraphs(document.lines)) + "\n"
        (folder / f"{document.name}.txt").write_text(text, encoding="utf-8")
    return documents


def _write(documents: list[TokenDocument], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for document in documents:
        (folder / f"{document.name}.txt").write_text(document.as_text_file(), encoding="utf-8")
