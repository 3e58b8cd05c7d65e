"""The judged precision probe (eval/probes/facts-judged-*.json) and its runner's matching.

Each judged mention must point at its figure in the real document (so a judge's verdict is
about the words a reader sees there), no document may be one the probe must never run, and
the runner must find a judged pair again when only the things that change with the code
change (the sentence split, the fact it sits in), and never match another figure.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from eval_modules import load
from shared_data import shared_path
from storydesk.evaluate.quotes_held import held_part

EVAL = Path(__file__).resolve().parents[2] / "eval"
PROBES = sorted((EVAL / "probes").glob("facts-judged-*.json"))
HEADER = {"about", "judge", "date", "commit", "folder", "formation", "command", "windows"}


probe_runner = load("judged_probe")


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_there_is_a_judged_probe() -> None:
    assert PROBES, "no eval/probes/facts-judged-*.json"


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.name)
def test_probe_is_well_formed(path: Path) -> None:
    probe = read(path)
    assert probe.keys() >= HEADER
    names = [window["name"] for window in probe["windows"]]
    assert len(names) == len(set(names))
    for window in probe["windows"]:
        assert window["first"] <= window["last"]
    verdicts = set(probe_runner.SAME) | set(probe_runner.REASONS)
    for record in probe["conflicts"]:
        assert record["window"] in names
        mentions = record["mentions"]
        assert len(mentions) >= 2 and record["pairs"]
        for a, b, verdict, note in record["pairs"]:
            assert 0 <= a < len(mentions) and 0 <= b < len(mentions) and a != b
            assert verdict in verdicts, f"{verdict!r}: not a verdict"
            assert verdict in probe_runner.SAME or note, "a pair apart says why"
        for mention in mentions:
            assert mention["value"] in mention["sentence"]


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.name)
def test_judged_mentions_point_at_their_figures(path: Path) -> None:
    probe = read(path)
    folder = shared_path("datasets", probe["folder"])
    never = probe_runner.gold_documents()
    for record in probe["conflicts"]:
        for mention in record["mentions"]:
            document = folder / mention["doc"]
            assert mention["doc"] not in never
            assert not (document.suffix == ".txt" and held_part(document.name))
            text = probe_runner.text_of(document)
            offset, value = mention["offset"], mention["value"]
            assert text[offset : offset + len(value)] == value, mention
            # the runner finds the same place again from the sentence it is given
            assert probe_runner.file_offset(text, mention["sentence"], value) == offset


def first_pair(probe: dict[str, Any]) -> tuple[Any, Any, str]:
    record = probe["conflicts"][0]
    a, b, verdict, _ = record["pairs"][0]
    mentions = [probe_runner._mention(m) for m in record["mentions"]]
    return mentions[a], mentions[b], verdict


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.name)
def test_a_judged_pair_is_found_again_and_nothing_else(path: Path) -> None:
    probe = read(path)
    verdicts = probe_runner.load_verdicts(probe)
    a, b, verdict = first_pair(probe)
    # the sentence split another way: the same figure at the same offset
    resplit = replace(a, sentence=a.sentence + " And more.")
    found = probe_runner.verdict_of(b, resplit, verdicts)
    assert found is not None and found.verdict == verdict
    # a code change that moves the figure's extent ("about $9 million" / "$9 million")
    widened = replace(a, value="about " + a.value, offset=a.offset - len("about "))
    found = probe_runner.verdict_of(widened, b, verdicts)
    assert found is not None and found.verdict == verdict
    # the same value written in another sentence of the document is another figure
    elsewhere = replace(a, sentence="Another sentence of " + a.value, offset=a.offset + 500)
    assert probe_runner.verdict_of(elsewhere, b, verdicts) is None
    # with no offset, the sentence and the number read: another number is another figure
    lost = replace(a, offset=-1)
    assert probe_runner.verdict_of(lost, b, verdicts) is not None
    assert probe_runner.verdict_of(replace(lost, number=a.number + 1), b, verdicts) is None
    # a stated conflict of the pair alone takes the pair's verdict; a third figure nobody
    # judged leaves it unjudged, unless the pair is already apart (wrong whatever it holds)
    stated = probe_runner.Stated("w", "s", "slot", "q", [a, b])
    outcome, open_pairs = probe_runner.judge(stated, verdicts)
    expected = {"differ": "right", "agree": "agree"}.get(verdict, verdict)
    assert (outcome, open_pairs) == (expected, [])
    stranger = replace(b, doc="nobody.txt")
    outcome, open_pairs = probe_runner.judge(replace(stated, mentions=[a, b, stranger]), verdicts)
    assert len(open_pairs) == 2
    assert outcome == ("unjudged" if verdict in probe_runner.SAME else verdict)


@pytest.mark.parametrize(
    "folder",
    ["polnear/data/dev/text", "polnear/data/test/text", "polnear/data/train/../dev/text",
     "polnear/data/./dev/text", "polnear//data/dev/text", "linked", "tempeval3/platinum"],
)  # fmt: skip
def test_a_probe_of_an_untouched_folder_is_refused(folder: str, tmp_path: Path) -> None:
    (tmp_path / "polnear/data/dev/text").mkdir(parents=True)
    (tmp_path / "linked").symlink_to(tmp_path / "polnear/data/dev/text")
    probe = {"folder": folder, "windows": [{"name": "w", "first": "2016-01-01",
                                            "last": "2016-12-31"}], "conflicts": []}  # fmt: skip
    with pytest.raises(ValueError, match="no probe may run"):
        probe_runner.score(probe, tmp_path, None)


def test_a_probe_of_train_is_not_refused(tmp_path: Path) -> None:
    probe_runner.refuse(tmp_path, "polnear/data/train/text")
    probe_runner.refuse(tmp_path, "tempeval3/Training/TBAQ-cleaned/TimeBank")


def test_no_window_reads_a_fresh_or_untouched_document() -> None:
    fresh = probe_runner.gold_documents(("fresh-*.json",))
    never = probe_runner.gold_documents()
    assert fresh < never  # the untouched part's documents are refused too
