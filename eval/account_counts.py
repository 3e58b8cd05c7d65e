"""Counts of what a journalist would not paste from the account, on stories nobody tuned for.

The parts (eval/README.md, "the account on stories nobody tuned it on", sessions 8-10):
**work** is ECB+ topics 1-10 and 16 (each topic's two events, ``*ecb`` and ``*ecbplus``,
as two folders) and MEANTIME airbus, 23 folders; **untouched** is ECB+ 11-20 less 16 (15
and 17 are not in the shared copy), one folder a topic, 7 folders, read as counts only.
Each folder is written as text by ``tests/corpora_builders`` and analysed as ``storydesk
analyze`` does (``pipeline.analyze``, the JSON report).

Counts, over every story of every folder's report:
- cast entries (entities);
- timeline lines, and near-duplicate lines: a line that shares 80% or more of its words, or
  of an earlier line's, with an earlier line of the same story;
- quotes with neither a speaker nor a descriptor, of all quotes.

``--show`` lists the near-duplicates, unattributed quotes and cast of the work part, to be
read; it refuses the untouched part (its errors are never read one by one).

    .venv/bin/python eval/account_counts.py work --out /tmp/work-reports
    .venv/bin/python eval/account_counts.py untouched --out /tmp/untouched-reports
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpora_builders import paragraphs, read_ecbplus, write_meantime_topic  # noqa: E402
from shared_data import DATASETS  # noqa: E402

# ECB+ 16 is read through the golden cast (tests/link/golden/entities.json, ecbplus_16),
# whose errors sessions 9 and 10 fixed: it is a work topic from session 10 (review).
WORK_TOPICS = (*(str(n) for n in range(1, 11)), "16")
UNTOUCHED_TOPICS = tuple(str(n) for n in range(11, 21) if n != 16)
NEAR = 0.8  # share of a line's words found in one earlier line (session 8's count)


def write_folders(part: str, scratch: Path) -> list[Path]:
    """The part's input folders under ``scratch``, rebuilt from the shared corpora."""
    ecbplus = DATASETS / "ecbplus" / "ECB+"
    folders: list[Path] = []
    topics = WORK_TOPICS if part == "work" else UNTOUCHED_TOPICS
    for topic in topics:
        if not (ecbplus / topic).is_dir():
            continue
        kinds = ("ecb", "ecbplus") if part == "work" else ("",)
        for kind in kinds:
            folder = scratch / (f"ecb{topic}_{kind}" if kind else f"ecb{topic}")
            folder.mkdir(parents=True, exist_ok=True)
            for path in sorted((ecbplus / topic).glob("*.xml")):
                if kind and re.sub(r"^\d+_\d+", "", path.stem) != kind:
                    continue
                document = read_ecbplus(path)
                text = "\n".join(paragraphs(document.lines)) + "\n"
                (folder / f"{document.name}.txt").write_text(text, encoding="utf-8")
            folders.append(folder)
    if part == "work":
        airbus = DATASETS / "meantime" / "intra-doc_annotation" / "corpus_airbus"
        write_meantime_topic(airbus, scratch / "meantime_airbus")
        folders.append(scratch / "meantime_airbus")
    return folders


def report(folder: Path) -> dict[str, Any]:
    """The folder's JSON report, as ``storydesk analyze --format json`` writes it."""
    from storydesk.options import Options
    from storydesk.pipeline import analyze
    from storydesk.report import renderer

    analysis = analyze([str(folder)], Options.load())
    return json.loads(renderer("json")(analysis))


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def near_duplicates(timeline: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(line, earlier line) for each line that shares 80% of its words, or 80% of the
    earlier line's, with an earlier line (the timeline is in date order, so a line that
    holds another date's clause may come before or after it)."""
    found = []
    for i, line in enumerate(timeline):
        own = words(line["text"])
        for earlier in timeline[:i]:
            other = words(earlier["text"])
            if own and other and len(own & other) / min(len(own), len(other)) >= NEAR:
                found.append((line["text"], earlier["text"]))
                break
    return found


def counts(reports: dict[str, dict[str, Any]]) -> dict[str, int]:
    total = {"cast": 0, "timeline": 0, "near_duplicates": 0, "quotes": 0, "no_speaker": 0}
    for data in reports.values():
        for story in data["stories"]:
            total["cast"] += len(story["entities"])
            total["timeline"] += len(story["timeline"])
            total["near_duplicates"] += len(near_duplicates(story["timeline"]))
            for article in story["articles"]:
                for quote in article["quotes"]:
                    total["quotes"] += 1
                    if not quote["speaker"] and not quote["speaker_descriptor"]:
                        total["no_speaker"] += 1
    return total


def show(reports: dict[str, dict[str, Any]]) -> None:
    for name, data in reports.items():
        for story in data["stories"]:
            for line, earlier in near_duplicates(story["timeline"]):
                print(f"NEAR {name}: {line!r}\n     of {earlier!r}")
            for article in story["articles"]:
                stem = Path(article["source"]).stem
                for quote in article["quotes"]:
                    if not quote["speaker"] and not quote["speaker_descriptor"]:
                        print(f"NOSPEAKER {name} {stem} s{quote['sentence']}: {quote['text']!r}")
            for entity in story["entities"]:
                spellings = sorted({v["text"] for v in entity["variants"]})
                print(f"CAST {name}: {entity['type']} {entity['name']} {spellings}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("part", choices=["work", "untouched"])
    parser.add_argument("--out", type=Path, required=True, help="folders and reports here")
    parser.add_argument("--show", action="store_true", help="list what was counted (work)")
    parser.add_argument("--reuse", action="store_true", help="read reports already written")
    args = parser.parse_args()
    if args.show and args.part != "work":
        parser.error("the untouched part is counted, never read")
    reports: dict[str, dict[str, Any]] = {}
    for folder in write_folders(args.part, args.out / "input"):
        target = args.out / f"{folder.name}.json"
        if not (args.reuse and target.exists()):
            target.write_text(json.dumps(report(folder)), encoding="utf-8")
        reports[folder.name] = json.loads(target.read_text(encoding="utf-8"))
    if args.show:
        show(reports)
    print(json.dumps({"part": args.part, "folders": len(reports), **counts(reports)}))


if __name__ == "__main__":
    main()
