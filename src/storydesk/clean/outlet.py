"""Who published an article: metadata, else its address, else the text naming its outlet.

The address is the metadata's url or the line at the top of saved text that gives it
("URL: https://www.bbc.co.uk/news/...", or the bare address ECB+'s "plus" pages open with);
a domain is named by the outlet table (outlets.py), else shown as the registered domain
("latimes.com"). Without either, the text itself is read for the ways an outlet names
itself, each with where it was seen (tests/clean/test_outlet.py checks them on those pages):

- a wire credit opening the story: "KYIV, Ukraine (AP) —", "(Reuters) -", "(CNN) —"
  (zyte/e7994d550087: "LONDON (AP) — ...");
- the holder of its copyright line, its company suffixes cut ("© 2024 Reuters. All rights
  reserved", fundus/Reuters_0; "Copyright 2024 Los Angeles Times", fundus/LATimes_0);
  a publishing group's name ("Condé Nast", "Vox Media") is the owner, not the masthead,
  so a holder counts only when it is also named on the page outside its legal lines;
- the name its appeals give ("Dear Reader - ... please support The Gateway Pundit",
  fundus/TheGatewayPundit_0; "Support The Moscow Times!"), read only in lines the cleaner
  removed (a sign-up box names its newsletter, "subscribe to the Morning Review", not
  itself, spokesman.com);
- the newsroom at work in its own copy (NEWSROOM): its request for comment, its staff
  credited or reporting ("did not immediately respond to The Hill's request for comment",
  "Fox News' Chad Pergram ... contributed to this report"). It outranks a copyright line,
  which can name the owner. Measured over the 261 Zyte and fundus pages, the 381 ECB+
  "plus" pages and the 924 PolNeAR texts (whose addresses or file names give the outlet):
  it names an outlet on 6 pages, rightly on all 6 (The Hill, Fox News x4, USA Today);
Not used: the outlet field of a field strip ("Title/ Newslooks/ WASHINGTON/ J. Mansour/"),
seen only on the example (no such byline on the 261 pages). Not used either, measured on
the 381 ECB+ "plus" pages, whose addresses name their outlets: "X reported" names another
outlet 27 times in 28, "told X" (X a newsroom's name) 35 times in 50 (the example's
Al Jazeera page says "told the Financial Times"); and the verification disclaimer ("The FT
has not independently verified"), which no page of those datasets has in a newsroom's name.

A name is taken only when one candidate leads: two names with equal support mean we cannot
tell, and the report says "Unknown outlet n".
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from storydesk.article import Article, Removed
from storydesk.clean import rules
from storydesk.clean.outlets import (
    DOMAINS,
    is_owner,
    name_as_spelled,
    name_for_domain,
    name_for_initials,
)

KNOWN_DOMAINS = DOMAINS  # the outlet table, by its older name (link/forms.py reads it)
# How the outlet was found (Article.outlet_from); the report's view says each in words.
METADATA, URL, DATELINE, COPYRIGHT, SELF = "metadata", "url", "dateline", "copyright", "text"

# Words of a name are bounded (40 characters): an unbounded word made a search over a long
# run of capitalised, hyphen-joined words quadratic (62 s on a 64,000-character line).
NAME_WORD = r"[A-Z0-9][\w&'’.-]{0,40}"
NAME = rf"((?:The |the )?{NAME_WORD}(?: (?:of |on |and |& |de )?[A-Z][\w&'’.-]{{0,40}}){{0,4}})"
# "KYIV, Ukraine (AP) — ", "(Reuters) - ", "(CNN)": the wire or network credit of a dateline.
WIRE_CREDIT = re.compile(
    r"^(?:[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30}){0,2}\s+)?"
    r"\(([A-Z][\w&.'’ ]{0,24}[\w.])\)\s*(?:[-—–]|$)"
)
COPYRIGHT_START = re.compile(
    r"^(?:all content\s+)?(?:(?:©|\(c\)|copyright)\s*)+(?:(?:\d{4}\s*(?:[-–]\s*\d{4})?)\s*,?\s*)?"
    r"(?:by\s+)?",
    re.I,
)
HOLDER_END = re.compile(r"\.(?:\s|$)|[,|;:]|\s[-–—]\s|\s+all rights|\s+or its\b", re.I)
# One company suffix at the end ("Inc.", ", LLC"); cut again while one is left.
LEGAL_SUFFIX = re.compile(
    r",?\s(?:inc|llc|l\.l\.c|ltd|limited|pty|pvt|plc|corp|corporation|co|company|gmbh|"
    r"s\.a|ag)\.?$",
    re.I,
)
HOLDER_CHARS = 80
# A publishing group's words: the masthead is what comes before them ("Telegraph Media
# Group" -> "Telegraph", "Al Jazeera Media Network" -> "Al Jazeera").
GROUP_WORDS = re.compile(
    r"\s(?:&\s)?(?:media|group|network|communications|interactive|holdings|publishing|"
    r"publications|enterprises|newspapers|entertainment|digital)\b",
    re.I,
)
# "Support The Moscow Times!", "By supporting The Moscow Times, you're defending ...",
# "please support The Gateway Pundit" (fundus/TheGatewayPundit_0).
APPEAL_NAME = re.compile(rf"\b[Ss]upport(?:ing)? {NAME}(?:[!,.]|$| today| now| by| with)")
POSSESSIVE = re.compile(r"['’]s\b")  # "support NASCAR's Denny Hamlin": a headline, no appeal
# The newsroom at work in its own copy: its request for comment, its staff credited or
# reporting ("did not immediately respond to The Hill's request for comment", zyte/156770d676ce;
# "Fox News' Chad Pergram and David Spunt contributed to this report", fundus/FoxNews_1;
# "Fox News Digital's Peter Aiken contributed", fundus/FoxNews_1; "USA TODAY's request for
# comment", PolNeAR usa-today_2015-11-27; "Al Jazeera's Yulia Shapovalova, reporting from
# Moscow", the example). The name opens a sentence or follows "to": a word before it that
# opens the sentence ("Meanwhile") would otherwise join it.
STAFF = r"(?:[A-Z][\w.'’-]{0,30} ){0,2}[A-Z][\w.'’-]{0,30}"
NEWSROOM = re.compile(
    rf"(?:^|(?<=[.!?”\"] )|(?<=\bto ))(?!(?:A|An|In|On|At|By|For|But|And|Meanwhile) )"
    rf"{NAME}(?:['’]s?) (?:request for comment|{STAFF}(?: and {STAFF})?"
    r"(?: contributed (?:to this (?:report|story|article)|reporting)|, reporting from [A-Z]))"
)
TOP_LINES = 3
ADDRESS_LINE = re.compile(
    r"^(?:(?:url|source|link|address|permalink|original(?: url)?|saved from)\s*:\s*)?<?"
    r"(https?://[^\s<>]+?)>?$",
    re.I,
)
# Addresses at the top of saved text that are not the article's own: shorteners, embeds.
NOT_ARTICLE_HOSTS = ("t.co", "bit.ly", "pic.twitter.com", "twitter.com", "x.com",
                     "youtube.com", "youtu.be", "instagram.com", "facebook.com", "tiktok.com")
ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(https?://.+)$", re.I)


def infer(article: Article) -> None:
    """Fill ``outlet`` and ``outlet_from`` unless metadata already gave them."""
    if article.outlet:
        article.outlet_from = article.outlet_from or METADATA
        return
    name = from_url(article.url) if article.url else None
    if name:
        article.outlet, article.outlet_from = name, URL
        return
    found = from_text(article)
    if found:
        article.outlet, article.outlet_from = found


def from_url(url: str) -> str | None:
    """The outlet table's name for the address's domain, else the registered domain."""
    host = (urlsplit(url).hostname or "").casefold()
    if not host or "." not in host:
        return None
    return name_for_domain(host)


def take_address(article: Article, lines: list[str]) -> list[str]:
    """An address line among the first lines of saved text: the article's url, removed."""
    for index, line in enumerate(lines[:TOP_LINES]):
        url = address(line)
        if url:
            article.url = article.url or url
            article.removed.append(Removed(line, rules.ADDRESS))
            return lines[:index] + lines[index + 1 :]
    return lines


