"""The plain-text cleaner on other outlets' pages (``storydesk eval boilerplate``).

The flagship example is five outlets; the cleaner must hold on outlets it has never seen.
Every article page of the Zyte and fundus extraction benchmarks (261 pages, ~200 sites) is
rendered to plain text *with* its boilerplate, the way a reader's copy of the page reads:
the visible text of the whole page, one block element a line (``page_text``: menus, share
bars, newsletter boxes, related links, footers and all). That text goes through the
plain-text path (``clean_one`` on a text article, as a pasted ``.txt`` would) and the kept
text is scored against the benchmark's true body.

Scores (the Zyte benchmark's arithmetic, metrics.py): 4-token shingles of ``\\w+`` tokens,
per page TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the
two averages. Baseline: the page text as it is (no cleaning). Also per line:
``boilerplate_removed``, the share of lines that are not in the true body which the cleaner
removed, and ``content_kept``, the share of true-body lines it kept.

Split before tuning: in each dataset the pages are sorted by name; the first half is the
*tuned* part (rules, features and weights were looked at and fitted on it), the second half
is *held* (never looked at while tuning). fundus names are ``<Publisher>_<n>``, so its held
half is eight publishers the tuning never saw. ``tune_*`` and ``held_*`` report the halves.

``--data`` is a folder holding ``zyte-article-extraction`` and/or ``fundus-evaluation``
(``../shared/datasets``), or one of them; ``--limit N`` takes the first N pages of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from storydesk.article import Article
from storydesk.errors import StorydeskError
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.extraction import read_html, zyte_pages
from storydesk.evaluate.fundus import dataset_root, fundus_pages, is_optional
from storydesk.evaluate.metrics import PRF, TpFpFn, macro_prf, shingle_matching
from storydesk.options import Options

ZYTE, FUNDUS = "zyte-article-extraction", "fundus-evaluation"
# Elements whose start and end break the line, as a browser lays them out.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
        "button",
        "label",
        "option",
        "select",
    ]
)
INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
SPACE = re.compile(r"\s+")
# A line counts as body when most of its words are in the true body in order (a page line
# and a gold paragraph may differ by a trailing credit or a joined link).
BODY_SHARE = 0.5
# Lines with fewer words than this are body lines only when they are a whole gold paragraph.
SHORT_WORDS = 4


@dataclass(frozen=True, slots=True)
class BoilerplatePage:
    key: str  # "zyte/<id>" or "fundus/<publisher>_<n>"
    text: str  # the whole page as plain text, one block a line
    gold: str  # the true body, paragraphs on lines
    held: bool  # in the untouched half


def page_text(html: str) -> str:
    """The visible text of a page, one block element a line (roughly a browser's innerText)."""
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        root = lxml.html.fromstring(html.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError):
        return ""
    for element in list(root.iter(*INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    pieces: list[str] = []
    _walk(root, pieces)
    lines = (SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element: etree._Element, pieces: list[str]) -> None:
    block = isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS
    if block:
        pieces.append("\n")
    if isinstance(element.tag, str) and element.text:
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append("\n")


def load_pages(data: Path, limit: int | None) -> list[BoilerplatePage]:
    """Both benchmarks' pages under ``data`` (or the one ``data`` is), halves marked."""
    folders = (
        [data / ZYTE, data / FUNDUS]
        if (data / ZYTE).exists() or (data / FUNDUS).exists()
        else [data]
    )
    pages: list[BoilerplatePage] = []
    for folder in folders:
        if not folder.exists():
            continue
        if (folder / "ground-truth.json").exists():
            raw = [(f"zyte/{p.key}", p.html, str(p.gold)) for p in zyte_pages(folder, None)]
        else:
            raw = [
                (f"fundus/{p.key.removesuffix('.html.gz')}", p.html, fundus_gold(p.gold))
                for p in fundus_pages(dataset_root(folder), None)
            ]
        half = (len(raw) + 1) // 2
        for index, (key, html, gold) in enumerate(raw[:limit]):
            pages.append(BoilerplatePage(key, page_text(html), gold, held=index >= half))
    if not pages:
        raise StorydeskError(f"{data}: no {ZYTE} or {FUNDUS} pages found")
    return pages


def fundus_gold(body: list[str]) -> str:
    """The true paragraphs, optional ones ("[…]", a summary above the body) unwrapped."""
    return "\n".join(p[1:-1] if is_optional(p) else p for p in body)


def clean_page(page: BoilerplatePage, options: Options) -> str:
    """The plain-text path, as for a pasted ``.txt``: what the cleaner keeps as the body."""
    from storydesk.clean import clean_one

    article = Article(id=page.key, source=page.key, raw=page.text, raw_kind="text")
    return clean_one(article, options).text


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def is_body_line(line: str, gold_words: str, gold_lines: set[str]) -> bool:
    tokens = words(line)
    if not tokens:
        return False
    joined = " ".join(tokens)
    if joined in gold_lines:
        return True
    # A few words ("Home", "More", "Share") are found inside any long body by chance.
    if len(tokens) >= SHORT_WORDS and joined in gold_words:
        return True
    # Long lines: most of their 4-word shingles are in the body (a credit appended, a link).
    if len(tokens) < 8:
        return False
    grams = [" ".join(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
    return sum(gram in gold_words for gram in grams) >= BODY_SHARE * len(grams)


@dataclass(slots=True)
class LineCounts:
    body: int = 0
    body_kept: int = 0
    boilerplate: int = 0
    boilerplate_removed: int = 0

    def add(self, page: BoilerplatePage, kept_text: str) -> None:
        gold_words = " ".join(words(page.gold))
        gold_lines = {" ".join(words(line)) for line in page.gold.split("\n")}
        kept = {" ".join(words(line)) for line in kept_text.split("\n")}
        for line in page.text.split("\n"):
            was_kept = " ".join(words(line)) in kept
            if is_body_line(line, gold_words, gold_lines):
                self.body, self.body_kept = self.body + 1, self.body_kept + was_kept
            else:
                self.boilerplate += 1
                self.boilerplate_removed += not was_kept


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    pages = load_pages(data, limit)
    ours: dict[bool, list[TpFpFn]] = {False: [], True: []}
    raw: list[TpFpFn] = []
    lines = LineCounts()
    for page in pages:
        kept = clean_page(page, options)
        ours[page.held].append(shingle_matching(page.gold, kept))
        raw.append(shingle_matching(page.gold, page.text))
        lines.add(page, kept)
    every, base = macro_prf(ours[False] + ours[True]), macro_prf(raw)
    tuned, held = macro_prf(ours[False]), macro_prf(ours[True])
    scores = {**_prf("", every), **_prf("tune_", tuned), **_prf("held_", held)}
    scores["boilerplate_removed"] = lines.boilerplate_removed / max(1, lines.boilerplate)
    scores["content_kept"] = lines.body_kept / max(1, lines.body)
    return EvalResult(
        name="boilerplate",
        scores=scores,
        baselines=_prf("", base),
        documents=len(pages),
        notes=[
            "page text (whole page, one block a line) -> plain-text cleaner; scored against the"
            " true body: 4-token shingles, Zyte arithmetic (macro precision/recall, F1)",
            f"tuned half {len(ours[False])} pages, held half {len(ours[True])} pages",
            f"lines: {lines.boilerplate} not in the body ({lines.boilerplate_removed} removed),"
            f" {lines.body} in the body ({lines.body_kept} kept)",
            "baseline: the page text uncleaned",
        ],
    )


def _prf(prefix: str, scores: PRF) -> dict[str, float]:
    return {
        f"{prefix}f1": scores.f1,
        f"{prefix}precision": scores.precision,
        f"{prefix}recall": scores.recall,
    }


def page_lines(datasets: Path, key: str) -> list[str]:
    """The page text lines of one page by its key or key prefix ("zyte/0dd13570",
    "fundus/Reuters_1"), for tests that check a rule against the page it was seen on."""
    kind, _, name = key.partition("/")
    if kind == "zyte":
        matches = sorted((datasets / ZYTE / "html").glob(f"{name}*.html.gz"))
    else:
        matches = [dataset_root(datasets / FUNDUS) / "html" / f"{name}.html.gz"]
    if len(matches) != 1 or not matches[0].exists():
        raise StorydeskError(f"{key}: no single page under {datasets}")
    return page_text(read_html(matches[0])).split("\n")
