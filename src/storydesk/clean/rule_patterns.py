"""The whole-line patterns of the line rules (``rules.LINE_RULES``), each with what it catches
and the real page it was seen on (tests/clean/test_rule_provenance.py checks each there)."""

from __future__ import annotations

from dataclasses import dataclass

from storydesk.clean.line_checks import LINK_LINE, TWEET_SIGNATURE


@dataclass(frozen=True, slots=True)
class Pattern:
    """One whole-line pattern (matched ignoring case), what it catches and where it was seen.

    ``where`` names a real page of another outlet than the flagship example's, keyed as the
    boilerplate evaluation keys it (``zyte/<id prefix>`` or ``fundus/<Publisher>_<n>`` under
    ../shared/datasets), ``outlet`` its site, and ``line`` a line of that page the pattern
    takes; tests/clean/test_rule_provenance.py checks each against the page itself.
    """

    regex: str
    catches: str
    where: str
    outlet: str
    line: str


def _p(regex: str, catches: str, where: str, outlet: str, line: str) -> Pattern:
    return Pattern(regex, catches, where, outlet, line)


TWEET_LINK_PATTERNS = (
    _p(
        r".*pic\.twitter\.com/.*",
        "a tweet's text with its picture link",
        "zyte/16c30add7e96",
        "vox.com",
        "I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq",
    ),
)


TWEET_SIGNATURE_PATTERNS = (
    _p(
        TWEET_SIGNATURE.pattern,
        "an embedded tweet's signature line",
        "zyte/0dd135704572",
        "theparadigmng.com",
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",
    ),
)


DONATION_BANNER_PATTERNS = (
    _p(
        r"(?:donate|give|contribute)(?: now| today)?[.!]?",
        "a donate button",
        "fundus/TheGatewayPundit_0",
        "thegatewaypundit.com",
        "Donate",
    ),
    _p(
        r"(?:make|become) a (?:one-time |monthly )?(?:contribution|donation|member|"
        r"supporter).{0,40}",
        "a membership or contribution button",
        "zyte/5fa3154ec031",
        "theguardian.com",
        "Make a contribution",
    ),
)


DONATION_PROSE_PATTERNS = (
    _p(
        "",
        "prose asking the reader to support the outlet, in its own voice",
        "zyte/851498a2b9f4",
        "slate.com",
        "Slate relies on advertising to support our journalism. If you value our work,"
        " please disable your ad blocker.",
    ),
)


NEWSLETTER_PATTERNS = (
    _p(
        r"(?:sign up|subscribe|register)(?: now| today| here)?(?: for| to)? (?:our|the|a) "
        r".{0,60}(?:newsletters?|briefing|digest|alerts?)[.!]?",
        "a newsletter sign-up heading",
        "zyte/291a8bf33ee4",
        "crn.com",
        "Subscribe to our Newsletters",
    ),
    _p(
        r"(?:our|this) .{0,30}newsletter .{0,300}",
        "a newsletter's description",
        "fundus/TheNewYorker_0",
        "newyorker.com",
        "Our flagship newsletter highlights the best of The New Yorker, including top"
        " stories, fiction, humor, and podcasts.",
    ),
    _p(
        r"by (?:signing up|subscribing|registering),? you agree .{0,120}",
        "the consent line under a sign-up box",
        "zyte/16c30add7e96",
        "vox.com",
        "By signing up, you agree to our Privacy Policy and European users agree to the"
        " data transfer policy.",
    ),
    _p(
        r"subscribe(?: now| today| here)?[.!]?",
        "a subscribe button",
        "zyte/042bb7b5fedab6ea",
        "wsj.com",
        "Subscribe Now",
    ),
    _p(
        r"enter your e-?mail(?: address)?.{0,40}",
        "an e-mail field's label",
        "zyte/5f9c5ed5d64d",
        "indiapost.com",
        "Enter your email address:",
    ),
    _p(
        r"get (?:our|the) .{0,40}newsletter.{0,60}",
        "a newsletter offer",
        "zyte/098bb3e96c0a",
        "latimes.com",
        "Get our daily Entertainment newsletter",
    ),
    _p(
        r"please enter a valid e-?mail(?: address)?\.?",
        "a sign-up form's error",
        "fundus/FoxNews_2",
        "foxnews.com",
        "Please enter a valid email address.",
    ),
    _p(
        r"thanks? (?:you )?for (?:signing up|registering|subscribing).{0,80}",
        "a sign-up form's confirmation",
        "zyte/08f793762792",
        "cbssports.com",
        "Thanks for signing up!",
    ),
    _p(
        r"i would like to be emailed about .{0,120}",
        "a marketing consent box",
        "fundus/TheIndependent_0",
        "independent.co.uk",
        "I would like to be emailed about offers, events and updates from The"
        " Independent. Read our privacy notice",
    ),
    _p(
        r"after newsletter promotion",
        "the Guardian's marker after a newsletter box",
        "fundus/TheGuardian_0",
        "theguardian.com",
        "after newsletter promotion",
    ),
    _p(
        r"sign ?up(?: now| here)?[.!]?",
        "a sign-up button",
        "zyte/374ac9a59a85",
        "cnbc.com",
        "Sign Up Now",
    ),
)


