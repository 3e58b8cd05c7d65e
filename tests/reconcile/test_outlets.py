"""The user's outlets.toml: profiles matched by name or by the article's domain."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.article import Article
from storydesk.errors import OptionsError
from storydesk.options import Options
from storydesk.reconcile import outlets
from storydesk.story import Story

TOML = """
["CBC News"]
country = "Canada"
owner = "public broadcaster"
kind = "broadcaster"
lean = "centre"

["The Daily Mail"]
country = "United Kingdom"
domains = ["dailymail.co.uk"]
"""


def test_profiles_match_by_name_or_domain(tmp_path: Path) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text(TOML, encoding="utf-8")
    story = Story(id="s", title="t", articles=[
        Article(id="a", source="a.txt", outlet="CBC News"),
        Article(id="b", source="b.txt", outlet="Mail Online",
                url="https://www.dailymail.co.uk/news/article-1.html"),
        Article(id="c", source="c.txt"),
    ])
    outlets.attach(story, Options(outlets=str(path)))
    by_name = {p.name: p for p in story.outlets}
    assert by_name["CBC News"].lean == "centre" and by_name["CBC News"].country == "Canada"
    assert by_name["The Daily Mail"].country == "United Kingdom"
    assert by_name["The Daily Mail"].lean is None  # never guessed


def test_a_bad_file_says_where_and_why(tmp_path: Path) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text('["CBC"]\ncolour = "red"\n', encoding="utf-8")
    with pytest.raises(OptionsError, match="unknown key"):
        outlets.load(str(path))
    with pytest.raises(OptionsError, match="not found"):
        outlets.load(str(tmp_path / "missing.toml"))
