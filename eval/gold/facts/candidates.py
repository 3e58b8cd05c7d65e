"""Print an event's numbers in context, to label the facts gold by reading (not a labeller).

    python eval/gold/facts/candidates.py ecbplus/ECB+/1 ecb      # one ECB+ event
    python eval/gold/facts/candidates.py meantime/intra-doc_annotation/corpus_gm

Every sentence holding a digit or a number word is printed with its document, its
sentence number in the token XML and the sentence itself; years, clock times and day
numbers next to a month are left out. The labeller reads them (and the documents, for
context) and writes the facts by hand into the gold JSON.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from storydesk.annotate.numbers import is_number_word
from storydesk.evaluate.ecbplus import read_document

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"
MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def numbers(words: list[str]) -> list[str]:
    found = []
    for index, word in enumerate(words):
        if not is_number_word(word) or re.fullmatch(r"(19|20)\d\d", word):
            continue
        near = " ".join(words[max(index - 1, 0) : index + 2])
        if MONTHS.search(words[index - 1] if index else "") or ":" in near:
            continue
        found.append(word)
    return found


def main() -> None:
    folder = DATA / sys.argv[1]
    kind = sys.argv[2] if len(sys.argv) > 2 else None
    paths = sorted(folder.glob("*.xml"))
    if kind:
        paths = [p for p in paths if p.name.endswith(f"{kind}.xml")]
    for path in paths:
        document = read_document(path)
        sentences: dict[int, list[str]] = {}
        for sentence, text in document.tokens.values():
            sentences.setdefault(sentence, []).append(text)
        for number, words in sorted(sentences.items()):
            found = numbers(words)
            if found:
                print(f"{document.name}|{number}|{','.join(found)}| {' '.join(words)}")


if __name__ == "__main__":
    main()