SHARE_PATTERNS = (
    _p(
        r"(?:(?:share|tweet|email|e-mail|print|copy link|copied|whatsapp|facebook|twitter|"
        r"x|linkedin|reddit|pinterest|telegram|flipboard|messenger|comments?)"
        r"(?: this (?:article|story|page))?(?: on \w+)?[\s,|•·/]*){1,8}",
        "share buttons",
        "zyte/042bb7b5fedab6ea",
        "wsj.com",
        "Share",
    ),
)


NAVIGATION_PATTERNS = (
    _p(
        r"(?:recommended|related|suggested|trending|popular|top|latest|more|most read|"
        r"most popular|most viewed|editor'?s picks)(?: for you| now| stories| articles|"
        r" news| posts| videos| content| coverage| topics| reading| headlines)?:?",
        "a related-links heading",
        "zyte/042bb7b5fedab6ea",
        "wsj.com",
        "Most Popular Articles",
    ),
    _p(
        r"read (?:more|next|also|this)(?: stories| articles)?:?",
        "a read-more link",
        "zyte/432362af0be4",
        "nypost.com",
        "Read Next",
    ),
    _p(
        r"read (?:more|also) ?(?:on|about|from|:) .{1,80}",
        "a read-more link with its headline",
        "zyte/360c732d1fdb",
        "cityam.com",
        "Read more: Tencent profit falls as Alibaba threat and economic woes weigh",
    ),
    _p(
        r"more (?:on|from|in|about) [\w'’ .&-]{1,40}",
        "a more-from-section heading",
        "zyte/0d46122928b6",
        "sportsnet.ca",
        "More from Sportsnet",
    ),
    _p(
        r"(?:previous|next|prev\.?|older|newer) (?:article|post|story|page)",
        "a previous/next link",
        "zyte/921019755f4a",
        "news.sky.com",
        "Previous article",
    ),
    _p(
        r"(?:main )?menu|home|search|skip to (?:main )?content|back to top|sign in|"
        r"log in|log out|advertisement|sponsored(?: content)?|"
        r"story continues below(?: advertisement)?",
        "menu items and ad markers",
        "zyte/042bb7b5fedab6ea",
        "wsj.com",
        "Sign In",
    ),
    _p(
        r"continue reading(?: below)?|listen to (?:this )?(?:article|story).{0,30}",
        "a continue-reading or listen button",
        "zyte/51374560f400",
        "foxbusiness.com",
        "Continue Reading Below",
    ),
    _p(
        r"\d+\s*min(?:ute)?s? read",
        "a reading-time label",
        "zyte/57d46c9d751e",
        "reuters.com",
        "5 Min Read",
    ),
    _p(
        r"follow (?:us|[A-Z][\w ]{1,40}) on (?:twitter|x|facebook|instagram|telegram|"
        r"google news|whatsapp|youtube).{0,40}",
        "a follow-us prompt",
        "zyte/35b158918c67",
        "cleveland.com",
        "Follow us on Twitter",
    ),
    _p(
        r"(?:watch|listen|video|podcast|gallery)(?: now)?:?",
        "a media tab",
        "zyte/08f793762792",
        "cbssports.com",
        "Watch",
    ),
)


