"""``storydesk eval facts-untouched``: the facts scores on the untouched part of our gold.

The untouched part (every ``eval/gold/facts/untouched-*.json``, how it was made:
``UNTOUCHED.md``) is several reports of one US political story of September-October 2016
from seven outlets (PolNeAR dev), labelled by an engineer who does not tune facts before
storydesk ran on any of its documents. It is read by the lead once, at a session's end; its
errors are never read by tuners, so this evaluation gives scores and counts only, never the
facts it missed or stated wrongly (reading those would make the part tuned, as FRESH.md
tells of the fresh part). It runs in the full gate only, never in the quick one that every
landing runs.

``--data`` is ``../shared/datasets``. The reader and scorer are the work part's
(``facts_work.evaluate_part``): the same mention form and the same PolNeAR articles.
"""

from __future__ import annotations

from pathlib import Path

from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.facts_work import PolnearPart, evaluate_part
from storydesk.options import Options

UNTOUCHED = PolnearPart("facts-untouched", "untouched-*.json", "untouched", lists_errors=False)


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    return evaluate_part(UNTOUCHED, data, options, limit)
