"""The desk over a store in headless Chromium: live, with what changed since your last visit.

The example is added in two batches while the desk is being served: the second visit shows
what the second batch added. Skipped with a message where /usr/bin/chromium is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared_data import EXAMPLE
from storydesk.desk import Desk
from storydesk.options import Options
from storydesk.report.refs import article_ref
from storydesk.web.app import create_app

pytestmark = pytest.mark.browser

FIRST = [str(p) for p in sorted(EXAMPLE.glob("*.txt"))[:3]]


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "desk.db"
    with Desk(str(path), Options.load()) as desk:
        desk.add(FIRST)
    return path


@pytest.fixture()
def desk_url(store: Path, serve_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    # Every page view starts a new visit (no gap), so the test need not wait half an hour.
    with Desk(str(store)) as desk:
        yield serve_app(create_app(desk=desk, visit_gap=0))


def test_since_your_last_visit(page, store, desk_url, screenshot) -> None:  # type: ignore[no-untyped-def]
    page.goto(desk_url)
    assert "Welcome" in page.locator("#since-last-visit").inner_text()
    row = page.locator("table.stories tbody tr")
    listing = page.locator("table.stories").inner_text()
    assert row.count() == 1, listing
    assert row.locator("td").nth(1).inner_text() == "3", listing
    assert row.locator("td.dates").inner_text() == "2025-11-25"
    assert row.locator("td.updated").inner_text().endswith("UTC")

    with Desk(str(store), Options.load()) as adding:  # the second batch, while the desk runs
        added = adding.add([str(EXAMPLE)])
    assert len(added.added) == 2

    with Desk(str(store)) as desk:
        story = desk.story(desk.stories()[0].id)
    titles = {a.id: article_ref(a).title for a in story.articles}
    second = [titles[a] for a in added.added]
    first = [title for article, title in titles.items() if article not in added.added]

    page.reload()
    since = page.locator("#since-last-visit")
    shown = page.locator("main").inner_text()
    assert "Since your last visit" in since.inner_text(), shown
    listed = since.locator("li", has_text="New article").all_inner_texts()
    # The second batch's articles, by their headlines; none of the first visit's.
    assert sorted(t for t in second if any(t in line for line in listed)) == sorted(second), shown
    assert not [t for t in first if any(t in line for line in listed)], shown
    assert row.locator("td").nth(1).inner_text() == "5", shown  # live: no restart needed
    with Desk(str(store)) as desk:
        listed = desk.stories()[0]
    # The example's pages do not all name their outlet: the others are unknown outlets.
    assert listed.unknown_outlets == 5 - len(listed.outlets) > 0
    assert listed.outlets_label.endswith(f" and {listed.unknown_outlets} unknown outlets")
    assert row.locator("td.outlets").inner_text() == listed.outlets_label
    screenshot("desk-since-last-visit")

    since.locator("h3 a").first.click()
    changes = page.locator("section#changes")
    assert changes.is_visible()
    new_articles = changes.locator(".change-item.change-article")
    assert new_articles.count() == 2
    told = " ".join(new_articles.all_inner_texts())
    assert all(title in told for title in second), told
    button = new_articles.first.locator("button.cite").first
    box = page.locator(f"#{button.get_attribute('aria-controls')}")
    button.click()
    assert box.is_visible() and box.locator("blockquote").inner_text()
    assert page.locator("section#facts").is_visible()  # the story itself follows
    screenshot("desk-story-changes")


def test_nothing_new_since_the_last_visit(page, desk_url) -> None:  # type: ignore[no-untyped-def]
    page.goto(desk_url)
    page.reload()
    assert "Nothing changed since your last visit" in page.locator("#since-last-visit").inner_text()


def test_since_can_be_asked_for(page, store, desk_url) -> None:  # type: ignore[no-untyped-def]
    with Desk(str(store)) as desk:
        [summary] = desk.stories()
    page.goto(f"{desk_url}/story/{summary.id}?since=2000-01-01")
    # Since before the story began: the story itself and its three articles are new.
    assert page.locator(".change-item.change-story").count() == 1
    assert page.locator(".change-item.change-article").count() == 3
    response = page.goto(f"{desk_url}/story/{summary.id}?since=not-a-time")
    assert response is not None and response.status == 400
