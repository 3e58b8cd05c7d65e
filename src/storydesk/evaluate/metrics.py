"""Scoring helpers shared by the evaluations: shingle matching, ROUGE-LSum, F1, B-cubed.

Each function replicates a published benchmark's arithmetic so that our numbers sit beside
the published ones; where we differ from the original code the docstring says how and why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0 (rather than a division error)."""
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def prf(true_positives: float, predicted: float, gold: float) -> PRF:
    """Precision, recall and F1 from counts; an empty side scores 0, not NaN."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    return PRF(precision, recall, f1_score(precision, recall))


# --- the Zyte article-extraction benchmark (its evaluate.py, replicated exactly) ----------

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
TpFpFn = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of n-token shingles of ``\\w+`` tokens; a text shorter than n is one shingle."""
    tokens = TOKEN_RE.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_matching(true: str, pred: str, n: int = 4) -> TpFpFn:
    """TP/FP/FN over shingles, normalised to sum 1 so long pages weigh no more than short."""
    true_counts, pred_counts = shingles(true, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in true_counts.keys() | pred_counts.keys():
        t, p = true_counts.get(key, 0), pred_counts.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def macro_prf(tp_fp_fns: Sequence[TpFpFn]) -> PRF:
    """The benchmark's aggregate: precision and recall averaged over documents (precision
    only over documents with a prediction, recall only over those with gold text), then F1
    of the two averages, not the average of per-document F1."""
    precisions = [_precision(*c) for c in tp_fp_fns if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in tp_fp_fns if c[0] + c[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return PRF(precision, recall, f1_score(precision, recall))


# --- ROUGE-LSum (as in Google's rouge_score, which the fundus benchmark uses) -------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def rouge_tokens(text: str) -> list[str]:
    """rouge_score's default tokenizer: lowercase, anything but [a-z0-9] separates tokens."""
    return [t for t in _NON_ALNUM.sub(" ", text.lower()).split() if t]


def lcs_indices(ref: Sequence[str], can: Sequence[str]) -> list[int]:
    """Indices into ``ref`` of one longest common subsequence of two token lists.

    rapidfuzz's C++ LCS, because pure-Python dynamic programming made the fundus run take
    minutes. When several LCS exist it may pick another one than rouge_score's backtrack;
    the length, and so single-unit scores, are the same.
    """
    from rapidfuzz.distance import LCSseq

    blocks = LCSseq.editops(ref, can).as_matching_blocks()
    return [block.a + k for block in blocks for k in range(block.size)]


Tokens = list[str]


def lcs_unions(ref_units: Sequence[Tokens], can_units: Sequence[Tokens]) -> list[Tokens]:
    """For each reference unit, the tokens in the union of its LCS with every candidate unit.

    A reference unit's union does not depend on the other reference units, so a caller
    scoring many subsets of one reference (fundus's optional paragraphs) computes it once.
    """
    unions = []
    for ref_unit in ref_units:
        indices: set[int] = set()
        for can_unit in can_units:
            indices.update(lcs_indices(ref_unit, can_unit))
        unions.append([ref_unit[i] for i in sorted(indices)])
    return unions


def lsum_from_unions(
    ref_units: Sequence[Tokens], can_units: Sequence[Tokens], unions: Sequence[Tokens]
) -> PRF:
    """rouge_score's ``_summary_level_lcs`` count: a union token is a hit only while both
    sides still have an unused occurrence of it (no double counting)."""
    ref_total, can_total = sum(map(len, ref_units)), sum(map(len, can_units))
    if not ref_total or not can_total:
        return PRF(0.0, 0.0, 0.0)
    ref_left = Counter(t for unit in ref_units for t in unit)
    can_left = Counter(t for unit in can_units for t in unit)
    hits = 0
    for union in unions:
        for token in union:
            if ref_left[token] > 0 and can_left[token] > 0:
                hits += 1
                ref_left[token] -= 1
                can_left[token] -= 1
    precision, recall = hits / can_total, hits / ref_total
    return PRF(precision, recall, f1_score(precision, recall))


def rouge_units(texts: Iterable[str]) -> list[Tokens]:
    return [tokens for tokens in (rouge_tokens(t) for t in texts) if tokens]


def rouge_lsum(reference: Sequence[str], candidate: Sequence[str]) -> PRF:
    """Summary-level ROUGE-L ("LSum") between two lists of text units.

    For each reference unit, the union of its LCS with every candidate unit counts as hits,
    each token at most as often as it occurs on both sides (rouge_score's
    ``_summary_level_lcs``). The fundus benchmark splits bodies into sentences with NLTK's
    punkt; NLTK is not installed here, so callers pass paragraphs (see fundus.py).
    """
    ref_units, can_units = rouge_units(reference), rouge_units(candidate)
    return lsum_from_unions(ref_units, can_units, lcs_unions(ref_units, can_units))


# --- clustering (for entity and event coreference evaluations) ----------------------------


# The items clustered (document names, mention ids): one type on both sides.
Item = TypeVar("Item", bound=Hashable)


def b_cubed(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> PRF:
    """B-cubed over the items both mappings (item -> cluster label) share.

    Per item: precision = |own predicted cluster ∩ own gold cluster| / |predicted cluster|,
    recall the same over the gold cluster; each averaged over items.
    """
    items = [item for item in gold if item in predicted]
    if not items:
        return PRF(0.0, 0.0, 0.0)
    gold_members = _members(gold, items)
    pred_members = _members(predicted, items)
    precision = recall = 0.0
    for item in items:
        g, p = gold_members[gold[item]], pred_members[predicted[item]]
        overlap = len(g & p)
        precision += overlap / len(p)
        recall += overlap / len(g)
    precision, recall = precision / len(items), recall / len(items)
    return PRF(precision, recall, f1_score(precision, recall))


def _members(labels: Mapping[Item, Hashable], items: Iterable[Item]) -> dict[Hashable, set[Item]]:
    members: dict[Hashable, set[Item]] = {}
    for item in items:
        members.setdefault(labels[item], set()).add(item)
    return members
