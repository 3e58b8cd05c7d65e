"""Regenerate tests/annotate/golden/quotes_example.json from the bundled example.

Run ``.venv/bin/python tests/annotate/regen_quotes_golden.py``, then review the diff by hand:
the golden test fails when a quote's speaker differs from the reviewed file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
GOLDEN = Path(__file__).parent / "golden" / "quotes_example.json"


def quotes_by_file(articles: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The golden layout: file name → quotes in text order (text, speaker, cue)."""
    return {
        Path(article.source).name: [
            {"text": q.text, "speaker": q.speaker, "speaker_descriptor": q.speaker_descriptor,
             "cue": q.cue}
            for q in article.quotes
        ]
        for article in sorted(articles, key=lambda a: Path(a.source).name)
    }


def main() -> None:
    from storydesk.annotate import annotate
    from storydesk.clean import clean
    from storydesk.options import Options
    from storydesk.pipeline import read

    options = Options.load()
    articles, _ = read([str(EXAMPLE)], options)
    articles = annotate(clean(articles, options), options)
    golden = quotes_by_file(articles)
    GOLDEN.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {sum(len(q) for q in golden.values())} quotes to {GOLDEN}")


if __name__ == "__main__":
    main()
