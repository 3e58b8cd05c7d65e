"""Reading ECB+ (CROMER XML): tokens, annotated mentions and their cross-document instances.

Layout: ``<data>/ECB+/<topic>/<topic>_<n>ecb.xml`` and ``..._<n>ecbplus.xml``; in each topic the
``ecb`` and ``ecbplus`` files report two different events. A document becomes an ``Article``
whose text is its tokens joined by spaces, or laid out as written (``lay_out``), one sentence
per line (the token XML gives the sentence of every token), so offsets of every token are
known exactly.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.detokenise import Line, detokenise_document


@dataclass(slots=True)
class GoldMention:
    m_id: str
    tag: str  # e.g. HUMAN_PART_PER, LOC_GEO
    tokens: list[str]  # t_ids
    instance: str | None = None  # cross-document instance id, None when not linked across


@dataclass(slots=True)
class EcbDocument:
    name: str  # "1_10ecbplus.xml"
    topic: str  # "1"
    event: str  # "1/ecb" or "1/ecbplus"
    tokens: dict[str, tuple[int, str]] = field(default_factory=dict)  # t_id -> (sentence, text)
    mentions: list[GoldMention] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # t_id -> char span
    text: str = ""

    def article(self) -> Article:
        return Article(id=self.name, source=self.name, text=self.text)

    def mention_text(self, mention: GoldMention) -> str:
        return " ".join(self.tokens[t][1] for t in mention.tokens if t in self.tokens)

    def mention_span(self, mention: GoldMention) -> tuple[int, int]:
        spans = [self.spans[t] for t in mention.tokens if t in self.spans]
        return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (-1, -1)


def topic_folders(data: Path, limit: int | None = None) -> list[Path]:
    """Topic folders in numeric order; ``limit`` keeps the first N; none for a missing folder."""
    if not data.is_dir():
        return []
    root = data / "ECB+" if (data / "ECB+").is_dir() else data
    folders = [p for p in root.iterdir() if p.is_dir() and p.name.isdigit()]
    folders.sort(key=lambda p: int(p.name))
    return folders[:limit] if limit else folders


def no_topics(name: str, data: Path) -> EvalResult:
    """What an ECB+ evaluation reports for a folder without topic folders."""
    return EvalResult(name=name, available=False, notes=[f"{data}: no ECB+ topic folders"])


def read_topic(folder: Path, written: bool = False) -> list[EcbDocument]:
    return [read_document(path, written) for path in sorted(folder.glob("*.xml"))]


def read_document(path: Path, written: bool = False) -> EcbDocument:
    """One document; its text laid out as written when ``written`` (``lay_out``)."""
    root = ET.parse(path).getroot()
    name = root.get("doc_name") or path.name
    topic = name.split("_", 1)[0]
    kind = "ecbplus" if re.search(r"ecbplus\.xml$", name) else "ecb"
    document = EcbDocument(
        name=name, topic=topic, event=f"{topic}/{kind}", tokens=read_tokens(root)
    )
    lay_out(document, written)
    document.mentions = _mentions(root)
    return document


def read_tokens(root: ET.Element) -> dict[str, tuple[int, str]]:
    """t_id -> (sentence, text) of every token in document order. MEANTIME is written in the
    same CAT XML, so its readers use this too."""
    return {
        t.get("t_id", ""): (int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")
    }


def lay_out(document: EcbDocument, written: bool = False) -> None:
    """The document's text, one sentence a line, with the character span of every token.

    ``written``: rebuilt as a writer writes it (``detokenise_document``: "George W. Bush",
    "Reid's publicist said so.", "$27.5MM", quotes facing the right way), as the entity and
    fact evaluations read it, since tokens joined by spaces cut names at their initials
    ("George W . Bush" is tagged "George W") and numbers at their points. Otherwise the
    tokens joined by single spaces, as the story evaluations were tuned on (their MinHash
    signatures and thresholds move with any change of the text)."""
    sentences: list[list[tuple[str, str]]] = []
    previous: int | None = None
    for t_id, (sentence, text) in document.tokens.items():
        if sentence != previous or not sentences:
            sentences.append([])
        sentences[-1].append((t_id, text))
        previous = sentence
    lines: list[str] = []
    offset = 0
    for line in detokenise_document(sentences) if written else map(_spaced, sentences):
        for t_id, (start, end) in line.token_spans.items():
            document.spans[t_id] = (offset + start, offset + end)
        lines.append(line.text)
        offset += len(line.text) + 1
    document.text = "\n".join(lines)


def _spaced(tokens: list[tuple[str, str]]) -> Line:
    line = Line(" ".join(text for _, text in tokens))
    offset = 0
    for t_id, text in tokens:
        line.token_spans[t_id] = (offset, offset + len(text))
        offset += len(text) + 1
    return line


def _mentions(root: ET.Element) -> list[GoldMention]:
    markables = root.find("Markables")
    mentions: dict[str, GoldMention] = {}
    for element in markables if markables is not None else []:
        anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
        if anchors:  # elements without anchors are instance descriptors, not mentions
            m_id = element.get("m_id", "")
            mentions[m_id] = GoldMention(m_id, element.tag, anchors)
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.findall("source"):
            mention = mentions.get(source.get("m_id", ""))
            if mention is not None:
                mention.instance = relation.get("note")
    return list(mentions.values())
