"""The desk's pages over HTTP (Starlette's test client; no browser, no network)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import synthetic_story

with warnings.catch_warnings():
    # Starlette nudges towards httpx2, which is not a dependency here; the client works as is.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from storydesk.options import Options
from storydesk.web import serve
from storydesk.web.app import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    analysis = synthetic_story.analysis()
    return TestClient(create_app(analysis.stories, analysis.skipped), base_url="http://127.0.0.1")


def test_index_lists_stories_and_skipped(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/story/sflood"' in page and "broken.bin" in page
    assert "<script>alert" not in page


def test_story_page_has_every_section(client: TestClient) -> None:
    response = client.get("/story/sflood")
    assert response.status_code == 200
    for section in ("brief", "facts", "quotes", "entities", "timeline", "coverage", "articles"):
        assert f'<section id="{section}"' in response.text
    assert 'class="fact conflict"' in response.text
    assert 'href="/story/sflood/article/a1#s-0"' in response.text
    assert "<script>alert" not in response.text


def test_article_page_shows_text_and_removed_lines(client: TestClient) -> None:
    page = client.get("/story/sflood/article/a1").text
    assert 'id="s-0"' in page and "At least 12 people died" in page
    assert "newsletter prompt" in page and "Share on Facebook" in page
    assert "&lt;script&gt;alert" in page and "<script>alert" not in page
    assert "&lt;b&gt;now&lt;/b&gt;" in page


def test_unknown_story_and_article_are_404(client: TestClient) -> None:
    assert client.get("/story/nope").status_code == 404
    assert client.get("/story/sflood/article/nope").status_code == 404


def test_inputs_and_a_store_together_are_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert serve.run(["a.txt"], "stories.db", "127.0.0.1", 0, Options()) == 1
    assert "not both" in capsys.readouterr().err


def test_a_store_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    from storydesk.errors import StoreError

    with pytest.raises(StoreError, match="no store at"):
        serve.run([], str(tmp_path / "typo.db"), "127.0.0.1", 0, Options())
    assert not (tmp_path / "typo.db").exists()


def test_no_inputs_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert serve.run([], None, "127.0.0.1", 0, Options()) == 1
    assert "INPUT" in capsys.readouterr().err