def address(line: str) -> str | None:
    match = ADDRESS_LINE.match(line.strip())
    if not match:
        return None
    url = match.group(1).rstrip(".,;")
    archived = ARCHIVE.match(url)
    url = archived.group(1) if archived else url
    host = (urlsplit(url).hostname or "").casefold().removeprefix("www.")
    if not host or "." not in host or host.endswith(NOT_ARTICLE_HOSTS):
        return None
    return url


def from_text(article: Article) -> tuple[str, str] | None:
    """(name, how) from the text: a wire credit, else copyright holders and appeals; None
    when nothing names the outlet or two names tie."""
    removed = [r for r in article.removed if r.reason != rules.ADDRESS]
    body = [line for line in article.text.split("\n") if line.strip()]
    credits = Counter(_wire_credits(body[:TOP_LINES]))
    if credits:
        leader = _leader(credits)
        return (leader, DATELINE) if leader else None
    # The newsroom naming itself at work outranks a copyright line, which may name the
    # owner ("© 2019 News Communications", thehill.com: zyte/156770d676ce).
    newsroom = Counter(_newsroom_names(removed, body))
    if newsroom:
        leader = _leader(newsroom)
        return (leader, SELF) if leader else None
    holders = _copyright_holders(removed, body)
    chrome = Counter(holders + _appeal_names(removed))
    leader = _leader(chrome)
    if leader is None:
        return None
    return leader, COPYRIGHT if _bare(leader).casefold() in _keys(holders) else SELF


