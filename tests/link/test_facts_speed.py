"""The shortcuts of the facts stage's speed work (benchmarks/bench_facts.py) against the
tests they stand for: a shortcut may skip a test only where the test's answer is known."""

from __future__ import annotations

from facts_builders import story_of

from storydesk.link.entities import resolve
from storydesk.link.slots import contexts
from storydesk.link.ties import frame_bound, tied
from storydesk.options import Options

# Lengths of time of several predicates, as ECB+ 4 and 3 report them.
DURATIONS = (
    "She was hospitalized for three weeks for pneumonia, her publicist said.",
    "She was hospitalized for four weeks after a heart attack almost three weeks ago.",
    "The jury deliberated for four days before reaching a verdict.",
    "After 30 hours of deliberations over five days, the jury found him guilty.",
    "He served 12 years in prison and was released on parole two years ago.",
)


def test_a_frame_bound_duration_is_tied_to_no_differing_value_without_a_shared_frame() -> None:
    """``fact_joins.cluster_block`` tries a frame-bound figure only on the facts holding its
    value or one of its frame words; ``tied`` must never tie it to another value otherwise."""
    story = story_of(*DURATIONS)
    resolve(story, Options.load())
    durations = [c for c in contexts(story) if c.thing == "duration"]
    skipped = [
        (left, right)
        for left in durations
        for right in durations
        if left is not right and left.amount != right.amount
        and frame_bound(left) and left.frame.isdisjoint(right.frame)
    ]  # fmt: skip
    assert len(skipped) >= 5  # the shortcut is exercised here
    assert not any(tied(left, right) for left, right in skipped)
