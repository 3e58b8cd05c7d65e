"""Rewrite tests/clean/golden/example.json from the current cleaner; review the diff.

Run: .venv/bin/python tests/clean/regenerate_golden.py
Every removed line of every example article is listed with its reason, beside the title,
standfirst, captions, outlet and date the cleaner found, so a change shows up line by line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.clean import clean
from storydesk.ingest.text import from_text
from storydesk.options import Options

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parents[1] / "examples" / "ukraine-peace-plan-2025-11-25"
GOLDEN = HERE / "golden" / "example.json"


def summary(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "captions": article.captions,
        "outlet": [article.outlet, article.outlet_from],
        "published": [article.published, article.published_from],
        "removed": [[removed.reason, removed.text] for removed in article.removed],
    }


def main() -> None:
    paths = sorted(EXAMPLE.glob("*.txt"))
    articles = [from_text(path.read_text(encoding="utf-8"), str(path)) for path in paths]
    cleaned = clean(articles, Options())
    golden = {Path(a.source).name: summary(a) for a in cleaned}
    GOLDEN.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
