"""The cleaning rules one by one, on small texts shaped like real pages."""

from __future__ import annotations

from storydesk.article import Article
from storydesk.clean import (
    boilerplate,
    clean,
    linescore,
    outlet,
    published,
    recurring,
    rules,
    structure,
)
from storydesk.options import Options

LONG = (
    "The council voted on Tuesday to close the old river bridge for at least six months of"
    " repairs, officials said after the meeting.\n"
    "Engineers found cracks in two of its piers last spring, and traffic has been limited to"
    " one lane since then, the city's transport office said.\n"
)
BODY = (
    "The council voted on Tuesday to close the bridge for repairs, officials said.\n"
    "“We had no choice,” the mayor told reporters, adding that 3,000 cars cross it daily.\n"
)


def cleaned(raw: str, **fields: str) -> Article:
    article = Article(id="a", source="a.txt", raw=raw, **fields)  # type: ignore[arg-type]
    boilerplate.clean_text(article, Options())
    structure.apply(article)
    return article


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_single_line_tweet_takes_only_the_line_above_its_signature():
    raw = BODY + "Rapper Aitch is definitely Team Kylie.\n— BRIT Awards (@BRITs) March 2, 2024\n"
    article = cleaned(raw)
    assert reasons(article)["Rapper Aitch is definitely Team Kylie."] == rules.TWEET
    assert article.text == BODY.strip()


def test_tweet_ending_in_a_link_spans_several_short_lines_but_not_the_article():
    raw = (
        BODY + "Officials on X:\nWe are close.\nSee you soon. pic.twitter.com/abc\n"
        "— Some One (@someone) November 25, 2025\nThe vote comes after months of delay.\n"
    )
    article = cleaned(raw)
    removed = reasons(article)
    assert [removed[t] for t in ("Officials on X:", "We are close.")] == [rules.TWEET] * 2
    assert BODY.strip() in article.text
    assert article.text.endswith("The vote comes after months of delay.")


def test_widget_lines_beside_chrome_go_and_story_credits_stay():
    # The shape of fundus/TheIndependent_0's sign-up box: stock lines the rules know, and
    # between and after them lines no rule names; the line classifier takes those beside
    # them, outside the article's core. A story credit next to them is the article's.
    raw = (
        "Support Example News!\nBridge Closed for Repairs\n" + LONG + "Fox News' Jane Doe"
        " contributed to this report.\nSign up for our free weekly newsletter\n"
        "Not ready to support today?\nRemind me later.\nMost Popular\nMenu\n"
    )
    article = cleaned(raw)
    removed = reasons(article)
    assert article.title == "Bridge Closed for Repairs"
    for line in ("Support Example News!", "Not ready to support today?", "Remind me later."):
        assert removed[line] == linescore.BESIDE, line
    assert article.text == (LONG + "Fox News' Jane Doe contributed to this report.").strip()


def test_a_clean_article_loses_nothing_to_the_classifier():
    # With no line the rules take there is no chrome to stand beside: nothing goes.
    raw = "Bridge Closed for Repairs\n" + LONG + "What happens next?\nThe vote is on Friday.\n"
    article = cleaned(raw)
    assert article.text == (LONG + "What happens next?\nThe vote is on Friday.").strip()


def test_captions_go_to_captions_and_headings_stay():
    raw = (
        "Bridge Closed for Repairs\n" + BODY + "What happens next?\n"
        "FILE – The bridge seen from the river, on May 1, 2024. (Jane Doe via AP, File)\n"
        "Drivers will use the ring road.\n"
    )
    article = cleaned(raw)
    assert article.title == "Bridge Closed for Repairs"
    assert article.captions == [
        "FILE – The bridge seen from the river, on May 1, 2024. (Jane Doe via AP, File)"
    ]
    assert "What happens next?" in article.text
    assert "FILE" not in article.text


def test_trailing_chrome_needs_a_navigation_line_to_go():
    kept = cleaned(BODY + "Additional reporting by Jane Doe in London\n")
    assert kept.text.endswith("Additional reporting by Jane Doe in London")
    chrome = cleaned(
        BODY + "More on World News\nPrevious Article\nOther Story Headline Here\nMenu\n"
    )
    assert chrome.text == BODY.strip()
    assert reasons(chrome)["Other Story Headline Here"] == "link to another article"


def test_sentences_mentioning_newsletters_or_ratings_are_not_boilerplate():
    line = "The agency's newsletter said the rating would be cut to 4 of 5 next month."
    assert rules.classify(line) is None
    # No stock rule for rating widgets (none was seen on another outlet's page): in place,
    # beside chrome and outside the article, the classifier takes them (see below).
    widget = "How useful was this article?\nClick on a star to rate it!\n"
    article = cleaned(LONG + "Previous Article\n" + widget + "Latest News\n")
    assert article.text == LONG.strip()
    assert reasons(article)["Click on a star to rate it!"] == linescore.BESIDE


