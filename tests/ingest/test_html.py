"""HTML pages: the reader keeps raw HTML; clean/html extracts the main text and metadata."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from storydesk.article import Article
from storydesk.clean import html as clean_html
from storydesk.clean.html import CHROME_REASON
from storydesk.ingest import html, read_inputs
from storydesk.ingest.base import Skipped, decode_html
from storydesk.options import Options

# Real pages of the Zyte benchmark: sorted keys, the first few (not hand-picked).
ZYTE_PAGES = 6
PageMaker = Callable[..., str]


def _extracted(page: str, url: str | None = None, source: str = "page.html") -> Article:
    article = html.from_html(page, source, {"url": url})
    clean_html.extract(article, Options())
    return article


def test_reader_keeps_raw_html(tmp_path: Path, make_page: PageMaker) -> None:
    path = tmp_path / "story.html"
    path.write_text(make_page(), encoding="utf-8")
    [article] = html.read(path, Options())
    assert article.raw_kind == "html"
    assert article.raw.startswith("<!DOCTYPE html>")
    assert article.source == str(path)
    assert article.text == ""  # extraction is the clean stage's job


def test_extract_text_and_metadata(make_page: PageMaker, paragraphs: tuple[str, ...]) -> None:
    article = _extracted(make_page())
    assert article.text.split("\n") == list(paragraphs)
    assert article.title == "Council closes harbour bridge after cracks found"
    assert (article.outlet, article.outlet_from) == ("Harbour Gazette", "metadata")
    assert (article.published, article.published_from) == ("2024-03-05", "metadata")
    assert article.author == "Ana Torres"


def test_extraction_records_what_it_left_out(make_page: PageMaker) -> None:
    article = _extracted(make_page())
    reasons = {removed.reason: removed.text for removed in article.removed}
    assert reasons["headline"] == "Council closes harbour bridge after cracks found"
    chrome = reasons[CHROME_REASON]
    assert "Subscribe to our daily newsletter" in chrome
    assert "Weather" in chrome


def test_container_metadata_wins_over_the_page(make_page: PageMaker) -> None:
    article = html.from_html(make_page(), "feed.xml#x", {"title": "Feed title", "outlet": "Feed"})
    clean_html.extract(article, Options())
    assert article.title == "Feed title"
    assert article.outlet == "Feed"


def test_outlet_from_url_when_page_names_none(make_page: PageMaker) -> None:
    article = _extracted(make_page(site=None), url="https://www.example-news.org/a/1")
    assert (article.outlet, article.outlet_from) == ("example-news.org", "url")
    assert article.url == "https://www.example-news.org/a/1"


def test_page_without_main_text_leaves_text_empty() -> None:
    article = _extracted("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert article.text == ""
    assert any("no main text" in note for note in article.notes)


def test_declared_latin1_page_decodes_accents(tmp_path: Path, make_page: PageMaker) -> None:
    path = tmp_path / "old.html"
    path.write_bytes(make_page(charset="iso-8859-1").encode("cp1252"))
    [article] = html.read(path, Options())
    assert "Mayor Elena Sánchez" in article.raw
    assert "“We cannot" in article.raw  # cp1252 quotes, as browsers read Latin-1 labels


def test_decode_html_prefers_the_http_charset() -> None:
    data = "<html><meta charset='utf-8'>café</html>".encode("cp1252")
    assert decode_html(data, "windows-1252") == (
        "<html><meta charset='utf-8'>café</html>",
        "cp1252",
        [],
    )
    text, encoding, _ = decode_html(data, None)  # the meta lies: UTF-8 fails, cp1252 fallback
    assert (text.endswith("café</html>"), encoding) == (True, "cp1252")


def test_empty_and_binary_html_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"  \n")
    (tmp_path / "blob.htm").write_bytes(b"\x89PNG\x00\x00\x01")
    items = list(read_inputs([str(tmp_path)], Options()))
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons == {
        "blob.htm": "binary content (NUL or control bytes), not HTML",
        "empty.html": "empty file",
    }


def test_real_pages_keep_their_first_sentence(zyte_dir: Path) -> None:
    ground_truth = json.loads((zyte_dir / "ground-truth.json").read_text(encoding="utf-8"))
    missing = []
    for key in sorted(ground_truth)[:ZYTE_PAGES]:
        truth = ground_truth[key]
        data = gzip.decompress((zyte_dir / "html" / f"{key}.html.gz").read_bytes())
        page = decode_html(data).text
        article = _extracted(page, url=truth["url"], source=key)
        first_sentence = truth["articleBody"].split("\n")[0].split(". ")[0].strip()
        if first_sentence not in article.text:
            missing.append(key)
        assert article.outlet, key  # sitename, or at least the domain of the URL
    assert missing == []


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_read_inputs_routes_html(tmp_path: Path, make_page: PageMaker, suffix: str) -> None:
    (tmp_path / f"a{suffix}").write_text(make_page(), encoding="utf-8")
    [article] = list(read_inputs([str(tmp_path)], Options()))
    assert isinstance(article, Article) and article.raw_kind == "html"


def test_feed_fragment_extracts_with_no_chrome(paragraphs: tuple[str, ...]) -> None:
    fragment = "".join(f"<p>{p}</p>" for p in paragraphs)  # what a feed's content:encoded holds
    article = _extracted(fragment, url="https://gazette.example/bridge")
    assert article.text.split("\n") == list(paragraphs)
    assert article.removed == []


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    assert clean_html.join_wrapped(["Photos", "which were released online.", "Next one."]) == [
        "Photos which were released online.",
        "Next one.",
    ]
    assert clean_html.join_wrapped(["Ends here.", "lower-case start stays apart"]) == [
        "Ends here.",
        "lower-case start stays apart",
    ]
