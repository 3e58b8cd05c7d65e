"""Stories from a stream over more orders than the gate's three (eval/README.md, stories-stream,
session 12: the gate's seeds 1-3 sit at the tuned part's best mode, and a rule that moves no
gate figure can still move others).

Topic B-cubed F1 of ECB+ 1-20 streamed alone (``tuned``, with event F1) and among the
TempEval-3 training reports (``crowded``), per seed, their means and worst; ``all`` streams
ECB+ 1-35 together and prints its means and worst only (21-35 is read as aggregates, never
per document). ``--unions FILE`` writes every union of two topics in the tuned and crowded
streams as a JSON line, as the filing decided it: a new story taking a topic, a story's topic
merging others; with the gold topics on each side (a TempEval-3 report is ``other:<name>``),
their sizes, the link read from the topics' centroids and the shared terms carrying it, and how
full the desk was. It streams tuned documents only. ``--ends`` prints what the unions leave at
the end of each tuned and crowded stream: the found topics holding more than one gold topic
(a TempEval-3 report counts as ``other``), and the gold topics ending in more than one found
topic, with their gold events and how many documents of each, counted over the seeds (a union
log counts every decision, most of them undone or repeated; the ends say which errors stay).

    .venv/bin/python eval/stream_seeds.py --seeds 1-30
    .venv/bin/python eval/stream_seeds.py --seeds 31-60 --parts tuned,crowded,all
    .venv/bin/python eval/stream_seeds.py --seeds 1-30 --parts tuned --unions /tmp/unions.jsonl
    .venv/bin/python eval/stream_seeds.py --seeds 1-30 --parts tuned,crowded --ends
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from storydesk.article import Article
from storydesk.evaluate import stories_stream
from storydesk.evaluate.ecbplus import EcbDocument, read_topic, topic_folders
from storydesk.ids import stable_id
from storydesk.link import related
from storydesk.link.stream import Filing, MemoryIndex, file, sign, stream
from storydesk.options import Options

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
PARTS = ("tuned", "crowded", "all")


def parse_seeds(text: str) -> list[int]:
    """"1-30" or "1,4,7-9" as the seeds in order."""
    seeds: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        seeds += range(int(first), int(last or first) + 1)
    return seeds


def documents(tuned_only: bool) -> list[EcbDocument]:
    """ECB+ documents of topics 1-20 (``tuned_only``), else of topics 1-35."""
    folders = topic_folders(DATASETS / "ecbplus")
    return [d for f in folders if int(f.name) in _topics(tuned_only) for d in read_topic(f)]


def _topics(tuned_only: bool) -> range:
    return stories_stream.TUNED_TOPICS if tuned_only else range(1, 36)


def scores(parts: Sequence[str], seeds: Sequence[int]) -> dict[str, Any]:
    options = Options.load()
    notes: list[str] = []
    found: dict[str, float] = {}
    tuned = documents(tuned_only=True)
    if "tuned" in parts:
        found |= stories_stream._scores(tuned, options, "tuned_", notes, seeds)
    if "crowded" in parts:
        others = stories_stream.other_news(DATASETS / "tempeval3")
        found |= stories_stream._crowded(tuned, others, options, notes, seeds)
    if "all" in parts:  # aggregates only: 21-35's notes are not printed
        every = stories_stream._scores(documents(tuned_only=False), options, "", [], seeds)
        found |= {f"all_{k}": v for k, v in every.items() if k.endswith(("_f1", "_worst"))}
    return {"scores": found, "per seed": [n for n in notes if "seed" in n]}


def unions(parts: Sequence[str], seeds: Sequence[int], out: TextIO) -> int:
    """Write the topic unions of the tuned and crowded streams; how many."""
    tuned = documents(tuned_only=True)
    gold = {d.name: d.topic for d in tuned}
    written = 0
    for part in [p for p in parts if p in ("tuned", "crowded")]:
        others = stories_stream.other_news(DATASETS / "tempeval3") if part == "crowded" else []
        for seed in seeds:
            order = [d.article() for d in tuned] + list(others)
            random.Random(seed).shuffle(order)
            for record in _stream_unions(order, gold):
                out.write(json.dumps({"part": part, "seed": seed} | record) + "\n")
                written += 1
    return written


def ends(parts: Sequence[str], seeds: Sequence[int]) -> list[str]:
    """What stays wrong at the end of the tuned and crowded streams: per part, each topic the
    desk found holding documents of several gold topics (``mixed``) and each gold topic whose
    documents end in several found topics (``split``), by the gold events on each side, with
    in how many seeds it ended so and the mean count of documents of each event."""
    tuned = documents(tuned_only=True)
    events = {d.name: d.event for d in tuned}
    lines = []
    for part in [p for p in parts if p in ("tuned", "crowded")]:
        others = stories_stream.other_news(DATASETS / "tempeval3") if part == "crowded" else []
        found: dict[tuple[str, ...], list[Counter[str]]] = {}
        for seed in seeds:
            order = [d.article() for d in tuned] + list(others)
            random.Random(seed).shuffle(order)
            for key, held in _ends(order, events):
                found.setdefault(key, []).append(held)
        for key, runs in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            sides = " | ".join(
                ", ".join(f"{e} {sum(r[f'{i}:{e}'] for r in runs) / len(runs):.1f}"
                          for e in side.split("+"))
                for i, side in enumerate(key[1:]))
            lines.append(f"{part} {key[0]} in {len(runs)} of {len(seeds)} seeds: {sides}")
    return lines


End = tuple[tuple[str, ...], Counter[str]]


def _ends(order: list[Article], events: dict[str, str]) -> list[End]:
    """(kind, then each side's gold events joined by "+"; the documents of each event by
    side) of every mixed found topic and every split gold topic at the end of one stream."""
    index, options = MemoryIndex(), Options.load()
    stream(order, options, index)
    stories = index.stories()
    topics = index.topics(stories)
    held: dict[str, Counter[str]] = {}
    for story, members in stories.items():
        held.setdefault(topics[story], Counter()).update(
            events.get(m, "other") for m in members)
    gold_of = {topic: {e.split("/")[0] for e in counts} for topic, counts in held.items()}
    found: list[End] = []
    for counts in held.values():
        if len({e.split("/")[0] for e in counts}) > 1 and set(counts) != {"other"}:
            found.append((("mixed", "+".join(sorted(counts))), _sided([counts])))
    for gold in sorted({e.split("/")[0] for e in events.values()}):
        pieces = sorted(("+".join(sorted(c)), c) for t, c in held.items() if gold in gold_of[t])
        if len(pieces) > 1:
            found.append((("split", *[k for k, _ in pieces]), _sided([c for _, c in pieces])))
    return found


def _sided(sides: list[Counter[str]]) -> Counter[str]:
    return Counter({f"{i}:{e}": n for i, side in enumerate(sides) for e, n in side.items()})


def _stream_unions(order: list[Article], gold: dict[str, str]) -> Iterator[dict[str, Any]]:
    index, options = MemoryIndex(), Options.load()
    for position, article in enumerate(order):
        signature = sign(article)
        filing = file(signature, index, options)
        yield from _unions_of(filing, signature, index, gold, position)
        index.apply(signature, filing, stable_id("s", article.id))


def _unions_of(filing: Filing, signature: Any, index: MemoryIndex, gold: dict[str, str],
               position: int) -> Iterator[dict[str, Any]]:
    mine = gold.get(signature.article, f"other:{signature.article}")
    if filing.story is None:
        side, own, held = related.lead_unit(signature), Counter([mine]), 1
    else:
        topic = index.topics([filing.story])[filing.story]
        _, read = related.read_topics(index, [], [topic], filing.story)
        side, own = related.centroid(read.of([topic], signature)), _held(index, topic, gold)
        own[mine] += 1
        held = index.story_sizes([filing.story]).get(filing.story, 0) + 1
    joined = [filing.topic] if filing.story is None and filing.topic else []
    for kind, topic in [*(("new story", t) for t in joined),
                        *(("merge", t) for t in filing.topics_merged)]:
        memo, _ = related.read_topics(index, [topic], [], None)
        theirs = _held(index, topic, gold)
        shared = sorted(((side[w] * memo[topic][w], w) for w in side.keys() & memo[topic].keys()),
                        reverse=True)[:4]
        yield {"n": position, "article": signature.article, "kind": kind,
               "right": _majority(theirs) == _majority(own), "own": dict(own),
               "other": dict(theirs), "story_size": held,
               "link": round(related.cosine(side, memo[topic]), 4),
               "terms": [[w, round(v, 4)] for v, w in shared]}


def _held(index: MemoryIndex, topic: str, gold: dict[str, str]) -> Counter[str]:
    stories = index.stories()
    topics = index.topics(stories)
    return Counter(gold.get(a, f"other:{a}") for s, members in stories.items()
                   if topics[s] == topic for a in members)


def _majority(held: Counter[str]) -> str | None:
    return max(held, key=lambda k: (held[k], k)) if held else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-30", help='e.g. "1-30" or "1,4,7-9"')
    parser.add_argument("--parts", default="tuned,crowded", help=f"of {', '.join(PARTS)}")
    parser.add_argument("--unions", type=Path, help="write the tuned and crowded unions here")
    parser.add_argument("--ends", action="store_true",
                        help="print the mixed and split topics left at the ends of the streams")
    args = parser.parse_args()
    seeds, parts = parse_seeds(args.seeds), args.parts.split(",")
    if unknown := set(parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    if args.unions:
        with args.unions.open("w", encoding="utf-8") as out:
            print(f"{unions(parts, seeds, out)} unions written to {args.unions}")
        return
    if args.ends:
        print("\n".join(ends(parts, seeds)))
        return
    found = scores(parts, seeds)
    for note in found["per seed"]:
        print(note)
    print(json.dumps({k: round(v, 4) for k, v in found["scores"].items()}))


if __name__ == "__main__":
    main()
