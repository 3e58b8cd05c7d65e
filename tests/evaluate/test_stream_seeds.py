"""eval/stream_seeds.py: the stream's scores over chosen seeds, and its union log (tuned
documents only)."""

from __future__ import annotations

import io
import json

import eval_modules
from shared_data import shared_path

stream_seeds = eval_modules.load("stream_seeds")


def test_seeds_are_read_as_ranges_and_lists() -> None:
    assert stream_seeds.parse_seeds("1-3") == [1, 2, 3]
    assert stream_seeds.parse_seeds("2,5-6,9") == [2, 5, 6, 9]


def test_the_union_log_streams_tuned_topics_only() -> None:
    """Every union logged holds tuned documents (ECB+ 1-20) or other news, never 21-35: the
    untouched part's joins are not read."""
    shared_path("datasets", "ecbplus")
    tuned = stream_seeds.documents(tuned_only=True)
    assert {int(d.topic) for d in tuned} <= set(range(1, 21))
    out = io.StringIO()
    written = stream_seeds.unions(["tuned"], [1], out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(records) > 0
    held = {topic for r in records for side in ("own", "other") for topic in r[side]}
    assert all(topic.startswith("other:") or 1 <= int(topic) <= 20 for topic in held)
    assert {"link", "terms", "story_size", "right", "kind"} <= records[0].keys()


def test_the_seeds_given_are_the_seeds_scored() -> None:
    """Seed 1 alone: one run, so its mean is its worst."""
    shared_path("datasets", "ecbplus")
    found = stream_seeds.scores(["tuned"], [1])
    assert [n.split(":")[0] for n in found["per seed"]] == ["tuned seed 1"]
    assert found["scores"]["tuned_topic_f1"] == found["scores"]["tuned_topic_f1_worst"]


def test_the_ends_name_the_topics_left_mixed_and_split() -> None:
    """Tuned seed 1 ends with the Athens bank fire (8/ecbplus) in the Greek riots' topic (19)
    and topic 3's two events apart (eval/README.md, stories-stream, session 13): both are
    named, with their gold events, and nothing of 21-35 is."""
    shared_path("datasets", "ecbplus")
    lines = stream_seeds.ends(["tuned"], [1])
    mixed = [line for line in lines if line.startswith("tuned mixed in 1 of 1 seeds: ")]
    assert any("19/ecb" in line and "8/ecbplus" in line for line in mixed)
    assert any(line.startswith("tuned split") and "3/ecb 9.0 | 3/ecbplus 11.0" in line
               for line in lines)
    named = {e.split()[0] for line in lines for e in line.split(": ", 1)[1].replace("|", ",")
             .split(", ")}
    assert all(int(e.split("/")[0]) <= 20 for e in named)
