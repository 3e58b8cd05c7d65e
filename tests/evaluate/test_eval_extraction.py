"""The Zyte benchmark's arithmetic on a hand-made sample in its format."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storydesk.errors import StorydeskError
from storydesk.evaluate import extraction
from storydesk.evaluate.metrics import macro_prf, shingle_matching, shingles
from storydesk.options import Options

GOLD = {"doc1": "a b c d e", "doc2": "one two three four"}
PRED = {"a b c d e": "a b c d x", "one two three four": "one two three four five six"}


def write_zyte(folder: Path) -> Path:
    (folder / "html").mkdir()
    truth = {k: {"articleBody": body, "url": f"https://x.org/{k}"} for k, body in GOLD.items()}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for key, body in GOLD.items():
        page = f"<html><body><article><p>{body}</p></article></body></html>"
        (folder / "html" / f"{key}.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    return folder


def fake_extract(html: str, url: str | None) -> str:
    """Predictions fixed by hand so the expected scores can be worked out on paper."""
    body = html.split("<p>")[1].split("</p>")[0]
    return PRED[body]


def test_shingles_of_short_text_is_one_shingle() -> None:
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles("") == {}
    assert shingles("w1, w2 w3 w4 w5") == {("w1", "w2", "w3", "w4"): 1, ("w2", "w3", "w4", "w5"): 1}


def test_shingle_matching_normalises_counts_to_one() -> None:
    # gold shingles {abcd, bcde}, predicted {abcd, bcdx}: 1 TP, 1 FP, 1 FN -> thirds
    assert shingle_matching("a b c d e", "a b c d x") == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    # gold {1234}, predicted {1234, 2345, 3456}: 1 TP, 2 FP
    assert shingle_matching("one two three four", "one two three four five six") == pytest.approx(
        (1 / 3, 2 / 3, 0.0)
    )


def test_macro_average_is_f1_of_averages() -> None:
    counts = [(1 / 3, 1 / 3, 1 / 3), (1 / 3, 2 / 3, 0.0)]
    scores = macro_prf(counts)
    assert scores.precision == pytest.approx((1 / 2 + 1 / 3) / 2)  # 5/12
    assert scores.recall == pytest.approx((1 / 2 + 1) / 2)  # 3/4
    assert scores.f1 == pytest.approx(15 / 28)


def test_empty_prediction_counts_for_recall_only() -> None:
    counts = [shingle_matching("a b c d", ""), (1.0, 0.0, 0.0)]
    scores = macro_prf(counts)
    assert scores.precision == 1.0  # the empty prediction is left out of precision
    assert scores.recall == 0.5


def test_evaluate_reads_the_format_and_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_zyte(tmp_path)
    monkeypatch.setattr(extraction, "storydesk_extractor", lambda options: (fake_extract, []))
    monkeypatch.setattr(extraction, "trafilatura_text", lambda html, url: html)
    result = extraction.evaluate(data, Options())
    assert result.documents == 2
    assert result.scores["f1"] == pytest.approx(15 / 28)
    assert result.scores["precision"] == pytest.approx(5 / 12)
    assert result.scores["recall"] == pytest.approx(3 / 4)
    assert set(result.json_scores()) >= {"f1", "precision", "recall", "baseline_f1"}
    assert extraction.evaluate(data, Options(), limit=1).documents == 1


def test_missing_page_is_a_clear_error(tmp_path: Path) -> None:
    data = write_zyte(tmp_path)
    (data / "html" / "doc2.html.gz").unlink()
    with pytest.raises(StorydeskError, match=r"doc2\.html\.gz missing"):
        extraction.evaluate(data, Options())


def test_real_pages_beat_nothing(shared_zyte: Path) -> None:
    """Three real pages through the real extractors: the path works end to end."""
    result = extraction.evaluate(shared_zyte, Options(), limit=3)
    assert result.scores["f1"] > 0.8 and result.baselines["f1"] > 0.8


def test_cli_prints_the_json_scores_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from storydesk.evaluate import cli

    data = write_zyte(tmp_path)
    monkeypatch.setattr(extraction, "storydesk_extractor", lambda options: (fake_extract, []))
    monkeypatch.setattr(extraction, "trafilatura_text", lambda html, url: html)
    assert cli.run("extraction", data, limit=None) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "trafilatura 2.0.0" in out  # the table
    last = json.loads(out.strip().splitlines()[-1])
    assert last["eval"] == "extraction" and last["documents"] == 2
    assert last["f1"] == pytest.approx(15 / 28)
    assert {"precision", "recall", "baseline_f1", "baseline_precision"} <= set(last)


def test_cli_missing_folder_and_unwritten_evaluation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from storydesk.evaluate import base, cli

    assert cli.run("extraction", tmp_path / "absent") == 1
    assert "not found" in capsys.readouterr().err
    monkeypatch.setitem(base.EVALUATIONS, "ghost", "ghost_module_not_written")
    assert cli.run("ghost", tmp_path) == 0
    out = capsys.readouterr().out
    assert "not yet available" in out
    assert json.loads(out.strip().splitlines()[-1]) == {"eval": "ghost", "available": False}


def test_a_crashing_evaluation_is_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydesk.evaluate import cli

    def broken(data: Path, options: Options, limit: int | None = None) -> None:
        raise ImportError("half-written module")

    monkeypatch.setattr(cli, "evaluation", lambda name: broken)
    outcome = cli.run_evaluation("extraction", tmp_path, Options(), None)
    assert outcome.error == "ImportError: half-written module"
