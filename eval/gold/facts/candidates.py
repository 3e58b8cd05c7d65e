"""Print an event's numbers in context, to label the facts gold by reading (not a labeller).

    python eval/gold/facts/candidates.py ecbplus/ECB+/1 ecb      # one ECB+ event
    python eval/gold/facts/candidates.py meantime/intra_cross-doc_annotation/corpus_gm

Every sentence holding a digit or a number word is printed with its document, its
sentence number in the token XML, the number tokens found (joined by " / ": a token may
hold a comma, "4,211") and the sentence itself; years, clock times and day numbers next to
a month are left out. A MEANTIME document's creation time (its publication date, which
"update" labels need) heads its lines; ECB+ has none. The labeller reads them (and the
documents, for context) and writes the facts by hand into the gold JSON.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from storydesk.annotate.numbers import is_number_word
from storydesk.calendar_words import MONTHS as MONTH_NAMES
from storydesk.evaluate.ecbplus import read_document
from storydesk.evaluate.facts import created

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"
# A word starting with a month's first three letters ("Jan", "Sept.", "December").
MONTHS = re.compile(r"^(" + "|".join(name[:3] for name in MONTH_NAMES) + ")", re.IGNORECASE)


def _counts(word: str) -> bool:
    """A number, or a number fused to its noun by a hyphen ("three-game", "60-year-old");
    a score or record ("88-72", "9-14") is two numbers in one token and is left out."""
    word = word.lstrip("$£€¥")  # "$8" is one token in the ECB+ plus files
    if is_number_word(word):
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and is_number_word(head) and not re.match(r"\d", rest)


def numbers(words: list[str]) -> list[str]:
    found = []
    for index, word in enumerate(words):
        if not _counts(word) or re.fullmatch(r"(19|20)\d\d", word):
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
        date = created(path)
        if date:
            print(f"== {document.name} published {date}")
        sentences: dict[int, list[str]] = {}
        for sentence, text in document.tokens.values():
            sentences.setdefault(sentence, []).append(text)
        for number, words in sorted(sentences.items()):
            found = numbers(words)
            if found:
                print(f"{document.name}|{number}|{' / '.join(found)}| {' '.join(words)}")


if __name__ == "__main__":
    main()
