"""The facts evaluation lays ECB+ tokens out as outlets write them (evaluate/facts.py)."""

from __future__ import annotations

from storydesk.evaluate.ecbplus import EcbDocument
from storydesk.evaluate.facts import as_written


def _document(*sentences: str) -> EcbDocument:
    document = EcbDocument(name="d.xml", topic="1", event="1/ecbplus")
    number = 0
    for index, sentence in enumerate(sentences):
        for text in sentence.split():
            number += 1
            document.tokens[str(number)] = (index, text)
    return as_written(document)


def test_split_words_of_a_plus_file_are_joined_back() -> None:
    # ECB+ 7_10ecbplus, 8_1ecbplus, 20_2ecbplus: hyphens, decimals and thousands split.
    document = _document(
        "The 36 - year - old champion , 58 - 3 , led a crowd of 22 , 000 .",
        "Stocks fell 5 . 4 per cent on May 5 , 2010 ; Klitschko ’ s win",
    )
    assert document.text.splitlines() == [
        "The 36-year-old champion , 58-3 , led a crowd of 22,000 .",
        "Stocks fell 5.4 per cent on May 5 , 2010 ; Klitschko’s win",
    ]
    for t_id, (_, text) in document.tokens.items():
        start, end = document.spans[t_id]
        assert document.text[start:end] == text


def test_a_dash_stays_where_the_file_keeps_hyphenated_words_whole() -> None:
    # ECB+ 5_7ecb writes "three-game" as one token and a dash as " - ".
    document = _document("a three-game losing streak - likely to end tonight")
    assert document.text == "a three-game losing streak - likely to end tonight"


def test_a_point_opening_a_calibre_is_joined_to_its_number() -> None:
    # ECB+ 19_1ecbplus and 19_11ecbplus split ".38-caliber" and ".357" after their point;
    # the sentence's full stop stays apart.
    document = _document(
        "toward them with a loaded . 38 - caliber revolver .",
        "he pointed a . 357 caliber revolver at them .",
    )
    assert document.text.splitlines() == [
        "toward them with a loaded .38-caliber revolver .",
        "he pointed a .357 caliber revolver at them .",
    ]
    for t_id, (_, text) in document.tokens.items():
        start, end = document.spans[t_id]
        assert document.text[start:end] == text


def test_initials_and_an_abbreviation_before_a_comma_keep_their_points() -> None:
    # ECB+ 20_11ecbplus splits "U.S." and "Colo.," after their points; written " . " the
    # parser ends a sentence there and "said it was 6.1" loses the survey that said it.
    document = _document(
        "put the magnitude at 5 . 9 , but the U . S . Geological Survey in Golden , Colo . , "
        "said it was 6 . 1 .",
    )
    assert document.text == (
        "put the magnitude at 5.9 , but the U.S. Geological Survey in Golden , Colo. , "
        "said it was 6.1 ."
    )
    for t_id, (_, text) in document.tokens.items():
        start, end = document.spans[t_id]
        assert document.text[start:end] == text
