"""The web desk: a Starlette app over stories that are already analysed. Read-only."""

from __future__ import annotations

from jinja2 import PackageLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from storydesk.ingest.base import Skipped
from storydesk.report import html, view
from storydesk.story import Story


def create_app(stories: list[Story], skipped: list[Skipped] | None = None) -> Starlette:
    env = html.environment(PackageLoader("storydesk.web", "templates"))
    by_id = {story.id: story for story in stories}
    # Views are built once: the desk is read-only, so they never go stale.
    views = {story.id: view.build(story) for story in stories}

    def page(name: str, status: int = 200, **context: object) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def story_of(request: Request) -> Story:
        story = by_id.get(request.path_params["story"])
        if story is None:
            raise HTTPException(404, "no such story")
        return story

    async def index(request: Request) -> HTMLResponse:
        return page("index.html", stories=list(views.values()), skipped=skipped or [])

    async def story_page(request: Request) -> HTMLResponse:
        story = story_of(request)
        return page("story.html", view=views[story.id], article_href=_href(story.id))

    async def article_page(request: Request) -> HTMLResponse:
        story = story_of(request)
        article = story.article(request.path_params["article"])
        if article is None:
            raise HTTPException(404, "no such article in this story")
        ref = views[story.id].ref(article.id)
        return page("article.html", story=story, article=article,
                    body=view.article_body(article, ref=ref))

    routes = [
        Route("/", index),
        Route("/story/{story}", story_page),
        Route("/story/{story}/article/{article}", article_page),
    ]
    return Starlette(routes=routes)


def _href(story_id: str) -> html.ArticleHref:
    def href(article_id: str, sentence: int | None) -> str:
        base = f"/story/{story_id}/article/{article_id}"
        return base if sentence is None else f"{base}#s-{sentence}"

    return href
