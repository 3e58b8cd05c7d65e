"""Story clustering evaluation on ECB+: B-cubed precision, recall and F1.

All documents of the chosen topics are clustered together by ``link.stories.cluster`` (raw
token text, no spaCy pass: the clusterer falls back to capitalised words for names). Gold:
at topic level a story is a topic folder; at event level each topic holds two events, its
``*ecb.xml`` and its ``*ecbplus.xml`` documents. B-cubed is averaged over documents.

Baseline (same keys): every topic in one story, i.e. the gold topics themselves, so
``baseline_topic_f1`` is 1 by construction and ``baseline_event_f1`` shows what putting a
topic's two events together costs.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path

from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.link.stories import cluster
from storydesk.options import Options


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    result = EvalResult(name="stories")
    folders = topic_folders(data, limit) if data.is_dir() else []
    if not folders:
        result.available = False
        result.notes.append(f"{data}: no ECB+ topic folders")
        return result
    documents = [d for folder in folders for d in read_topic(folder)]
    articles = [d.article() for d in documents]
    predicted = {a.id: n for n, group in enumerate(cluster(articles, options)) for a in group}
    topics = {d.name: d.topic for d in documents}
    events = {d.name: d.event for d in documents}
    result.documents = len(documents)
    result.scores = _level_scores(topics, events, predicted)
    result.baselines = _level_scores(topics, events, topics)
    result.notes.append(
        f"{len(set(predicted.values()))} stories for {len(set(events.values()))} events"
    )
    return result


def _level_scores(
    topics: Mapping[str, Hashable],
    events: Mapping[str, Hashable],
    predicted: Mapping[str, Hashable],
) -> dict[str, float]:
    scores: dict[str, float] = {}
    for level, gold in (("topic", topics), ("event", events)):
        precision, recall, f1 = b_cubed(gold, predicted)
        scores.update(
            {f"{level}_precision": precision, f"{level}_recall": recall, f"{level}_f1": f1}
        )
    return scores


def b_cubed(
    gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]
) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 averaged over items (Bagga and Baldwin 1998)."""
    gold_members = _members(gold)
    predicted_members = _members(predicted)
    precision = recall = 0.0
    for item in gold:
        same_gold = gold_members[gold[item]]
        same_predicted = predicted_members[predicted[item]]
        both = len(same_gold & same_predicted)
        precision += both / len(same_predicted)
        recall += both / len(same_gold)
    count = len(gold)
    precision, recall = (precision / count, recall / count) if count else (0.0, 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _members(labels: Mapping[str, Hashable]) -> dict[Hashable, set[str]]:
    members: dict[Hashable, set[str]] = {}
    for item, label in labels.items():
        members.setdefault(label, set()).add(item)
    return members
