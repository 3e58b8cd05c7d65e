"""Renderers of an analysis: json (the contract), markdown, text (terminal), html."""

from __future__ import annotations

from collections.abc import Callable

from storydesk.errors import UsageError
from storydesk.pipeline import Analysis

Renderer = Callable[[Analysis], str]


def renderer(fmt: str) -> Renderer:
    from storydesk.report import json_report, markdown, text

    renderers: dict[str, Renderer] = {
        "json": json_report.render,
        "md": markdown.render,
        "text": text.render,
    }
    try:
        from storydesk.report import html

        renderers["html"] = html.render
    except ImportError:
        pass
    if fmt not in renderers:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(sorted(renderers))})")
    return renderers[fmt]
