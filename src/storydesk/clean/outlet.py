"""Who published an article: metadata, else the URL's domain, else the text naming itself.

Self-reference is read from the removed boilerplate (mastheads, donation and newsletter
appeals, bylines) and, more weakly, from stock phrases of the body ("The FT has not
independently verified"). A name is taken only when one candidate stands in the strongest
tier that has any: two different names mean we cannot tell.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storydesk.article import Article
from storydesk.clean import rules, structure

# Words of a name are bounded (40 characters): an unbounded word made a search over a long
# run of capitalised, hyphen-joined words quadratic (62 s on a 64,000-character line).
NAME = r"((?:The |the )?[A-Z][\w&'’.-]{0,40}(?: (?:of |on |and |de |)?[A-Z][\w&'’.-]{0,40}){0,4})"
STRONG = tuple(
    re.compile(pattern)
    for pattern in (
        rf"^Support {NAME}\s*!$",
        rf"^A [Mm]essage from {NAME}\s*:$",
        rf"\bBy supporting {NAME},",
        rf"\bjournalists (?:of|at) {NAME}\b",
        rf"^(?:©|\(c\)|Copyright)\s*(?:\d{{4}}\s*)?{NAME}",
        rf"\b(?:and more|newsletter) from {NAME}\.",
    )
)
WEAK = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b{NAME} (?:has|could) not (?:been able to )?independently (?:verify|verified)",
        rf"\b{NAME}['’]s [A-Z][\w'’-]+ [A-Z][\w'’-]+, reporting from\b",
    )
)
# Reasons of removed lines in which an outlet names itself.
SELF_REASONS = (rules.DONATION, rules.NEWSLETTER, rules.LEGAL, rules.BYLINE, structure.BYLINE)
DOMAIN_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.", "beta.")
KNOWN_DOMAINS = {
    "apnews.com": "AP News",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "nytimes.com": "The New York Times",
    "theguardian.com": "The Guardian",
    "reuters.com": "Reuters",
    "washingtonpost.com": "The Washington Post",
    "aljazeera.com": "Al Jazeera",
    "ft.com": "Financial Times",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "bloomberg.com": "Bloomberg",
    "wsj.com": "The Wall Street Journal",
    "npr.org": "NPR",
    "afp.com": "AFP",
    "dw.com": "DW",
    "france24.com": "France 24",
    "economist.com": "The Economist",
}


def infer(article: Article) -> None:
    """Fill ``outlet`` and ``outlet_from`` unless metadata already gave them."""
    if article.outlet:
        article.outlet_from = article.outlet_from or "metadata"
        return
    name = from_url(article.url) if article.url else None
    if name:
        article.outlet, article.outlet_from = name, "url"
        return
    name = from_text(article)
    if name:
        article.outlet, article.outlet_from = name, "text"


def from_url(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").casefold()
    for prefix in DOMAIN_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    if not host or "." not in host:
        return None
    return KNOWN_DOMAINS.get(host, host)


def from_text(article: Article) -> str | None:
    strong = _candidates(_boilerplate_lines(article), STRONG) | _byline_outlets(article)
    if strong:
        return _unique(strong)
    return _unique(_candidates(article.text.split("\n"), WEAK))


def _boilerplate_lines(article: Article) -> list[str]:
    removed = [r.text for r in article.removed if r.reason in SELF_REASONS]
    return removed + article.text.split("\n")[:3]


def _candidates(lines: list[str], patterns: tuple[re.Pattern[str], ...]) -> set[str]:
    found: set[str] = set()
    for line in lines:
        for pattern in patterns:
            for match in pattern.finditer(line):
                found.add(_display(match.group(1)))
    return found


def _byline_outlets(article: Article) -> set[str]:
    """In "Title/ Outlet/ PLACE/ Author/": the part just before the all-caps dateline."""
    found: set[str] = set()
    for removed in article.removed:
        if removed.reason != structure.BYLINE:
            continue
        parts = structure.byline_parts(removed.text)
        for index, part in enumerate(parts[1:], start=1):
            if part.isupper() and len(part.split()) <= 4 and len(parts[index - 1].split()) <= 4:
                found.add(parts[index - 1])
                break
    return found


def _display(name: str) -> str:
    name = name.strip().rstrip(".’'")
    rest = name[4:] if name.lower().startswith("the ") else name
    return rest if rest.isupper() else name  # "The FT" → "FT"; "The Daily Star" stays


def _unique(candidates: set[str]) -> str | None:
    by_key = {name.casefold(): name for name in candidates}
    return next(iter(by_key.values())) if len(by_key) == 1 else None
