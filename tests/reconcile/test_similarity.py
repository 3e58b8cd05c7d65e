"""Sentence similarity: the blockwise sparse products equal the plain pairwise sums."""

from __future__ import annotations

import pytest
from story_builders import article  # type: ignore[import-not-found]

from storydesk.reconcile import similarity
from storydesk.story import Story

SENTENCES = [
    "The envoy flew to Moscow on Tuesday to meet the Russian president about the plan.",
    "A special envoy travelled to Moscow to meet the Russian president over the peace plan.",
    "Seven people were killed in an overnight drone attack on the capital, officials said.",
    "At least six people died in the overnight attack on the capital city.",
    "Farmers in the south complained about the lack of rain this autumn.",
]


def pairwise(index: similarity.SentenceIndex, row: int, threshold: float) -> dict[int, float]:
    """The reference: dot products over the indexed terms, one pair at a time."""
    found = {}
    for other in range(len(index.vectors)):
        if other == row:
            continue
        score = sum(
            weight * index.vectors[other].get(term, 0.0)
            for term, weight in index.vectors[row].items()
            if term in index.postings
        )
        if score >= threshold:
            found[other] = score
    return found


@pytest.mark.parametrize("block", [1, 2, 512])
def test_blockwise_products_equal_pairwise_sums(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(similarity, "BLOCK", block)
    story = Story(
        id="s",
        title="t",
        articles=[article("a", "A", SENTENCES[:3]), article("b", "B", SENTENCES[3:])],
    )
    index = similarity.build_index(story, max_df=0.6)
    rows = [0, 2, 3, 4]
    found = index.similar(rows, 0.05)
    assert set(found) == set(rows)
    for row in rows:
        expected = pairwise(index, row, 0.05)
        assert found[row].keys() == expected.keys()
        for other, score in expected.items():
            assert found[row][other] == pytest.approx(score)
    assert 1 in found[0] and 3 in found[2], "the paraphrases find each other"
