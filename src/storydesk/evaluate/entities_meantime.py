"""Entity evaluation on MEANTIME: cross-document people, places and organisations.

The same scorer as ECB+ (``entities.score_topics``: each corpus folder one story, pairwise
cross-document precision and recall, exact-spelling baseline), on a second corpus no linking
rule was written from: 120 Wikinews articles in four corpora (Airbus, Apple, GM, stock
markets), read by ``evaluate.meantime``. Gold: mentions of PER, LOC and ORG instances that carry
a cross-document ``instance_id``, written as proper names (``entities.is_named``).
Organisations count here (ECB+ annotates no cross-document organisations), so "GM" /
"General Motors" is scored.

Split (decided before any error was read, the same as the facts gold's, ``facts_held``):
issue 9 reads the errors of corpus_airbus and corpus_gm (``tuned_*``); corpus_apple and
corpus_stock are never read, only scored (``untouched_*``).
"""

from __future__ import annotations

from pathlib import Path

from storydesk.evaluate import meantime
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.entities import score_topics
from storydesk.options import Options

TAGS = frozenset({"PER", "LOC", "ORG"})
SPLITS: dict[str, tuple[str, ...]] = {
    "tuned": ("corpus_airbus", "corpus_gm"),
    "untouched": ("corpus_apple", "corpus_stock"),
}


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    folders = meantime.topic_folders(data, limit)
    if not folders:
        return EvalResult(
            name="entities-meantime",
            available=False,
            notes=[f"{data}: no MEANTIME corpus folders"],
        )
    topics = [(folder.name, meantime.read_topic(folder, written=True)) for folder in folders]
    return score_topics("entities-meantime", topics, TAGS, options, SPLITS)
