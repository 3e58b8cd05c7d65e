"""The token corpora laid out as written: initials keep their name whole, spans stay exact."""

from __future__ import annotations

from shared_data import shared_path
from storydesk.evaluate.detokenise import detokenise
from storydesk.evaluate.ecbplus import read_document


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(str(n), token) for n, token in enumerate(text.split())]


def test_initials_and_abbreviations_keep_their_period() -> None:
    tokens = _tokens("Former President George W . Bush met Gov . Rick Perry twice .")
    line = detokenise(tokens)
    assert line.text == "Former President George W. Bush met Gov. Rick Perry twice."
    start, end = line.token_spans["4"]
    assert line.text[start:end] == "."  # every token's span still points at its text


def test_clitics_quotes_and_addresses() -> None:
    assert detokenise(_tokens("`` It 's over , '' Reid 's publicist said .")).text == (
        "\"It's over,\" Reid's publicist said."
    )
    url = detokenise(_tokens("http : / / www . people . com / article"))
    assert url.text == "http://www.people.com/article"


def test_ecbplus_document_names_george_w_bush_whole() -> None:
    # ECB+ topic 9 (tuned part): the tokens "George W . Bush" were read as "George W".
    path = shared_path("datasets", "ecbplus", "ECB+", "9", "9_13ecbplus.xml")
    assert "George W . Bush" in read_document(path).text  # tokens joined by spaces
    document = read_document(path, written=True)
    assert "George W. Bush" in document.text
    assert "W ." not in document.text
    for t_id, (start, end) in document.spans.items():
        token = document.tokens[t_id][1]
        assert document.text[start:end] == token or token in ("``", "''")
