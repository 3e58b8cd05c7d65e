"""Paragraph ROUGE-LSum and the fundus benchmark's format, on a hand-made sample."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storydesk.evaluate import fundus
from storydesk.evaluate.metrics import rouge_lsum, rouge_tokens
from storydesk.options import Options

GOLD = {
    "Outlet_0.html.gz": ["The cat sat.", "On the mat!"],
    "Outlet_1.html.gz": ["Para one here.", "[Subscribe now]"],
}
PRED = {
    "Outlet_0.html.gz": "The cat\nsat, on mat today",
    "Outlet_1.html.gz": "Para one here",
}


def test_tokens_follow_rouge_score() -> None:
    assert rouge_tokens("Don’t STOP—café 2,000!") == ["don", "t", "stop", "caf", "2", "000"]


def test_lsum_by_hand() -> None:
    # ref units [the cat sat] [on the mat]; candidate [the cat] [sat on mat today].
    # Unions: unit 1 -> the cat sat; unit 2 -> on the mat. "the" is in the reference twice
    # but the candidate once, so the second "the" is no hit: 5 hits of 6 tokens each side.
    score = rouge_lsum(["The cat sat.", "On the mat!"], ["The cat", "sat, on mat today"])
    assert score.precision == pytest.approx(5 / 6)
    assert score.recall == pytest.approx(5 / 6)
    assert score.f1 == pytest.approx(5 / 6)


def test_lsum_empty_side_is_zero() -> None:
    assert rouge_lsum(["words"], []).f1 == 0.0
    assert rouge_lsum([], ["words"]).f1 == 0.0


def test_optional_paragraphs_take_the_best_body() -> None:
    gold = ["Para one here.", "[Subscribe now]"]
    assert fundus.score_article(gold, ["Para one here"]).f1 == 1.0
    assert fundus.score_article(gold, ["Para one here", "Subscribe now"]).f1 == 1.0
    assert fundus.body_variants(gold)[1] == [set(), {1}]


def write_fundus(folder: Path) -> Path:
    root = folder / "dataset"
    (root / "html").mkdir(parents=True)
    (root / "extractions").mkdir()
    truth = {key: {"body": body, "url": f"https://x.org/{key}"} for key, body in GOLD.items()}
    (root / "ground_truth.json").write_text(json.dumps(truth), encoding="utf-8")
    stored = {key: {"body": body} for key, body in GOLD.items()}  # a perfect stored system
    (root / "extractions" / "fundus.json").write_text(json.dumps(stored), encoding="utf-8")
    for key in GOLD:
        page = f"<html><body><p>{key}</p></body></html>"
        (root / "html" / key).write_bytes(gzip.compress(page.encode("utf-8")))
    return folder


def fake_extract(html: str, url: str | None) -> str:
    return PRED[html.split("<p>")[1].split("</p>")[0]]


def test_evaluate_reads_the_format_and_averages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_fundus(tmp_path)
    monkeypatch.setattr(fundus, "storydesk_extractor", lambda options: (fake_extract, []))
    monkeypatch.setattr(fundus, "trafilatura_text", lambda html, url: "")
    result = fundus.evaluate(data, Options())
    assert result.documents == 2
    assert result.scores["f1"] == pytest.approx(100 * (5 / 6 + 1) / 2)
    assert result.baselines["f1"] == 0.0
    assert any("fundus's stored output: 100.00" in note for note in result.notes)
    # --data may also name the dataset/ folder itself
    assert fundus.evaluate(data / "dataset", Options(), limit=1).documents == 1


def test_scorer_reproduces_published_figures(shared_fundus: Path) -> None:
    """Our paragraph ROUGE-LSum on the benchmark's stored extractions gives its published
    means (fundus 97.69, trafilatura 93.62) to within 0.05 points."""
    root = fundus.dataset_root(shared_fundus)
    keys = sorted(json.loads((root / "ground_truth.json").read_text(encoding="utf-8")))
    figures = fundus.stored_scores(root, keys)
    assert figures["fundus"] == pytest.approx(97.69, abs=0.05)
    assert figures["trafilatura"] == pytest.approx(93.62, abs=0.05)