LEGAL_PATTERNS = (
    _p(
        r"(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}.{0,160}",
        "a copyright line",
        "zyte/04a6711caa7c",
        "nytimes.com",
        "© 2019 The New York Times Company",
    ),
    _p(
        r"this material may not be published, broadcast, rewritten,? or redistributed"
        r".{0,80}",
        "the wire's redistribution notice",
        "zyte/51374560f400",
        "foxbusiness.com",
        "This material may not be published, broadcast, rewritten,"
        " or redistributed. ©2019 FOX News Network, LLC. All rights reserved. FAQ - Updated"
        " Privacy Policy",
    ),
    _p(
        r"all rights reserved\.?.{0,80}",
        "a rights line",
        "zyte/8267acacb9e4",
        "hollywoodreporter.com",
        "All rights reserved.",
    ),
    # A footer of links: a separator, then a link that holds none (".{0,40}" could
    # hold one, so each of a dozen separators could go two ways: exponential
    # backtracking on a footer whose last part is long, issue 12). Links of up to 80
    # characters take the closing "© 2025 Publisher Ltd. All rights reserved." too.
    _p(
        r"(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings))"
        r"(?:\s*[|•·]\s*[^|•·]{0,80})*+",
        "legal links",
        "zyte/042bb7b5fedab6ea",
        "wsj.com",
        "Cookie Policy",
    ),
)


FURNITURE_PATTERNS = (
    _p(
        r"save (?:this )?(?:story|article)|back|close(?: alert)?|✕|×|current issue|"
        r"topics|explore more on these topics|view image in fullscreen|ad policy|"
        r"watch live|more about|accessibility statement|contact the author:?",
        "buttons and tabs",
        "zyte/0d46122928b6",
        "sportsnet.ca",
        "Watch Live",
    ),
    _p(
        r"don'?t show me this message again",
        "a pop-up's dismiss box",
        "fundus/TheIndependent_0",
        "independent.co.uk",
        "Don't show me this message again",
    ),
    _p(
        r"click (?:here )?to (?:hide|read more|expand|show|view|load).{0,60}",
        "an expand/collapse button",
        "fundus/WashingtonTimes_0",
        "washingtontimes.com",
        "Click to Read More and View Comments",
    ),
    _p(
        r"find your bookmarks .{0,120}",
        "a bookmarks prompt",
        "fundus/TheIndependent_0",
        "independent.co.uk",
        "Find your bookmarks in your Independent Premium section, under my profile",
    ),
    _p(
        r"(?:leave|post|view|show|load) (?:a )?comments?.{0,20}",
        "a comments button",
        "zyte/34a7328535ad",
        "linknaija.com",
        "Post a Comment",
    ),
    _p(
        r", opens new tab|[_*=~-]{3,}|\d+ of \d+ ?\|?",
        "rules and slide counters",
        "zyte/287e4d9f4af3",
        "ign.com",
        "______________________________",
    ),
)


LINK_PATTERNS = (
    _p(
        LINK_LINE.pattern,
        "a bare link or a short prompt ending in one",
        "zyte/11ea381ad92b",
        "autoracing.com.br",
        "www.autoracing.com.br",
    ),
)


CAPTION_PATTERNS = (
    _p(
        "",
        "a photo caption or credit",
        "zyte/05844573ca7e",
        "ctpost.com",
        "Photo: Damian Dovarganes, AP",
    ),
)


BYLINE_PATTERNS = (
    _p(
        r"by\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*,?){0,7}",
        "a byline",
        "zyte/04a6711caa7c",
        "nytimes.com",
        "By Jamelle Bouie",
    ),
)


FIELD_STRIP_PATTERNS = (
    _p(
        "",
        "a line of short fields joined by one separator (a timestamp line stays one)",
        "zyte/ac3c03552046",
        "blog.givewell.org",
        "Posted in Open thread | Permalink | 10 Comments",
    ),
)
