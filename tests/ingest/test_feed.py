"""RSS and Atom feeds: entries with HTML content are articles; others are Skipped."""

from __future__ import annotations

from pathlib import Path

from storydesk.article import Article
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Council closes harbour bridge</title>
    <link>https://gazette.example/bridge</link>
    <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
    <dc:creator>Ana Torres</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The city council voted on Tuesday to close the bridge.</p>
      <p>Repairs will take eight months.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ferry timetable</title>
    <link>https://gazette.example/ferry</link>
    <description><![CDATA[<p>Ferries will run <b>every fifteen minutes</b>.</p>]]></description>
  </item>
  <item>
    <title>Title only</title>
    <link>https://gazette.example/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Times</title>
  <id>urn:atom-times</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Storm floods coastal towns</title>
    <link href="https://atom.example/storm"/>
    <id>urn:atom-times:storm</id>
    <updated>2024-03-06T10:00:00Z</updated>
    <author><name>Lee Park</name></author>
    <content type="html">&lt;p&gt;Heavy rain flooded three towns.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _read(path: Path) -> tuple[list[Article], list[Skipped]]:
    items = list(read_inputs([str(path)], Options()))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Skipped)],
    )


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    articles, skipped = _read(path)
    bridge, ferry = articles
    # An entry's content is the article body: its HTML becomes paragraphs, one a line.
    assert bridge.raw_kind == "text"
    assert bridge.raw == (
        "The city council voted on Tuesday to close the bridge.\nRepairs will take eight months."
    )
    assert bridge.source == f"{path}#https://gazette.example/bridge"
    assert bridge.title == "Council closes harbour bridge"
    assert bridge.url == "https://gazette.example/bridge"
    assert (bridge.outlet, bridge.outlet_from) == ("Harbour Gazette", "metadata")
    assert (bridge.published, bridge.author) == ("2024-03-05", "Ana Torres")
    assert ferry.raw == "Ferries will run every fifteen minutes."
    assert ferry.notes == ["text from the feed summary; it may be a teaser"]
    assert [(s.source, s.reason) for s in skipped] == [
        (
            f"{path}#https://gazette.example/empty",
            "feed entry has no content (title only)",
        )
    ]


def test_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "times.atom"
    path.write_text(ATOM, encoding="utf-8")
    [storm], skipped = _read(path)
    assert not skipped
    assert storm.raw == "Heavy rain flooded three towns."
    assert (storm.outlet, storm.published, storm.author) == ("Atom Times", "2024-03-06", "Lee Park")


def test_xml_that_is_not_a_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8")
    articles, [skipped] = _read(path)
    assert articles == []
    assert skipped.source == str(path)
    assert skipped.reason.startswith("not an RSS or Atom feed")


def test_feed_xml_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    articles, _ = _read(path)
    assert len(articles) == 2
