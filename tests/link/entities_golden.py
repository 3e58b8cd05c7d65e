"""The stories the entity golden tests read, and the cast-list layout of the golden file.

Shared by the test (``test_entities_golden``) and the script that rewrites the file
(``regen_entities_golden``): the bundled example, and two ECB+ topics from the tuned part
(1-20) rebuilt as text files by ``corpora_builders`` — topic 14 (a supermarket fire in
Surrey, 21 reports: places the small model calls people, an institution read as a person)
and topic 16 (a deputy's murder trial, 14 reports: five people named Ortiz, a nickname).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpora_builders import write_ecbplus_topic
from shared_data import EXAMPLE

GOLDEN = Path(__file__).parent / "golden" / "entities.json"
ECBPLUS_TOPICS = ("14", "16")


def cast(entities: list[Any]) -> list[dict[str, Any]]:
    """Entities as the golden file keeps them: name, type, variant spellings, by name."""
    rows = [
        {"name": e.name, "type": e.type, "variants": sorted(v.text for v in e.variants)}
        for e in entities
    ]
    return sorted(rows, key=lambda row: (row["name"], row["type"]))


def story_folder(name: str, scratch: Path, datasets: Path) -> Path:
    """The folder of input files of the golden story ``name`` ("example", "ecbplus_14")."""
    if name == "example":
        return EXAMPLE
    topic = name.removeprefix("ecbplus_")
    folder = scratch / name
    write_ecbplus_topic(datasets / "ecbplus" / "ECB+" / topic, folder)
    return folder


def analyse(folder: Path) -> Any:
    """The folder's articles as one story, as ``analyze`` builds each story: cleaned, dated,
    annotated, linked. One story whatever the story sorting makes of it (an ECB+ topic
    reports two similar events), so that the golden file pins the cast list alone."""
    from storydesk.annotate import annotate
    from storydesk.clean import across, clean_one
    from storydesk.options import Options
    from storydesk.pipeline import build_story, read

    options = Options.load()
    articles, _ = read([str(folder)], options)
    articles = across([clean_one(a, options) for a in articles], options)
    return build_story(annotate(articles, options), options)


STORIES = ("example", *(f"ecbplus_{t}" for t in ECBPLUS_TOPICS))
