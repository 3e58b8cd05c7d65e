"""The quality gate's comparison, update and planning, on fake results (no datasets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval_modules import load
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.cli import Outcome

gate = load("gate")
PINNED = {"min": 0.9, "date": "2026-01-02", "commit": "abc1234"}
SECTION = {"extraction": {"limit": 10, "minimums": {"f1": PINNED}}}


def outcome(f1: float) -> Outcome:
    return Outcome("extraction", result=EvalResult("extraction", scores={"f1": f1}))


def levels(findings: list) -> list[str]:  # type: ignore[type-arg]
    return [f.level for f in findings]


def test_drop_below_minimum_fails_with_when_it_was_set() -> None:
    findings = gate.compare({"extraction": outcome(0.85)}, SECTION)
    assert levels(findings) == ["fail"]
    assert "0.8500 below minimum 0.9" in findings[0].message
    assert "2026-01-02" in findings[0].message and "abc1234" in findings[0].message


def test_at_or_above_minimum_passes() -> None:
    assert levels(gate.compare({"extraction": outcome(0.9)}, SECTION)) == ["info"]
    assert levels(gate.compare({"extraction": outcome(0.95)}, SECTION)) == ["info"]


def test_a_pinned_score_the_run_no_longer_gives_fails() -> None:
    """stories-stream pins crowded scores that need TempEval-3: a run without them must not
    pass as if they were checked."""
    section = {"extraction": {"limit": 10, "minimums": {"f1": PINNED, "crowded_f1": PINNED}}}
    findings = gate.compare({"extraction": outcome(0.95)}, section)
    assert levels(findings) == ["info", "fail"]
    assert "crowded_f1 is pinned but was not scored" in findings[1].message


def test_unavailable_is_skipped_and_unpinned_is_a_warning() -> None:
    findings = gate.compare(
        {
            "quotes": Outcome("quotes", unavailable="not yet available"),
            "dates": Outcome("dates", result=EvalResult("dates", scores={"value_accuracy": 0.5})),
            "stories": Outcome("stories", error="boom"),
        },
        SECTION,
    )
    assert levels(findings) == ["info", "warn", "fail"]


def test_main_exit_codes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    baseline = {"modes": {"quick": SECTION, "full": {}}}
    monkeypatch.setattr(gate, "SHARED", tmp_path)
    monkeypatch.setattr(gate, "load_baseline", lambda path: baseline)
    for score, code in ((0.8, 1), (0.93, 0)):
        monkeypatch.setattr(gate, "run_all", lambda plan, s=score: {"extraction": outcome(s)})
        assert gate.main(["--quick"]) == code


def test_absent_shared_skips(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(gate, "SHARED", tmp_path / "absent")
    assert gate.main([]) == 0


def test_a_count_of_errors_is_pinned_as_a_maximum() -> None:
    """A false conflict more fails even where no share moves (facts-work: one event already
    has one); fewer pass, and --update pins the count itself, with no tolerance."""
    pinned = {"max": 1.0, "score": 1.0, "date": "2026-12-01", "commit": "abc1234"}
    section = {"facts-work": {"limit": None, "minimums": {"false_conflicts": pinned}}}

    def counted(false: float) -> dict[str, Outcome]:
        scores = {"false_conflicts": false}
        return {"facts-work": Outcome("facts-work", result=EvalResult("facts-work", scores=scores))}

    assert levels(gate.compare(counted(0.0), section)) == ["info"]
    assert levels(gate.compare(counted(1.0), section)) == ["info"]
    findings = gate.compare(counted(2.0), section)
    assert levels(findings) == ["fail"]
    assert "false_conflicts=2 above maximum 1" in findings[0].message
    assert gate.pin("false_conflicts", 3.0, "d", "c") == {"max": 3.0, "score": 3.0, "date": "d",
                                                         "commit": "c"}


def test_minimum_is_rounded_down_below_the_score() -> None:
    assert gate.minimum_for(0.97351) == 0.968  # 0.97351 * 0.995 = 0.96864...
    assert gate.minimum_for(12.0) == 11.94
    assert gate.minimum_for(0.0) == 0.0


def test_update_pins_available_results_only() -> None:
    baseline: dict = {"modes": {"quick": {}}}  # type: ignore[type-arg]
    outcomes = {
        "extraction": Outcome(
            "extraction", result=EvalResult("extraction", scores={"f1": 0.97351, "total": 3.0})
        ),
        "quotes": Outcome("quotes", unavailable="not yet"),
    }
    new = gate.updated(baseline, "quick", outcomes, {"extraction": 40}, ("2026-11-21", "f00"))
    entry = new["modes"]["quick"]["extraction"]
    assert entry["limit"] == entry["pinned_limit"] == 40
    assert entry["minimums"]["f1"] == {"min": 0.968, "score": 0.9735, "date": "2026-11-21",
                                       "commit": "f00"}
    assert "total" not in entry["minimums"] and "quotes" not in new["modes"]["quick"]


def test_update_keeps_the_untouched_pin_unless_named() -> None:
    """A tuner's full --update must not re-pin the untouched facts part from tuned code (review,
    session 12): its pin moves only when --only names it (eval/gold/facts/UNTOUCHED.md)."""
    pinned = {"min": 0.621, "score": 0.625, "date": "2026-12-01", "commit": "the part"}
    untouched = {"limit": None, "pinned_limit": None, "minimums": {"agreement_recall": pinned}}
    scored = EvalResult("facts-untouched", scores={"agreement_recall": 0.875})
    outcomes = {"facts-untouched": Outcome("facts-untouched", result=scored)}
    outcomes["extraction"] = outcome(0.95)
    stamp = ("2026-12-02", "f00")

    def baseline() -> dict:  # type: ignore[type-arg]
        return {"modes": {"full": {"facts-untouched": json.loads(json.dumps(untouched))}}}

    kept = gate.updated(baseline(), "full", outcomes, {}, stamp)["modes"]["full"]
    assert kept["facts-untouched"] == untouched
    assert kept["extraction"]["minimums"]["f1"]["score"] == 0.95
    kept = gate.updated(baseline(), "full", outcomes, {}, stamp, ["extraction"])["modes"]["full"]
    assert kept["facts-untouched"] == untouched
    named = gate.updated(baseline(), "full", outcomes, {}, stamp, ["facts-untouched"])
    repinned = named["modes"]["full"]["facts-untouched"]["minimums"]["agreement_recall"]
    assert repinned["score"] == 0.875


def test_quick_plan_uses_pinned_limits() -> None:
    baseline = {"modes": {"quick": {"extraction": {"limit": 40}, "nonsense": {}}}}
    assert gate.planned(baseline, "quick") == {"extraction": 40}
    full = gate.planned({"modes": {}}, "full")
    assert set(full) == set(gate.DATASETS) and all(v is None for v in full.values())


def test_limit_changed_since_pinning_warns() -> None:
    section = {"extraction": {"limit": 50, "pinned_limit": 10, "minimums": {"f1": PINNED}}}
    findings = gate.compare({"extraction": outcome(0.95)}, section)
    assert levels(findings) == ["warn", "info"]
    assert "pinned at 10" in findings[0].message


def test_absent_dataset_is_not_yet_available(tmp_path: Path) -> None:
    outcomes = gate.run_all({"extraction": 1}, shared=tmp_path)
    assert outcomes["extraction"].unavailable is not None
    assert "absent" in outcomes["extraction"].unavailable


def test_update_writes_this_mode_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    full = {"extraction": {"limit": None, "minimums": {"f1": PINNED}}}
    path.write_text(json.dumps({"modes": {"quick": SECTION, "full": full}}), encoding="utf-8")
    monkeypatch.setattr(gate, "SHARED", tmp_path)
    monkeypatch.setattr(gate, "run_all", lambda plan: {"extraction": outcome(0.5)})
    assert gate.main(["--quick", "--update", "--baseline", str(path)]) == 0  # drops re-pinned
    written = json.loads(path.read_text(encoding="utf-8"))["modes"]
    assert written["quick"]["extraction"]["minimums"]["f1"]["min"] == 0.497
    assert written["full"] == full
