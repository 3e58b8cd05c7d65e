"""Sentence similarity across a story: TF-IDF over content words plus entity ids.

Entity mentions are replaced by their story entity id, so "Zelensky" and "Zelenskyy" count
as the same word. Similar pairs are found through an inverted index over informative terms
(signatures first, comparison last), never by comparing every pair of sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from spacy.lang.en.stop_words import STOP_WORDS

from storydesk.link.works import award_term
from storydesk.story import Story

BLOCK = 512  # rows per sparse product: bounds the memory one product holds
PAIRS = 200_000  # candidate pairs scored together: bounds the memory of their row products
# Cosine at which another outlet's sentence reports the same, and the similarity over the
# rarer terms at which a pair is scored at all (blocking): the brief's clusters
# (developments.py) and the timeline's (timeline_sources.told_alike) use one calibration.
SUPPORT = 0.3
CANDIDATE = 0.1
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SentenceRef:
    article: str
    sentence: int


@dataclass(slots=True)
class SentenceIndex:
    """Weighted term vectors of every sentence of a story, and an inverted index over them."""

    refs: list[SentenceRef]
    texts: list[str]
    vectors: list[dict[str, float]]
    postings: dict[str, list[int]]

    def similar(self, rows: Sequence[int], threshold: float) -> dict[int, dict[int, float]]:
        """For each of ``rows``, the other sentences whose similarity reaches ``threshold``.

        Similarity is the dot product over the indexed (informative) terms, computed as sparse
        matrix products a block of rows at a time, and kept sparse: only sentences sharing an
        indexed term with a row are ever paired with it (a story of thousands of articles has
        tens of thousands of sentences; a dense row per sentence made that quadratic).
        ``threshold`` must be above 0 (sentences sharing nothing are never listed).
        """
        if threshold <= 0:
            raise ValueError("similar() lists sentences sharing indexed terms: threshold > 0")
        matrix = self._indexed_matrix()
        transposed = matrix.T.tocsr()
        found: dict[int, dict[int, float]] = {}
        ordered = list(rows)
        for start in range(0, len(ordered), BLOCK):
            block = ordered[start : start + BLOCK]
            scores = sparse.csr_matrix(matrix[block] @ transposed)
            scores.sort_indices()
            for position, own in enumerate(block):
                begin, end = scores.indptr[position], scores.indptr[position + 1]
                columns, values = scores.indices[begin:end], scores.data[begin:end]
                keep = (values >= threshold) & (columns != own)
                found[own] = dict(
                    zip(columns[keep].tolist(), values[keep].tolist(), strict=True)
                )
        return found

    def scored(
        self, rows: Sequence[int], candidate: float, threshold: float
    ) -> dict[int, dict[int, float]]:
        """For each of ``rows``, the other sentences whose similarity over the indexed terms
        reaches ``candidate`` (blocking, as ``similar``) and whose cosine over every term
        (``cosine``) reaches ``threshold``; in sentence order.

        The cosines of the candidate pairs are computed together, as sparse row products
        (a story of a thousand wire copies pairs every sentence with each of its copies: too
        many pairs for a Python loop)."""
        if candidate <= 0:
            raise ValueError("scored() lists sentences sharing indexed terms: candidate > 0")
        matrix = self._indexed_matrix()
        transposed = matrix.T.tocsr()
        whole = self._matrix(None)
        found: dict[int, dict[int, float]] = {row: {} for row in rows}
        ordered = list(rows)
        for start in range(0, len(ordered), BLOCK):
            block = ordered[start : start + BLOCK]
            scores = sparse.csr_matrix(matrix[block] @ transposed)
            scores.sort_indices()
            owners = np.repeat(np.asarray(block, dtype=np.int64), np.diff(scores.indptr))
            keep = (scores.data >= candidate) & (scores.indices != owners)
            left, right = owners[keep], scores.indices[keep].astype(np.int64)
            for begin in range(0, len(left), PAIRS):
                lefts, rights = left[begin : begin + PAIRS], right[begin : begin + PAIRS]
                cosines = np.asarray(whole[lefts].multiply(whole[rights]).sum(axis=1)).ravel()
                close = cosines >= threshold
                for own, other, score in zip(lefts[close].tolist(), rights[close].tolist(),
                                             cosines[close].tolist(), strict=True):  # fmt: skip
                    found[own][other] = score
        return found

    def _indexed_matrix(self) -> sparse.csr_matrix:
        return self._matrix(self.postings)

    def _matrix(self, terms: dict[str, list[int]] | None) -> sparse.csr_matrix:
        """Sentences x terms (``terms``' keys, or every term when None), the weights."""
        if terms is None:
            every = dict.fromkeys(t for vector in self.vectors for t in vector)
            columns = {term: number for number, term in enumerate(every)}
        else:
            columns = {term: number for number, term in enumerate(terms)}
        rows, cols, values = [], [], []
        for number, vector in enumerate(self.vectors):
            for term, weight in vector.items():
                if term in columns:
                    rows.append(number)
                    cols.append(columns[term])
                    values.append(weight)
        shape = (len(self.vectors), max(len(columns), 1))
        return sparse.csr_matrix((values, (rows, cols)), shape=shape)

    def cosine(self, left: int, right: int) -> float:
        a, b = self.vectors[left], self.vectors[right]
        if len(a) > len(b):
            a, b = b, a
        return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def entity_terms(story: Story) -> dict[tuple[str, str], str]:
    """(article id, mention text) -> story entity id, from the entities' variants."""
    terms: dict[tuple[str, str], str] = {}
    for entity in story.entities:
        for variant in entity.variants:
            for article in variant.articles:
                terms[(article, variant.text)] = entity.id
    return terms


def terms_of(text: str, entity_ids: list[str]) -> list[str]:
    words = [w.casefold() for w in WORD.findall(text)]
    content = [w for w in words if w not in STOP_WORDS and not w.isdigit() and len(w) > 1]
    return content + [f"@{eid}" for eid in entity_ids]


def build_index(story: Story, max_df: float = 0.25) -> SentenceIndex:
    """Index every sentence of every article; terms in more than ``max_df`` of the
    sentences carry no signal for similarity and are left out of the postings."""
    mentions = entity_terms(story)
    refs: list[SentenceRef] = []
    texts: list[str] = []
    bags: list[Counter[str]] = []
    for article in story.articles:
        by_sentence: dict[int, list[str]] = defaultdict(list)
        for entity in article.entities:
            entity_id = mentions.get((article.id, entity.text)) or award_term(entity.text)
            if entity_id:
                by_sentence[entity.sentence].append(entity_id)
        for number, sentence in enumerate(article.sentences):
            refs.append(SentenceRef(article.id, number))
            texts.append(sentence)
            bags.append(Counter(terms_of(sentence, by_sentence.get(number, []))))
    document_frequency: Counter[str] = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    total = max(len(bags), 1)
    vectors = [_weigh(bag, document_frequency, total) for bag in bags]
    # A term in every article once is the shared news, not noise: in a story of few
    # sentences the share alone would drop it.
    limit = max(max_df * total, len(story.articles))
    postings: dict[str, list[int]] = defaultdict(list)
    for number, vector in enumerate(vectors):
        for term in vector:
            if document_frequency[term] <= limit:
                postings[term].append(number)
    return SentenceIndex(refs, texts, vectors, dict(postings))


def _weigh(bag: Counter[str], df: Counter[str], total: int) -> dict[str, float]:
    weights = {t: (1 + math.log(c)) * math.log(1 + total / df[t]) for t, c in bag.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}
