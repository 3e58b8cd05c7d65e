"""The token corpora laid out as written: initials keep their name whole, spans stay exact,
quotes face the right way across sentences, split numbers and words are joined back.

Token sequences are copied from the files named beside them (../shared/datasets)."""

from __future__ import annotations

from shared_data import shared_path
from storydesk.evaluate.detokenise import Line, detokenise, detokenise_document
from storydesk.evaluate.ecbplus import read_document


def _tokens(text: str, first: int = 0) -> list[tuple[str, str]]:
    return [(str(first + n), token) for n, token in enumerate(text.split())]


def _document(*sentences: str) -> list[str]:
    numbered, first = [], 0
    for sentence in sentences:
        numbered.append(_tokens(sentence, first))
        first += len(numbered[-1])
    lines = detokenise_document(numbered)
    for tokens, line in zip(numbered, lines, strict=True):
        _assert_spans(tokens, line)
    return [line.text for line in lines]


def _assert_spans(tokens: list[tuple[str, str]], line: Line) -> None:
    for t_id, token in tokens:
        start, end = line.token_spans[t_id]
        assert line.text[start:end] == token or token in ("``", "''")


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


def test_a_closing_quote_split_off_closes_the_quote_its_word_opened() -> None:
    # 22_12ecbplus: the opening mark stays on its word, the closing one is split off; read as
    # opening it glued the quote to its speaker ('her back, "Clark said.').
    assert _document(
        '"She believed they were spraying chemicals at her , saying things behind her back , '
        '" Clark said .'
    ) == ['"She believed they were spraying chemicals at her, saying things behind her back," '
          "Clark said."]  # fmt: skip


def test_a_quote_runs_on_over_sentences() -> None:
    # 1_2ecbplus (sentences 7-8) and 12_4ecbplus (7-8): the quote closes a sentence later.
    assert _document("\"She's in rehab right now .", 'Nothing bad is going to happen . "') == [
        "\"She's in rehab right now.",
        'Nothing bad is going to happen."',
    ]
    assert _document(
        '"The three boats had a total of 26 Somali crew on board .',
        "During the operation , six AK - 47 rifles , 12 magazines and about 300 rounds of "
        'ammunition were found and confiscated , " the officer said .',
    )[1] == (
        "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of "
        'ammunition were found and confiscated," the officer said.'
    )


def test_a_quote_reopened_after_its_speaker() -> None:
    # 13_5ecbplus (sentence 74) and 23_11ecbplus (15).
    assert _document(
        '"It is debatable , " she wrote , "whether those funds expended were worth the '
        'benefits created . "',
        'He said : " I can\'t speak for the first death . "',
    ) == [
        '"It is debatable," she wrote, "whether those funds expended were worth the '
        'benefits created."',
        'He said: "I can\'t speak for the first death."',
    ]


def test_ptb_quote_marks_that_face_the_wrong_way() -> None:
    # 1_11ecb (sentences 9-11) and 18_4ecb (1) close their quotes with ``.
    assert (
        _document(
            "`` I did n't know it was going to ruin my career .",
            "People forget I 've done , like , 20 movies .",
            "I 'm not just a party girl. ``",
        )[2]
        == "I'm not just a party girl.\""
    )
    assert _document(
        "`` The suspect , a 61-year-old man , entered the business , `` police said ."
    ) == ['"The suspect, a 61-year-old man, entered the business," police said.']


def test_single_quotes_and_plural_possessives() -> None:
    # 1_14ecbplus, 35_1ecbplus ("Chargers '"), a quote closed after its comma.
    assert _document(
        "Where She 'Knows Everyone '",
        "the Chargers ' Jackson arrested",
        "'It was a wreck , ' he said .",
    ) == ["Where She 'Knows Everyone'", "the Chargers' Jackson arrested",
          "'It was a wreck,' he said."]  # fmt: skip


def test_numbers_split_at_their_point_or_comma_are_one_number() -> None:
    # 10_20ecbplus, 8_1ecbplus, 7_10ecbplus: the facts evaluation read "$27 . 5MM" as 27.
    assert _document(
        "closer to Alex Rodriguez's $27 . 5MM per year .",
        "Berlin's decision to lend $ 22 . 4bn to Greece , a crowd of 22 , 000 , and "
        "1 , 000 , 000 more .",
    ) == [
        "closer to Alex Rodriguez's $27.5MM per year.",
        "Berlin's decision to lend $22.4bn to Greece, a crowd of 22,000, and 1,000,000 more.",
    ]


def test_a_height_then_a_weight_and_a_date_stay_apart() -> None:
    # 16_5ecbplus: "5-foot-8, 135 pounds" was read as one number, 5-foot-8,135; a date's
    # year is no thousands.
    assert _document("Orozco is 5 - foot - 8 , 135 pounds , seen on May 2 , 2013 .") == [
        "Orozco is 5-foot-8, 135 pounds, seen on May 2, 2013."
    ]


def test_hyphens_dashes_initials_and_clock_times() -> None:
    # 1_17ecbplus (4), 18_1ecbplus (6), 20_11ecbplus, 27_7ecbplus (18).
    assert _document(
        "around 1 : 30 a . m . , the 26 - year - old actress",
        "the suspect's vehicle - - a 2007 silver Ford Fusion - - on the radio .",
        "the U . S . Geological Survey in Golden , Colo . , said it was 6 . 1 .",
        "released to the general public Oct . 26 , and",
    ) == [
        "around 1:30 a.m., the 26-year-old actress",
        "the suspect's vehicle -- a 2007 silver Ford Fusion -- on the radio.",
        "the U.S. Geological Survey in Golden, Colo., said it was 6.1.",
        "released to the general public Oct. 26, and",
    ]


def test_a_point_opening_a_calibre_keeps_its_space() -> None:
    # 19_1ecbplus, 19_11ecbplus, 10_19ecbplus: ".38-caliber", ".357", ".290 average".
    assert _document(
        "toward them with a loaded . 38 - caliber revolver .",
        "he pointed a . 357 caliber revolver at them .",
        "his career stat line looks like this : . 290 average , . 919 OPS",
    ) == [
        "toward them with a loaded .38-caliber revolver.",
        "he pointed a .357 caliber revolver at them.",
        "his career stat line looks like this: .290 average, .919 OPS",
    ]


def test_a_dash_stays_where_the_file_keeps_hyphenated_words_whole() -> None:
    # ECB+ 5_7ecb writes "three-game" as one token and a dash as " - ".
    assert _document("a three-game losing streak - likely to end tonight") == [
        "a three-game losing streak - likely to end tonight"
    ]


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
