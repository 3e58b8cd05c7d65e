"""The articles the benchmarks run on: real ones from ../shared/datasets, then copies.

Real (``real()``, 1,821 articles, in a fixed shuffled order):
- PolNeAR train and dev (924 US political articles; outlet and date from the file names,
  headline from the first line);
- ECB+ topics 1-35 (772) and MEANTIME (120, with title and date), rebuilt from their tokens
  (``tests/corpora_builders.py``);
- the example folder (5).

Larger sets (``articles(size)``): the real ones, then *renamed and re-dated copies* of them
(``storydesk.evaluate.variants.renamed``: every capitalised word that does not open a
sentence swapped for another name of the corpus, the date moved three days per copy): the
same prose about other people and places, so spaCy and the annotators do the same work, and
every copy is a distinct article with stories of its own.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
sys.path.insert(0, str(ROOT / "tests"))  # the token corpora's text builders

POLNEAR_NAME = re.compile(r"^([a-z-]+)_(\d{4}-\d{2}-\d{2})_")


@dataclass(frozen=True, slots=True)
class Source:
    """One article as a file holds it: a name and its text (front matter included)."""

    name: str
    body: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None

    def text(self, copy: int = 0, names: tuple[str, ...] = ()) -> str:
        from storydesk.evaluate.variants import moved, renamed

        head = ["---"]
        if self.title:
            head.append(f"title: {renamed(self.title, copy, names)}")
        if self.outlet:
            head.append(f"outlet: {self.outlet}")
        if self.published:
            head.append(f"published: {moved(self.published, copy)}")
        head.append("---")
        return "\n".join(head) + "\n" + renamed(self.body, copy, names)


@cache
def real() -> tuple[Source, ...]:
    """The real articles, shuffled by a fixed seed (so any first N mixes the corpora)."""
    from corpora_builders import paragraphs, read_ecbplus, read_meantime
    from storydesk.evaluate.ecbplus import topic_folders

    if not DATASETS.is_dir():
        raise SystemExit(f"{DATASETS} is missing: the benchmarks run on ../shared/datasets")
    found: list[Source] = []
    for split in ("train", "dev"):
        for path in sorted((DATASETS / "polnear" / "data" / split / "text").glob("*.txt")):
            match = POLNEAR_NAME.match(path.name)
            body = path.read_text(encoding="utf-8")
            title = body.strip().split("\n", 1)[0][:200]
            outlet, day = (match.group(1), match.group(2)) if match else (None, None)
            found.append(Source(f"polnear-{path.stem}", body, title, outlet, day))
    for topic in topic_folders(DATASETS / "ecbplus"):
        for path in sorted(topic.glob("*.xml")):
            document = read_ecbplus(path)
            found.append(Source(f"ecb-{path.stem}", "\n".join(paragraphs(document.lines))))
    for path in sorted((DATASETS / "meantime" / "intra_cross-doc_annotation").rglob("*.xml")):
        document = read_meantime(path)
        body = "\n".join(paragraphs(document.lines[2:] if document.created else document.lines))
        title = document.lines[0].text if document.created else None
        found.append(Source(f"meantime-{path.stem[:60]}", body, title, None, document.created))
    for path in sorted(EXAMPLE.glob("*.txt")):
        found.append(Source(f"example-{path.stem}", path.read_text(encoding="utf-8")))
    random.Random(13).shuffle(found)
    return tuple(found)


@cache
def names() -> tuple[str, ...]:
    from storydesk.evaluate.variants import names_of

    return tuple(names_of([s.body for s in real()]))


def texts(size: int) -> list[tuple[str, str]]:
    """``size`` (file name, text) pairs: the real articles, then copy 1 of each, copy 2..."""
    pool = real()
    made: list[tuple[str, str]] = []
    copy = 0
    while len(made) < size:
        for source in pool[: size - len(made)]:
            made.append((f"{len(made):06d}-{source.name}~{copy}.txt", source.text(copy, names())))
        copy += 1
    return made


def write(size: int, folder: Path) -> Path:
    """``texts(size)`` as files in ``folder``; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts(size):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def cleaned(size: int):  # type: ignore[no-untyped-def]
    """``size`` articles read and cleaned as ``analyze`` does (each alone, then against one
    another), keyed by their clean text: what clustering and annotation take."""
    import tempfile

    from storydesk import language
    from storydesk.article import content_id
    from storydesk.clean import across, clean_one
    from storydesk.options import Options
    from storydesk.pipeline import analysable, read

    options = Options.load()
    with tempfile.TemporaryDirectory(prefix="storydesk-bench-") as folder:
        raw, skipped = read([str(write(size, Path(folder)))], options)
    articles = [a for a in (clean_one(a, options) for a in raw)
                if analysable(a, options, skipped)]  # fmt: skip
    articles = language.keep_readable(articles, options, skipped)
    for article in articles:
        article.id = content_id(article.text)
    unique = list({a.id: a for a in reversed(articles)}.values())[::-1]
    return across(unique, options)
