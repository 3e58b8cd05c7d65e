"""Regenerate tests/link/golden/facts_example.json: the whole facts table of the example.

Run ``.venv/bin/python tests/link/regen_facts_golden.py``, then review the diff by hand
against the articles, as a journalist would read them: every row was checked (one fact per
real quantity, each value's version and stance, background apart, no row for trivia).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from facts_builders import facts_table

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
GOLDEN = Path(__file__).parent / "golden" / "facts_example.json"


def main() -> None:
    from storydesk.options import Options
    from storydesk.pipeline import analyze

    [story] = analyze([str(EXAMPLE)], Options.load()).stories
    table = facts_table(story)
    GOLDEN.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} facts to {GOLDEN}")


if __name__ == "__main__":
    main()
