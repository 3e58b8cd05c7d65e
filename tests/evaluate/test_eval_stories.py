"""Story clustering evaluation: B-cubed arithmetic and the topic/event gold of ECB+."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest
from ecb_sample import write_sample

from storydesk.evaluate.metrics import b_cubed
from storydesk.evaluate.stories import evaluate
from storydesk.options import Options


def test_b_cubed_by_hand() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "x", "d": "y"}
    precision, recall, f1 = astuple(b_cubed(gold, predicted))
    # precision: a,b,c see {a,b,c}: 2/3, 2/3, 1/3; d sees {d}: 1 -> (2/3+2/3+1/3+1)/4
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    # recall: a,b: 1; c: {c,d}&{a,b,c} = 1/2; d: 1/2 -> 3/4
    assert recall == pytest.approx(3 / 4)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_perfect_and_all_in_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert astuple(b_cubed(gold, gold)) == pytest.approx((1.0, 1.0, 1.0))
    precision, recall, _ = astuple(b_cubed(gold, {"a": 0, "b": 0, "c": 0}))
    assert (precision, recall) == pytest.approx(((2 / 3 + 2 / 3 + 1 / 3) / 3, 1.0))


def test_evaluate_on_sample_baseline_is_exact(tmp_path: Path) -> None:
    result = evaluate(write_sample(tmp_path), Options.load())
    assert result.documents == 4
    assert result.baselines["topic_f1"] == pytest.approx(1.0)
    # Topic 1 as one story holds events 1/ecb (2 documents) and 1/ecbplus (1); topic 2 alone.
    assert result.baselines["event_precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert result.baselines["event_recall"] == pytest.approx(1.0)
    # The storm in Florida shares nothing with the rehab stories.
    assert result.scores["topic_precision"] == pytest.approx(1.0)
    assert set(result.scores) >= {"topic_f1", "event_f1"}


def test_stream_evaluation_on_sample(tmp_path: Path) -> None:
    from storydesk.evaluate import stories_stream

    result = stories_stream.evaluate(write_sample(tmp_path), Options.load())
    assert result.documents == 4
    # Three Reid/Lohan rehab sentences and a storm: the storm is never with them, at
    # either level, in any order.
    assert result.scores["topic_precision"] == pytest.approx(1.0)
    assert result.scores["topic_f1_worst"] <= result.scores["topic_f1"]
    assert {"event_f1", "topic_f1", "event_f1_worst", "tuned_event_f1"} <= set(result.scores)
    assert "untuned_event_f1" not in result.scores  # no topic past 20 in the sample
    assert sum("seed" in note for note in result.notes) == 2 * len(stories_stream.SEEDS)


def test_cli_stream_flag_runs_the_stream_evaluation(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from storydesk.cli import main

    assert main(["eval", "stories", "--stream", "--data", str(write_sample(tmp_path))]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert line["eval"] == "stories-stream" and "event_f1" in line
    assert main(["eval", "quotes", "--stream", "--data", str(tmp_path)]) == 2


def test_crowded_stream_counts_other_news_in_an_ecb_topic(tmp_path: Path) -> None:
    """The tuned topics streamed among TempEval-3 reports found beside the ECB+ folder: a
    report of other news filed in an ECB+ document's topic counts against its precision (a
    copy of a Reid rehab sentence), one on its own subject does not."""
    from storydesk.evaluate import stories_stream

    data = write_sample(tmp_path / "ecbplus")
    folder = tmp_path / "tempeval3" / "Training"
    folder.mkdir(parents=True)
    texts = {"apart.tml": "Shares of steel makers rose in Tokyo trading .",
             "copy.tml": "Actress Tara Reid entered rehab in Malibu . Reid 's publicist said so ."}
    for name, text in texts.items():
        (folder / name).write_text(f"<TimeML><TEXT>{text}</TEXT></TimeML>", encoding="utf-8")
    assert [a.text for a in stories_stream.other_news(tmp_path / "tempeval3")] == [
        texts["apart.tml"], texts["copy.tml"]]
    result = stories_stream.evaluate(data, Options.load())
    assert result.scores["crowded_topic_f1_worst"] <= result.scores["crowded_topic_f1"] < 1.0
    (folder / "copy.tml").unlink()
    alone = stories_stream.evaluate(data, Options.load())
    assert alone.scores["crowded_topic_f1"] == pytest.approx(1.0)
    assert sum("crowded seed" in note for note in alone.notes) == len(stories_stream.SEEDS)
