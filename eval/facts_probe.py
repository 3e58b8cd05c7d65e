"""The facts precision probes (not gold): eval/probes/.

    python eval/facts_probe.py --data ../shared/datasets [--show]
    python eval/facts_probe.py --data ../shared/datasets --judged PROBE
    (PROBE: eval/probes/facts-judged-polnear.json)

Without ``--judged``: eval/probes/facts-companies.json. Each group's TimeBank reports (none of
them in a fresh-*.json: checked here) are read as one story; no two reports of a group tell
one story, so every conflict stated is false. Prints the number of stated conflicts per
group and in all; ``--show`` prints their values and sentences (the documents are not gold
and may be read).

With ``--judged PROBE``: real stories, each stated conflict judged right or wrong by a judge
(``judged_probe``): prints stated, right, wrong by reason and the conflicts not judged yet,
with their sentences.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from judged_probe import (
    Stated,
    drafts,
    gold_documents,
    load,
    refuse,
    report,
    score,
    stated_conflicts,
)

from storydesk.evaluate import facts
from storydesk.evaluate.facts_fresh import timeml_article
from storydesk.options import Options

PROBE = Path(__file__).resolve().parent / "probes" / "facts-companies.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--draft", type=Path, help="with --judged: write the unjudged here")
    parser.add_argument("--only", default="", help="with --judged: windows named so ('whole')")
    parser.add_argument(
        "--judged", type=Path, help="a judged probe: eval/probes/facts-judged-*.json"
    )
    args = parser.parse_args()
    if args.judged:
        tally, stories = score(load(args.judged), args.data, Options(), args.only)
        print("\n".join(report(tally, stories)))
        if args.draft:
            args.draft.write_text(json.dumps(drafts(tally), indent=1, ensure_ascii=False))
        return 0
    probe = json.loads(PROBE.read_text(encoding="utf-8"))
    refuse(args.data, probe["folder"])
    fresh = gold_documents()
    folder = args.data / probe["folder"]
    total = 0
    for name, documents in probe["groups"].items():
        untouched = sorted(set(documents) & fresh)
        if untouched:
            raise SystemExit(
                f"{name}: {untouched} are in the fresh or untouched gold: not to be run"
            )
        articles = [timeml_article(folder / doc) for doc in documents]
        story = facts.story_of(articles, Options())
        stated = list(stated_conflicts(story, name, {doc: folder / doc for doc in documents}))
        total += len(stated)
        print(f"{name}: {len(documents)} reports, {len(stated)} stated conflicts")
        for conflict in stated if args.show else ():
            show(conflict)
    print(f"stated conflicts, all false: {total}")
    return 0


def show(conflict: Stated) -> None:
    for mention in conflict.mentions:
        print(f"    {conflict.slot}: {mention.value} ({mention.doc}): {mention.sentence}")


if __name__ == "__main__":
    raise SystemExit(main())
