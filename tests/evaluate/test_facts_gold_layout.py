"""The facts gold (eval/gold/facts, hand-labelled) names a number by its token; the facts
evaluation reads the documents laid out as written (``detokenise``). Every gold number must
still be found there, start its number (not be the tail of one the layout joined), and where
the layout joined pieces onto it ("$27 . 5MM", "£1 . 2m", "22 . 4bn"), read as its gold value."""

from __future__ import annotations

import re

from shared_data import shared_path
from storydesk.evaluate.ecbplus import EcbDocument, read_document
from storydesk.evaluate.facts import GoldMention, _token_start, load_gold

SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6}
SCALES |= {"bn": 1e9, "billion": 1e9}
WRITTEN_NUMBER = re.compile(
    r"[$£€¥]?(\d[\d,]*(?:\.\d+)?)(?: ?(mm|bn|m|k|thousand|million|billion)\b)?", re.IGNORECASE
)


def _written(document: EcbDocument, mention: GoldMention) -> tuple[int, str]:
    start = _token_start(document, mention)
    line_end = document.text.find("\n", start)
    return start, document.text[start : line_end if line_end >= 0 else None]


def test_every_facts_gold_number_is_found_whole_in_the_written_text() -> None:
    data = shared_path("datasets")
    joined = 0
    for event in load_gold():
        documents = {}
        for path in event.documents:
            document = read_document(data / path, written=True)
            documents[document.name] = document
        for fact in event.facts:
            for mention in fact.mentions:
                document = documents[mention.doc]
                start, rest = _written(document, mention)
                assert start >= 0, (event.name, mention)
                before = document.text[max(0, start - 2) : start]
                assert not re.search(r"\d[.,]?\Z", before), (event.name, mention, rest)
                token = mention.number.partition("#")[0]
                number = WRITTEN_NUMBER.match(rest)
                if number is None or number[0] == token or not rest.startswith(token):
                    continue
                if "." not in number[1] and "," not in number[1]:
                    continue  # nothing joined onto the token
                value = float(number[1].replace(",", "")) * SCALES[(number[2] or "").lower()]
                alone = re.fullmatch(r"[$£€¥]?(\d+)", token)
                # The layout may not break a number its token gives alone ("5-foot-8, 135"
                # was "8,135"); values the gold converts ("15,800 square metres" is 170,070
                # square feet) are read by neither.
                assert (
                    alone is None or float(alone[1]) != mention.value or value == (mention.value)
                ), (event.name, mention, rest)
                joined += value == mention.value
    assert joined >= 12  # "$27.5MM" (10_20ecbplus), "£1.2m", "£1.7m", "$2.6m" (24ecbplus) ...
