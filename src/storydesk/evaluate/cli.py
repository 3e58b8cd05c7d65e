"""``storydesk eval NAME --data DIR``: one evaluation, a table, then one JSON line of scores.

The JSON object is always the last line of standard output so that other tools (the gate,
CI logs, a notebook) can read it with ``splitlines()[-1]``.
"""

from __future__ import annotations

import json
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydesk.errors import StorydeskError
from storydesk.evaluate.base import EVALUATIONS, EvalResult, evaluation
from storydesk.options import Options

EXIT_OK, EXIT_ERROR = 0, 1
COUNTS = {"passed", "total", "documents", "false_conflicts"}
# Counts of errors: the gate pins a maximum for these, never a minimum (eval/README.md).
AT_MOST = {"false_conflicts"}


@dataclass(slots=True)
class Outcome:
    """What running one evaluation gave: a result, or why there is none."""

    name: str
    result: EvalResult | None = None
    unavailable: str | None = None  # reason the evaluation is not there yet
    error: str | None = None  # the evaluation exists but failed


def run_evaluation(name: str, data: Path, options: Options, limit: int | None) -> Outcome:
    """Run one evaluation in-process; a missing module or NotImplementedError is 'not yet'."""
    if name not in EVALUATIONS:
        return Outcome(name, error=f"unknown evaluation (choose from {', '.join(EVALUATIONS)})")
    try:
        evaluate = evaluation(name)
    except ModuleNotFoundError as exc:
        if exc.name == f"storydesk.evaluate.{EVALUATIONS[name]}":
            return Outcome(name, unavailable="not yet available (module not written)")
        return Outcome(name, error=f"import failed: {exc}")  # a dependency, not the module
    except AttributeError:
        return Outcome(name, unavailable="not yet available (no evaluate function)")
    except Exception as exc:  # e.g. a half-written module it imports
        return Outcome(name, error=f"import failed: {type(exc).__name__}: {exc}")
    try:
        result = evaluate(data, options, limit)
    except NotImplementedError as exc:
        return Outcome(name, unavailable=f"not yet available ({exc or 'not implemented'})")
    except StorydeskError as exc:
        return Outcome(name, error=str(exc))
    except Exception as exc:  # one broken evaluation must not hide the others' scores
        traceback.print_exc(file=sys.stderr)
        return Outcome(name, error=f"{type(exc).__name__}: {exc}")
    if not result.available:
        reason = "; ".join(result.notes) or "reported unavailable"
        return Outcome(name, result=result, unavailable=f"not yet available ({reason})")
    return Outcome(name, result=result)


def json_line(outcome: Outcome) -> dict[str, Any]:
    line: dict[str, Any] = {"eval": outcome.name}
    if outcome.result is not None and outcome.unavailable is None:
        line.update(outcome.result.json_scores())
        line["documents"] = outcome.result.documents
    elif outcome.unavailable is not None:
        line["available"] = False
    else:
        line["error"] = outcome.error
    return line


def render_table(result: EvalResult) -> Any:
    from rich.table import Table

    table = Table(title=f"storydesk eval {result.name} ({result.documents} documents)")
    for column in ("metric", "storydesk", "baseline", "published"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    published = "\n".join(f"{name} {value:g}" for name, value in result.published.items())
    for index, (key, value) in enumerate(result.scores.items()):
        baseline = result.baselines.get(key)
        table.add_row(
            key,
            format_score(key, value),
            "" if baseline is None else format_score(key, baseline),
            published if index == 0 else "",
        )
    return table


def format_score(key: str, value: float) -> str:
    # Counts (passed, total, passed_<kind>) read better without decimals.
    if (key in COUNTS or key.startswith("passed_")) and float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}"


def run(name: str, data: Path, limit: int | None = None) -> int:
    """Entry point from storydesk.cli; returns the exit code."""
    from rich.console import Console

    console = Console()
    if not data.is_dir():
        print(f"storydesk: error: dataset folder {data} not found or not a folder", file=sys.stderr)
        return EXIT_ERROR
    outcome = run_evaluation(name, data, Options.load(), limit)
    if outcome.error is not None:
        print(f"storydesk: error: eval {name}: {outcome.error}", file=sys.stderr)
    elif outcome.unavailable is not None:
        console.print(f"{name}: {outcome.unavailable}")
    elif outcome.result is not None:
        console.print(render_table(outcome.result))
        for note in outcome.result.notes:
            console.print(f"note: {note}")
    sys.stdout.flush()
    print(json.dumps(json_line(outcome), sort_keys=False))
    return EXIT_ERROR if outcome.error is not None else EXIT_OK
