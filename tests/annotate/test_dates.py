"""Dates: resolution rules, detection on small texts, the example's expected dates, golden."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydesk.annotate.date_resolve import WEEKDAYS, resolve
from storydesk.annotate.dates import DateAnnotator
from storydesk.article import Article

GOLDEN = Path(__file__).parent / "golden" / "dates.json"
TUESDAY = dt.date(2025, 11, 25)


@pytest.mark.parametrize(
    ("text", "direction", "date", "granularity"),
    [
        ("Sunday", "past", "2025-11-23", "day"),
        ("Tuesday", "past", "2025-11-25", "day"),  # "said Tuesday" in a Tuesday article
        ("Tuesday night", "past", "2025-11-25", "day"),
        ("late Tuesday", "past", "2025-11-25", "day"),
        ("last Tuesday", "past", "2025-11-18", "day"),
        ("Thursday", "future", "2025-11-27", "day"),
        ("Thursday", "present", "2025-11-27", "day"),
        ("next Tuesday", "past", "2025-12-02", "day"),
        ("Nov. 27", "future", "2025-11-27", "day"),
        ("by Nov. 27", "future", "2025-11-27", "day"),
        ("Oct. 14", "past", "2025-10-14", "day"),
        ("Nov. 25", "future", "2025-11-25", "day"),
        ("April 11, 2025", "future", "2025-04-11", "day"),
        ("Thursday, Nov. 20, 2025", "past", "2025-11-20", "day"),
        ("14 October", "past", "2025-10-14", "day"),
        ("today", "past", "2025-11-25", "day"),
        ("yesterday", "past", "2025-11-24", "day"),
        ("tomorrow", "past", "2025-11-26", "day"),
        ("the weekend", "past", "2025-11-22", "day"),
        ("this weekend", "future", "2025-11-29", "day"),
        ("last week", "past", "2025-11-17", "week"),
        ("this week", "past", "2025-11-24", "week"),
        ("next week", "future", "2025-12-01", "week"),
        ("two weeks ago", "past", "2025-11-10", "week"),
        ("three days ago", "past", "2025-11-22", "day"),
        ("in August", "past", "2025-08", "month"),
        ("early August", "past", "2025-08", "month"),
        ("August", "present", "2025-08", "month"),  # a present verb moves only weekdays
        ("December", "past", "2024-12", "month"),
        ("December", "future", "2025-12", "month"),
        ("the end of November", "past", "2025-11", "month"),
        ("earlier this month", "past", "2025-11", "month"),
        ("last month", "past", "2025-10", "month"),
        ("March 2024", "past", "2024-03", "month"),
        ("in 2014", "past", "2014", "year"),
        ("this year", "past", "2025", "year"),
        ("2025-11-25", "past", "2025-11-25", "day"),
    ],
)
def test_resolve(text: str, direction: str, date: str, granularity: str) -> None:
    resolved = resolve(text, TUESDAY, direction)
    assert resolved is not None, text
    assert (resolved.date, resolved.granularity) == (date, granularity)


@pytest.mark.parametrize(
    "text",
    ["two days", "four-year", "several years", "the coming days", "this summer",
     "the next couple of months", "weekly", "90-year-old", "4 years old"],
)  # fmt: skip
def test_durations_and_vague_spans_are_not_dates(text: str) -> None:
    assert resolve(text, TUESDAY, "past") is None


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve("Sunday", None) is None
    assert resolve("last week", None) is None
    assert resolve("Nov. 27", None) is None  # no year: needs the publication date
    absolute = resolve("April 11, 2025", None)
    assert absolute is not None and absolute.date == "2025-04-11"
    year = resolve("2014", None)
    assert year is not None and (year.date, year.granularity) == ("2014", "year")


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekday_lands_within_a_week_on_the_right_side(base: dt.date, weekday: str) -> None:
    past = resolve(weekday.title(), base, "past")
    future = resolve(weekday.title(), base, "future")
    assert past is not None and future is not None
    past_day, future_day = dt.date.fromisoformat(past.date), dt.date.fromisoformat(future.date)
    assert 0 <= (base - past_day).days <= 6 and 0 <= (future_day - base).days <= 6
    assert past_day.strftime("%A").lower() == weekday == future_day.strftime("%A").lower()


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(1, 12))
def test_days_ago_and_last_week(base: dt.date, count: int) -> None:
    ago = resolve(f"{count} days ago", base)
    assert ago is not None and ago.date == (base - dt.timedelta(days=count)).isoformat()
    week = resolve("last week", base)
    assert week is not None
    monday = dt.date.fromisoformat(week.date)
    assert monday.weekday() == 0 and 7 <= (base - monday).days <= 13


def _annotate(text: str, published: str | None = "2025-11-25") -> Article:
    from storydesk.annotate import nlp as nlp_module
    from storydesk.options import Options

    nlp = nlp_module.load(Options.load())
    doc = nlp(text)
    article = Article(id="t", source="t", text=text, published=published)
    article.sentence_spans = nlp_module.sentence_spans(doc)
    article.sentences = [text[start:end] for start, end in article.sentence_spans]
    DateAnnotator()(article, doc)
    return article


def test_detection_in_sentences() -> None:
    article = _annotate(
        "Officials met in Geneva on Sunday. He set a deadline for Ukraine to agree by Nov. 27. "
        "The envoy will travel to Moscow on Thursday. Talks in May failed, the group said "
        "Tuesday night. Two days of talks ended the nearly four-year war's worst week, a "
        "90-year-old resident said. More talks are planned in the coming days. It may rain."
    )
    found = {(d.text, d.date, d.granularity) for d in article.dates}
    assert found == {
        ("Sunday", "2025-11-23", "day"),
        ("Nov. 27", "2025-11-27", "day"),
        ("Thursday", "2025-11-27", "day"),
        ("May", "2025-05", "month"),
        ("Tuesday night", "2025-11-25", "day"),
    }
    assert any("Two days" in note for note in article.notes)  # left out, with a reason
    for mention in article.dates:
        assert article.text[mention.start : mention.end] == mention.text
        assert mention.text in article.sentences[mention.sentence]


def test_no_publication_date_keeps_absolute_dates() -> None:
    article = _annotate("The talks on April 11, 2025 failed, and they met again on Sunday.", None)
    assert [(d.text, d.date) for d in article.dates] == [("April 11, 2025", "2025-04-11")]


def test_recurring_day_is_not_a_date() -> None:
    article = _annotate("You will receive it in your mailbox every Friday.")
    assert article.dates == []


def test_example_expected_dates(example_articles: Any, expected: dict[str, Any]) -> None:
    for item in expected["dates"]:
        article = example_articles[item["source"]]
        hits = [
            d
            for d in article.dates
            if d.date == item["date"]
            and d.text in item["text"]
            and item["text"] in article.sentences[d.sentence]
        ]
        assert hits, f"{item} not among {[(d.text, d.date) for d in article.dates]}"


def test_example_golden(example_articles: Any) -> None:
    """Every date given was reviewed; every reviewed date whose text is still there is given."""
    golden: dict[str, list[dict[str, Any]]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for article in example_articles.values():
        name = Path(article.source).name
        reviewed = [(g["text"], g["date"], g["granularity"]) for g in golden[name]]
        given_ = [(d.text, d.date, d.granularity) for d in article.dates]
        unreviewed = [g for g in given_ if g not in reviewed]
        assert not unreviewed, f"{name}: not in the reviewed golden file: {unreviewed}"
        missing = [r for r in reviewed if r not in given_ and r[0] in article.text]
        assert not missing, f"{name}: reviewed dates no longer found: {missing}"


def test_a_time_as_a_quality_is_no_date() -> None:
    """ "cars of tomorrow" (MEANTIME gm: Obama's rescue plan, dated the day after the report)
    and "the people of tomorrow" (TempEval-3 training, no TIMEX3 there) name no day; "as of
    today" and "tomorrow" alone do."""
    article = _annotate(
        "He stated that he expected the restructured GM to make \"high quality, safe, and "
        "fuel-efficient cars of tomorrow,\" and several times described what he anticipated. "
        "The plan takes effect as of today. Talks resume tomorrow in Geneva."
    )
    found = sorted((d.sentence, d.text, d.date) for d in article.dates)
    assert found == [(1, "today", "2025-11-25"), (2, "tomorrow", "2025-11-26")]
