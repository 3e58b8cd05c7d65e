"""The shortcuts of the facts stage's speed work (benchmarks/bench_facts.py) against the
tests they stand for: a shortcut may skip a test only where the test's answer is known."""

from __future__ import annotations

from facts_builders import story_of

from storydesk.link.entities import resolve
from storydesk.link.slots import FigureContext, contexts
from storydesk.link.ties import _may_tie_before_frame, _tied_before_frame, frame_bound, tied
from storydesk.options import Options

# Lengths of time of several predicates, as ECB+ 4 and 3 report them.
DURATIONS = (
    "She was hospitalized for three weeks for pneumonia, her publicist said.",
    "She was hospitalized for four weeks after a heart attack almost three weeks ago.",
    "The jury deliberated for four days before reaching a verdict.",
    "After 30 hours of deliberations over five days, the jury found him guilty.",
    "He served 12 years in prison and was released on parole two years ago.",
)
# Figures of other classes that each tie before the frame reads: a named person's age,
# casualties in one place, distances from one place, a sum with its conversion, a document's
# size in one version, counts listed in one series (ECB+ 4, 20, 20ecbplus, 12ecbplus; the
# example).
OTHERS = (
    "Esther Williams, 91, died in Los Angeles. At least 40 people were killed in Jabaliya.",
    "Williams was 92. Some 42 people were killed in Jabaliya.",
    "The quake struck Qeshm island, 1,500 kilometers south of Tehran, on Sunday.",
    "Qeshm lies 1,150 kilometers south of Tehran.",
    "The fund holds 110 billion euros ($143 billion), the bank said.",
    "The fund holds 110 billion euros ($158 billion), officials said.",
    "Kyiv accepted the revised 19-point plan on Tuesday.",
    "The revised 20-point plan was sent to Moscow.",
    "Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.",
    "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat.",
)


def _figures(*texts: str) -> list[FigureContext]:
    story = story_of(*texts)
    resolve(story, Options.load())
    return contexts(story)


def test_a_frame_bound_duration_is_tied_to_no_differing_value_without_a_shared_frame() -> None:
    """``fact_joins.cluster_block`` tries a frame-bound figure only on the facts holding its
    value or one of its frame words; ``tied`` must never tie it to another value otherwise."""
    durations = [c for c in _figures(*DURATIONS) if c.thing == "duration"]
    skipped = [
        (left, right)
        for left in durations
        for right in durations
        if left is not right and left.amount != right.amount
        and frame_bound(left) and left.frame.isdisjoint(right.frame)
    ]  # fmt: skip
    assert len(skipped) >= 5  # the shortcut is exercised here
    assert not any(tied(left, right) for left, right in skipped)


def test_no_tie_before_the_frame_without_what_it_needs_of_the_left_figure() -> None:
    """``frame_bound`` reads ``_may_tie_before_frame``: every tie ``_tied_before_frame``
    gives must need one of its features, or the shortcut would skip a real join."""
    found = _figures(*DURATIONS, *OTHERS)
    pairs = [(left, right) for left in found for right in found if left is not right]
    early = [(left, right) for left, right in pairs if _tied_before_frame(left, right)]
    # each tie before the frame is read here: subject, event, reference, conversion, size, series
    classes = {left.thing for left, _ in early}
    assert classes >= {"age", "deaths", "length", "money:USD", "count:point", "count:magazine"}
    assert all(_may_tie_before_frame(left) for left, _ in early)
