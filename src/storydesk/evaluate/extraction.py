"""Main-text extraction on the Zyte article-extraction benchmark (``storydesk eval extraction``).

Dataset layout: ``ground-truth.json`` maps item ids to ``{"articleBody", "url"}`` and
``html/<id>.html.gz`` holds each page (gzip, UTF-8). Scoring is the benchmark's own
``evaluate.py``: 4-token shingles of ``\\w+`` tokens, per-document TP/FP/FN normalised to sum
1, precision and recall averaged over documents, F1 of the averages (see metrics.py). Items
are taken in sorted id order so that ``limit`` always means the same pages.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.errors import StorydeskError
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.metrics import TpFpFn, macro_prf, shingle_matching
from storydesk.options import Options

PUBLISHED = {"rs_trafilatura": 0.970, "trafilatura 2.0.0": 0.958, "newspaper4k": 0.949}

Extractor = Callable[[str, str | None], str]


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    html: str
    url: str | None
    gold: Any  # the dataset's gold body: a string here, a list of paragraphs for fundus


def read_html(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def load_json(path: Path) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StorydeskError(f"{path} not found: is this the right dataset folder?") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise StorydeskError(f"{path}: cannot read ({exc})") from exc
    return loaded


def zyte_pages(data: Path, limit: int | None) -> list[Page]:
    truth = load_json(data / "ground-truth.json")
    pages = []
    for key in sorted(truth)[:limit]:
        item = truth[key]
        path = data / "html" / f"{key}.html.gz"
        if not path.exists():
            raise StorydeskError(f"{path} missing (listed in ground-truth.json)")
        pages.append(Page(key, read_html(path), item.get("url"), item.get("articleBody", "")))
    return pages


def storydesk_extractor(options: Options) -> tuple[Extractor, list[str]]:
    """Our HTML path (clean_one on an html Article), or trafilatura until that path exists."""
    try:
        import storydesk.clean.html  # noqa: F401
    except ModuleNotFoundError:
        note = "storydesk.clean.html not present yet: storydesk column is trafilatura defaults"
        return trafilatura_text, [note]

    def extract(html: str, url: str | None) -> str:
        from storydesk.clean import clean_one

        article = Article(id="eval", source=url or "page.html", raw=html, raw_kind="html", url=url)
        return clean_one(article, options).text

    return extract, []


def trafilatura_text(html: str, url: str | None) -> str:
    """The baseline: trafilatura.extract with its default settings, nothing else."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    pages = zyte_pages(data, limit)
    ours, notes = storydesk_extractor(options)
    ours_counts: list[TpFpFn] = []
    base_counts: list[TpFpFn] = []
    for page in pages:
        ours_counts.append(shingle_matching(page.gold, ours(page.html, page.url)))
        base_counts.append(shingle_matching(page.gold, trafilatura_text(page.html, page.url)))
    scores, baseline = macro_prf(ours_counts), macro_prf(base_counts)
    return EvalResult(
        name="extraction",
        scores={"f1": scores.f1, "precision": scores.precision, "recall": scores.recall},
        baselines={"f1": baseline.f1, "precision": baseline.precision, "recall": baseline.recall},
        published=dict(PUBLISHED),
        documents=len(pages),
        notes=[*notes, "baseline: trafilatura.extract, default settings, same pages"],
    )
