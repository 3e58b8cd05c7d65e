"""Main text and metadata from raw HTML, with trafilatura; what it leaves out is recorded.

Extraction settings live in one trafilatura ``Extractor`` (its own options object) rather
than a long keyword list. Metadata a container gave (feed entry, WARC URI, JSONL fields)
wins over what the page says about itself: the container is the more deliberate source.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document, Extractor

from storydesk.article import Article, Removed
from storydesk.clean.boilerplate import keep_article_lines
from storydesk.clean.outlet import from_url
from storydesk.clean.structure import HEADLINE
from storydesk.ingest.base import http_url
from storydesk.options import Options

CHROME_REASON = "page chrome outside the main text (HTML extraction)"
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head")
TEXT_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "td", "dd", "figcaption", "blockquote", "a")
# Fewer words than this is a menu or a cookie banner, not an article (shortest news briefs
# run to a few sentences).
MIN_WORDS = 15
TOO_SHORT_REASON = "too little text for an article (HTML extraction)"
PARAGRAPH_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", ")")
SAMPLE_LINES = 5
SAMPLE_CHARS = 300
SPACE = re.compile(r"\s+")
# Characters compared at most when looking for left-out lines inside the kept text.
SUBSTRING_BUDGET = 200_000_000


def extract(article: Article, options: Options) -> None:
    """Set ``text`` and fill missing title, author, published, outlet and url from the page."""
    document = _bare_extraction(article)
    if document is None:
        article.notes.append("HTML extraction found no main text")
        return
    _apply_metadata(article, document)
    lines = [SPACE.sub(" ", line).strip() for line in (document.text or "").splitlines()]
    lines = join_wrapped([line for line in lines if line])
    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        article.removed.append(Removed("\n".join(lines), TOO_SHORT_REASON))
        article.notes.append(f"HTML extraction found no main text (under {MIN_WORDS} words)")
        return
    lines = _drop_headline(lines, article)
    lines = keep_article_lines(article, lines, by_form=False)
    if lines and document.description and _key(lines[0]) == _key(document.description):
        article.standfirst = lines[0]  # recorded, but kept in the body as plain text does
    article.text = "\n".join(lines)
    _record_chrome(article, lines)


def extractor_for(article: Article) -> Extractor:
    """Trafilatura settings: main text only (no comments), with metadata."""
    return Extractor(
        output_format="python",
        with_metadata=True,
        comments=False,
        url=article.url,
    )


def _bare_extraction(article: Article) -> Document | None:
    try:
        document = trafilatura.bare_extraction(article.raw, options=extractor_for(article))
    except (ValueError, TypeError, etree.LxmlError) as exc:
        article.notes.append(f"HTML extraction failed: {type(exc).__name__}: {exc}")
        return None
    return document if isinstance(document, Document) and document.text else None


def _apply_metadata(article: Article, document: Document) -> None:
    article.title = article.title or _clean(document.title)
    article.author = article.author or _clean(document.author)
    article.url = article.url or http_url(_clean(document.url))  # never file: or javascript:
    if not article.published and document.date:
        article.published, article.published_from = document.date, "metadata"
    sitename = _clean(document.sitename)
    if not article.outlet and sitename and not _is_hostname(sitename, document.hostname):
        article.outlet, article.outlet_from = sitename.lstrip("@"), "metadata"
    if not article.outlet and article.url:
        domain = from_url(article.url)
        if domain:
            article.outlet, article.outlet_from = domain, "url"


def join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin a paragraph that the page hard-wrapped: a line that ends mid-sentence and a
    next line starting in lower case are one paragraph (text lines are paragraphs here)."""
    joined: list[str] = []
    for line in lines:
        if joined and line[0].islower() and not joined[-1].endswith(PARAGRAPH_ENDS):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _is_hostname(sitename: str, hostname: str | None) -> bool:
    """trafilatura falls back to the host as site name; that is the URL's word, not the page's."""
    host = (hostname or "").casefold().removeprefix("www.")
    return bool(host) and sitename.casefold().removeprefix("www.") == host


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    return SPACE.sub(" ", value).strip() or None


def _drop_headline(lines: list[str], article: Article) -> list[str]:
    """Pages often repeat the headline as the body's first line; it is the title, not text."""
    if lines and article.title and _key(lines[0]) == _key(article.title):
        article.removed.append(Removed(lines[0], HEADLINE))
        return lines[1:]
    return lines


def _record_chrome(article: Article, kept: list[str]) -> None:
    """One Removed entry summing up the page text extraction left out (menus, footers...)."""
    # Substring test, not equality: a link or list item inside a kept paragraph is kept.
    # Kept lines are found by equality first; a substring search for every line made a large
    # page quadratic (a 49 MB page ran for minutes, issue 12), so past SUBSTRING_BUDGET the
    # remaining lines are counted as left out unsearched.
    kept_keys = {_key(line) for line in kept}
    kept_text = _key("\n".join(kept))
    unmatched = [line for line in visible_lines(article.raw) if _key(line) not in kept_keys]
    if len(unmatched) * len(kept_text) > SUBSTRING_BUDGET:
        left_out = unmatched
    else:
        left_out = [line for line in unmatched if _key(line) not in kept_text]
    if not left_out:
        return
    chars = sum(len(line) for line in left_out)
    sample = " | ".join(left_out[:SAMPLE_LINES])[:SAMPLE_CHARS]
    summary = f"{len(left_out)} lines ({chars} characters) left out, e.g.: {sample}"
    article.removed.append(Removed(summary, CHROME_REASON))


def visible_lines(page: str) -> list[str]:
    """Text a reader would see on the page, one block a line (scripts and styles dropped)."""
    try:
        # Bytes with an explicit parser encoding: lxml guesses Latin-1 for undeclared bytes
        # and refuses str pages that carry an XML encoding declaration.
        # A parser per call: lxml parsers must not be shared between threads.
        parser = lxml.html.HTMLParser(encoding="utf-8")
        root = lxml.html.fromstring(page.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError):
        return []
    for element in list(root.iter(*INVISIBLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    lines: list[str] = []
    for block in root.iter(*TEXT_BLOCKS):
        text = SPACE.sub(" ", block.text_content()).strip()
        if text:
            lines.append(text)
    return list(dict.fromkeys(lines))


def _key(line: str) -> str:
    return SPACE.sub(" ", line).strip().casefold()
