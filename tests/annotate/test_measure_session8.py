"""What a number measures, for wordings of ECB+ development reports that were read wrong
(session 8): a noun left out after an ordinal, pieces of a mass noun, a noun that is its own
plural, a modifier written with a hyphen."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Figure


def _figure(text: str, number: str) -> Figure:
    figures = annotated_figures(text, "2008-12-20")
    return next(f for f in figures if f.text.startswith(number))


def test_an_ordinal_is_no_count_an_elided_noun_repeats() -> None:
    """ECB+ 5_2ecb: "the first 11" repeats the "15 seasons" before it (was no measure: spaCy
    takes "first" for a number, so the search for the counted noun stopped there)."""
    eleven = _figure(
        "He played 15 seasons in the NBA , the first 11 with Philadelphia , and retired in 1993 .",
        "11",
    )
    assert (eleven.value, eleven.quantity) == (11, "count:season")


def test_pieces_of_a_mass_noun_count_that_noun() -> None:
    """ECB+ 13ecbplus: "31 separate pieces of firefighting apparatus" (13_12, was count:piece)
    and "31 fire apparatus" (13_7, was no figure: a number before a singular noun was taken
    for a model's, like "its 737 airliner") are one count of apparatus."""
    pieces = _figure(
        "A total of 31 separate pieces of firefighting apparatus responded to the blaze , "
        "including three ladder trucks .",
        "31",
    )
    assert pieces.quantity == "count:apparatus"
    apparatus = _figure("A total of 31 fire apparatus arrived to fight the fire .", "31")
    assert (apparatus.value, apparatus.quantity, apparatus.counts) == (
        31,
        "count:apparatus",
        "apparatus",
    )
    equipment = _figure(
        "More than two dozen pieces of firefighting equipment were brought to the scene .", "More"
    )
    assert (equipment.value, equipment.quantity) == (24, "count:equipment")
    # a model's number stays no count: "its 737 airliner" counts nothing
    assert not [f for f in annotated_figures("Boeing flew its 737 airliner .", "2008-12-20")
                if f.quantity]  # fmt: skip


def test_a_hyphenated_modifier_is_one_word() -> None:
    """ECB+ 3ecbplus: "two semi-automatic pistols" (3_8, the tokenizer splits "semi -
    automatic": was WordNet's "automatic pistol") and "2 semiautomatic pistols" (3_3) are
    one class."""
    hyphenated = _figure(
        "He put on one officer's gray uniform and black boots , then stole a 12-gauge shotgun "
        "and two semi-automatic pistols before fleeing on foot .",
        "two",
    )
    written_whole = _figure(
        "Comeaux escaped with a 12-gauge shotgun and 2 semiautomatic pistols .", "2 semi"
    )
    assert hyphenated.quantity == written_whole.quantity == "count:semiautomatic_pistol"
