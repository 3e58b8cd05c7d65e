"""The web desk in real Chromium with payloads in every field (issue 12, item 6).

Script tags, event-handler attributes, attribute break-outs and ``javascript:`` URLs are put
in titles, text, quotes, speakers, outlet names, authors, URLs, file names, entity names,
facts, timeline and brief lines, removed lines and skipped inputs: a hand-built story served
as analysed, and real articles with payloads in their front matter and text added to a store
(the live desk, with its "since your last visit" lines). On every page: no payload ran (no
dialog, nothing pushed on ``window.__pwned``, no policy violation reported), none became an
element (no script but the desk's own, no event-handler attribute, no ``javascript:`` link,
no img, svg or iframe), and the payloads are on the page as text. A control page that does
not escape shows that these checks catch a payload.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hostile_story
import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from storydesk.desk import Desk
from storydesk.options import Options
from storydesk.web.app import create_app

pytestmark = pytest.mark.browser

TRAP = """
window.__pwned = [];
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  e => window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));
"""
# Elements and attributes a payload would have made.
INJECTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith("on")) found.push(element.tagName + "[" + attribute.name + "]");
    }
  }
  for (const script of document.scripts) {
    if (script.getAttribute("src") !== "/static/desk.js") {
      found.push("script " + script.text.slice(0, 40));
    }
  }
  for (const link of document.querySelectorAll("a[href], iframe[src]")) {
    const target = link.getAttribute("href") || link.getAttribute("src");
    if (/^\\s*javascript:/i.test(target)) found.push(link.tagName + " " + target.slice(0, 40));
  }
  for (const element of document.querySelectorAll("img, svg, iframe, object, embed")) {
    found.push(element.tagName);
  }
  return found;
}"""


class Watch:
    """What a page did: dialogs opened, and the trap's findings."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        page.add_init_script(TRAP)
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def visit(self, url: str) -> str:
        """Go to ``url``; fail if anything ran or was injected; the page's text."""
        response = self.page.goto(url)
        assert response is not None and response.ok, url
        assert self.page.evaluate(INJECTED) == [], url
        assert self.page.evaluate("window.__pwned") == [], url
        assert self.page.evaluate("window.__violations") == [], url
        assert self.dialogs == [], url
        text: str = self.page.inner_text("body")
        # Attribute values (tooltips) are text too: a payload there must stay a value.
        text += " ".join(self.page.evaluate(
            "[...document.querySelectorAll('[title]')].map(e => e.title)"))
        return text

    def every_page(self, base: str, story: str, articles: list[str]) -> str:
        pages = [f"{base}/", f"{base}/story/{story}"]
        pages += [f"{base}/story/{story}/article/{a}" for a in articles]
        return "\n".join(self.visit(url) for url in pages)


@pytest.fixture()
def watch(page: Any) -> Watch:
    return Watch(page)


def test_payloads_in_every_field_stay_text(watch: Watch, serve_app: Any) -> None:
    story = hostile_story.story()
    base = serve_app(create_app([story], hostile_story.skipped()))
    text = watch.every_page(base, story.id, [a.id for a in story.articles])
    # (casefolded: a style may show a field in capitals)
    missing = [tag for tag in hostile_story.SHOWN if f"[{tag}] " not in text.casefold()]
    assert missing == [], "fields no longer on the page: update SHOWN"
    assert "<script>window.__pwned.push('story-title')</script>" in text


@pytest.fixture()
def hostile_folder(tmp_path: Path) -> Path:
    """Real article text (the example's first) with payloads in its front matter and body,
    and a second article that a later batch adds."""
    from shared_data import EXAMPLE

    folder = tmp_path / "inbox"
    folder.mkdir()
    body = sorted(EXAMPLE.glob("*.txt"))[0].read_text(encoding="utf-8")
    for number in (1, 2):
        head = "\n".join([
            "---",
            f"title: {hostile_story.payload(f'fm-title-{number}', number)}",
            f"outlet: {hostile_story.payload(f'fm-outlet-{number}', number + 1)}",
            f"author: {hostile_story.payload(f'fm-author-{number}', number + 2)}",
            f"url: {hostile_story.javascript_url(f'fm-url-{number}')}",
            "published: 2025-11-25",
            "---",
        ])
        extra = (f"\n“{hostile_story.payload(f'fm-quote-{number}', number)} is what we want,” "
                 f"said Marta Lindqvist.\n")
        (folder / f"{number}.txt").write_text(f"{head}\n{body}{extra}", encoding="utf-8")
    return folder


def test_payloads_through_the_live_desk_stay_text(watch: Watch, serve_app: Any,
                                                  hostile_folder: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "desk.db")
    with Desk(store, Options.load()) as desk:
        desk.add([str(hostile_folder / "1.txt")])
    with Desk(store) as reading:
        base = serve_app(create_app(desk=reading, visit_gap=0))
        [summary] = reading.stories()
        watch.visit(f"{base}/")  # the first visit: the next shows what changed since
        with Desk(store, Options.load()) as desk:
            desk.add([str(hostile_folder)])
        story = reading.story(summary.id)
        text = watch.every_page(base, story.id, [a.id for a in story.articles])
        text += watch.visit(f"{base}/story/{story.id}?since=2000-01-01")
    for tag in ("fm-title-1", "fm-title-2", "fm-outlet-1", "fm-outlet-2", "fm-quote-1"):
        assert f"[{tag}] " in text, tag
    assert "Since your last visit" in text


def test_the_checks_catch_a_payload(watch: Watch, serve_app: Any) -> None:
    """A page that does not escape: the same checks fail on it."""
    raw = hostile_story.payload("control", 1)

    async def careless(request: object) -> HTMLResponse:
        return HTMLResponse(f"<html><body><p>{raw}</p></body></html>")

    base = serve_app(Starlette(routes=[Route("/", careless)]))
    with pytest.raises(AssertionError):
        watch.visit(f"{base}/")
    assert watch.page.evaluate("window.__pwned") == ["control"]


@pytest.fixture()
def guarded_control(serve_app: Any) -> Iterator[str]:
    """The same careless page behind the desk's guard: its policy stops the payload."""
    from storydesk.web.security import Guard, allowed_hosts

    raw = hostile_story.payload("guarded", 0)

    async def careless(request: object) -> HTMLResponse:
        return HTMLResponse(f"<html><body><p>{raw}</p></body></html>")

    app = Guard(Starlette(routes=[Route("/", careless)]), allowed_hosts("127.0.0.1"))
    yield serve_app(app)


def test_the_policy_stops_a_payload_that_escaped_escaping(watch: Watch,
                                                          guarded_control: str) -> None:
    watch.page.goto(f"{guarded_control}/")
    assert watch.page.evaluate("window.__pwned") == []
    assert any("script-src" in v for v in watch.page.evaluate("window.__violations"))
