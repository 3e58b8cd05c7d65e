"""Stories from a stream on ECB+ (``storydesk eval stories --stream``): B-cubed at two levels.

Every document of the chosen topics is added one at a time to an empty in-memory desk
(``link.stream``), in a shuffled order, once per seed (``SEEDS``), as a desk would receive
them. Raw token text as in the batch evaluation (``evaluate.stories``): no spaCy pass, names
are capitalised words.

The desk answers at two levels, and each is scored against the gold of the same level:

- event level: the desk's *stories* against ECB+ events (a topic's ``*ecb.xml`` documents
  are one event, its ``*ecbplus.xml`` documents another). A story is what the desk
  reconciles, so it must hold one event;
- topic level: the desk's *topics* (groups of related stories) against ECB+ topics.

Scores are means over the seeds; ``*_worst`` is the worst seed. ``tuned_*`` covers topics
1-20, on which the thresholds of ``link.stream`` were set; ``untuned_*`` topics 21-35, kept
apart (each part is also streamed on its own, so its score does not depend on the other).
At the topic level ``untuned_*`` is touched by one choice: ``related.TOPIC_JOIN`` and
``TOPIC_MERGE`` broke a tie on the tuned part by its scores (eval/README.md).

``crowded_*``: the tuned topics streamed among other news, the TempEval-3 training reports
(``datasets/tempeval3``: AP, NYT, WSJ and Xinhua of the 1990s and 2000, on subjects of their
own), scored at the topic level over the ECB+ documents, a report of other news in an ECB+
document's topic counting against its precision. A desk holds many topics at once, and on
ECB+ 1-35 together topics chain that stay apart when each half is streamed alone (0.88
against 0.92): this measures that crowding on documents whose errors may be read, where
21-35's may not (eval/README.md).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.dates import read_timeml
from storydesk.evaluate.ecbplus import EcbDocument, no_topics, read_topic, topic_folders
from storydesk.evaluate.metrics import b_cubed
from storydesk.link.stream import MemoryIndex, stream
from storydesk.options import Options

SEEDS = (1, 2, 3)
TUNED_TOPICS = range(1, 21)  # decided before tuning; 21-35 stay untuned


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    folders = topic_folders(data, limit)
    if not folders:
        return no_topics("stories-stream", data)
    documents = [d for folder in folders for d in read_topic(folder)]
    result = EvalResult(name="stories-stream", documents=len(documents))
    result.scores.update(_scores(documents, options, "", result.notes))
    parts = {
        "tuned": [d for d in documents if int(d.topic) in TUNED_TOPICS],
        "untuned": [d for d in documents if int(d.topic) not in TUNED_TOPICS],
    }
    for part, members in parts.items():
        if members:
            result.scores.update(_scores(members, options, f"{part}_", result.notes))
    others = other_news(data.parent / "tempeval3", limit)
    if others and parts["tuned"]:
        result.scores.update(_crowded(parts["tuned"], others, options, result.notes))
    return result


OTHER_NEWS_PER_TOPIC = 20  # with a limit (the quick gate), other reports per ECB+ topic


def other_news(folder: Path, limit: int | None = None) -> list[Article]:
    """The TempEval-3 training reports under ``folder`` as articles (none when it is
    missing); with ``limit``, the first ``OTHER_NEWS_PER_TOPIC`` per topic of the limit."""
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else []
    if limit:
        paths = paths[: limit * OTHER_NEWS_PER_TOPIC]
    found = [read_timeml(path) for path in paths]
    return [
        Article(id=f"tempeval3/{d.name}", source=d.name, text=d.text)
        for d in found
        if d.text.strip()
    ]


def _crowded(
    documents: Sequence[EcbDocument],
    others: Sequence[Article],
    options: Options,
    notes: list[str],
    seeds: Sequence[int] = SEEDS,
) -> dict[str, float]:
    """Topic B-cubed over ``documents`` streamed among ``others`` (shuffled together, once
    per seed of ``seeds``): a report of ``others`` in a document's topic is a wrong member
    of it."""
    gold = {d.name: d.topic for d in documents}
    sizes = Counter(gold.values())
    runs = []
    for seed in seeds:
        order = [d.article() for d in documents] + list(others)
        random.Random(seed).shuffle(order)
        index = MemoryIndex()
        stream(order, options, index)
        stories = index.stories()
        topics = index.topics(stories)
        held: dict[str, list[str]] = {}
        for story, members in stories.items():
            held.setdefault(topics[story], []).extend(members)
        precision = recall = 0.0
        for members in held.values():
            found = Counter(gold.get(m) for m in members)
            for member in members:
                if member in gold:
                    precision += found[gold[member]] / len(members)
                    recall += found[gold[member]] / sizes[gold[member]]
        precision, recall = precision / len(gold), recall / len(gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        runs.append(f1)
        notes.append(
            f"crowded seed {seed}: tuned topic F1 {f1:.3f} (P {precision:.3f}, R "
            f"{recall:.3f}) among {len(others)} other reports"
        )
    return {"crowded_topic_f1": sum(runs) / len(runs), "crowded_topic_f1_worst": min(runs)}


def _scores(
    documents: Sequence[EcbDocument],
    options: Options,
    prefix: str,
    notes: list[str],
    seeds: Sequence[int] = SEEDS,
) -> dict[str, float]:
    events = {d.name: d.event for d in documents}
    gold_topics = {d.name: d.topic for d in documents}
    runs: list[dict[str, float]] = []
    for seed in seeds:
        order = [d.article() for d in documents]
        random.Random(seed).shuffle(order)
        index = MemoryIndex()
        filings = stream(order, options, index)
        story = {name: index.story_of(name) for name in events}
        topics = index.topics(set(story.values()))
        topic = {name: topics[story[name]] for name in events}
        run = _level("event", events, story) | _level("topic", gold_topics, topic)
        runs.append(run)
        label = prefix.rstrip("_") or "all"
        notes.append(
            f"{label} seed {seed}: event F1 {run['event_f1']:.3f}, topic F1 "
            f"{run['topic_f1']:.3f}; {len(set(story.values()))} stories for "
            f"{len(set(events.values()))} events, {len(set(topic.values()))} topics for "
            f"{len(set(gold_topics.values()))}, {sum(len(f.merged) for f in filings)} merges"
        )
    scores = {f"{prefix}{key}": sum(r[key] for r in runs) / len(runs) for key in runs[0]}
    for level in ("event", "topic"):
        scores[f"{prefix}{level}_f1_worst"] = min(r[f"{level}_f1"] for r in runs)
    return scores


def _level(level: str, gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    score = b_cubed(gold, predicted)
    return {
        f"{level}_precision": score.precision,
        f"{level}_recall": score.recall,
        f"{level}_f1": score.f1,
    }
