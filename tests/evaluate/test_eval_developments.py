"""The developments evaluation: the brief's clusters against ECB+ cross-document events."""

from __future__ import annotations

from shared_data import shared_path
from storydesk.evaluate.developments import evaluate
from storydesk.options import Options


def test_brief_clusters_beat_chance_on_one_topic() -> None:
    result = evaluate(shared_path("datasets", "ecbplus"), Options.load(), limit=1)
    assert result.available and result.documents > 0
    assert result.scores["pair_precision"] > result.baselines["pair_precision"] + 0.2
    assert 0 < result.scores["lead_recall"] <= 1
