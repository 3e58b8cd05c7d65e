"""What every evaluation returns, so the CLI and the gate treat them alike."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from storydesk.errors import UsageError
from storydesk.options import Options

# NAME on the command line -> module in storydesk.evaluate with an ``evaluate`` function.
EVALUATIONS: dict[str, str] = {
    "extraction": "extraction",
    "extraction-fundus": "fundus",
    "quotes": "quotes",
    "quotes-train": "quotes_train",
    "dates": "dates",
    "entities": "entities",
    "entities-meantime": "entities_meantime",
    "stories": "stories",
    "stories-stream": "stories_stream",
    "example": "example",
    "boilerplate": "boilerplate",
    "facts": "facts",
    "facts-held": "facts_held",
    "facts-fresh": "facts_fresh",
    "facts-work": "facts_work",
    "facts-untouched": "facts_untouched",
    "developments": "developments",
}


@dataclass(slots=True)
class EvalResult:
    """Scores of one evaluation on one dataset folder.

    ``scores`` use the documented keys (e.g. ``f1``); ``baselines`` the same keys for the simple
    baseline, printed as ``baseline_<key>``; ``published`` holds other tools' published figures
    (``{"trafilatura 2.0.0": 0.958}``) for the table, never for the gate.
    """

    name: str
    scores: dict[str, float] = field(default_factory=dict)
    baselines: dict[str, float] = field(default_factory=dict)
    published: dict[str, float] = field(default_factory=dict)
    documents: int = 0
    notes: list[str] = field(default_factory=list)
    available: bool = True

    def json_scores(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.scores)
        out.update({f"baseline_{k}": v for k, v in self.baselines.items()})
        return out


class Evaluation(Protocol):
    def __call__(self, data: Path, options: Options, limit: int | None = None) -> EvalResult: ...


def evaluation(name: str) -> Evaluation:
    if name not in EVALUATIONS:
        raise UsageError(f"unknown evaluation '{name}' (choose from {', '.join(EVALUATIONS)})")
    module = importlib.import_module(f"storydesk.evaluate.{EVALUATIONS[name]}")
    evaluate: Evaluation = module.evaluate
    return evaluate
