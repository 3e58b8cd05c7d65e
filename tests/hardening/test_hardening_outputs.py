"""Outputs written safely, nothing read back that we wrote, escaping of what we quote, and
the language of every article: issue 12, items 3, 4 and the output parts of 6."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hostile import plain_article
from isolation import COUNTS, EXAMPLE

from storydesk import cli, output
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options
from storydesk.pipeline import Analysis
from storydesk.report import markdown, text
from storydesk.report.terminal import strip_controls

GERMAN = (
    "Der Bundeskanzler hat am Dienstag in Berlin erklärt, dass die Regierung die Hilfe für "
    "die Ukraine ausweiten werde. Die Opposition kritisierte die Pläne scharf und verlangte "
    "eine Abstimmung im Bundestag, bevor neue Zusagen gemacht würden. Nach Angaben des "
    "Finanzministeriums sollen die Mittel aus dem laufenden Haushalt kommen.\n"
)
RUSSIAN = (
    "Президент России заявил во вторник, что переговоры о мирном плане продолжатся на "
    "следующей неделе в Москве. По словам официального представителя Кремля, делегации "
    "обсудят условия прекращения огня и обмен пленными, а также гарантии безопасности.\n"
)


def _run(*args: str) -> int:
    return cli.main(["analyze", *args, "--quiet"])


def test_out_into_a_missing_folder_fails_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_analysis(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the analysis ran before the output was checked")

    monkeypatch.setattr("storydesk.pipeline.analyze", no_analysis)
    code = _run(str(EXAMPLE), "--out", str(tmp_path / "missing" / "story.md"))
    assert code == cli.EXIT_ERROR
    assert f"folder {tmp_path / 'missing'} does not exist" in capsys.readouterr().err


def test_out_over_an_input_is_refused_and_the_input_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(plain_article("input"), encoding="utf-8")
    before = article.read_bytes()
    assert _run(str(tmp_path), "--out", str(article)) == cli.EXIT_ERROR
    assert "it is one of the inputs" in capsys.readouterr().err
    assert article.read_bytes() == before
    assert _run(str(article), "--out", str(article)) == cli.EXIT_ERROR
    assert article.read_bytes() == before


def test_a_failed_write_leaves_the_previous_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.md"
    target.write_text("previous report\n", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(output.OutputError, match="No space left on device"):
        output.write_text(target, "new report " * 1000)
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.md"]  # no temporary file left


def test_report_written_into_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    from storydesk.report import html

    for render, name in ((markdown.render, "story.md"), (html.render, "story.html")):
        (tmp_path / name).write_text(render(Analysis([], [])), encoding="utf-8")
    (tmp_path / "story.txt").write_text(
        "╭──────── story s0123456789 ────────╮\n│ Floods │\n╰──────────╯\n", encoding="utf-8"
    )
    items = list(read_inputs([str(tmp_path)], Options()))
    assert {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)} == {
        name: output.REPORT_REASON for name in ("story.html", "story.md", "story.txt")
    }


def test_unreadable_sub_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The suite runs as root in CI, where no permission bit hides a folder: the refusal the
    # file system would give is simulated.
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_text(plain_article("a"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_inputs([str(tmp_path)], Options()))
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {str(locked): "folder cannot be read (Permission denied)"}


def test_markdown_escapes_what_it_quotes() -> None:
    assert markdown.code("we`ird`` name.txt") == "```we`ird`` name.txt```"
    assert markdown.code("`start") == "`` `start ``"
    quoted = markdown.escape("*bold* [link](javascript:x) <img src=x> | cell `code` # 1. x")
    assert "<img" not in quoted
    assert re.search(r"(?<!\\)[*\[\]`|#]", quoted) is None  # every markup mark escaped
    assert markdown.escape("1. First") == "1\\. First"
    assert markdown.escape("- item") == "\\- item"


def test_terminal_output_strips_control_sequences() -> None:
    hostile = "Title\x1b[2J\x1b]0;owned\x07 \x9b31m red\x1b[31m\r over\u202e reversed\x07"
    assert strip_controls(hostile) == "Title 31m red over reversed"


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One analysis of English articles beside German and Russian ones and a file whose name
    and title carry escape sequences and a backtick."""
    folder = tmp_path_factory.mktemp("mixed")
    for good in sorted(EXAMPLE.glob("*.txt"))[:2]:
        shutil.copy(good, folder / good.name)
    (folder / "german.txt").write_text(f"---\ntitle: Hilfe für Kiew\n---\n{GERMAN}", "utf-8")
    (folder / "russian.txt").write_text(RUSSIAN, encoding="utf-8")
    hostile_name = folder / "evil`\x1b[31mname.jsonl"
    hostile_name.write_text(json.dumps({"title": "x", "text": ""}) + "\n", encoding="utf-8")
    out = folder.parent / "report.json"
    assert _run(str(folder), "--format", "json", "--out", str(out)) == cli.EXIT_OK
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    report["folder"] = folder
    return report


