"""RSS and Atom feeds (.rss, .atom, .xml): every entry that carries the article's text.

Two layers. Ours bounds the document: it is parsed as a stream (lxml ``iterparse``, one entry
held at a time, then freed; bare ampersands escaped first, see ``Ampersands``), entities are
never resolved and nothing is fetched (no DTD, no network: no XXE, no billion laughs),
nesting deeper than max_nesting and entries over max_record_bytes (text and attributes) are
refused with the limit's name. feedparser, the well-kept feed library, then reads each entry
(its title, link, author, date and content, across RSS 0.9x/1.0/2.0, Atom and their
namespaces, relative links resolved against xml:base or the feed's URL), given one entry at
a time as a small feed that lxml wrote: well-formed, within the caps, without comments,
processing instructions, DTD or entity references. On whole feeds built from real pages it
reads what feedparser reads (tests/hardening/test_feed_library.py).

feedparser is used only that way, because given a whole feed it is not safe (each measured
with feedparser 6.0.14; tests/hardening/test_feed_library.py and the hardening suite show
each):

- ``feedparser.parse(data)`` with ``data`` bytes naming a path opens that local file and
  parses it (it tries ``open(data)`` on anything that is not a stream), so a fetched body
  ``/home/me/private.xml`` would read that file: it is only ever given a ``BytesIO``.
- nested ``xml:base`` attributes keep every level's joined base URI on a stack, so memory
  grows with the square of the depth: 2,000 levels of 200-character bases (0.45 MB) took
  861 MB, 4,000 levels ran out of memory: it only sees one entry, nested at most
  max_nesting deep, with no xml:base over MAX_BASE characters (attributes count towards
  max_record_bytes too).
- its HTML sanitizer (and relative-URI resolution, the same sgmllib parser) is quadratic
  on unclosed comments: 50,000 ``<!--`` (200 KB) in an entry's HTML took 8.4 s, a 3 MB
  entry would take about half an hour: both are off. The entry's HTML becomes text here
  (``html_text``, lxml), where scripts and styles are dropped anyway.
- it reads the whole document into memory before the first entry: entries are handed
  over one by one.

An entry's content is the article body already (a feed has no page chrome), so its HTML is
turned into paragraphs here and the article is plain text; an entry with only a title is a
Skipped, one with only a summary is kept with a note that it may be a teaser. An ``.xml``
file that is not a feed is a Skipped too.
"""

from __future__ import annotations

import copy
import io
import re
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import feedparser
import lxml.html
from lxml import etree

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import text
from storydesk.ingest.base import Skipped, check_bytes, http_url, open_regular, over_limit
from storydesk.options import Options

FEED_ROOTS = {"rss", "RDF", "feed", "channel"}
ENTRIES = {"item", "entry"}
# Elements that start a new paragraph when entry HTML becomes text.
BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "br", "tr", "table", "section", "article", "figure", "figcaption", "dd", "dt", "hr",
}
INVISIBLE = ("script", "style", "noscript", "template", "iframe")
HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
BARE_AMPERSAND = re.compile(
    rb"&(?!(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z_][A-Za-z0-9._-]{0,40});)")
CHUNK = 1 << 16
# An xml:base longer than this is ignored: no real base URI is (servers and browsers refuse
# URLs past a few kilobytes), and feedparser keeps every level's joined base, so long ones
# cost memory with the square of the depth.
MAX_BASE = 2048


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
    """A feed given as bytes (a fetched body, ``source`` its URL). Always through a stream:
    never a path or URL a parser could open."""
    check_bytes(data, source, "a feed")
    yield from read_stream(io.BytesIO(data), source, options)


class Ampersands:
    """The feed's bytes with every bare ``&`` (one that starts no entity or character
    reference) written ``&amp;``, outside CDATA sections: the commonest way a real feed is
    not well-formed (``?a=1&b=2`` in a link), and one after which libxml2's recovery drops
    every ``&lt;`` and ``&amp;`` of the document (escaped HTML loses its markup). feedparser's
    lenient reading does the same repair. Linear: a bounded pattern over bounded chunks."""

    HOLD = 48  # bytes kept back at a chunk's end: a CDATA marker or reference may go on

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.pending = b""
        self.in_cdata = False
        self.out = bytearray()
        self.ended = False

    def read(self, size: int = -1) -> bytes:
        while not self.ended and (size < 0 or len(self.out) < size):
            chunk = self.raw.read(CHUNK)
            self.ended = not chunk
            self._fix(self.pending + chunk)
        wanted = len(self.out) if size < 0 else size
        data = bytes(self.out[:wanted])
        del self.out[:wanted]
        return data

    def _fix(self, data: bytes) -> None:
        position = 0
        limit = len(data)
        if not self.ended:  # stop before anything that may go on in the next chunk
            limit = max(len(data) - self.HOLD, 0)
            reference = data.rfind(b"&", max(limit - self.HOLD, 0), limit)
            limit = reference if reference >= 0 else limit
        while position < limit:
            marker = b"]]>" if self.in_cdata else b"<![CDATA["
            found = data.find(marker, position)
            end = found if 0 <= found < limit else limit
            part = data[position:end]
            self.out += part if self.in_cdata else BARE_AMPERSAND.sub(b"&amp;", part)
            if end == found:
                self.out += marker
                self.in_cdata = not self.in_cdata
                end += len(marker)
            position = end
        self.pending = data[position:]


