"""RSS and Atom feeds (.rss, .atom, .xml): every entry that carries the article's text.

The feed is parsed as a stream (lxml ``iterparse``): one entry is held at a time, then freed.
Entities are never resolved and nothing is fetched (no DTD, no network: no XXE, no billion
laughs); nesting deeper than max_nesting and entries over max_record_bytes are refused with
the limit's name. An entry's content is the article body already (a feed has no page
chrome), so its HTML is turned into paragraphs here and the article is plain text; an entry
with only a title is a Skipped, one with only a summary is kept with a note that it may be a
teaser. An ``.xml`` file that is not a feed is a Skipped too.
"""

from __future__ import annotations

import email.utils
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import lxml.html
from lxml import etree

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import text
from storydesk.ingest.base import Skipped, check_bytes, open_regular, over_limit
from storydesk.options import Options

FEED_ROOTS = {"rss", "RDF", "feed", "channel"}
ENTRIES = {"item", "entry"}
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
# Elements that start a new paragraph when entry HTML becomes text.
BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "br", "tr", "table", "section", "article", "figure", "figcaption", "dd", "dt", "hr",
}
INVISIBLE = ("script", "style", "noscript", "template", "iframe")
HTML_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]{0,20}|/[a-zA-Z][a-zA-Z0-9]{0,20})[\s/>]")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    with open_regular(path) as stream:
        check_bytes(stream.read(8192), str(path), "a feed")
        stream.seek(0)
        size = path.stat().st_size
        if size > options.max_file_bytes:
            raise InputError(str(path), over_limit("feed", "max_file_bytes",
                                                   options.max_file_bytes))
        yield from read_stream(stream, str(path), options)


def read_bytes(data: bytes, source: str, options: Options) -> Iterator[Article | Skipped]:
    """A feed given as bytes (a fetched body). Always through a stream: never a path or URL
    a parser could open."""
    check_bytes(data, source, "a feed")
    yield from read_stream(io.BytesIO(data), source, options)


