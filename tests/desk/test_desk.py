"""The desk on the example: added in two batches, added again, what changed in between."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from shared_data import EXAMPLE
from storydesk import cli
from storydesk.desk import AddResult, Desk, now
from storydesk.options import Options
from storydesk.output import is_report
from storydesk.reconcile.changes import KINDS
from storydesk.reconcile.sources import outlet_names

FIRST = ["000", "001", "002"]  # the example's first three files; the other two come later


@dataclass
class TwoBatches:
    path: Path
    first: AddResult
    between: str  # a time after the first batch and before the second
    second: AddResult
    again: AddResult


def _files(prefixes: list[str]) -> list[str]:
    return [str(p) for p in sorted(EXAMPLE.glob("*.txt")) if p.name[:3] in prefixes]


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> TwoBatches:
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    with Desk(str(path), Options.load()) as desk:
        first = desk.add(_files(FIRST))
        time.sleep(0.01)
        between = now()
        time.sleep(0.01)
        second = desk.add([str(EXAMPLE)])
        again = desk.add([str(EXAMPLE)])
    return TwoBatches(path, first, between, second, again)


def test_first_batch_creates_one_story(batches: TwoBatches) -> None:
    assert len(batches.first.added) == 3
    assert len(batches.first.created) == 1 and batches.first.changed == []


def test_second_batch_adds_only_what_is_new_and_changes_the_story(batches: TwoBatches) -> None:
    assert len(batches.second.added) == 2
    assert sorted(Path(source).name[:3] for source, _ in batches.second.already) == FIRST
    assert batches.second.created == []
    assert batches.second.changed == batches.first.created


def test_adding_the_same_files_again_adds_nothing(batches: TwoBatches) -> None:
    again = batches.again
    assert again.added == [] and again.created == [] and again.changed == []
    assert len(again.already) == 5
    with Desk(str(batches.path)) as desk:
        [story] = desk.stories()
        assert len(desk.store.versions(story.id)) == 2  # nothing rebuilt for nothing new
        assert desk.store.check() == []


def test_ids_survive_the_second_batch(batches: TwoBatches) -> None:
    """Every entity, quote group and fact of the first state is still there under its id:
    the second batch added to them, it did not rename them."""
    with Desk(str(batches.path)) as desk:
        [story_id] = batches.first.created
        before = desk.story(story_id, at=batches.between)
        after = desk.story(story_id)
    assert len(before.articles) == 3 and len(after.articles) == 5
    assert after.id == before.id == story_id
    for kind in ("entities", "quote_groups", "facts"):
        old = {item.id for item in getattr(before, kind)}
        new = {item.id for item in getattr(after, kind)}
        assert old <= new, f"{kind} renamed: {sorted(old - new)[:5]}"


def test_changes_since_list_what_the_second_batch_added(batches: TwoBatches) -> None:
    with Desk(str(batches.path)) as desk:
        [story_id] = batches.first.created
        changes = desk.changes(story_id, batches.between)
        story = desk.story(story_id)
    assert all(c.at > batches.between for c in changes)
    new_articles = {c.key for c in changes if c.kind == "article"}
    assert new_articles == set(batches.second.added)
    # Each new article named as the pages name it: its outlet, or "Unknown outlet n".
    names = outlet_names(story.articles)
    for change in changes:
        if change.kind == "article":
            assert f"({names[change.key]}, " in change.text, change.text
    added_outlets = {a.outlet.casefold() for a in story.articles
                     if a.id in new_articles and a.outlet}
    first_outlets = {a.outlet.casefold() for a in story.articles
                     if a.id not in new_articles and a.outlet}
    assert {c.key for c in changes if c.kind == "outlet"} == added_outlets - first_outlets
    # Everything a change cites is a real sentence of the story.
    for change in changes:
        for citation in change.citations:
            article = story.article(citation.article)
            assert article is not None and 0 <= citation.sentence < len(article.sentences)
    # Facts and quotes that the second batch brought are listed, each citing a new article.
    for change in changes:
        if change.kind in ("fact", "quote"):
            assert {c.article for c in change.citations} & new_articles, change.text
    assert {c.kind for c in changes} >= {"article", "fact", "quote"}


def test_nothing_changed_since_now(batches: TwoBatches) -> None:
    with Desk(str(batches.path)) as desk:
        [story_id] = batches.first.created
        assert desk.changes(story_id, now()) == []


def test_show_since_json_is_the_report_with_changes(batches: TwoBatches,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from storydesk.report import json_report

    [story_id] = batches.first.created
    code = cli.main(["show", story_id[:6], "--store", str(batches.path), "--since",
                     batches.between, "--format", "json"])
    assert code == cli.EXIT_OK
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    json_report.validate(report)
    [story] = report["stories"]
    assert story["id"] == story_id and len(story["articles"]) == 5
    assert report["since"] == batches.between
    kinds = [c["kind"] for c in report["changes"]]
    assert kinds.count("article") == 2
    assert set(kinds) <= set(KINDS)


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_show_since_renders_the_new_articles(batches: TwoBatches, fmt: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    [story_id] = batches.first.created
    assert cli.main(["show", story_id, "--store", str(batches.path), "--since",
                     batches.between, "--format", fmt]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.count("New article") == 2
    assert is_report(out[:4096])  # never read back as an article if saved among the inputs


def test_stories_lists_the_story(batches: TwoBatches, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stories", "--store", str(batches.path), "--format", "json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)["stories"]
    assert listed["articles"] == 5 and listed["first"] == listed["last"] == "2025-11-25"
    assert listed["conflicts"] >= 1  # the Kyiv toll: 6 against 7
    with Desk(str(batches.path)) as desk:
        story = desk.story(listed["id"])
    assert listed["outlets"] == list(dict.fromkeys(a.outlet for a in story.articles
                                                   if a.outlet))
    # Each article with no outlet is an outlet and a source of its own, as in the report.
    unknown = sum(1 for a in story.articles if not a.outlet)
    assert unknown and listed["unknown_outlets"] == unknown
    assert listed["sources"] == len(listed["outlets"]) + unknown == 5
    assert cli.main(["stories", "--store", str(batches.path)]) == 0
    assert listed["id"] in capsys.readouterr().out


def test_unknown_story_is_a_usage_error(batches: TwoBatches,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "snope", "--store", str(batches.path)]) == cli.EXIT_USAGE
    assert "no story 'snope'" in capsys.readouterr().err


def test_add_summary_on_the_command_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "cli.db"
    (tmp_path / "empty.txt").write_bytes(b"")
    args = ["add", _files(["004"])[0], str(tmp_path / "empty.txt"), "--store", str(store),
            "--quiet", "--format", "json"]
    assert cli.main(args) == cli.EXIT_OK
    summary = json.loads(capsys.readouterr().out)
    assert len(summary["added"]) == 1 and summary["already"] == []
    assert summary["skipped"] == [{"source": str(tmp_path / "empty.txt"),
                                   "reason": "empty file"}]
    assert len(summary["stories_created"]) == 1
    assert cli.main(args[:-2]) == cli.EXIT_OK
    text = capsys.readouterr().out
    assert "added 0, already there 1, skipped 1" in text
    assert "skipped " + str(tmp_path / "empty.txt") + ": empty file" in text
    assert f"  already  {_files(['004'])[0]}\n" in text  # itself again: nothing more to say


def test_add_names_the_input_an_input_already_there_repeats(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page saved twice under two names is one article: the summary says which input it
    repeats, in one run (skipped, with the reason) and in the next (already there)."""
    text = Path(_files(["004"])[0]).read_text(encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    args = ["add", str(first), str(second), "--store", str(tmp_path / "d.db"), "--quiet"]
    assert cli.main(args) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "added 1, already there 0, skipped 1" in out
    assert f"  skipped {second}: the same text as {first}: read once" in out
    assert cli.main([*args[:1], str(second), *args[3:]]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "added 0, already there 1, skipped 0" in out
    assert f"  already  {second}  (the same text as {first})" in out
