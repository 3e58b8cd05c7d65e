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
