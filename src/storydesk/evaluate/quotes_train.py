"""Quotes and speakers on PolNeAR **train**, its tuned part and its held part scored apart.

The rules of ``storydesk.evaluate.quotes`` were tuned on train documents outside the held
part (``quotes_held.held_part``: a quarter of train, cut by a hash of the file name before any
tuning on train). The held part is what shows whether they generalise; the dev split, which
the gate's ``quotes`` evaluation reads, was looked at by an earlier session and is no longer
untouched (see eval/README.md).
"""

from __future__ import annotations

from pathlib import Path

from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.quotes import read_split, score
from storydesk.evaluate.quotes_held import held_part
from storydesk.options import Options


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    documents = read_split(Path(data), limit)
    if not documents:
        return EvalResult(
            name="quotes-train", available=False, notes=[f"no PolNeAR data in {data}"]
        )
    scores: dict[str, float] = {}
    baselines: dict[str, float] = {}
    notes: list[str] = []
    for part in ("tuned", "held"):
        chosen = [d for d in documents if held_part(d.name) == (part == "held")]
        if not chosen:
            continue
        ours, baseline = score(chosen, options)
        scores.update({f"{part}_{k}": v for k, v in ours.scores().items()})
        baselines.update({f"{part}_{k}": v for k, v in baseline.scores().items()})
        notes += ours.notes(f"{part} part ({len(chosen)} documents): ", part == "tuned")
    return EvalResult(
        name="quotes-train",
        scores=scores,
        baselines=baselines,
        documents=len(documents),
        notes=notes,
    )