def test_outlet_from_url_and_ambiguous_self_reference():
    assert outlet.from_url("https://www.ft.com/content/x") == "Financial Times"
    assert outlet.from_url("https://news.example.org/a") == "example.org"
    assert outlet.from_url("http://www.bharatwaves.co.in/news/x.html") == "bharatwaves.co.in"
    two = cleaned("Support Example News!\nSupport Other Paper!\n" + BODY)
    outlet.infer(two)
    assert two.outlet is None  # two mastheads: we cannot tell


def test_dates_from_text_option_and_story():
    stamped = cleaned(BODY + "Published November 24, 2025 at 9:00 a.m. EST\n")
    published.own_date(stamped, Options())
    assert (stamped.published, stamped.published_from) == ("2025-11-24", "timestamp")
    in_body = cleaned("It happened on November 3, 2025.\n" + BODY)
    published.own_date(in_body, Options())
    assert in_body.published is None  # a date in the story is news, not the article's date
    undated = cleaned(BODY)
    published.own_date(undated, Options(date="2025-12-01"))
    assert (undated.published, undated.published_from) == ("2025-12-01", "option")
    undated = cleaned(BODY)
    published.own_date(undated, Options())
    assert undated.published is None
    published.from_story([stamped, undated])
    assert (undated.published, undated.published_from) == ("2025-11-24", "story")
    assert undated.published_basis == [stamped.id]
    alone = cleaned(BODY)
    published.from_story([alone])
    assert alone.published is None


def test_a_story_date_is_vouched_for_only_by_own_dates():
    """An --date fallback or another story-dated article never dates a story."""
    optioned, undated = cleaned(BODY), cleaned(BODY)
    published.own_date(optioned, Options(date="2025-12-01"))
    published.from_story([optioned, undated])
    assert undated.published is None


def test_metadata_date_is_normalised():
    article = cleaned(BODY, published="Tue, 25 Nov 2025 21:17:00 GMT")
    published.own_date(article, Options())
    assert (article.published, article.published_from) == ("2025-11-25", "metadata")


def make(text: str, name: str) -> Article:
    article = Article(id=name, source=name, raw=text, outlet="Example News")
    article.outlet_from = "metadata"
    return article


def test_recurring_lines_within_one_outlet_go_but_near_copies_stay():
    footer = "Example News is an independent newsroom"
    first = make(BODY + footer + "\nThe bridge reopens in spring.\n", "1")
    second = make("Rain is expected on the coast tomorrow.\n" + footer + "\n", "2")
    cleaned_articles = clean([first, second], Options())
    for article in cleaned_articles:
        assert footer not in article.text
        assert any(r.reason == "recurs across 2 articles of Example News" for r in article.removed)
    copy_a, copy_b = make(BODY, "3"), make(BODY + "Extra line.\n", "4")
    clean([copy_a, copy_b], Options())
    assert BODY.strip() in copy_a.text  # a wire story run twice is not boilerplate


def test_recurring_counts_articles_not_repeats_and_spares_reported_prose():
    first, second = make("", "1"), make("", "2")
    report = "A long line that reports 12 people hurt in the crash today at noon."
    first.text = "Share this\nShare this\n" + report
    second.text = "Other news\n" + report
    lines = recurring.MemoryLines([first, second])
    share = recurring.signature("Share this")
    assert lines.counts("example news", [share]) == {share: 1}  # twice in one article is once
    for article in (first, second):
        recurring.remove_recurring(article, lines, Options())
    assert "12 people hurt" in second.text  # a sentence with a figure is reporting


def test_recurring_lines_against_a_desk_are_recorded_and_idempotent():
    """Against counts from elsewhere (a store): the article alone in this call still loses
    the outlet's chrome, the reason says it was learnt from other articles, and running the
    pass again changes nothing."""
    footer = "Example News is an independent newsroom"
    held = [make(f"Story number {n} about the weather.\n{footer}\n", str(n)) for n in range(3)]
    desk = recurring.MemoryLines(clean(held, Options()))
    arriving = make(BODY + footer + "\n", "new")
    from storydesk.clean import across, clean_one

    clean_one(arriving, Options())
    across([arriving], Options(), desk)
    assert footer not in arriving.text
    (removed,) = [r for r in arriving.removed if r.reason.startswith(recurring.ACROSS)]
    assert removed.reason == "recurs across 3 articles of Example News"
    before = arriving.as_dict()
    across([arriving], Options(), desk)
    assert arriving.as_dict() == before
