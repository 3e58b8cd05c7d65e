"""The work facts gold (eval/gold/facts/work-*.json) is well formed, points at real text, and
shares no document with the fresh (untouched) part.

The work part is a development part (tuned: its errors may be read; WORK.md). Its mentions
have the fresh part's form, ``document|offset|token|value``: the token as written starts at that
character offset of the document's text, which for a PolNeAR file is the file as it is and for
a TimeML file the TEXT content with its tags dropped. The first checks use the standard
library only, not storydesk, so the gold stays independent of the tool.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import offset_gold

from shared_data import shared_path

FOLDER = Path(__file__).resolve().parents[2] / "eval" / "gold" / "facts"
WORK = sorted(FOLDER.glob("work-*.json"))
FRESH = sorted(FOLDER.glob("fresh-*.json"))
# Where a work document may come from: PolNeAR train (tuned for quotes too) and TempEval-3's
# training folder. Never PolNeAR dev (untouched for quotes) or test, never TempEval-3 platinum.
ALLOWED = ("polnear/data/train/text/", "tempeval3/Training/TBAQ-cleaned/")


def _events(paths: list[Path]) -> list[dict]:
    return [event for path in paths for event in json.loads(path.read_text("utf-8"))["events"]]


def test_the_work_part_is_a_development_split() -> None:
    assert [path.name for path in WORK] == ["work-polnear.json"]
    assert {json.loads(path.read_text("utf-8"))["split"] for path in WORK} == {"work"}


def test_work_gold_is_well_formed() -> None:
    events = _events(WORK)
    offset_gold.check_well_formed(events)


def test_every_work_mention_is_its_token_at_that_offset() -> None:
    """The token is there, as a whole word ("$56.5", "214-delegate", "two-thirds")."""
    assert offset_gold.misplaced(_events(WORK), shared_path("datasets")) == []


def test_no_work_token_is_named_twice() -> None:
    for event in _events(WORK):
        assert offset_gold.named_twice(event) == [], event["event"]


def test_no_work_document_is_in_the_fresh_part_or_any_other() -> None:
    """The fresh part stays unseen: a work document in a fresh-*.json fails here."""
    work = {d for e in _events(WORK) for d in e["documents"]}
    assert [d for d in work if not d.startswith(ALLOWED)] == []
    fresh = {d for e in _events(FRESH) for d in e["documents"]}
    assert fresh and not work & fresh
    fresh_names = {d.rsplit("/", 1)[-1] for d in fresh}
    assert not {d.rsplit("/", 1)[-1] for d in work} & fresh_names
    others = [p for p in FOLDER.glob("*.json") if p not in WORK and p not in FRESH]
    assert not work & {d for e in _events(others) for d in e["documents"]}


def test_no_work_document_is_in_the_quotes_held_part() -> None:
    """Tuners read the work documents; the held quarter of PolNeAR train is quotes-train's
    unread measure (eval/README.md), so a work document there fails here."""
    from storydesk.evaluate.quotes_held import held_part

    work = [d.rsplit("/", 1)[-1] for e in _events(WORK) for d in e["documents"]]
    assert work
    assert [d for d in work if d.endswith(".txt") and held_part(d)] == []


def test_the_reader_finds_every_mention_where_the_gold_says() -> None:
    """``storydesk eval facts-work`` reads the same text the offsets count in."""
    from storydesk.evaluate import facts
    from storydesk.evaluate.facts_fresh import load_fresh
    from storydesk.evaluate.facts_work import WORK as WORK_PART
    from storydesk.evaluate.facts_work import article_of

    data = shared_path("datasets")
    events = load_fresh(facts.GOLD, WORK_PART.files)
    assert [event.name for event in events] == [event["event"] for event in _events(WORK)]
    assert {event.split for event in events} == {"work"}
    for event in events:
        texts = {Path(p).name: article_of(data / p).text for p in event.documents}
        for fact in event.facts:
            for m in fact.mentions:
                assert texts[m.doc][m.start : m.start + len(m.number)] == m.number, m
    # the facts reader (ECB+ sentence tokens) must not take these offsets for sentence numbers
    assert not [e for e in facts.load_gold() if e.split == "work"]


def test_a_polnear_article_is_dated_by_its_name() -> None:
    from storydesk.evaluate.facts_work import article_of

    text = shared_path("datasets", "polnear", "data", "train", "text")
    article = article_of(text / "huff-post_2016-03-16_hillary-clinton-wins-missouri-de.txt")
    assert article.published == "2016-03-16"
    assert article.text.startswith("Hillary Clinton Wins Missouri Democratic Primary.")


def test_work_scores_list_the_errors(tmp_path: Path) -> None:
    """A development part: scores, counts and the facts missed or stated wrongly."""
    from storydesk.evaluate.facts_work import evaluate
    from storydesk.options import Options

    absent = evaluate(tmp_path, Options())
    assert not absent.available and str(tmp_path) in absent.notes[0]
    first = _events(WORK)[0]
    result = evaluate(shared_path("datasets"), Options(), limit=1)
    assert result.available and result.documents == len(first["documents"])
    # no gold conflict (WORK.md: the one found is in a quotes-held report), so no recall
    assert not [f for f in first["facts"] if f["status"] == "conflict"]
    assert set(result.scores) == {
        "agreement_recall",
        "conflict_precision",
        "events_without_false_conflict",
        "false_conflicts",
        "independent_agreement_recall",
    }
    assert re.match(r"1 events \(development\): 0/0 conflicts found", result.notes[0])
    missed = re.search(r"(\d+)/(\d+) agreements found", result.notes[0])
    assert missed is not None
    errors = [note for note in result.notes[1:] if note.startswith("missed agreement: ")]
    listed_all = len(result.notes) - 1 < 15  # at most 15 errors are listed
    assert len(errors) == int(missed[2]) - int(missed[1]) or not listed_all


def test_agreements_between_copies_of_one_text_are_not_independent() -> None:
    """The golf courses story is one New York Times report in two editions (WORK.md): its
    agreements count as agreements, but none as two independent sources give it, because
    the story is linked as a run links it, copies grouped first (``link.syndication``)."""
    from storydesk.evaluate import facts, facts_fresh
    from storydesk.evaluate.facts_work import WORK as WORK_PART
    from storydesk.evaluate.facts_work import article_of
    from storydesk.options import Options

    events = facts_fresh.load_fresh(facts.GOLD, WORK_PART.files)
    golf = [e for e in events if e.name.startswith("polnear/florida-golf-courses")]
    counts, _ = facts_fresh.score_events(golf, shared_path("datasets"), Options(), article_of)
    assert counts.agreements > 20
    assert counts.independent_agreements == 0
