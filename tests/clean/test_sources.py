"""Outlet and date sources on real pages of other outlets than the example's.

Each mechanism of clean/outlet.py and clean/datelines.py is checked on the page it names in
its provenance: Zyte and fundus pages rendered to text as the boilerplate evaluation renders
them (``page_lines``), and ECB+ "plus" pages rebuilt as saved text (address line on top).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from corpora_builders import paragraphs, read_ecbplus
from shared_data import shared_path
from storydesk.article import Article
from storydesk.clean import clean_one, datelines, outlet, rules
from storydesk.evaluate.boilerplate import page_lines
from storydesk.options import Options


@cache
def page_article(key: str) -> Article:
    lines = page_lines(shared_path("datasets"), key)
    article = Article(id=key, source=f"{key}.txt", raw="\n".join(lines))
    return clean_one(article, Options())


def ecbplus_article(topic: str, name: str) -> Article:
    path = shared_path("datasets", "ecbplus", "ECB+", topic, f"{name}.xml")
    document = read_ecbplus(path)
    raw = "\n".join(paragraphs(document.lines))
    return clean_one(Article(id=name, source=f"{name}.txt", raw=raw), Options())


@pytest.mark.parametrize(
    ("key", "name", "how"),
    [
        ("zyte/e7994d550087", "AP", outlet.DATELINE),  # "LONDON (AP) — ..."
        ("fundus/Reuters_0", "Reuters", outlet.COPYRIGHT),
        ("fundus/LATimes_0", "Los Angeles Times", outlet.COPYRIGHT),
        ("fundus/TheGatewayPundit_0", "The Gateway Pundit", outlet.COPYRIGHT),
        ("zyte/0dd135704572", "The Paradigm", outlet.COPYRIGHT),
        # The newsroom at work: its request for comment, its staff credited (outranking
        # thehill.com's copyright line in its owner's name, "News Communications").
        ("zyte/156770d676ce", "The Hill", outlet.SELF),
        ("zyte/eb62ac8425e5", "Fox News", outlet.SELF),
        ("fundus/FoxNews_1", "Fox News", outlet.SELF),
    ],
)
def test_outlet_named_by_the_page_itself(key: str, name: str, how: str) -> None:
    article = page_article(key)
    assert (article.outlet, article.outlet_from) == (name, how)


def test_a_publishing_group_is_not_the_outlet() -> None:
    # ctpost.com: "© 2019 Hearst Communications, Inc." names the owner, not the masthead.
    lines = page_lines(shared_path("datasets"), "zyte/05844573ca7e")
    holders = [h for h in map(outlet.copyright_holder, lines) if h]
    assert holders == []
    assert page_article("zyte/05844573ca7e").outlet is None


def test_copyright_holder_forms() -> None:
    assert outlet.copyright_holder("© 2019 The New York Times Company") == "The New York Times"
    assert outlet.copyright_holder("Copyright © 2024 Reuters. All rights reserved") == "Reuters"
    assert outlet.copyright_holder("© 2024 Telegraph Media Group Limited") == "Telegraph"
    assert outlet.copyright_holder("Copyright Policy") is None
    assert outlet.copyright_holder("©2019 Vox Media, Inc. All rights reserved.") is None


def test_appeal_names_its_outlet_but_a_headline_does_not() -> None:
    assert outlet.APPEAL_NAME.search("please support The Gateway Pundit today")
    # zyte/432362af0be4 (nypost.com): a related-story headline, not an appeal.
    article = page_article("zyte/432362af0be4")
    assert article.outlet is None or "Hamlin" not in article.outlet


def test_address_line_gives_url_outlet_and_date() -> None:
    # ECB+ 1_10ecbplus (latimes.com): address, headline, "May 03, 2013", body.
    article = ecbplus_article("1", "1_10ecbplus")
    assert article.url == "http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504"
    assert (article.outlet, article.outlet_from) == ("Los Angeles Times", outlet.URL)
    assert (article.published, article.published_from) == ("2013-05-03", datelines.TIMESTAMP)
    assert article.title == "Lindsay Lohan checks into Betty Ford Center"
    assert not any(line.startswith("http") for line in article.text.split("\n"))


def test_last_updated_line_dates_the_article_and_is_never_the_headline() -> None:
    # ECB+ 14_2ecbplus (bbc.co.uk): "23 July 2013 Last updated at 13:42 GMT" above the headline.
    article = ecbplus_article("14", "14_2ecbplus")
    assert article.title == "Waitrose Wellington fire: Man denies arson"
    assert (article.published, article.published_from) == ("2013-07-23", datelines.UPDATED)
    assert article.outlet == "BBC"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["23 July 2013 Last updated at 13:42 GMT"] == rules.TIMESTAMP


@pytest.mark.parametrize(
    ("line", "date", "kind"),
    [
        # ECB+ plus pages: people.com, dnaindia.com, indianexpress.com, fenwaywest.com
        ("UPDATED 05/03/2013 at 11:00 AM EDT", "2013-05-03", datelines.UPDATED),
        ("Last updated on: November 11, 2011 19:04 IST", "2011-11-11", datelines.UPDATED),
        ("Sat Nov 12 2011, 01:19 hrs", "2011-11-12", datelines.TIMESTAMP),
        ("on Tuesday, 16 December 2008 13:45.", "2008-12-16", datelines.TIMESTAMP),
        ("12:52 p. m. EDT May 2, 2013", "2013-05-02", datelines.TIMESTAMP),
        ("27/09/2013 - 11:02", "2013-09-27", datelines.TIMESTAMP),
        ("Posted: 04/9/2012 8:33 am Updated: 04/9/2012 8:33 am", "2012-04-09",
         datelines.TIMESTAMP),
        ("Tuesday 28 April 2009 22. 34 BST", "2009-04-28", datelines.TIMESTAMP),
        ("2025-11-25 21:17:00", "2025-11-25", datelines.TIMESTAMP),
    ],
)
def test_timestamp_lines(line: str, date: str, kind: str) -> None:
    assert datelines.is_timestamp_line(line)
    assert datelines.line_date(line) == (date, kind)


def test_a_date_written_with_dots_is_day_first() -> None:
    """eastsideboxing.com's report of the Klitschko-Thompson fight of 7 July 2012 (ECB+
    7_7ecbplus) is dated "08. 07. 2012": 8 July, not 7 August; slashes keep the US order."""
    document = read_ecbplus(shared_path("datasets/ecbplus/ECB+/7/7_7ecbplus.xml"))
    posted = next(line.text for line in document.lines if "posted on" in line.text)
    value = datelines.DATE.search(posted)
    assert value is not None
    assert datelines.line_date(posted[value.start() :]) == ("2012-07-08", datelines.TIMESTAMP)
    assert datelines.line_date("Posted: 08/07/2012") == ("2012-08-07", datelines.TIMESTAMP)


def test_dotted_dates_are_day_first_in_every_locale_that_writes_them_year_last() -> None:
    """The reason of the dotted rule in datelines, checked against CLDR's short date patterns
    (babel): a locale writing a date with dots and the year last puts the day before the
    month."""
    from babel import Locale, localedata

    orders = set()
    for name in localedata.locale_identifiers():
        pattern = Locale.parse(name).date_formats["short"].pattern
        if "." not in pattern.replace("'.'", ""):
            continue
        fields = [c for c in pattern if c in "dMy"]
        order = "".join(c for i, c in enumerate(fields) if i == 0 or fields[i - 1] != c)
        orders.add(order)
    assert orders and all(order == "dMy" for order in orders if order.endswith("y"))


@pytest.mark.parametrize(
    "line",
    [
        "Vincent 'The Chin' Gigante died while in prison custody on December 19, 2005.",
        "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
        "Waitrose Wellington fire: Man denies arson",
        "Posted on Monday",
    ],
)
def test_not_timestamp_lines(line: str) -> None:
    assert not datelines.is_timestamp_line(line)


def test_dateline_and_address_dates() -> None:
    assert datelines.dateline_date("WASHINGTON, DC, April 28, 2009 - The ...") == "2009-04-28"
    assert datelines.url_date("http://ktla.com/2013/05/03/lohan-may-miss/") == "2013-05-03"
    assert datelines.url_date("http://articles.latimes.com/2005/jun/26/local/x") == "2005-06-26"
    assert datelines.url_date("https://example.org/about") is None


def test_address_lines() -> None:
    assert outlet.address("URL: http://www.bbc.co.uk/news/uk-23419896") == (
        "http://www.bbc.co.uk/news/uk-23419896")
    assert outlet.address("<https://www.ft.com/content/abc>") == "https://www.ft.com/content/abc"
    assert outlet.address("https://t.co/ZpW6xmC412") is None  # a tweet's link, not the article
    assert outlet.address("Read more at https://example.org/x") is None


def test_every_ecbplus_address_is_one_url() -> None:
    # corpora_builders glues the address sentence back together: no spaces inside it.
    topic = shared_path("datasets", "ecbplus", "ECB+", "2")
    for path in sorted(Path(topic).glob("*ecbplus.xml")):
        first = read_ecbplus(path).lines[0].text
        assert first.startswith("http") and " " not in first, first


def test_newsroom_at_work_names_itself_and_only_itself() -> None:
    # PolNeAR usa-today_2015-11-27_trump-s-isil: "Hope Hicks did not respond to USA TODAY's
    # request for comment." The table's spelling; the group word of "Fox News Digital's" cut.
    path = next(Path(shared_path("datasets", "polnear", "data")).glob(
        "*/text/usa-today_2015-11-27_trump-s-isil-*"))
    lines = path.read_text(encoding="utf-8").split("\n")
    assert set(outlet._newsroom_names([], lines)) == {"USA Today"}
    credit = "Fox News Digital's Peter Aiken contributed to this report."  # fundus/FoxNews_1
    assert outlet._newsroom_names([], [credit]) == ["Fox News"]
    # Another outlet's reporting, an interview with it, a person's possessive: none of them.
    for line in ("The FT has not independently verified the transcript.",
                 "Kislysha told the FT the talks were intense.",
                 "Bloomberg reported that Witkoff advised Ushakov.",
                 "It was not possible to independently verify the group's claim.",
                 "Meanwhile CNN's Jim Sciutto, reporting from Kyiv, said so."):
        assert outlet._newsroom_names([], [line]) == [], line


def test_a_date_line_under_the_headline_dates_the_page_wherever_it_is() -> None:
    """The Guardian's date line sits mid-page, under the headline, below the menus
    (fundus TheGuardian_0: "Sat 2 Mar 2024 17.00 CET", then "Last modified on ..."): no edge
    rule reads it, yet it is the page's date."""
    article = page_article("fundus/TheGuardian_0")
    assert (article.published, article.published_from) == ("2024-03-02", datelines.TIMESTAMP)


def test_a_date_line_removed_as_recurring_still_dates_its_article() -> None:
    """Four of fundus's five Guardian pages share "Sat 2 Mar 2024 17.00 CET": across the
    outlet's articles the line recurs and goes, and each article keeps the date it gave."""
    from storydesk.clean import clean, recurring

    keys = [f"fundus/TheGuardian_{n}" for n in range(5)]
    articles = [Article(id=key, source=f"{key}.txt", outlet="The Guardian",
                        raw="\n".join(page_lines(shared_path("datasets"), key))) for key in keys]
    cleaned = clean(articles, Options())
    taken = [a for a in cleaned if any(r.text == "Sat 2 Mar 2024 17.00 CET"
                                       and r.reason.startswith(recurring.ACROSS)
                                       for r in a.removed)]
    assert len(taken) >= 2
    for article in cleaned:
        assert article.published == "2024-03-02", article.id
        assert "Sat 2 Mar 2024 17.00 CET" not in article.text.split("\n")
