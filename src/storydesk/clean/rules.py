"""Named line rules for plain-text cleaning: each says why a whole line is not the article.

Rules are tried in order and the first match gives the reason. Every pattern matches the
whole line (or a marker that never occurs in prose, like ``pic.twitter.com``), so a sentence
of the article that merely mentions a newsletter or a rating is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

TWEET = "tweet embed"
DONATION = "donation appeal"
NEWSLETTER = "newsletter or subscription prompt"
RATING = "rating widget"
NAVIGATION = "navigation or related-links line"
SHARE = "share buttons"
FURNITURE = "page furniture (buttons, prompts, templates)"
CAPTION = "photo caption (kept in captions)"
TIMESTAMP = "timestamp (publication date)"
LEGAL = "copyright or legal line"
BYLINE = "byline"
LINK = "link line (a bare URL or a prompt to follow one)"
# A bare link, or a short prompt that ends in one ("Follow AP's climate coverage at https://…",
# "AP NFL: https://…", "Read more at www.…"). A listing that merely ends with a web address
# ("Easter trail 23 March–14 April. www.…") is content and stays.
LINK_LINE = re.compile(
    r"^(?:(?:follow|visit|read|see|more|watch|listen|download|subscribe|sign up|find|get|"
    r"click)\b[^.“”\"]{0,80}?\s|[^.:“”\"]{1,40}:\s*)?(?:https?://|www\.)\S+?[.)]?$",
    re.I,
)

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
DATE = (
    rf"(?:{WEEKDAY}\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
TIME = r"(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"
TIMESTAMP_LINE = re.compile(
    rf"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?:?\s*)?"
    rf"{DATE}(?:\s*(?:at|,|-|–|\|)?\s*{TIME})?(?:\s*(?:GMT|UTC|[A-Z]{{2,4}})(?:[+-]\d+)?)?$",
    re.I,
)
TWEET_SIGNATURE = re.compile(rf"^[—–-]\s*.{{1,120}}\(@\w{{1,15}}\)\s*(?:{DATE})?\s*$", re.I)
CREDIT_WORDS = (
    r"via AP|AP Photo|AP|Reuters|Getty Images|Getty|AFP|EPA|Bloomberg|Shutterstock|"
    r"Pool Photo|File Photo|Photo|Photograph|Handout"
)
CAPTION_CREDIT = re.compile(rf"\((?:[^()]*\b(?:{CREDIT_WORDS})\b[^()]*)\)\s*$")
CAPTION_START = re.compile(
    r"^(?:FILE\s*[–—-]|FILE PHOTO\b|In this (?:photo|image|handout|file photo)\b|"
    r"This (?:photo|image|handout photo)\b|(?:Photo|Image|Photograph)(?: source)?\s*[:,]|"
    r"Image caption\s*[:,])",
    re.I,
)
# "... Credit: Name/Agency", "... Photograph: Name/Agency": a credit closing a caption.
CAPTION_TAIL = re.compile(
    r"\b(?:Credit|Photograph|Photo|Picture|Image|Illustration)(?: by|:)\s*[^.!?]{2,80}$"
)
# A whole line in brackets with no sentence inside: "(Getty)", "(Jason Armond / LA Times)".
BARE_CREDIT = re.compile(r"^\((?:[^().!?]{2,80})\)$")
# "Name | Moment | Getty Images" or "Name/Reuters"; "Headline | Reuters" is a page title.
AGENCY_CREDIT = re.compile(
    r"^(?:[^.!?|/]{2,40}[|/]\s*){1,3}(?:Getty Images|Reuters|AP|AFP|EPA|PA Wire|"
    r"Shutterstock|Bloomberg)\s*$"
)


@dataclass(frozen=True, slots=True)
class LineRule:
    """A named test on one stripped line; ``reason`` is what ``Removed`` records."""

    name: str
    reason: str
    test: Callable[[str], bool]


def _full(*patterns: str) -> Callable[[str], bool]:
    """A test that any of ``patterns`` matches the whole line, ignoring case."""
    compiled = re.compile(r"^(?:" + "|".join(patterns) + r")$", re.I)
    return lambda line: bool(compiled.match(line))


APPEAL_CUES = (
    "support us",
    "support our",
    "donate",
    "donation",
    "your support",
    "every contribution",
    "your contribution",
    "help us",
    "our journalism",
    "independent journalism",
    "standing with us",
    "become a member",
    "monthly",
)


def looks_like_appeal(line: str) -> bool:
    """Prose asking the reader for money: two or more first-person appeal cues."""
    lowered = line.casefold()
    return sum(cue in lowered for cue in APPEAL_CUES) >= 2


# "(Reporting by …; Editing by …)" credits the story's journalists: it is part of the
# article, as "AFP contributed reporting." is, and never a photo caption.
STORY_CREDIT = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b", re.I
)


def looks_like_caption(line: str) -> bool:
    if STORY_CREDIT.match(line):
        return False
    if CAPTION_START.match(line) or BARE_CREDIT.match(line) or CAPTION_TAIL.search(line):
        return True
    if AGENCY_CREDIT.match(line) and (
        line.count("|") + line.count("/") >= 2 or len(line.split()) <= 5
    ):
        return True
    # A credit in brackets at the very end is how wire photos are captioned.
    return bool(CAPTION_CREDIT.search(line)) and len(line.split()) >= 6


LINE_RULES: tuple[LineRule, ...] = (
    LineRule("tweet_link", TWEET, lambda line: "pic.twitter.com/" in line),
    LineRule("tweet_signature", TWEET, lambda line: bool(TWEET_SIGNATURE.match(line))),
    LineRule(
        "donation_banner",
        DONATION,
        _full(
            r"support\s+(?:us|[A-Z][\w.&' -]{1,60})\s*!",
            r"(?:donate|give|contribute)(?: now| today)?[.!]?",
            r"a message from .{2,60}:",
            r"dear (?:readers?|friends|subscribers|supporters)[,!:]?",
            r"not ready to (?:support|donate|give|contribute).{0,30}",
            r"remind me later\.?",
            r"(?:paiment|payment) methods?",
            r"(?:make|become) a (?:one-time |monthly )?(?:contribution|donation|member|supporter)"
            r".{0,40}",
        ),
    ),
    LineRule("donation_prose", DONATION, looks_like_appeal),
    LineRule(
        "newsletter",
        NEWSLETTER,
        _full(
            r"(?:sign up|subscribe|register)(?: now| today| here)?(?: for| to)? (?:our|the|a) "
            r".{0,60}(?:newsletters?|briefing|digest|alerts?)[.!]?",
            r"(?:our|this) .{0,30}newsletter .{0,300}",
            r"subscribers? agree to .{0,60}",
            r"by (?:signing up|subscribing|registering),? you agree .{0,120}",
            r"subscribe(?: now| today| here)?[.!]?",
            r"already (?:a subscriber|have an account)\?.{0,40}",
            r"enter your e-?mail(?: address)?.{0,40}",
            r"get (?:our|the) .{0,40}newsletter.{0,60}",
            r"please enter a valid e-?mail(?: address)?\.?",
            r"thanks? (?:you )?for (?:signing up|registering|subscribing).{0,80}",
            r"i would like to be emailed about .{0,120}",
            r"privacy notice: newsletters .{0,200}",
            r"after newsletter promotion",
            r"sign ?up(?: now| here)?[.!]?",
        ),
    ),
    LineRule(
        "rating",
        RATING,
        _full(
            r"how (?:useful|helpful) was this (?:article|post|story)\?",
            r"click on a star to rate it!?",
            r"average rating [\d.]+ ?/ ?\d+\.? vote count: ?\d+",
            r"no votes so far!.{0,60}",
            r"rate this (?:article|post|story).{0,20}",
            r"(?:was|is) this (?:article|post|story) (?:helpful|useful)\?.{0,20}",
            r"we are sorry that this (?:post|article) was not useful for you!?",
            r"let us improve this (?:post|article)!?",
            r"tell us how we can improve this (?:post|article)\??",
        ),
    ),
    LineRule(
        "share",
        SHARE,
        _full(
            r"(?:(?:share|tweet|email|e-mail|print|copy link|copied|whatsapp|facebook|twitter|x|"
            r"linkedin|reddit|pinterest|telegram|flipboard|messenger|comments?)"
            r"(?: this (?:article|story|page))?(?: on \w+)?[\s,|•·/]*){1,8}",
        ),
    ),
    LineRule(
        "navigation",
        NAVIGATION,
        _full(
            r"(?:recommended|related|suggested|trending|popular|top|latest|more|most read|"
            r"most popular|most viewed|editor'?s picks)(?: for you| now| stories| articles| news|"
            r" posts| videos| content| coverage| topics| reading| headlines)?:?",
            r"read (?:more|next|also|this)(?: stories| articles)?:?",
            r"read (?:more|also) ?(?:on|about|from|:) .{1,80}",
            r"more (?:on|from|in|about) [\w'’ .&-]{1,40}",
            r"(?:previous|next|prev\.?|older|newer) (?:article|post|story|page)",
            r"(?:main )?menu|home|search|skip to (?:main )?content|back to top|sign in|log in|"
            r"log out|advertisement|sponsored(?: content)?|"
            r"story continues below(?: advertisement)?",
            r"continue reading(?: below)?|listen to (?:this )?(?:article|story).{0,30}",
            r"\d+\s*min(?:ute)?s? read",
            r"list of \d+ items(?:\s*end of list)?|end of list",
            r"follow (?:us|[A-Z][\w ]{1,40}) on (?:twitter|x|facebook|instagram|telegram|"
            r"google news|whatsapp|youtube).{0,40}",
            r"(?:watch|listen|video|podcast|gallery)(?: now)?:?",
        ),
    ),
    LineRule(
        "legal",
        LEGAL,
        _full(
            r"(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}.{0,160}",
            r"this material may not be published, broadcast, rewritten,? or redistributed.{0,80}",
            r"all rights reserved\.?.{0,80}",
            r"(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings))"
            r"(?:\s*[|•·]\s*.{0,40})*",
        ),
    ),
    LineRule(
        "furniture",
        FURNITURE,
        _full(
            r"save (?:this )?(?:story|article)|back|close(?: alert)?|✕|×|current issue|topics|"
            r"explore more on these topics|view image in fullscreen|ad policy|watch live|"
            r"more about|accessibility statement|contact the author:?",
            r"don'?t show me this message again",
            r"click (?:here )?to (?:hide|read more|expand|show|view|load).{0,60}",
            r"please read our comment policy.{0,60}|please refresh the page .{0,100}",
            r"find your bookmarks .{0,120}",
            r"(?:leave|post|view|show|load) (?:a )?comments?.{0,20}",
            r", opens new tab|[_*=~-]{3,}|\d+ of \d+ ?\|?",
            r".{0,200}(?:\{\{.{0,200}\}\}|\[(?:hour|minute|day|year|month\w*)\]).{0,200}",
        ),
    ),
    LineRule("link", LINK, lambda line: bool(LINK_LINE.match(line))),
    LineRule("caption", CAPTION, looks_like_caption),
    LineRule(
        "byline",
        BYLINE,
        _full(r"by\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*,?){0,7}"),
    ),
)


def classify(line: str) -> str | None:
    """The reason of the first rule that takes ``line`` (None: the line stays)."""
    for rule in LINE_RULES:
        if rule.test(line):
            return rule.reason
    return None


def is_timestamp(line: str) -> bool:
    """A line that is nothing but a date, maybe with a time and a Published/Updated label."""
    return bool(TIMESTAMP_LINE.match(line))
