"""Regenerate tests/link/golden/entities.json: the cast lists of the golden stories.

Run ``.venv/bin/python tests/link/regen_entities_golden.py``, then review the diff by hand
(every changed entity, type or spelling): the golden test fails until the file matches.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from entities_golden import GOLDEN, STORIES, analyse, cast, story_folder  # noqa: E402

from shared_data import DATASETS  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        golden = {
            name: cast(analyse(story_folder(name, Path(scratch), DATASETS)).entities)
            for name in STORIES
        }
    stories = [
        f"{json.dumps(name)}: [\n"
        + ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
        + "\n]"
        for name, rows in golden.items()
    ]  # one entity a line, so that a review of the diff reads entity by entity
    GOLDEN.write_text("{\n" + ",\n".join(stories) + "\n}\n", encoding="utf-8")
    print(f"wrote {sum(len(c) for c in golden.values())} entities to {GOLDEN}")


if __name__ == "__main__":
    main()
