"""The TempEval-3 dates evaluation: TimeML reading and the scoring arithmetic, on a tiny sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.evaluate.dates import (
    Mention,
    Tally,
    evaluate,
    gold_value,
    match,
    read_timeml,
    timeml_value,
)
from storydesk.options import Options

# DCT 1998-08-07 is a Friday. Gold DATEs: Friday (= the DCT), last week (ISO week 31), 1995,
# now (PRESENT_REF, which we never produce) and Tuesday, annotated here as the coming Tuesday
# although the sentence is past: our answer (1998-08-04) is then a wrong value on purpose.
SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>SAMPLE1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" \
functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Sample</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>. Talks resumed \
<TIMEX3 tid="t2" type="DATE" value="1998-W31">last week</TIMEX3> after \
<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> of delay. The treaty was \
signed in <TIMEX3 tid="t4" type="DATE" value="1995">1995</TIMEX3>. Officials are \
meeting <TIMEX3 tid="t5" type="DATE" value="PRESENT_REF">now</TIMEX3>. Envoys arrived \
<TIMEX3 tid="t6" type="DATE" value="1998-08-11">Tuesday</TIMEX3> &amp; left.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "split" / "TimeBank"
    folder.mkdir(parents=True)
    (folder / "SAMPLE1.tml").write_text(SAMPLE, encoding="utf-8")
    return tmp_path


def test_read_timeml(sample: Path) -> None:
    document = read_timeml(next(sample.rglob("*.tml")))
    assert document.created == "1998-08-07"
    assert [(document.text[g.start : g.end], g.value) for g in document.gold] == [
        ("Friday", "1998-08-07"),
        ("last week", "1998-W31"),
        ("1995", "1995"),
        ("now", "PRESENT_REF"),
        ("Tuesday", "1998-08-11"),
    ]  # the DCT and the DURATION are not gold
    assert "&amp;" not in document.text and "<" not in document.text


def test_scoring_arithmetic() -> None:
    gold = [Mention(0, 5, "1998-08-07"), Mention(10, 15, "PRESENT_REF"), Mention(20, 25, "1995")]
    predicted = [
        Mention(2, 4, "1998-08-07"),  # overlaps gold 1, right value
        Mention(12, 30, "1998-08-07"),  # overlaps gold 2 first (in text order), wrong value
        Mention(40, 45, "1999"),  # matches nothing
    ]
    assert [(g.value, p.value) for g, p in match(gold, predicted)] == [
        ("1998-08-07", "1998-08-07"),
        ("PRESENT_REF", "1998-08-07"),
    ]
    tally = Tally()
    tally.add(gold, predicted)
    scores = tally.scores()
    assert (tally.matched, tally.comparable, tally.correct) == (2, 1, 1)
    assert scores["detection_precision"] == pytest.approx(2 / 3)
    assert scores["detection_recall"] == pytest.approx(2 / 3)
    assert scores["detection_f1"] == pytest.approx(2 / 3)
    assert scores["value_accuracy"] == pytest.approx(1.0)  # PRESENT_REF is left out
    assert scores["value_f1"] == pytest.approx(1 / 3)  # 1 right of 3 predicted, of 3 gold


def test_empty_sides_score_zero() -> None:
    tally = Tally()
    tally.add([], [])
    assert tally.scores() == {
        "detection_precision": 0.0, "detection_recall": 0.0, "detection_f1": 0.0,
        "value_accuracy": 0.0, "value_f1": 0.0,
    }  # fmt: skip


def test_week_is_compared_as_iso_week() -> None:
    assert timeml_value("1998-07-27", "week") == "1998-W31"
    assert timeml_value("1998-07", "month") == "1998-07"


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("2000-01-07TEV", "2000-01-07"),
        ("2000-04-04T09:00", "2000-04-04"),
        ("1949-XX", "1949"),
        ("1994-XX-XX", "1994"),
        ("2000-W7", "2000-W07"),
        ("1998-W31", "1998-W31"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("XXXX-10-23", "XXXX-10-23"),
        ("1998-Q3", "1998-Q3"),
    ],
)
def test_gold_value(raw: str, tidy: str) -> None:
    assert gold_value(raw) == tidy


def test_evaluate_on_the_sample(sample: Path) -> None:
    result = evaluate(sample, Options.load())
    assert result.documents == 1 and result.available
    # We find Friday, last week, 1995 and Tuesday (not "now"): 4 predicted, 5 gold, 4 matched;
    # 4 matched gold have calendar values, 3 of our values are right (Tuesday is not).
    assert result.scores["detection_precision"] == pytest.approx(1.0)
    assert result.scores["detection_recall"] == pytest.approx(4 / 5)
    assert result.scores["detection_f1"] == pytest.approx(8 / 9)
    assert result.scores["value_accuracy"] == pytest.approx(3 / 4)
    assert result.scores["value_f1"] == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))
    assert set(result.baselines) == set(result.scores)
    assert result.published


def test_evaluate_without_data(tmp_path: Path) -> None:
    result = evaluate(tmp_path, Options.load())
    assert not result.available and result.documents == 0
