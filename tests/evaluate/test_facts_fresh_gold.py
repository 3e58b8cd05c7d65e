"""The fresh facts gold (eval/gold/facts/fresh-*.json) is well formed and points at real text.

Its documents are TimeML (TempEval-3 AQUAINT and TimeBank), which has no sentence numbers,
so a mention is ``document|offset|token|value``: the token as written starts at that character
offset of the document's TEXT content with its tags dropped and entities decoded (what ElementTree's
``itertext`` gives). The checks read the files with the standard library only, not with
storydesk, so the gold stays independent of the tool (eval/gold/facts/FRESH.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import offset_gold

from shared_data import shared_path

FOLDER = Path(__file__).resolve().parents[2] / "eval" / "gold" / "facts"
GOLDS = sorted(FOLDER.glob("fresh-*.json"))


def _gold() -> dict:
    """Every fresh file's events as one list (a document is in one event across the files)."""
    files = [json.loads(path.read_text(encoding="utf-8")) for path in GOLDS]
    assert [data["split"] for data in files] == ["fresh"] * len(files)
    return {"split": "fresh", "events": [event for data in files for event in data["events"]]}


def test_both_fresh_files_are_read() -> None:
    assert [path.name for path in GOLDS] == ["fresh-aquaint.json", "fresh-timebank.json"]


def test_fresh_gold_is_well_formed() -> None:
    data = _gold()
    assert data["split"] == "fresh"
    offset_gold.check_well_formed(data["events"])


def test_every_fresh_mention_is_its_token_at_that_offset() -> None:
    """The token is there, as a whole word ("5" of "5 1/2", "16-hour", "$650,000")."""
    assert offset_gold.misplaced(_gold()["events"], shared_path("datasets")) == []


def test_no_fresh_token_is_named_twice() -> None:
    for event in _gold()["events"]:
        assert offset_gold.named_twice(event) == [], event["event"]


def test_fresh_documents_are_in_no_other_part() -> None:
    """The fresh part is TempEval-3 only (AQUAINT, TimeBank); the tuned ones, ECB+ and MEANTIME."""
    fresh = {d for e in _gold()["events"] for d in e["documents"]}
    assert [d for d in fresh if not d.startswith("tempeval3/Training/TBAQ-cleaned/")] == []
    others = [p for p in FOLDER.glob("*.json") if p not in GOLDS]
    named = {d for p in others for e in json.loads(p.read_text())["events"] for d in e["documents"]}
    assert not named & fresh


def test_the_reader_finds_every_mention_where_the_gold_says() -> None:
    """``storydesk eval facts-fresh`` reads the same text the offsets count in."""
    from storydesk.evaluate.facts_fresh import load_fresh, timeml_text

    data = shared_path("datasets")
    events = load_fresh()
    # Every fresh file is scored, in name order: a reader that dropped one (TimeBank) would
    # silently lift the facts-fresh scores (reviewer 2).
    assert [event.name for event in events] == [event["event"] for event in _gold()["events"]]
    for event in events:
        texts = {Path(p).name: timeml_text(data / p) for p in event.documents}
        for fact in event.facts:
            for m in fact.mentions:
                assert texts[m.doc][m.start : m.start + len(m.number)] == m.number, m


def test_fresh_scores_say_counts_only_never_which_facts(tmp_path: Path) -> None:
    """The part is untouched: the result names no fact missed or stated wrongly."""
    from storydesk.evaluate.facts_fresh import evaluate
    from storydesk.options import Options

    absent = evaluate(tmp_path, Options())
    assert not absent.available and str(tmp_path) in absent.notes[0]
    result = evaluate(shared_path("datasets"), Options(), limit=2)
    assert result.available and result.documents == 33  # embassy bombings, NATO
    # one gold conflict there (Nairobi's settled toll, AP 247 against Xinhua 253: FRESH.md)
    assert set(result.scores) == {
        "agreement_recall",
        "conflict_precision",
        "conflict_recall",
        "events_without_false_conflict",
        "false_conflicts",
    }
    assert len(result.notes) == 1
    assert re.match(r"2 events \(untouched\): \d+/1 conflicts found", result.notes[0])
    labels = {f["label"] for e in _gold()["events"] for f in e["facts"]}
    assert not [label for label in labels if label in result.notes[0]]
