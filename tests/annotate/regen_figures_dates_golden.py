"""Regenerate tests/annotate/golden/dates.json and figures.json from the bundled example.

Run ``.venv/bin/python tests/annotate/regen_figures_dates_golden.py``, then review the diff by
hand: every entry in these files has been read against its sentence. The golden tests fail
when the annotators give an entry that is not in the reviewed file, or miss one whose text is
still in the article (cleaning may later remove boilerplate and, with it, some entries).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
GOLDEN = Path(__file__).parent / "golden"


def dates_by_file(articles: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The golden layout: file name → date mentions in text order."""
    return {
        Path(a.source).name: [
            {"text": d.text, "date": d.date, "granularity": d.granularity} for d in a.dates
        ]
        for a in sorted(articles, key=lambda a: Path(a.source).name)
    }


def figures_by_file(articles: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The golden layout: file name → figures in text order."""
    return {
        Path(a.source).name: [
            {"text": f.text, "value": f.value, "qualifier": f.qualifier, "counts": f.counts}
            for f in a.figures
        ]
        for a in sorted(articles, key=lambda a: Path(a.source).name)
    }


def main() -> None:
    from storydesk.options import Options
    from storydesk.pipeline import analyze

    # The whole pipeline, as the golden tests see it: undated articles take their story's
    # date before annotation, so their relative dates resolve.
    articles = [a for story in analyze([str(EXAMPLE)], Options.load()).stories
                for a in story.articles]
    goldens = {"dates": dates_by_file(articles), "figures": figures_by_file(articles)}
    for name, golden in goldens.items():
        path = GOLDEN / f"{name}.json"
        path.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {sum(len(v) for v in golden.values())} {name} to {path}")


if __name__ == "__main__":
    main()
