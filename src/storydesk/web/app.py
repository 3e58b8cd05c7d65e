"""The web desk: a Starlette app over stories analysed once, or over a store, live. Read-only,
behind ``security.Guard`` (GET and HEAD only, its own Host only, security headers); its style
and script are the report's own files, served from memory under /static (no inline script or
style, and no path from a request ever reaches the file system).

Over a store, every page reads the store as it is now (a story's view is rebuilt only when
it has a new version), lists each story's date range, outlets and last update, and shows what
changed since your last visit: the desk remembers, in a cookie, when you last looked (a
visit ends after ``visit_gap`` seconds without a page view), and ``?since=`` asks for any
time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from typing import TYPE_CHECKING

from jinja2 import PackageLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from storydesk.errors import StorydeskError
from storydesk.ingest.base import Skipped
from storydesk.reconcile.changes import KINDS
from storydesk.report import changes as changes_report
from storydesk.report import html
from storydesk.report.article_body import article_body
from storydesk.story import Story
from storydesk.web.security import Guard, allowed_hosts
from storydesk.web.sources import DeskStories, StaticStories

if TYPE_CHECKING:
    from storydesk.desk import Desk

SEEN, SINCE = "storydesk_seen", "storydesk_since"
VISIT_GAP = 30 * 60  # seconds without a page view that end a visit
RECENT_CHANGES = 5  # change lines per story on the front page
# The files under /static: the report's own style and script (one copy for the single-file
# report, which inlines them, and for the desk, which may not).
STATIC = {"style.css": "text/css; charset=utf-8", "desk.js": "text/javascript; charset=utf-8"}


def create_app(stories: list[Story] | None = None, skipped: list[Skipped] | None = None, *,
               desk: Desk | None = None, visit_gap: float = VISIT_GAP, host: str = "127.0.0.1",
               allowed: Sequence[str] = ()) -> ASGIApp:
    """The desk over ``stories`` (analysed once) or ``desk`` (a store, live), answering to
    ``host`` (the address it is bound to), the localhost names and ``allowed`` host names."""
    source = DeskStories(desk) if desk is not None else StaticStories(stories or [], skipped)
    env = html.environment(PackageLoader("storydesk.web", "templates"))
    env.globals["when"] = changes_report.when

    def page(name: str, visit: Visit, status: int = 200, **context: object) -> HTMLResponse:
        response = HTMLResponse(env.get_template(name).render(**context), status_code=status)
        visit.remember(response)
        return response

    def story_of(request: Request) -> Story:
        try:
            story = source.story(request.path_params["story"])
        except StorydeskError:
            story = None
        if story is None:
            raise HTTPException(404, "no such story")
        return story

    async def index(request: Request) -> HTMLResponse:
        visit = Visit(request, visit_gap)
        since = visit.since if source.live else None
        recent = []
        if since:
            changed = source.changed_since(since)
            for summary in source.summaries():
                if summary.id in changed:
                    lines = source.changes(summary.id, since)
                    # The first kinds matter most (new articles before new brief lines).
                    first = sorted(lines, key=lambda c: KINDS.index(c.kind))[:RECENT_CHANGES]
                    recent.append((summary, first, len(lines)))
        return page("index.html", visit, stories=source.summaries(), skipped=source.skipped,
                    live=source.live, since=since, recent=recent)

    async def story_page(request: Request) -> HTMLResponse:
        visit = Visit(request, visit_gap)
        story = story_of(request)
        since = visit.since if source.live else None
        changes = (changes_report.build(story, source.changes(story.id, since), since)
                   if since else None)
        return page("story.html", visit, view=source.view(story), changes=changes,
                    related=source.related(story.id), article_href=_href(story.id))

    async def article_page(request: Request) -> HTMLResponse:
        visit = Visit(request, visit_gap)
        story = story_of(request)
        article = story.article(request.path_params["article"])
        if article is None:
            raise HTTPException(404, "no such article in this story")
        ref = source.view(story).ref(article.id)
        return page("article.html", visit, story=story, article=article,
                    body=article_body(article, ref=ref, story=story))

    static = {name: (files("storydesk.report").joinpath("templates", name).read_bytes(), kind)
              for name, kind in STATIC.items()}

    async def static_file(request: Request) -> Response:
        found = static.get(request.path_params["name"])
        if found is None:
            raise HTTPException(404, "no such file")
        return Response(found[0], media_type=found[1], headers={"cache-control": "no-cache"})

    routes = [
        Route("/", index),
        Route("/static/{name}", static_file),
        Route("/story/{story}", story_page),
        Route("/story/{story}/article/{article}", article_page),
    ]
    return Guard(Starlette(routes=routes), allowed_hosts(host, allowed))


class Visit:
    """When this reader last looked: ``?since=`` if given, else the start of the gap before
    this visit (kept in cookies; nothing is stored on the server)."""

    def __init__(self, request: Request, gap: float) -> None:
        self.now = datetime.now(UTC)
        seen = _time(request.cookies.get(SEEN))
        mark = _time(request.cookies.get(SINCE))
        if seen is not None and self.now - seen > timedelta(seconds=gap):
            mark = seen  # a new visit: what changed after the last page of the previous one
        self.mark = mark
        asked = request.query_params.get("since")
        self.since = _given(asked) if asked else (mark.isoformat() if mark else None)

    def remember(self, response: HTMLResponse) -> None:
        response.set_cookie(SEEN, self.now.isoformat(), max_age=400 * 86400, samesite="strict",
                            httponly=True)
        if self.mark is not None:
            response.set_cookie(SINCE, self.mark.isoformat(), max_age=400 * 86400,
                                samesite="strict", httponly=True)


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _given(value: str) -> str:
    from storydesk.desk.when import parse

    try:
        return parse(value)
    except StorydeskError as exc:
        raise HTTPException(400, str(exc)) from exc


def _href(story_id: str) -> html.ArticleHref:
    def href(article_id: str, sentence: int | None) -> str:
        base = f"/story/{story_id}/article/{article_id}"
        return base if sentence is None else f"{base}#s-{sentence}"

    return href


__all__ = ["create_app"]

