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
(``facts_work.evaluate_part``): the same mention form and the same PolNeAR articles. It scores
the whole part or nothing: a ``--limit`` scores the first events alone, and the counts of
successive limits, read beside the gold file, would name each missed fact by subtraction
(reviewer 1, session 12), so a limit is refused.
"""

from __future__ import annotations

from pathlib import Path

from storydesk.errors import UsageError
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.facts_work import PolnearPart, evaluate_part
from storydesk.options import Options

UNTOUCHED = PolnearPart("facts-untouched", "untouched-*.json", "untouched", lists_errors=False)


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    if limit is not None:
        raise UsageError(
            f"facts-untouched scores the whole part, never its first {limit} events: the "
            "counts of a prefix name the facts it missed (eval/gold/facts/UNTOUCHED.md)"
        )
    return evaluate_part(UNTOUCHED, data, options)
