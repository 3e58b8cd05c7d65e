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
tuners read these documents, and that part must stay unread. ``evaluate_part`` scores any such
PolNeAR part by its name: ``facts_untouched`` scores the untouched one (PolNeAR dev) with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate import facts, facts_fresh
from storydesk.evaluate.base import EvalResult
from storydesk.options import Options


@dataclass(frozen=True, slots=True)
class PolnearPart:
    """A part of the facts gold in PolNeAR's reports, in the offset mention form: its
    evaluation's name, its files, what kind of split it is, and whether its errors are shown
    (a development part's are; an untouched part's never, ``facts_untouched``)."""

    name: str
    files: str
    kind: str
    lists_errors: bool


WORK = PolnearPart("facts-work", "work-*.json", "development", lists_errors=True)
# PolNeAR names an article publisher_YYYY-MM-DD_slug.txt (its README, "Train, Dev, Test"):
# the outlet, then the publication day (also eval/judged_probe.py's windows and front matter).
POLNEAR_NAME = re.compile(r"([a-z-]+)_(\d{4}-\d\d-\d\d)_")


def article_of(path: Path) -> Article:
    if path.suffix == ".tml":
        return facts_fresh.timeml_article(path)
    dated = POLNEAR_NAME.match(path.name)
    return Article(
        id=path.name,
        source=path.name,
        text=path.read_text(encoding="utf-8"),
        published=dated[2] if dated else None,
    )


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    return evaluate_part(WORK, data, options, limit)


def evaluate_part(
    part: PolnearPart, data: Path, options: Options, limit: int | None = None
) -> EvalResult:
    events = facts_fresh.load_fresh(facts.GOLD, part.files)[:limit]
    if not events:
        return EvalResult(part.name, available=False, notes=[f"no {part.files} in {facts.GOLD}"])
    missing = facts_fresh.absent(data, events)
    if missing:
        return EvalResult(part.name, available=False, notes=[f"absent: {missing[0]}"])
    counts, documents = facts_fresh.score_events(events, data, options, article_of)
    result = EvalResult(name=part.name, documents=documents)
    result.scores = {
        "agreement_recall": _ratio(counts.agreements_found, counts.agreements),
        **counts.precision(),
        # most of the work part's agreements are between copies of one text (WORK.md): the
        # agreements two independent sources give are scored apart
        "independent_agreement_recall": _ratio(
            counts.independent_agreements_found, counts.independent_agreements
        ),
    }
    if counts.conflicts:  # a recall only where the part labels conflicts (none yet: WORK.md)
        result.scores["conflict_recall"] = _ratio(counts.conflicts_found, counts.conflicts)
    result.notes.append(f"{len(events)} events ({part.kind}): {counts.summary(independent=True)}")
    if part.lists_errors:  # counts.errors names the facts missed or stated wrongly
        result.notes.extend(counts.errors[:15])
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0