def read_stream(stream: IO[bytes], source: str, options: Options) -> Iterator[Article | Skipped]:
    parser = etree.iterparse(
        Ampersands(stream),
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
    base = http_url(source)  # relative links of a fetched feed resolve against its URL
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
                # Attributes count too: an xml:base or href is text an entry holds.
                entry_size += len(element.text or "") + len(element.tail or "") + sum(
                    len(key) + len(value) for key, value in element.attrib.items())
                if entry_size > options.max_record_bytes:
                    element.clear()  # hold no more of an entry already too large
                continue
            number += 1
            yield _entry(element, source, number, outlet, entry_size, base, options)
            entry_size = 0
            _free(element)
    except etree.XMLSyntaxError as exc:
        raise InputError(source, f"not an RSS or Atom feed ({exc})") from exc
    if depth == 0 and number == 0 and outlet is None:
        raise InputError(source, "not an RSS or Atom feed (no feed element)")
    if number == 0:
        raise InputError(source, "feed has no entries")


def _entry(element: Any, source: str, number: int, outlet: str | None, size: int,
           base: str | None, options: Options) -> Article | Skipped:
    entry_source = f"{source}#{entry_key(element) or number}"
    if size > options.max_record_bytes:
        return Skipped(entry_source, over_limit("feed entry", "max_record_bytes",
                                                options.max_record_bytes))
    entry, notes = parse_entry(element, base)
    body, from_summary = entry_body(entry)
    if not body:
        return Skipped(entry_source, "feed entry has no content (title only)")
    try:
        article = text.from_text(body, entry_source)
    except InputError as exc:
        return Skipped(exc.source, exc.reason)
    text.apply_metadata(article, entry_metadata(entry, outlet))
    if from_summary:
        article.notes.append("text from the feed summary; it may be a teaser")
    article.notes += notes
    return article


def entry_key(element: Any) -> str | None:
    """How the source names the entry: its link as the document writes it (feedparser
    resolves and tidies the one it gives), else its guid or id."""
    for child in element:
        if _local(child) == "link" and child.get("rel", "alternate") == "alternate":
            value = child.get("href") or _text(child)
            if value:
                return value.strip()
    return _first_text(element, "guid") or _first_text(element, "id")


def parse_entry(element: Any, base: str | None) -> tuple[Mapping[str, Any], list[str]]:
    """feedparser's reading of one entry, given alone: a copy of the entry inside a copy of
    its feed's root (and channel), entity references and over-long xml:base values dropped,
    written by lxml; and notes of what was dropped."""
    root = element.getroottree().getroot()
    shell = etree.Element(root.tag, {k: v for k, v in root.attrib.items()}, nsmap=root.nsmap)
    holder = shell
    parent = element.getparent()
    if parent is not None and parent is not root:
        holder = etree.SubElement(shell, parent.tag, {k: v for k, v in parent.attrib.items()
                                                      if k == XML_BASE})
    alone = copy.deepcopy(element)
    for entity in list(alone.iter(etree.Entity)):
        _drop_keeping_tail(entity)
    notes = []
    for node in alone.iter():
        if len(node.get(XML_BASE, "")) > MAX_BASE:
            del node.attrib[XML_BASE]
            notes.append(f"an xml:base over {MAX_BASE:,} characters was ignored")
    holder.append(alone)
    data = etree.tostring(shell, xml_declaration=True, encoding="utf-8")
    headers = {"content-location": base} if base else None
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers,
                              sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or [{}]
    entry: Mapping[str, Any] = entries[0]
    return entry, notes[:1]


def entry_body(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """The entry's text and whether it came from the summary: content:encoded or Atom
    content first, else description/summary."""
    for detail in entry.get("content") or []:
        body = content_text(detail)
        if body:
            return body, False
    summary = entry.get("summary_detail")
    if summary:
        body = content_text(summary)
        if body:
            return body, True
    return "", False


def content_text(detail: Mapping[str, Any]) -> str:
    """Paragraphs of a content value: HTML (or XHTML) as blocks, plain text as its lines."""
    value = str(detail.get("value") or "")
    if str(detail.get("type") or "").lower().startswith(HTML_TYPES):
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


def entry_metadata(entry: Mapping[str, Any], outlet: str | None) -> dict[str, str | None]:
    return {
        "title": _title(entry),
        "url": entry.get("link"),
        "author": _author(entry),
        "published": _date(entry),
        "outlet": outlet,
    }


def _title(entry: Mapping[str, Any]) -> str | None:
    detail = entry.get("title_detail") or {}
    value = str(entry.get("title") or "")
    if str(detail.get("type", "")).lower().startswith(HTML_TYPES):
        value = html_text(value).replace("\n", " ")
    return " ".join(value.split()) or None


def _author(entry: Mapping[str, Any]) -> str | None:
    detail = entry.get("author_detail") or {}
    name = " ".join(str(detail.get("name") or entry.get("author") or "").split())
    return name or None


def _date(entry: Mapping[str, Any]) -> str | None:
    """The day the entry was published (else updated), as YYYY-MM-DD; a date feedparser
    cannot read is passed on as given (the clean stage reads every form it knows)."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
        if entry.get(key):
            return str(entry[key])
    return None


def _first_text(element: Any, name: str) -> str | None:
    return next((_text(child) for child in element if _local(child) == name), None)


def _text(element: Any) -> str | None:
    value = " ".join("".join(element.itertext()).split())
    return value or None


def _local(element: Any) -> str:
    """The tag without its namespace ('{uri}item' -> 'item'). Written out here: lxml's QName
    raises on a name its recovering parser let through (``<:`` gives the tag ':')."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parent_is_feed(element: Any) -> bool:
    parent = element.getparent()
    return parent is not None and _local(parent) in ("channel", "feed")


def _drop_keeping_tail(node: Any) -> None:
    parent = node.getparent()
    previous = node.getprevious()
    if node.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _free(element: Any) -> None:
    """Drop a finished entry and the entries before it: memory holds one entry at a time."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
