"""The untouched facts gold (eval/gold/facts/untouched-*.json) is well formed, points at real
text, shares no document with another part of the facts gold or with quotes-train, and is
scored without its errors, in the full gate only.

The untouched part is PolNeAR dev (UNTOUCHED.md): read by the lead once, at a session's end;
tuners never read its errors. Its mentions have the work part's form,
``document|offset|token|value``: the token as written starts at that character offset of the
file as it is. The first checks use the standard library only, not storydesk, so the gold
stays independent of the tool; none of these tests runs storydesk on a PolNeAR dev document.
"""

from __future__ import annotations

import json
from pathlib import Path

import offset_gold
import pytest

from shared_data import shared_path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "eval" / "gold" / "facts"
UNTOUCHED = sorted(FOLDER.glob("untouched-*.json"))
DEV = "polnear/data/dev/text/"


def _events(paths: list[Path]) -> list[dict]:
    return [event for path in paths for event in json.loads(path.read_text("utf-8"))["events"]]


def _documents() -> set[str]:
    return {d for event in _events(UNTOUCHED) for d in event["documents"]}


def test_the_untouched_part_is_one_polnear_dev_file() -> None:
    assert [path.name for path in UNTOUCHED] == ["untouched-polnear.json"]
    assert {json.loads(path.read_text("utf-8"))["split"] for path in UNTOUCHED} == {"untouched"}


def test_untouched_gold_is_well_formed() -> None:
    events = _events(UNTOUCHED)
    offset_gold.check_well_formed(events)
    assert sum(len(event["facts"]) for event in events) >= 9


def test_every_untouched_mention_is_its_token_at_that_offset() -> None:
    """The token is there, as a whole word ("$915", "15-plus", "Twenty-nine", "43-year-old")."""
    assert offset_gold.misplaced(_events(UNTOUCHED), shared_path("datasets")) == []


def test_no_untouched_token_is_named_twice() -> None:
    for event in _events(UNTOUCHED):
        assert offset_gold.named_twice(event) == [], event["event"]


def test_untouched_documents_are_polnear_dev_and_in_no_other_facts_part() -> None:
    """Every other part is tuned or touched: an untouched document there fails here."""
    documents = _documents()
    assert documents and [d for d in documents if not d.startswith(DEV)] == []
    others = [p for p in FOLDER.glob("*.json") if p not in UNTOUCHED]
    assert len(others) >= 6  # dev, held (ECB+, MEANTIME), fresh (two), work
    named = {d.rsplit("/", 1)[-1] for e in _events(others) for d in e["documents"]}
    assert not {d.rsplit("/", 1)[-1] for d in documents} & named


def test_no_untouched_document_is_in_quotes_train() -> None:
    """quotes-train scores (and its tuners read) PolNeAR train: no untouched report is there."""
    folder = shared_path("datasets", "polnear", "data", "train", "text")
    train = {path.name for path in folder.iterdir()}
    assert train
    assert {d.rsplit("/", 1)[-1] for d in _documents()} & train == set()


def test_the_reader_finds_every_mention_where_the_gold_says() -> None:
    """``storydesk eval facts-untouched`` reads the text the offsets count in, every event of
    every file in order; the facts reader (ECB+ sentence tokens) skips the part."""
    from storydesk.evaluate import facts
    from storydesk.evaluate.facts_fresh import load_fresh
    from storydesk.evaluate.facts_untouched import UNTOUCHED as PART
    from storydesk.evaluate.facts_work import article_of

    data = shared_path("datasets")
    events = load_fresh(facts.GOLD, PART.files)
    assert [event.name for event in events] == [event["event"] for event in _events(UNTOUCHED)]
    for event in events:
        texts = {Path(p).name: article_of(data / p).text for p in event.documents}
        for fact in event.facts:
            for m in fact.mentions:
                assert texts[m.doc][m.start : m.start + len(m.number)] == m.number, m
    # its offsets would parse as sentence numbers: the facts reader must skip the file
    assert not [e for e in facts.load_gold() if e.split == "untouched"]


def test_untouched_scores_never_name_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts only: the facts missed or stated wrongly are never in the notes (the scorer is
    stubbed here, so no test runs storydesk on the untouched documents)."""
    from storydesk.evaluate import facts, facts_fresh, facts_untouched
    from storydesk.options import Options

    def scored(events, data, options, article_of):  # type: ignore[no-untyped-def]
        counts = facts.Counts(agreements=4, agreements_found=3, stated=2, stated_right=1)
        counts.errors.append("missed agreement: an event: a fact")
        return counts, 7

    monkeypatch.setattr(facts_fresh, "score_events", scored)
    monkeypatch.setattr(facts_fresh, "absent", lambda data, events: [])
    result = facts_untouched.evaluate(Path("/nowhere"), Options())
    assert result.name == "facts-untouched" and result.documents == 7
    assert len(result.notes) == 1 and "(untouched)" in result.notes[0]
    assert not [note for note in result.notes if "missed" in note or "false" in note]
    assert result.scores["agreement_recall"] == 0.75
    assert result.scores["conflict_precision"] == 0.5


def test_untouched_is_absent_without_the_datasets(tmp_path: Path) -> None:
    from storydesk.evaluate.facts_untouched import evaluate
    from storydesk.options import Options

    absent = evaluate(tmp_path, Options())
    assert not absent.available and str(tmp_path) in absent.notes[0]


def test_untouched_refuses_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A limit scores a prefix of the events: successive prefixes would name each missed fact
    by subtraction (reviewer 1), so the part is scored whole or not at all."""
    from storydesk.errors import UsageError
    from storydesk.evaluate import facts, facts_fresh, facts_untouched
    from storydesk.options import Options

    scored: list[int] = []

    def score(events, data, options, article_of):  # type: ignore[no-untyped-def]
        scored.append(len(events))
        return facts.Counts(), 0

    monkeypatch.setattr(facts_fresh, "score_events", score)
    monkeypatch.setattr(facts_fresh, "absent", lambda data, events: [])
    for limit in (0, 1, 9):
        with pytest.raises(UsageError, match="whole part"):
            facts_untouched.evaluate(Path("/nowhere"), Options(), limit=limit)
    assert scored == []
    facts_untouched.evaluate(Path("/nowhere"), Options())
    assert scored == [len(_events(UNTOUCHED))]


def test_untouched_is_gated_in_the_full_mode_only() -> None:
    """land.sh runs the quick gate on every landing: the untouched scores must not be there.
    (The gate runs in full mode every evaluation ``EVALUATIONS`` names, each with a
    ``gate.DATASETS`` folder: tests/evaluate/test_gate.py checks that.)"""
    from storydesk.evaluate.base import EVALUATIONS

    assert EVALUATIONS["facts-untouched"] == "facts_untouched"
    modes = json.loads((ROOT / "eval" / "baseline.json").read_text("utf-8"))["modes"]
    assert "facts-untouched" not in modes["quick"]
    entry = modes["full"]["facts-untouched"]
    assert entry["limit"] is None and entry["pinned_limit"] is None  # scored whole
    pinned = entry["minimums"]
    assert {"agreement_recall", "conflict_precision", "independent_agreement_recall"} <= set(pinned)
