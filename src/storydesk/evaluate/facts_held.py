"""``storydesk eval facts-held``: the facts evaluation on the held part of our gold.

The held part (ECB+ topics 21–35, MEANTIME apple and stock) is never tuned on; its scores
are reported beside the development part's (``facts``) so that fitting shows.
"""

from __future__ import annotations

from pathlib import Path

from storydesk.evaluate import facts
from storydesk.evaluate.base import EvalResult
from storydesk.options import Options


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    return facts.evaluate(data, options, limit, split="held")