def test_other_languages_are_listed_not_analysed(mixed_run: dict[str, Any]) -> None:
    [story] = mixed_run["stories"]
    names = sorted(Path(a["source"]).name for a in story["articles"])
    assert names == sorted(p.name for p in sorted(EXAMPLE.glob("*.txt"))[:2])
    assert all(a["language"] == "en" for a in story["articles"])
    skipped = {Path(s["source"]).name: s["reason"] for s in mixed_run["skipped"]}
    assert skipped["german.txt"].startswith("written in German (de")
    assert skipped["russian.txt"].startswith("written in Russian (ru")
    COUNTS["articles checked"] += 4


def test_hostile_file_names_are_escaped_in_every_output(
    mixed_run: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = mixed_run["folder"]
    skipped = [Skipped(s["source"], s["reason"]) for s in mixed_run["skipped"]]
    md = markdown.render(Analysis([], skipped))
    [line] = [line for line in md.splitlines() if "evil" in line]
    # A fence one backtick longer than the name's: the span holds the whole name.
    assert line.startswith(f"- ``{folder}/evil`name.jsonl:1``: ")
    assert "\x1b" not in text.render(Analysis([], skipped))
    _run(str(folder), "--format", "json", "--out", str(folder.parent / "again.json"))
    assert "\x1b" not in capsys.readouterr().err


@pytest.mark.parametrize("moment", ["while writing", "before the rename"])
def test_a_kill_while_writing_leaves_the_previous_report_whole(tmp_path: Path, moment: str) -> None:
    """Issue 12: a kill while --out was written left a 0-byte file. The writer is killed
    (in a forked child: by the kernel half-way through the text, over a file-size limit, or
    by SIGKILL just before the rename): the previous report is whole, and what is left over
    is a hidden file that no run reads."""
    import resource
    import signal

    target = tmp_path / "story.md"
    target.write_text("previous report\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text(plain_article("kept"), encoding="utf-8")
    pid = os.fork()
    if pid == 0:  # the child: killed by itself at the chosen moment, never returns
        try:
            if moment == "while writing":  # the kernel stops the write at 50 kB: SIGXFSZ
                signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it
                resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))
            else:
                os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore
            output.write_text(target, "new report\n" * 100_000)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    killer = signal.SIGXFSZ if moment == "while writing" else signal.SIGKILL
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == killer
    assert target.read_text(encoding="utf-8") == "previous report\n"
    left = [p.name for p in tmp_path.iterdir() if p.name not in ("story.md", "article.txt")]
    assert all(name.startswith(".story.md.") for name in left), left
    read = [item for item in read_inputs([str(tmp_path)], Options())]
    assert {Path(item.source).name for item in read} == {"article.txt", "story.md"}
    COUNTS["inputs tried"] += 1


def test_an_article_over_max_article_chars_is_listed_not_annotated(tmp_path: Path) -> None:
    """The last limit, after cleaning: an article whose clean text is longer than
    max_article_chars (spaCy's time grows with it) is skipped with the option to raise,
    beside a good article that is analysed."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    examples = sorted(EXAMPLE.glob("*.txt"))
    shutil.copy(examples[0], folder / examples[0].name)
    bodies = [path.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for path in examples[1:]]
    (folder / "omnibus.txt").write_text("\n\n".join(bodies), encoding="utf-8")
    config = tmp_path / "storydesk.toml"
    config.write_text("max_article_chars = 20000\n", encoding="utf-8")
    out = tmp_path / "report.json"
    code = cli.main(["--config", str(config), "analyze", str(folder), "--format", "json",
                     "--out", str(out), "--quiet"])
    assert code == cli.EXIT_OK
    report = json.loads(out.read_text(encoding="utf-8"))
    [story] = report["stories"]
    assert [Path(a["source"]).name for a in story["articles"]] == [examples[0].name]
    skipped = {Path(s["source"]).name: s["reason"] for s in report["skipped"]}
    assert "longer than max_article_chars (20,000); raise it" in skipped["omnibus.txt"]
    COUNTS["inputs tried"] += 1
    COUNTS["limits hit"] += 1
    COUNTS["articles checked"] += 1