def _wire_credits(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        match = WIRE_CREDIT.match(line)
        if match and len(match.group(1).split()) <= 3:
            found.append(_display(match.group(1)))
    return found


def _copyright_holders(removed: list[Removed], body: list[str]) -> list[str]:
    """Holders of copyright lines, each only when the page names it elsewhere too."""
    legal = [r.text for r in removed if COPYRIGHT_START.match(r.text) and _has_mark(r.text)]
    others = "\n".join([r.text for r in removed if r.text not in legal] + body).casefold()
    found = []
    for line in legal:
        holder = copyright_holder(line)
        if holder and _bare(holder).casefold() in others:
            found.append(holder)
    return found


def _has_mark(line: str) -> bool:
    return bool(re.match(r"^(?:all content\s+)?(?:©|\(c\)|copyright\s*(?:©|\d{4}))", line, re.I))


def copyright_holder(line: str) -> str | None:
    """"© 2019 The New York Times Company" -> "The New York Times"; None for "Copyright
    Policy" and lines naming no holder."""
    start = COPYRIGHT_START.match(line)
    if not start:
        return None
    rest = line[start.end() : start.end() + HOLDER_CHARS]
    end = HOLDER_END.search(rest)
    holder = (rest[: end.start()] if end else rest).strip()
    while suffix := LEGAL_SUFFIX.search(holder):
        holder = holder[: suffix.start()].strip()
    group = GROUP_WORDS.search(holder)
    holder = (holder[: group.start()] if group else holder).strip(" &")
    if not re.fullmatch(NAME, holder) or holder.casefold() in ("policy", "notice", "info"):
        return None
    return None if is_owner(holder) else _display(holder)


def _appeal_names(removed: list[Removed]) -> list[str]:
    return [_display(m.group(1)) for entry in removed
            for m in APPEAL_NAME.finditer(entry.text) if not POSSESSIVE.search(m.group(1))]


def _newsroom_names(removed: list[Removed], body: list[str]) -> list[str]:
    lines = [entry.text for entry in removed] + body
    found = []
    for line in lines:
        for match in NEWSROOM.finditer(line):
            name = match.group(1)
            group = GROUP_WORDS.search(name)  # "Fox News Digital's Peter Aiken": Fox News
            name = name[: group.start()] if group else name
            if name and not is_owner(name):
                found.append(_display(name))
    return found


def _display(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.strip().rstrip(".’'"))
    rest = name[4:] if name.lower().startswith("the ") else name
    if rest.isupper() and len(rest) <= 4:
        return name_for_initials(rest) or rest  # "The FT" -> "Financial Times"
    if rest.isupper():
        # "USA TODAY" -> the table's "USA Today"; "THE INTERCEPT" -> "The Intercept"
        return name_as_spelled(name) or name.title()
    return name


def _bare(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _keys(names: list[str]) -> set[str]:
    return {_bare(name).casefold() for name in names}


def _leader(candidates: Counter[str]) -> str | None:
    """The one name with the most support; forms of one name ("The Moscow Times", "Moscow
    Times") count together, under the longest."""
    merged: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for name, count in candidates.items():
        key = _bare(name).casefold()
        merged[key] += count
        if len(name) > len(spelled.get(key, "")):
            spelled[key] = name
    ranked = merged.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return spelled[ranked[0][0]]
