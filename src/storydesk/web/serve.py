"""``storydesk serve``: analyse the inputs once, or read a store live, and serve it read-only."""

from __future__ import annotations

import sys

from starlette.types import ASGIApp

from storydesk.options import Options
from storydesk.web.security import WILDCARDS

EXIT_OK, EXIT_ERROR, EXIT_NOTHING = 0, 1, 3


def run(inputs: list[str], store: str | None, host: str, port: int, options: Options) -> int:
    if store is not None and inputs:
        return _error("give INPUT files or folders, or --store, not both "
                      "(storydesk add INPUT... --store adds them to the store)")
    app = (_from_store(store, host, options) if store is not None
           else _from_inputs(inputs, host, options))
    if isinstance(app, int):
        return app
    import uvicorn

    if host in WILDCARDS:
        print("storydesk: listening on every interface: anyone who can reach this machine "
              "can read the desk", file=sys.stderr)
    print(f"storydesk: serving on http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return EXIT_OK


def _error(message: str, code: int = EXIT_ERROR) -> int:
    print(f"storydesk: error: {message}", file=sys.stderr)
    return code


def _from_inputs(inputs: list[str], host: str, options: Options) -> ASGIApp | int:
    if not inputs:
        return _error("give INPUT files or folders to serve (or --store PATH)")
    from storydesk.pipeline import analyze
    from storydesk.web.app import create_app

    analysis = analyze(inputs, options)
    for skipped in analysis.skipped:
        print(f"storydesk: skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    if not analysis.stories:
        return _error("no article could be read from the inputs", EXIT_NOTHING)
    print(f"storydesk: {len(analysis.stories)} story(ies) analysed", file=sys.stderr)
    return create_app(analysis.stories, analysis.skipped, host=host,
                      allowed=options.allowed_hosts)


def _from_store(store: str, host: str, options: Options) -> ASGIApp:
    """The store, read at each request: stories added meanwhile (storydesk add) show up."""
    from storydesk.desk import Desk
    from storydesk.web.app import create_app

    desk = Desk(store, options, create=False)
    print(f"storydesk: {len(desk.stories())} story(ies) in {desk.store.location}",
          file=sys.stderr)
    return create_app(desk=desk, host=host, allowed=options.allowed_hosts)
