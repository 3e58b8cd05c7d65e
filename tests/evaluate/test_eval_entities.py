"""Entity evaluation: the ECB+ reader, the named-mention rule and the pair arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from ecb_sample import write_sample

from storydesk.article import Article, Entity
from storydesk.evaluate.ecbplus import read_document, read_topic
from storydesk.evaluate.entities import (
    _overlapping,
    evaluate,
    is_gold_name,
    is_named,
    lower_case_words,
    pair_counts,
)
from storydesk.link.entities import Resolution
from storydesk.link.gazetteer import Found
from storydesk.options import Options
from storydesk.story import StoryEntity


def test_reader_lays_out_tokens_and_links(tmp_path: Path) -> None:
    write_sample(tmp_path)
    document = read_document(tmp_path / "ECB+" / "1" / "1_1ecb.xml", written=True)
    assert document.text.splitlines()[1] == "Reid's publicist said so."
    first = document.mentions[0]
    start, end = document.mention_span(first)
    assert document.text[start:end] == "Tara Reid" == document.mention_text(first)
    assert first.instance == "HUM1" and document.mentions[3].instance is None
    assert document.event == "1/ecb"


def test_only_linked_proper_names_are_gold(tmp_path: Path) -> None:
    write_sample(tmp_path)
    documents = read_topic(tmp_path / "ECB+" / "1")
    names = [d.mention_text(m) for d in documents for m in d.mentions if is_gold_name(d, m)]
    # "She" is a pronoun, "publicist" a common noun; "Malibu" and the people stay.
    assert sorted(names) == sorted(
        ["Tara Reid", "Malibu", "Reid", "Tara Reid", "Malibu", "Lindsay Lohan", "Malibu"]
    )


def test_pair_counts_count_cross_document_pairs_only() -> None:
    scored = [
        ("d1", "A", "x"),
        ("d1", "A", "x"),  # same document: never a pair
        ("d2", "A", "x"),
        ("d3", "A", "y"),
        ("d3", "B", "x"),
        ("d4", "B", None),
    ]
    counts = pair_counts(scored)
    # gold A: d1,d1,d2,d3 -> 6 pairs minus 1 inside d1 = 5; gold B: d3,d4 -> 1
    assert counts.gold == 6
    # predicted x: d1,d1,d2,d3 -> 6 - 1 = 5; y alone; None merges with nobody
    assert counts.predicted == 5
    # both: (A,x) d1,d1,d2 -> 3 - 1 = 2
    assert counts.both == 2
    assert counts.score.precision == pytest.approx(2 / 5)
    assert counts.score.recall == pytest.approx(2 / 6)


def test_evaluate_on_sample(tmp_path: Path) -> None:
    result = evaluate(write_sample(tmp_path), Options.load())
    assert result.documents == 4
    # Gold same-entity pairs across documents: HUM1 {1:Tara Reid, 1:Reid, 2:Tara Reid} -> 2,
    # LOC1 {1,2,3 Malibu} -> 3. Exact strings join Tara Reid/Tara Reid and the three Malibus.
    assert result.baselines["precision"] == pytest.approx(1.0)
    assert result.baselines["recall"] == pytest.approx(4 / 5)
    assert result.scores["precision"] == pytest.approx(1.0)
    assert result.scores["recall"] == pytest.approx(1.0)


def test_missing_folder_is_unavailable(tmp_path: Path) -> None:
    assert not evaluate(tmp_path / "absent", Options.load()).available


def test_words_the_topic_writes_in_lower_case_are_not_names(tmp_path: Path) -> None:
    write_sample(tmp_path)
    documents = read_topic(tmp_path / "ECB+" / "1")
    common = lower_case_words(documents)
    assert "publicist" in common and "reid" not in common
    first = documents[0]
    assert is_named(first, ["7"], common)  # "Malibu"
    assert not is_named(first, ["7"], common | {"malibu"})  # as if "malibu" were a noun
    assert is_named(first, ["2", "3"], common)  # "Tara Reid"


def test_a_gold_person_with_a_title_matches_our_person_inside_it() -> None:
    """MEANTIME gm: "Ford Motor Company CEO Alan Mulally" is one gold person mention; our
    Ford Motor Company overlaps it more than our Alan Mulally, but the person is the match.
    A gold place keeps the longest overlap."""
    text = "Ford Motor Company CEO Alan Mulally spoke."
    article = Article(
        id="a",
        source="a",
        text=text,
        entities=[
            Entity("Ford Motor Company", "ORG", 0, 0, 18),
            Entity("Alan Mulally", "PERSON", 0, 23, 35),
        ],
    )
    resolution = Resolution(
        entities=[
            StoryEntity(id="ford", name="Ford Motor Company", type="ORG"),
            StoryEntity(id="mulally", name="Alan Mulally", type="PERSON"),
        ],
        mention_entity={("a", 0): "ford", ("a", 1): "mulally"},
    )
    assert _overlapping(0, 35, True, article, resolution) == "mulally"
    assert _overlapping(0, 35, False, article, resolution) == "ford"
    assert _overlapping(36, 41, True, article, resolution) is None


def test_a_name_the_gazetteer_found_competes_with_the_models_mentions() -> None:
    """ECB+ 3 (3_8ecbplus): "the Stiles Unit in Beaumont, Texas" is one gold facility; the
    model tagged Beaumont inside it and the gazetteer found "the Stiles Unit" there (tagged in
    another report). The longer overlap is the facility, ours too."""
    text = "He was moved to the Stiles Unit in Beaumont, Texas."
    article = Article(
        id="a", source="a", text=text, entities=[Entity("Beaumont", "GPE", 0, 35, 43)]
    )
    resolution = Resolution(
        entities=[
            StoryEntity(id="beaumont", name="Beaumont", type="GPE"),
            StoryEntity(id="stiles", name="the Stiles Unit", type="ORG"),
        ],
        mention_entity={("a", 0): "beaumont"},
        found=[Found("a", 16, 31, "stiles")],
    )
    assert text[16:31] == "the Stiles Unit"
    assert _overlapping(16, 50, False, article, resolution) == "stiles"
    assert _overlapping(16, 50, False, article, resolution, with_found=False) == "beaumont"
    assert _overlapping(35, 43, False, article, resolution) == "beaumont"


def test_a_gold_title_beside_a_name_is_our_person_when_we_read_it_as_the_title() -> None:
    """MEANTIME gm 123881: "Stephen Harper, Prime Minister of Canada," annotates the title as
    a mention of Harper. By overlap alone it was our Canada; the title we read beside his
    name (``Resolution.titles``) makes it our Harper. A gold place keeps the overlap."""
    text = "Stephen Harper, Prime Minister of Canada, said that Canada would help."
    article = Article(
        id="a",
        source="a",
        text=text,
        entities=[Entity("Stephen Harper", "PERSON", 0, 0, 14), Entity("Canada", "GPE", 0, 34, 40)],
    )
    resolution = Resolution(
        entities=[
            StoryEntity(id="harper", name="Stephen Harper", type="PERSON"),
            StoryEntity(id="canada", name="Canada", type="GPE"),
        ],
        mention_entity={("a", 0): "harper", ("a", 1): "canada"},
        titles=[Found("a", 16, 40, "harper")],
    )
    assert text[16:40] == "Prime Minister of Canada"
    assert _overlapping(16, 40, True, article, resolution) == "harper"
    assert _overlapping(16, 40, True, article, resolution, with_titles=False) == "canada"
    assert _overlapping(34, 40, False, article, resolution) == "canada"
