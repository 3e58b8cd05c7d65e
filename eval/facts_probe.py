"""The facts precision probe (not gold): eval/probes/facts-companies.json.

    python eval/facts_probe.py --data ../shared/datasets [--show]

Each group's TimeBank reports (none of them in a fresh-*.json: checked here) are read as
one story; no two reports of a group tell one story, so every conflict stated is false.
Prints the number of stated conflicts per group and in all; ``--show`` prints their values
and sentences (the documents are not gold and may be read).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate import facts
from storydesk.evaluate.facts_fresh import load_fresh, timeml_text
from storydesk.options import Options

PROBE = Path(__file__).resolve().parent / "probes" / "facts-companies.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    probe = json.loads(PROBE.read_text(encoding="utf-8"))
    fresh = {Path(path).name for event in load_fresh() for path in event.documents}
    folder = args.data / probe["folder"]
    total = 0
    for name, documents in probe["groups"].items():
        untouched = sorted(set(documents) & fresh)
        if untouched:
            raise SystemExit(f"{name}: {untouched} are in the fresh gold: not to be run")
        articles = [
            Article(id=doc, source=doc, text=timeml_text(folder / doc),
                    published=facts.created(folder / doc))
            for doc in documents
        ]  # fmt: skip
        story = facts.story_of(articles, Options())
        stated = [fact for fact in story.facts if fact.status == "conflict"]
        total += len(stated)
        print(f"{name}: {len(documents)} reports, {len(stated)} stated conflicts")
        for fact in stated if args.show else ():
            for value in fact.values:
                article = story.article(value.article)
                sentence = article.sentences[value.sentence] if article else ""
                print(
                    f"    {fact.slot}: {value.text} ({value.article}): {' '.join(sentence.split())}"
                )
    print(f"stated conflicts, all false: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
