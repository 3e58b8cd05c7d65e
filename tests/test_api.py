"""The Python API as the README shows it: the example block runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_example_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    exec(compile(block, "README.md", "exec"), {})  # our own documentation, run as written
    out = capsys.readouterr().out
    assert "Peace" in out  # the title of the example story
    assert "5 added; 0 already there" in out
    assert re.search(r"\+00:00 article New article", out)
    assert (tmp_path / "desk.db").exists() and os.path.getsize(tmp_path / "desk.db") > 0


def test_analyze_takes_one_path_or_many_and_settings() -> None:
    import storydesk

    one = storydesk.analyze(ROOT / "examples" / "ukraine-peace-plan-2025-11-25" /
                            "001_0f1a4aa06f701da4.txt", date="2025-11-25")
    assert len(one.stories) == 1 and len(one.stories[0].articles) == 1
    with pytest.raises(AttributeError):
        storydesk.Nothing  # noqa: B018
