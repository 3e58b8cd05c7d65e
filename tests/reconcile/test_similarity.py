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


@pytest.mark.parametrize(("block", "pairs"), [(1, 1), (2, 3), (512, 200_000)])
def test_scored_pairs_are_the_candidates_with_their_cosine(
    monkeypatch: pytest.MonkeyPatch, block: int, pairs: int
) -> None:
    monkeypatch.setattr(similarity, "BLOCK", block)
    monkeypatch.setattr(similarity, "PAIRS", pairs)
    # the second article repeats the first as a wire copy would, so rows have several pairs
    story = Story(
        id="s",
        title="t",
        articles=[article("a", "A", SENTENCES[:3]), article("b", "B", SENTENCES[3:]),
                  article("c", "C", SENTENCES[:3])],
    )  # fmt: skip
    index = similarity.build_index(story, max_df=0.6)
    rows = list(range(len(index.refs)))
    found = index.scored(rows, 0.05, 0.2)
    assert set(found) == set(rows)
    for row in rows:
        expected = {o: index.cosine(row, o) for o in pairwise(index, row, 0.05)}
        expected = {o: s for o, s in expected.items() if s >= 0.2}
        assert list(found[row]) == sorted(expected), "the candidates, in sentence order"
        for other, score in expected.items():
            assert found[row][other] == pytest.approx(score, abs=1e-12)
    assert found[0][5] == pytest.approx(1.0) and 1 in found[0], "copy and paraphrase"
