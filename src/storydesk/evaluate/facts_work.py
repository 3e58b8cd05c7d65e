"""``storydesk eval facts-work``: the facts scores on the work part of our gold (development).

The work part (every ``eval/gold/facts/work-*.json``, how it was made: ``WORK.md``) is news
of another genre than ECB+ and MEANTIME: several reports of one US political story of
2015-2016 from seven outlets (PolNeAR train). It is a development part: the tuners may read
its errors, so this evaluation lists them, as ``facts`` does (``facts-fresh`` does not).

``--data`` is ``../shared/datasets``. The gold has the fresh part's mention form
(``document|offset|token|value``), so its reader and scorer are ``facts_fresh``'s. A PolNeAR
document becomes an article whose text is the file as it is (what a mention's offset counts
in) and whose publication date is the one in its name; a TimeML document, as in the fresh part.
No document of the quotes evaluation's held part of PolNeAR train is in it (WORK.md): the
tuners read these documents, and that part must stay unread.
"""

from __future__ import annotations

import re
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate import facts, facts_fresh
from storydesk.evaluate.base import EvalResult
from storydesk.options import Options

WORK_FILES = "work-*.json"
# PolNeAR names an article publisher_YYYY-MM-DD_slug.txt (its README, "Train, Dev, Test");
# the date is the publication day.
POLNEAR_NAME = re.compile(r"[a-z-]+_(\d{4}-\d\d-\d\d)_")


def article_of(path: Path) -> Article:
    if path.suffix == ".tml":
        return facts_fresh.timeml_article(path)
    dated = POLNEAR_NAME.match(path.name)
    return Article(
        id=path.name,
        source=path.name,
        text=path.read_text(encoding="utf-8"),
        published=dated[1] if dated else None,
    )


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    events = facts_fresh.load_fresh(facts.GOLD, WORK_FILES)[:limit]
    if not events:
        return EvalResult("facts-work", available=False, notes=[f"no {WORK_FILES} in {facts.GOLD}"])
    missing = facts_fresh.absent(data, events)
    if missing:
        return EvalResult("facts-work", available=False, notes=[f"absent: {missing[0]}"])
    counts, documents = facts_fresh.score_events(events, data, options, article_of)
    result = EvalResult(name="facts-work", documents=documents)
    result.scores = {
        "agreement_recall": _ratio(counts.agreements_found, counts.agreements),
        "conflict_precision": _ratio(counts.stated_right, counts.stated),
        # most of this part's agreements are between copies of one text (WORK.md): the
        # agreements two independent sources give are scored apart
        "independent_agreement_recall": _ratio(
            counts.independent_agreements_found, counts.independent_agreements
        ),
    }
    if counts.conflicts:  # a recall only where the part labels conflicts (none yet: WORK.md)
        result.scores["conflict_recall"] = _ratio(counts.conflicts_found, counts.conflicts)
    result.notes.append(f"{len(events)} events (development): {counts.summary(independent=True)}")
    result.notes.extend(counts.errors[:15])
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0
