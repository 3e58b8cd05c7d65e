"""storydesk: many reports of one developing story, reconciled into one sourced account.

The Python API beside the command line:

- ``storydesk.analyze(paths, **options)``: the one-shot path, an ``Analysis`` (its ``stories``
  and the ``skipped`` inputs with reasons);
- ``storydesk.Desk(store, **options)``: a desk of stories kept in a store, with ``add``,
  ``stories``, ``story`` and ``changes``.

``options`` are settings (``storydesk.options.Options`` fields, e.g. ``date="2025-11-25"``,
``model="en_core_web_sm"``), over ``./storydesk.toml`` when present (or ``config=PATH``).
Nothing heavy is imported until it is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from storydesk.desk import Desk
    from storydesk.pipeline import Analysis

__all__ = ["Desk", "__version__", "analyze"]


def analyze(paths: str | PathLike[str] | Iterable[str | PathLike[str]], **options: Any) -> Analysis:
    """Read, clean, annotate and reconcile ``paths`` (files, folders, http(s) URLs) in memory.

    >>> analysis = storydesk.analyze(["examples/ukraine-peace-plan-2025-11-25"])
    >>> [story.title for story in analysis.stories]
    """
    from storydesk.options import Options
    from storydesk.pipeline import analyze as run

    items = [paths] if isinstance(paths, str | PathLike) else list(paths)
    config = options.pop("config", None)
    return run([str(item) for item in items], Options.load(config, **options))


def __getattr__(name: str) -> Any:
    if name == "Desk":
        from storydesk.desk import Desk

        return Desk
    raise AttributeError(f"module 'storydesk' has no attribute {name!r}")
