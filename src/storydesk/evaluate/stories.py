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
from storydesk.evaluate.ecbplus import no_topics, read_topic, topic_folders
from storydesk.evaluate.metrics import b_cubed
from storydesk.link.stories import cluster
from storydesk.options import Options


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    folders = topic_folders(data, limit)
    if not folders:
        return no_topics("stories", data)
    result = EvalResult(name="stories")
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
        score = b_cubed(gold, predicted)
        scores.update(
            {
                f"{level}_precision": score.precision,
                f"{level}_recall": score.recall,
                f"{level}_f1": score.f1,
            }
        )
    return scores
