"""What a line of page chrome looks like, beyond a whole-line pattern: a tweet's signature, a
link line, a photo caption and its credit, a strip of page fields, an appeal for support in
the outlet's voice, a credit to the story's own journalists (``rules`` names the rules)."""

from __future__ import annotations

import re

from storydesk.clean.datelines import MONTH, WEEKDAY

# A bare link, or a short prompt that ends in one ("Follow AP's climate coverage at https://…",
# "AP NFL: https://…", "Read more at www.…"). A listing that merely ends with a web address
# ("Easter trail 23 March–14 April. www.…") is content and stays.
LINK_LINE = re.compile(
    r"^(?:(?:follow|visit|read|see|more|watch|listen|download|subscribe|sign up|find|get|"
    r"click)\b[^.“”\"]{0,80}?\s|[^.:“”\"]{1,40}:\s*)?(?:https?://|www\.)\S+?[.)]?$",
    re.I,
)

# The date an embedded tweet's signature ends with ("October 9, 2018"); months and weekdays
# are the timestamp lines' (``datelines``).
DATE = (
    rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
TWEET_SIGNATURE = re.compile(rf"^[—–-]\s*.{{1,120}}\(@\w{{1,15}}\)\s*(?:{DATE})?\s*$", re.I)
CREDIT_WORDS = (
    r"via AP|AP Photo|AP|Reuters|Getty Images|Getty|AFP|EPA|Bloomberg|Shutterstock|"
    r"Pool Photo|File Photo|Photo|Photograph|Handout"
)
# A bracket closing the line with a credit word in it. The credit is found by a lookahead
# and the bracket's text taken possessively: "[^()]*credit[^()]*" backtracked through each
# credit word of a long unclosed bracket (quadratic, issue 12).
CAPTION_CREDIT = re.compile(rf"\((?=[^()]*\b(?:{CREDIT_WORDS})\b)[^()]*+\)\s*$")
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


# A strip of fields joined by one field separator is a page's metadata or menu line, not
# prose: "Posted in Open thread | Permalink | 10 Comments" (zyte/ac3c03552046, a blog),
# "Email • Twitter • Google+" (zyte/232a43fb15ab), "Businesscategory · March 4, 2024 ·
# 12:20 PM UTC · ago" (fundus/Reuters_1), "Contact Us/FAQ | Terms of Use | Privacy Policy"
# (zyte/5f03fc173ebc). A field is short and ends no sentence. On the 261 Zyte and fundus
# pages, 23 distinct lines are strips, all chrome (16 on 15 pages taken by no other rule);
# none of the ECB+ paragraphs or the 924 PolNeAR texts has one. Measured and left out:
# a line whose first field is a label ("Jump to: Contemporary Music | The Theatre | ...",
# fundus/TheNewYorker_4, the contents of the article's own sections, in its true body);
# three slash fields (a list of alternatives in prose: "Hip Hop / Rap / Grime",
# fundus/TheIndependent_0, a body line); a first field of a headline's length
# ("Headline | US news | The Guardian": the page's title, which structure.py takes as the
# headline); a table row as the HTML extractor writes it ("| 1 | Kyle Busch | 5040 | 5 |",
# zyte/11ea381ad92b, a standings table in the true body). A strip may also open the lead's
# line, its first field the title, its fields run into the first sentence ("Title/ Outlet/
# PLACE/ Author/ Edition/ President Donald Trump announced ...": the flagship example's
# Newslooks page, the only such line seen, so the mechanism is tested on the whole-line
# strips above); structure.py cuts that strip and keeps the sentence.
FIELD_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+/\s+|(?<=[\w.)’'])/\s+")
FIELD_WORDS = 6  # a field of more words is prose (or a headline)
MIN_FIELDS = {"/": 4}  # per separator; 3 for the others
LABEL = re.compile(r"^[^|·•/:]{1,24}:\s")  # "Jump to: ...": a list the label introduces
SENTENCE_STOP = re.compile(r"(?<![A-Z])[.!?][\"'”’)]?$")  # "J. Mansour" is a field


def is_field_strip(line: str) -> bool:
    """The whole line is a strip of short fields joined by one separator. A strip that runs
    into a sentence on the same line ("Title/ Outlet/ PLACE/ Author/ Edition/ The lead ...",
    the example's Newslooks summary) is not cut: that form is on no page but the example's
    (none of the 261 Zyte and fundus pages, the 381 ECB+ "plus" pages, the 924 PolNeAR
    texts, TempEval-3 or MEANTIME), so the cut was removed (issue 11, eval/README.md)."""
    if LABEL.match(line) or line.startswith("|"):
        return False  # a label's list, or a table row ("| 1 | Kyle Busch | 5040 |" from HTML)
    fields: list[str] = []
    kinds, cursor = set(), 0
    for separator in FIELD_SEPARATOR.finditer(line):
        field = line[cursor : separator.start()].strip()
        if field and not _is_field(field):
            return False
        fields += [field] if field else []
        kinds.add(separator.group().strip())
        cursor = separator.end()
    if len(kinds) != 1 or not fields:
        return False  # no separator, or mixed ones
    rest = line[cursor:].strip()
    if rest and not _is_field(rest):
        return False
    # "Headline | Section | Outlet" is the page's title: the headline, structure's to take
    return len(fields) + (1 if rest else 0) >= MIN_FIELDS.get(kinds.pop(), 3)


def _is_field(text: str) -> bool:
    return 1 <= len(text.split()) <= FIELD_WORDS and not SENTENCE_STOP.search(text)


# An appeal speaks to the reader ("you"), as the newsroom ("we", "our", "us"), and asks
# for support of itself: "support(ing) us / our work / The Moscow Times", "donate to",
# "contribute to", "fund our". Outside quotation marks (a quoted candidate says "we" and
# "you" too). On the 261 Zyte and fundus pages it takes 6 lines on 5 pages, all chrome
# (zyte/851498a2b9f4 slate.com "... to support our journalism. If you value our work";
# fundus/TheGatewayPundit_1 "Dear Reader - ... the resources we need to bring you the
# truth ..."; fundus/TheNation_0's sign-up consent), and no line of the ECB+ paragraphs or
# the 924 PolNeAR texts. It replaced a list of appeal words of which six were seen on the
# example alone ("monthly", "standing with us", ...) and two took a New York Times report
# on foundation donors (PolNeAR nyt_2016-08-22: "donate" and "donation").
APPEAL_ASK = re.compile(
    r"\b(?:support(?:ing)?|fund(?:ing)?|donat(?:e|ing) to|contribut(?:e|ing) to)\s+"
    r"(?:us\b|our\b|(?:[Tt]he\s+)?[A-Z]\w+)"
)
READER = re.compile(r"\b(?:you|your|yours|you['’](?:re|ll|ve))\b", re.I)
NEWSROOM_VOICE = re.compile(r"\b(?:we|our|us)\b", re.I)
QUOTED = re.compile(r"[“\"][^“”\"]*+[”\"]")  # possessive: no backtracking over a long line


def looks_like_appeal(line: str) -> bool:
    """Prose asking the reader to support the outlet, in the outlet's own voice."""
    bare = QUOTED.sub(" ", line)
    return bool(APPEAL_ASK.search(bare) and READER.search(bare) and NEWSROOM_VOICE.search(bare))


# "(Reporting by …; Editing by …)" and "X contributed to this report." credit the story's
# journalists: part of the article, never a caption, never chrome (fundus/Reuters_1
# "Reporting by Purvi Agarwal in Bengaluru; Editing by Shilpi Majumdar"; fundus/FoxNews_1
# "Fox News' Chad Pergram and David Spunt contributed to this report."; zyte/702d1da63b8e
# "Keith Bradsher contributed reporting from Hong Kong.").
STORY_CREDIT = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b"
    r"|\bcontributed (?:reporting|to this (?:report|story|article))\b",
    re.I,
)


def is_story_credit(line: str) -> bool:
    return bool(STORY_CREDIT.search(line)) and len(line.split()) <= 40


def looks_like_caption(line: str) -> bool:
    if is_story_credit(line):
        return False
    if CAPTION_START.match(line) or BARE_CREDIT.match(line) or CAPTION_TAIL.search(line):
        return True
    if AGENCY_CREDIT.match(line) and (
        line.count("|") + line.count("/") >= 2 or len(line.split()) <= 5
    ):
        return True
    # A credit in brackets at the very end is how wire photos are captioned.
    return bool(CAPTION_CREDIT.search(line)) and len(line.split()) >= 6