def read_stream(stream: IO[bytes], source: str, options: Options) -> Iterator[Article | Skipped]:
    parser = etree.iterparse(
        stream,
        events=("start", "end"),
        recover=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    depth = 0
    outlet: str | None = None
    entry_size = 0
    number = 0
    try:
        for event, element in parser:
            if event == "start":
                depth += 1
                if depth == 1 and _local(element) not in FEED_ROOTS:
                    raise InputError(source, f"not an RSS or Atom feed (root <{_local(element)}>)")
                if depth > options.max_nesting:
                    raise InputError(source, over_limit(f"XML nested over {options.max_nesting} "
                                                        "levels is", "max_nesting",
                                                        options.max_nesting, "levels"))
                continue
            depth -= 1
            name = _local(element)
            if name == "title" and outlet is None and _parent_is_feed(element):
                outlet = _text(element)
            if name not in ENTRIES:
                entry_size += len(element.text or "") + len(element.tail or "")
                if entry_size > options.max_record_bytes:
                    element.clear()  # hold no more of an entry already too large
                continue
            number += 1
            yield _entry(element, source, number, outlet, entry_size, options)
            entry_size = 0
            _free(element)
    except etree.XMLSyntaxError as exc:
        raise InputError(source, f"not an RSS or Atom feed ({exc})") from exc
    if depth == 0 and number == 0 and outlet is None:
        raise InputError(source, "not an RSS or Atom feed (no feed element)")
    if number == 0:
        raise InputError(source, "feed has no entries")


def _entry(
    element: Any, source: str, number: int, outlet: str | None, size: int, options: Options
) -> Article | Skipped:
    link = entry_link(element)
    key = link or _child_text(element, "guid") or _child_text(element, "id") or number
    entry_source = f"{source}#{key}"
    if size > options.max_record_bytes:
        return Skipped(entry_source, over_limit("feed entry", "max_record_bytes",
                                                options.max_record_bytes))
    body, from_summary = entry_body(element)
    if not body:
        return Skipped(entry_source, "feed entry has no content (title only)")
    try:
        article = text.from_text(body, entry_source)
    except InputError as exc:
        return Skipped(exc.source, exc.reason)
    text.apply_metadata(article, entry_metadata(element, link, outlet))
    if from_summary:
        article.notes.append("text from the feed summary; it may be a teaser")
    return article


def entry_body(element: Any) -> tuple[str, bool]:
    """The entry's text and whether it came from the summary: content:encoded or Atom
    content first, else description/summary."""
    for child in element:
        if _local(child) == "encoded" and etree.QName(child).namespace == CONTENT_NS:
            body = content_text(child, "html")
            if body:
                return body, False
    for child in element:
        if _local(child) == "content" and not child.get("src"):
            body = content_text(child, child.get("type", "text"))
            if body:
                return body, False
    for child in element:
        if _local(child) in ("description", "summary"):
            body = content_text(child, child.get("type", "html"))
            if body:
                return body, True
    return "", False


def content_text(element: Any, kind: str) -> str:
    """Paragraphs of a content element: inline XHTML, escaped HTML, or plain text."""
    kind = kind.lower()
    if len(element):  # inline markup (Atom xhtml, or unescaped HTML in RSS)
        inner = (element.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in element
        )
        return html_text(inner)
    value = element.text or ""
    if kind in ("html", "text/html", "xhtml", "application/xhtml+xml") and HTML_TAG.search(value):
        return html_text(value)
    return "\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())


def html_text(markup: str) -> str:
    """An HTML fragment as paragraphs, one a line (block elements and <br> break lines)."""
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    for invisible in list(root.iter(*INVISIBLE)):
        if invisible.getparent() is not None:
            invisible.drop_tree()
    for block in root.iter(*BLOCKS):
        block.tail = "\n" + (block.tail or "")
        if block.tag != "br":
            block.text = "\n" + (block.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def entry_link(element: Any) -> str | None:
    """The entry's own page: RSS <link>, Atom <link rel="alternate" href>, else a
    permalink <guid>."""
    for child in element:
        if _local(child) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (child.text or "").strip():
            return (child.text or "").strip()
    for child in element:
        if _local(child) == "guid" and child.get("isPermaLink", "true") != "false":
            value = (child.text or "").strip()
            if value.lower().startswith(("http://", "https://")):
                return value
    return None


def entry_metadata(element: Any, link: str | None, outlet: str | None) -> dict[str, str | None]:
    return {
        "title": _title(element),
        "url": link,
        "author": _author(element),
        "published": _date(element),
        "outlet": outlet,
    }


def _title(element: Any) -> str | None:
    for child in element:
        if _local(child) == "title":
            value = _text(child)
            if value and HTML_TAG.search(value):
                value = html_text(value).replace("\n", " ")
            return value
    return None


def _author(element: Any) -> str | None:
    for child in element:
        if _local(child) in ("creator", "author"):
            name = next((_text(c) for c in child if _local(c) == "name"), None)
            return name or _text(child)
    return None


def _date(element: Any) -> str | None:
    for wanted in ("pubDate", "published", "date", "issued", "updated", "modified"):
        value = _child_text(element, wanted)
        if value:
            return normal_date(value)
    return None


def normal_date(value: str) -> str:
    """RFC 822 dates (RSS) as YYYY-MM-DD; ISO dates (Atom) cut to the day; other forms as
    given (the clean stage reads every form it knows)."""
    if ISO_DAY.match(value):
        return value[:10]
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return value
    return parsed.date().isoformat()


def _child_text(element: Any, name: str) -> str | None:
    return next((_text(child) for child in element if _local(child) == name), None)


def _text(element: Any) -> str | None:
    value = " ".join("".join(element.itertext()).split())
    return value or None


def _local(element: Any) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _parent_is_feed(element: Any) -> bool:
    parent = element.getparent()
    return parent is not None and _local(parent) in ("channel", "feed")


def _free(element: Any) -> None:
    """Drop a finished entry and the entries before it: memory holds one entry at a time."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
