"""No sentence of the article proper is lost: measured on fundus-evaluation's ground truth.

Each of its 80 real articles (16 outlets) is rebuilt as plain text (the page's own title,
then the hand-checked body paragraphs) and cleaned. Every body paragraph must stay, except
tweet embeds, which the ground truth counts as body and we take out on purpose. Then the
same cleaner runs over boilerpipe's noisy extraction of the same pages: paragraphs of the
ground truth must stay, and a floor of the lines that are not in it must go.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from shared_data import shared_path
from storydesk.article import Article
from storydesk.clean import boilerplate, rules, structure
from storydesk.options import Options

TITLE = re.compile(
    r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']+)|<title[^>]*>(.*?)</title>",
    re.I | re.S,
)
MIN_BOILERPLATE_RECALL = 0.44  # measured 0.46 (411 of 890 lines) with the line classifier
# Measured 15 of 1,323 with the line classifier (was 1 before it): a tweet's text above its
# signature, LATimes_0's reader letters between chrome lines, iNews_1's listings beside a
# newsletter box, TheTelegraph_1's one-line tweet. The classifier's cost, in exchange for
# the recall above and the boilerplate evaluation (eval/README.md).
MAX_FALSE_REMOVALS = 15


@pytest.fixture(scope="module")
def dataset() -> Path:
    return shared_path("datasets", "fundus-evaluation", "dataset")


@pytest.fixture(scope="module")
def truth(dataset: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((dataset / "ground_truth.json").read_text("utf-8"))
    return data


def normal(text: str) -> str:
    return " ".join(text.split())


def paragraphs(entry: dict[str, Any]) -> list[str]:
    # fundus prints a page's summary as "[...]" paragraphs before the body: unwrap them.
    return [normal(p).removeprefix("[").removesuffix("]").strip() for p in entry["body"]]


def page_title(path: Path) -> str:
    match = TITLE.search(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
    return normal(html.unescape(match.group(1) or match.group(2))) if match else ""


def test_no_body_paragraph_is_lost(dataset, truth):
    lost, titles = [], 0
    for name, entry in truth.items():
        title, body = page_title(dataset / "html" / name), [p for p in paragraphs(entry) if p]
        article = Article(id=name, source=name, raw="\n".join([title, *body]))
        boilerplate.clean_text(article, Options())
        structure.apply(article)
        titles += article.title == title
        kept = set(article.text.split("\n"))
        reasons = {r.text: r.reason for r in article.removed}
        # Tweet embeds and link prompts ("AP NFL: https://…") are in fundus's body but are not
        # reporting: we remove them on purpose, each with its reason.
        deliberate = (rules.TWEET, rules.LINK)
        lost += [(name, p) for p in body if p not in kept and reasons.get(p) not in deliberate]
    assert lost == []
    assert titles >= 75, titles  # measured 79 of 80; the one left is not a short line


def test_noisy_extraction_loses_no_content_and_sheds_boilerplate(dataset, truth):
    extraction = json.loads((dataset / "extractions" / "boilerpipe.json").read_text("utf-8"))
    content = content_removed = noise = noise_removed = 0
    for name, entry in truth.items():
        body = set(paragraphs(entry))
        joined = " ".join(body)
        lines = [normal(line) for line in extraction[name]["body"] if line.strip()]
        for line, reason in zip(lines, boilerplate.mark(lines), strict=True):
            if line in body:
                wrong = bool(reason) and reason != rules.LINK  # link prompts: on purpose
                content, content_removed = content + 1, content_removed + wrong
            elif line not in joined:
                noise, noise_removed = noise + 1, noise_removed + bool(reason)
    assert content > 1000 and noise > 500
    assert content_removed <= MAX_FALSE_REMOVALS
    assert noise_removed / noise >= MIN_BOILERPLATE_RECALL
