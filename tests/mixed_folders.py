"""Real folders that mix events, built from ECB+ (each topic holds two similar events: its
``*ecb.xml`` and ``*ecbplus.xml`` documents), and what ``analyze`` makes of them: the golden
file ``tests/golden/mixed_folders.json`` (regenerate with ``python tests/regen_mixed_golden.py``
and review the diff)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpora_builders import paragraphs, read_ecbplus
from storydesk.options import Options
from storydesk.pipeline import analyze

GOLDEN = Path(__file__).parent / "golden" / "mixed_folders.json"
# name -> ECB+ document sets ("<topic>/<ecb|ecbplus>"): two rehab check-ins five years apart
# (Tara Reid 2008, Lindsay Lohan 2013); two directors leaving a film sequel (Chris Weitz and
# New Moon 2008, Gary Ross and Catching Fire 2012); a quake on Qeshm island (2005) beside a
# Texas prison escape (2009); the Indian Navy foiling pirate attacks in the Gulf of Aden (2008,
# 2011: an undated 2008 report once joined the dated 2011 story and took its date); two
# Waitrose supermarket fires (Banstead 2009, Wellington 2013).
FOLDERS = {
    "rehab": ["1/ecb", "1/ecbplus"],
    "sequels": ["6/ecb", "6/ecbplus"],
    "quake-and-escape": ["20/ecbplus", "3/ecbplus"],
    "pirates": ["12/ecb", "12/ecbplus"],
    "supermarket-fires": ["14/ecb", "14/ecbplus"],
}


def event_of(name: str) -> str:
    """ "1_10ecbplus" -> "1/ecbplus"."""
    topic, rest = name.split("_", 1)
    return f"{topic}/{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"


def write_folder(ecbplus: Path, parts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for part in parts:
        topic, kind = part.split("/")
        for path in sorted((ecbplus / "ECB+" / topic).glob(f"*_*{kind}.xml")):
            if event_of(path.stem) != part:
                continue
            document = read_ecbplus(path)
            text = "\n".join(paragraphs(document.lines)) + "\n"
            (folder / f"{document.name}.txt").write_text(text, encoding="utf-8")


def summary(folder: Path) -> dict[str, Any]:
    """Stories and topics as sorted lists of document names, and each document's date and
    where it came from."""
    analysis = analyze([str(folder)], Options())
    names = {a.id: Path(a.source).stem for s in analysis.stories for a in s.articles}
    stories = sorted(sorted(names[a.id] for a in s.articles) for s in analysis.stories)
    dates = {
        names[a.id]: {
            "published": a.published,
            "from": a.published_from,
            "basis": sorted(names[b] for b in a.published_basis),
        }
        for s in analysis.stories
        for a in s.articles
    }
    topics: dict[str, list[str]] = {}
    for story in analysis.stories:
        topics.setdefault(story.topic, []).extend(names[a.id] for a in story.articles)
    related = sorted(sorted(members) for members in topics.values())
    return {"stories": stories, "topics": related, "dates": dict(sorted(dates.items()))}
