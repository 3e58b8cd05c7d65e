"""The example evaluation's checkers, on a hand-made report for two tiny articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storydesk.evaluate import example
from storydesk.evaluate.example_checks import Report, fold
from storydesk.options import Options

FILES = {"000": "000_a.txt", "001": "001_b.txt"}
EXPECTED: dict[str, Any] = {
    "files": FILES,
    "boilerplate": {"000": ["Sign up for our newsletter", "Donate now"]},  # 1 met, 1 not
    "quotes": [
        {"source": "000", "text": "We will not give up", "speaker": "Anna Smith"},  # met
        {"source": "001", "text": "Prices will fall", "speaker": "Bo Li"},  # wrong speaker
    ],
    "dates": [
        {"source": "000", "text": "met on Sunday", "date": "2025-11-23"},  # met
        {"source": "001", "text": "by Nov. 27", "date": "2025-11-27"},  # wrong date
    ],
    "entity_groups": [
        {"name": "Anna Smith", "variants": ["Anna Smith", "Smith"]},  # met
        {"name": "Kyiv", "variants": ["Kyiv", "Kiev"]},  # split in two entities
    ],
    "must_not_merge": [["Anna Smith", "Bo Li"], ["Kyiv", "Kherson"]],  # met; Kherson absent
    "numeric_conflicts": [{"slot": "killed", "values": {"000": 6, "001": 7}}],  # met
    "numeric_agreements": [{"slot": "points", "value": 28, "sources": ["000", "001"]}],  # not
    "not_conflicts": [{"why": "x", "values": [20, 19], "sources": ["000", "000"]}],  # met
    "quote_groups": [{"speaker": "Anna Smith", "about": "x", "sources": ["000", "001"]}],  # met
}
PASSED = {
    "boilerplate": 1, "quotes": 1, "dates": 1, "entity_groups": 1, "must_not_merge": 1,
    "numeric_conflicts": 1, "numeric_agreements": 0, "not_conflicts": 1, "quote_groups": 1,
}


def article(key: str, text: str, **parts: Any) -> dict[str, Any]:
    return {"id": f"id{key}", "source": f"/somewhere/{FILES[key]}", "text": text,
            "removed": [], "quotes": [], "dates": [], **parts}


REPORT: dict[str, Any] = {"stories": [{
    "articles": [
        article(
            "000", "Anna Smith said: “We will not give up.” Donate now",
            removed=[{"text": "SIGN UP for our newsletter!", "reason": "appeal"}],
            quotes=[{"id": "q1", "text": "We will not give up.", "speaker": "Smith",
                     "speaker_entity": "e1"}],
            dates=[{"text": "Sunday", "date": "2025-11-23"}],
        ),
        article(
            "001", "Prices will fall, an official said.",
            quotes=[{"id": "q2", "text": "prices will fall", "speaker": "an official",
                     "speaker_entity": None},
                    {"id": "q3", "text": "We won't give up", "speaker": "Smith",
                     "speaker_entity": "e1"}],
            dates=[{"text": "Nov. 27", "date": "2026-11-27"}],
        ),
    ],
    "entities": [
        {"id": "e1", "name": "Anna Smith", "variants": [{"text": "Anna Smith"}, {"text": "Smith"}]},
        {"id": "e2", "name": "Bo Li", "variants": [{"text": "Bo Li"}]},
        {"id": "e3", "name": "Kyiv", "variants": [{"text": "Kyiv"}]},
        {"id": "e4", "name": "Kiev", "variants": [{"text": "Kiev"}]},
    ],
    "facts": [
        {"id": "f1", "slot": "killed", "status": "conflict", "values": [
            {"value": 6, "article": "id000"}, {"value": 7, "article": "id001"}]},
        {"id": "f2", "slot": "points", "status": "agree", "values": [
            {"value": 28, "article": "id000"}]},
    ],
    "quote_groups": [{"id": "g1", "speaker": "e1", "quotes": ["q1", "q3"]}],
}]}


def write_example(folder: Path) -> Path:
    for name in FILES.values():
        (folder / name).write_text("An article.\n", encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps(EXPECTED), encoding="utf-8")
    return folder


def test_fold_ignores_case_and_punctuation() -> None:
    assert fold("He said: “Yes—NOW.”") == "he said yes now"


def test_each_kind_counts_exactly() -> None:
    failures, totals = example.check_all(EXPECTED, REPORT)
    assert totals == {"boilerplate": 2, "quotes": 2, "dates": 2, "entity_groups": 2,
                      "must_not_merge": 2, "numeric_conflicts": 1, "numeric_agreements": 1,
                      "not_conflicts": 1, "quote_groups": 1}
    assert {kind: totals[kind] - len(failures[kind]) for kind in totals} == PASSED
    assert "still in the text" in failures["boilerplate"][0]
    assert "not Bo Li" in failures["quotes"][0]
    assert "2026-11-27" in failures["dates"][0]
    assert "Kherson" in failures["must_not_merge"][0]


def test_merged_names_and_reported_not_conflicts_fail() -> None:
    merged = json.loads(json.dumps(REPORT))
    story = merged["stories"][0]
    story["entities"][1]["variants"].append({"text": "Smith"})  # Bo Li's entity takes "Smith"
    story["facts"][0]["values"] = [{"value": 20, "article": "id000"},
                                   {"value": 19, "article": "id000"}]
    view = Report.build(merged, FILES)
    assert "merged" in (example.CHECKERS["must_not_merge"](view, ["Anna Smith", "Bo Li"]) or "")
    assert example.CHECKERS["not_conflicts"](view, EXPECTED["not_conflicts"][0]) is not None


def test_empty_report_passes_nothing() -> None:
    failures, totals = example.check_all(EXPECTED, {"stories": []})
    assert all(len(failures[kind]) == totals[kind] for kind in totals)


def test_evaluate_scores_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_example(tmp_path)
    seen: list[dict[str, str]] = []

    def fake_analyse(folder: Path, files: dict[str, str], options: Options) -> dict[str, Any]:
        seen.append(files)
        return REPORT

    monkeypatch.setattr(example, "analyse", fake_analyse)
    result = example.evaluate(data, Options())
    assert seen == [FILES]
    assert result.scores["passed"] == sum(PASSED.values()) == 8
    assert result.scores["total"] == 14
    assert result.scores["passed_numeric_agreements"] == 0
    assert "quotes: 1/2" in result.notes


def test_missing_listed_file_is_an_error(tmp_path: Path) -> None:
    data = write_example(tmp_path)
    (data / "001_b.txt").unlink()
    with pytest.raises(example.StorydeskError, match="001_b"):
        example.evaluate(data, Options())


def test_checkers_read_the_real_report(example_analysis, expected) -> None:  # type: ignore[no-untyped-def]
    """The checkers against the real report of the flagship example (shared fixture): every
    key they read exists, and every expectation is counted once."""
    from storydesk.report.json_report import report_dict

    failures, totals = example.check_all(expected, report_dict(example_analysis))
    kinds = set(expected) - {"about", "publication_date", "files"}
    assert set(totals) == kinds
    assert totals["boilerplate"] == sum(len(v) for v in expected["boilerplate"].values())
    assert all(totals[k] == len(expected[k]) for k in kinds - {"boilerplate"})
    assert all(reason for reasons in failures.values() for reason in reasons)


def test_entity_group_counts_a_surname_carried_only_by_the_full_name() -> None:
    from storydesk.evaluate.example_checks import check_entity_group

    full = [{"text": "Karoline Leavitt"}, {"text": "Caroline Levitt"}]
    view = Report(entities=[{"id": "e1", "variants": full}])
    group = {"variants": ["Karoline Leavitt", "Caroline Levitt", "Leavitt"]}
    assert check_entity_group(view, group) is None
    assert check_entity_group(view, {"variants": ["Leavitt", "Vance"]}) is not None
    # A form inside a longer word is not held: "Levitt" is not "Caroline Levittown".
    view = Report(entities=[{"id": "e1", "variants": [{"text": "Caroline Levittown"}]}])
    assert check_entity_group(view, {"variants": ["Levitt"]}) is not None
