"""``storydesk serve``: analyse the inputs once (or read a store), then serve them read-only."""

from __future__ import annotations

import sys

from storydesk.ingest.base import Skipped
from storydesk.options import Options
from storydesk.story import Story

EXIT_OK, EXIT_ERROR, EXIT_NOTHING = 0, 1, 3


def run(inputs: list[str], store: str | None, host: str, port: int, options: Options) -> int:
    loaded = _from_store(store) if store is not None else _from_inputs(inputs, options)
    if isinstance(loaded, int):
        return loaded
    stories, skipped = loaded
    import uvicorn

    from storydesk.web.app import create_app

    app = create_app(stories, skipped)
    print(f"storydesk: serving {len(stories)} story(ies) on http://{host}:{port}/",
          file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return EXIT_OK


def _error(message: str, code: int = EXIT_ERROR) -> int:
    print(f"storydesk: error: {message}", file=sys.stderr)
    return code


def _from_inputs(inputs: list[str], options: Options) -> tuple[list[Story], list[Skipped]] | int:
    if not inputs:
        return _error("give INPUT files or folders to serve (or --store PATH)")
    from storydesk.pipeline import analyze

    analysis = analyze(inputs, options)
    for skipped in analysis.skipped:
        print(f"storydesk: skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    if not analysis.stories:
        return _error("no article could be read from the inputs", EXIT_NOTHING)
    return analysis.stories, analysis.skipped


def _from_store(store: str) -> tuple[list[Story], list[Skipped]] | int:
    """The store arrives in a later issue; until it offers ``read_stories``, say so plainly."""
    import storydesk.store as store_module

    reader = getattr(store_module, "read_stories", None)
    if reader is None:
        return _error(f"--store {store}: reading stories from a store is not supported yet; "
                      "pass INPUT files or folders instead")
    stories: list[Story] = reader(store)
    return stories, []
