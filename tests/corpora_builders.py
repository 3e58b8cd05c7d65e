"""Small real stories from the shared token-level corpora (MEANTIME, ECB+), written as text files.

Both corpora give tokens with their sentence number and nothing about the original spacing, so
the text is rebuilt by ``storydesk.evaluate.detokenise`` (the evaluations' readers use the same
rules). One sentence per line, since the corpora keep no paragraphs.
MEANTIME sentence 0 is the headline and sentence 1 the dateline; they become front matter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.evaluate.detokenise import Line, detokenise_document
from storydesk.evaluate.ecbplus import read_tokens


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


def _sentences(root: ET.Element) -> dict[int, list[tuple[str, str]]]:
    sentences: dict[int, list[tuple[str, str]]] = {}
    for t_id, (number, text) in read_tokens(root).items():
        sentences.setdefault(number, []).append((t_id, text))
    return sentences


def read_meantime(path: Path) -> TokenDocument:
    root = ET.parse(path).getroot()
    sentences = _sentences(root)
    numbers = sorted(sentences)
    lines = detokenise_document([sentences[n] for n in numbers])
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
        name=path.stem, lines=detokenise_document([sentences[n] for n in sorted(sentences)])
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
