"""The quotes evaluation on a tiny hand-made sample in PolNeAR's brat standoff format."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from storydesk.evaluate.quotes import (
    GoldQuote,
    Predicted,
    Tally,
    direct_quotes,
    evaluate,
    names_someone,
    narrative_cues,
    read_split,
    speaker_matches,
)
from storydesk.evaluate.quotes_held import READ_FROM_HELD, held_part
from storydesk.options import Options

TEXT = (
    "Senator Maria Gonzalez spoke in Denver on Monday.\n\n"
    "\u201cWe will win this race,\u201d Gonzalez said.\n\n"
    "Her rival said that taxes were too high.\n\n"
    "\u201cThe plan is dead\u201d\n\n"
    "\u2018Ignored\u2019 Nobody spoke after that.\n"
)


def _offsets(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _standoff() -> str:
    """Three attributions: two direct quotes (one sourced, one not) and one paraphrase."""
    q1 = _offsets("\u201cWe will win this race,\u201d")
    cue1 = _offsets("said.")
    src1 = _offsets("Gonzalez said")
    para = _offsets("taxes were too high")
    cue2 = _offsets("said that")
    src2 = _offsets("Her rival")
    q2 = _offsets("\u201cThe plan is dead\u201d")
    lines = [
        f"T1\tContent {q1[0]} {q1[1]}\t-",
        f"T2\tCue {cue1[0]} {cue1[0] + 4}\tsaid",
        f"T3\tSource {src1[0]} {src1[0] + 8}\tGonzalez",
        f"T4\tAttribution {cue1[0]} {cue1[0] + 4}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        f"T5\tContent {para[0]} {para[1]}\t-",
        f"T6\tCue {cue2[0]} {cue2[0] + 4}\tsaid",
        f"T7\tSource {src2[0]} {src2[1]}\tHer rival",
        f"T8\tAttribution {cue2[0]} {cue2[0] + 4}\tsaid",
        "E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7",
        f"T9\tContent {q2[0]} {q2[0] + 6};{q2[0] + 6} {q2[1]}\t-",
        f"T10\tAttribution-no-source {q2[0]} {q2[0] + 1}\t-",
        "E3\tAttribution-no-source:T10 Content:T9",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_2016-01-01_race.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-01-01_race_ab12.ann").write_text(
        _standoff(), encoding="utf-8"
    )
    # A second annotator's file for the same article is ignored (first in name order wins).
    (tmp_path / "attributions" / "paper_2016-01-01_race_zz99.ann").write_text(
        "", encoding="utf-8"
    )
    # An attribution file without its text is skipped.
    (tmp_path / "attributions" / "orphan_cd34.ann").write_text(_standoff(), encoding="utf-8")
    return tmp_path


def test_only_contents_opening_with_a_quote_mark_are_direct_quotes(split: Path) -> None:
    documents = read_split(split)
    assert [d.name for d in documents] == ["paper_2016-01-01_race.txt"]
    gold = documents[0].gold
    assert [g.source for g in gold] == ["Gonzalez", None]
    assert gold[1].spans == _split_spans()
    assert gold[1].length == len("\u201cThe plan is dead\u201d")


def _split_spans() -> tuple[tuple[int, int], ...]:
    start, end = _offsets("\u201cThe plan is dead\u201d")
    return ((start, start + 6), (start + 6, end))


def test_scoring_arithmetic() -> None:
    gold = [
        GoldQuote(((0, 100),), "Senator Maria Gonzalez"),
        GoldQuote(((200, 260), (280, 300)), "Bob Stone"),
        GoldQuote(((400, 500),), "he"),
        GoldQuote(((600, 700),), "Ann Lee"),
    ]
    predicted = [
        Predicted(0, 60, "Maria Gonzalez"),  # 60% of gold 1: found, right speaker
        Predicted(250, 300, "Stone"),  # 30 of 80 chars: not found
        Predicted(380, 480, None),  # found, but the source is a pronoun: not checked
        Predicted(600, 700, "Bob Stone"),  # found, wrong speaker
    ]
    # A cue of an attribution at 110-114, outside every content: the quote 100-120 that
    # takes it in is narrative; the interrupted quote around it (two pieces) is not.
    narrative = Predicted(100, 120, None, "she said.")
    interrupted = Predicted(90, 130, None, "a … b", ((90, 105), (116, 130)))
    tally = Tally()
    tally.add(gold, [*predicted, narrative, interrupted], cues=((110, 114),))
    assert (tally.gold, tally.found, tally.named, tally.unnamed_sources) == (4, 3, 2, 1)
    assert tally.scores() == {
        "quote_recall": 0.75, "speaker_accuracy": 0.5, "narrative_free": 5 / 6
    }
    assert tally.narrative == ["she said."]


def test_a_description_is_judged_when_no_name_is_given() -> None:
    gold = [GoldQuote(((0, 100),), "the Illinois Board of Elections")]
    described = Predicted(0, 100, None, descriptor="the Illinois Board of Elections")
    tally = Tally()
    tally.add(gold, [described])
    assert tally.scores()["speaker_accuracy"] == 1.0
    # A wrong description is as wrong as a wrong name.
    tally = Tally()
    tally.add(gold, [Predicted(0, 100, None, descriptor="a senior official")])
    assert tally.scores()["speaker_accuracy"] == 0.0


def test_narrative_cues_are_those_outside_every_content() -> None:
    standoff = _standoff()
    cues = narrative_cues(standoff)
    said = TEXT.index("said.")
    assert (said, said + 4) in cues
    assert all(TEXT[s:e] == "said" for s, e in cues)


def test_speaker_rules() -> None:
    assert speaker_matches("Maria Gonzalez", "Senator Gonzalez (D-CO)")
    assert not speaker_matches("Maria Gonzalez", "Her rival")
    assert not speaker_matches(None, "Gonzalez")
    # A generational suffix is not the surname, and full stops do not count.
    assert speaker_matches("Robert P. Casey Jr", "Sen. Robert P. Casey Jr. (D-Pa.), a backer.")
    assert not speaker_matches("Robert P. Casey Jr", "Sen. Bob Menendez Jr.")
    assert names_someone("longtime pollster Pat Caddell")
    assert not names_someone("He")
    assert not names_someone("the spokesman")
    assert not names_someone("the presumptive Republican presidential nominee")
    assert names_someone("her senior policy adviser, Jake Sullivan,")
    assert names_someone("Gov. John Kasich (R-OH)")
    assert not names_someone(None)
    # The head decides: what follows a preposition or a clause only describes the source.
    assert not names_someone("a person close to the Clintons")
    assert not names_someone("A reporter for Agence France-Presse")
    assert not names_someone("the base chief known as Bob")
    assert names_someone("the Philippine Star")
    assert names_someone("Rubio’s deputy campaign manager, Rich Beeson, who oversaw")
    # A lone capitalised word the text also writes in lower case is a common noun.
    assert not names_someone("Respondents", "Most respondents said no.")
    assert names_someone("Respondents", "No one else.")


def test_direct_quotes_skips_paraphrase() -> None:
    assert len(direct_quotes(_standoff(), TEXT)) == 2


def test_evaluate_end_to_end(split: Path) -> None:
    result = evaluate(split, Options.load())
    assert result.name == "quotes" and result.documents == 1
    # Both direct quotes are found; the one with a named source gets Gonzalez.
    assert result.scores == {"quote_recall": 1.0, "speaker_accuracy": 1.0, "narrative_free": 1.0}
    assert set(result.baselines) == {"quote_recall", "speaker_accuracy", "narrative_free"}


def test_train_is_cut_into_a_tuned_and_a_held_part(split: Path) -> None:
    """The cut depends on the file name only, so it never moves; about a quarter is held."""
    from storydesk.evaluate import quotes_train

    names = [f"paper_2016-01-{day:02d}_story-{n}.txt" for day in range(1, 29) for n in range(30)]
    held = [n for n in names if held_part(n)]
    assert 0.2 < len(held) / len(names) < 0.3
    assert held == [n for n in names if held_part(n)]
    result = quotes_train.evaluate(split, Options.load())
    part = "held" if held_part("paper_2016-01-01_race.txt") else "tuned"
    assert result.scores[f"{part}_quote_recall"] == 1.0
    assert not any(k.startswith("held" if part == "tuned" else "tuned") for k in result.scores)


def test_held_documents_that_were_read_are_tuned() -> None:
    """Session 6 cited sentences of two held documents in cues.py: they count as tuned."""
    for stem in READ_FROM_HELD:
        assert not held_part(f"{stem}.txt")
        assert hashlib.sha1(stem.encode("utf-8")).hexdigest()[0] in "0123"  # held by the cut


def test_missing_data_is_reported_not_raised(tmp_path: Path) -> None:
    result = evaluate(tmp_path, Options.load())
    assert not result.available


def test_polnear_dev_sample_beats_the_baseline() -> None:
    from shared_data import shared_path

    dev = shared_path("datasets", "polnear", "data", "dev")
    result = evaluate(dev, Options.load(), limit=10)
    assert result.documents == 10
    assert result.scores["quote_recall"] >= 0.9
    assert result.scores["speaker_accuracy"] > result.baselines["speaker_accuracy"] + 0.15
