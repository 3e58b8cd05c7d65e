"""Fit the plain-text line classifier (storydesk/clean/line_model.json) on the tuned half.

    .venv/bin/python eval/train_line_model.py            # fit, choose threshold, write
    .venv/bin/python eval/train_line_model.py --dry-run  # print, write nothing

Data: the boilerplate evaluation's pages (../shared/datasets: Zyte and fundus benchmarks,
each rendered to plain text with its boilerplate), tuned half only (the first half of each
dataset's sorted names). Every line the named rules leave is an example: label 1 when it is
not in the page's true body (evaluate.boilerplate.is_body_line), 0 when it is. A logistic
regression (L2, full-batch gradient descent, numpy) over linescore.FEATURES. The threshold
(``beside``: likely chrome next to removed lines, outside the article's core) is the one with
the best shingle F1 on the same tuned pages.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from storydesk.clean import linescore
from storydesk.clean.boilerplate import mark_by_rules
from storydesk.evaluate.boilerplate import clean_page, is_body_line, load_pages, words
from storydesk.evaluate.metrics import macro_prf, shingle_matching
from storydesk.options import Options

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
L2 = 1e-3
STEPS = 3000
RATE = 0.5


def examples() -> tuple[np.ndarray, np.ndarray, int]:
    rows, labels, pages = [], [], 0
    for page in load_pages(DATASETS, None):
        if page.held:
            continue
        pages += 1
        lines = [line.strip() for line in page.text.split("\n") if line.strip()]
        reasons = mark_by_rules(lines)
        gold_words = " ".join(words(page.gold))
        gold_lines = {" ".join(words(line)) for line in page.gold.split("\n")}
        rows_of_page = linescore.features(lines, reasons)
        for line, reason, row in zip(lines, reasons, rows_of_page, strict=True):
            if reason is None:
                rows.append(row)
                labels.append(0.0 if is_body_line(line, gold_words, gold_lines) else 1.0)
    return np.array(rows), np.array(labels), pages


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + L2 * np.r_[0.0, w[1:]]
        w -= RATE * grad
    return w


def choose_beside(w: np.ndarray) -> float:
    """The context threshold (0.95 down to 0.75 in steps of 0.05) with the best shingle F1 on
    the tuned half, the boilerplate evaluation's own score (ties to the higher threshold)."""
    weights = tuple(float(v) for v in w)
    pages = [page for page in load_pages(DATASETS, None) if not page.held]
    original = linescore.model
    best, best_f1 = 1.0, -1.0
    try:
        for step in range(19, 14, -1):
            beside = step / 20
            model = linescore.LineModel(weights, beside)
            linescore.model = lambda model=model: model  # type: ignore[assignment]
            counts = [shingle_matching(p.gold, clean_page(p, Options())) for p in pages]
            f1 = macro_prf(counts).f1
            print(f"  beside {beside:.2f}: tuned F1 {f1:.4f}")
            if f1 > best_f1 + 1e-4:
                best, best_f1 = beside, f1
    finally:
        linescore.model = original
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    x, y, pages = examples()
    w = fit(x, y)
    beside = choose_beside(w)
    print(f"{pages} pages, {len(y)} lines ({int(y.sum())} boilerplate)")
    print(f"beside {beside}")
    for name, weight in zip(linescore.FEATURES, w, strict=True):
        print(f"  {name:15s} {weight:+.3f}")
    if args.dry_run:
        return
    model = {
        "about": "linescore's logistic model; written by eval/train_line_model.py",
        "trained_on": f"{pages} pages, tuned half of the boilerplate evaluation (sorted names)",
        "lines": len(y),
        "beside": beside,
        "features": list(linescore.FEATURES),
        "weights": [round(float(v), 4) for v in w],
    }
    linescore.MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {linescore.MODEL_PATH}")


if __name__ == "__main__":
    main()
