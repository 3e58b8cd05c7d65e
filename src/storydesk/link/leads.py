"""What an article is about, in its first words: the headline and the lead.

News is written top-down: the headline and the first sentences say what happened, to whom
and where; the rest is detail, background and quotes. So the kind of event a story reports
(a rehab check-in, a quake, an office shooting) and its main actors are found in its leads
far more reliably than in its whole text, where background and side stories dilute them.
Topics (``link.related``) compare stories by their leads: on ECB+ topics 1-20, with the
gold events as stories, the events nearest by lead words are in the same topic for 34 of
36 events, against 27 of 36 by whole-text words (and 25 by names); grouped by average link,
lead words reach topic B-cubed F1 0.94, whole-text words 0.93, names 0.91.

A lead is the title (when cleaning found one) and the first ``LEAD_SENTENCES`` sentences of
the text. Lines that are a web address are not sentences (ECB+ "plus" documents open with
their address). Words that only say when (months, weekdays, "updated", "posted": the
vocabulary of ``clean.datelines``) are left out: a date line under a headline says when,
not what.

Topics compare lead *terms*: each word by its WordNet lemma ("died", "dies" → "die";
"escapes", "escaped" → "escape"; ``lemma``, by ``annotate.morphy``), so that two events of
one kind reported in different tenses and numbers share their words. On ECB+ topics 1-20 it
raised the leads' link between the two events of topic 4 (Bettie Page's and Esther
Williams's deaths: "died" in one, "dies" in the other's headlines) from 0.05 to 0.10, and of
topic 3 from 0.05 to 0.07 (eval/README.md, stories-stream).

A lead's rarest terms are also *keys* (``lead_keys``): the desk posts each article under them
beside its LSH band keys, so that a new story no LSH candidate relates can still be looked
up by the rare words of its lead (``related``): a short report shares no band with anything
("Turkmenistan holds parliamentary election", ECB+ 11_7ecb), yet names its topic. A name is a
key at a lower rarity than a word (``NAME_KEY_WEIGHT``, ``is_name``): the names of a story's
people and places say which event it is ("Fulton", "Nichols"), where the common words a key
would need at that rarity name the kind of event ("arson", "gunman") and chain topics.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from storydesk.annotate import morphy, wordnet
from storydesk.annotate.entities import time_zones
from storydesk.article import Article
from storydesk.calendar_words import MONTH_NUMBERS
from storydesk.clean import datelines
from storydesk.link import stories
from storydesk.link.weights import weight

LEAD_SENTENCES = 2
# A lead term is a key when its background weight is at least KEY_WEIGHT: Zipf frequency 3
# or less, once in a million words or rarer ("Turkmenistan", "Comeaux", "supermax"; not
# "police", "sheriff", "fatal"). Set on ECB+ topics 1-20, seeds 1-9 (eval/README.md): topic
# F1 0.906 at 4.5 (common surnames and places chain crime topics), 0.921 at 5, 0.919 at 5.5,
# 0.916 at 6, 0.916 without keys. An ECB+ lead has 1.2 such terms on average; at most
# KEY_TERMS (the rarest) are posted, which bounds what one article adds to the index (the
# same figures at 3, 4 and 8).
KEY_WEIGHT = 5.0
KEY_TERMS = 4
# A name (``is_name``) is a key from NAME_KEY_WEIGHT: Zipf 4 or less ("Nichols", "Fulton",
# "Palin", "rehab"; not "Texas", "Atlanta"). A story's own names say which event it is, and
# a common surname or a county is no rare word, so a report whose only rare words are its
# own ("Bodiford", "supermax": ECB+ 3_2ecb, the courthouse killer's sentence) was posted
# under no word the other reports of its event had, and stayed a topic of its own in every
# seed though its lead links to theirs at 0.36. Set on ECB+ topics 1-20 and the crowded set,
# seeds 1-9 (eval/README.md): tuned topic F1 0.9245 -> 0.933 at 3.5 to 4.3, 0.932 at 4.6;
# every word from 4.3 instead (event words "arson", "gunman", "injure" too) 0.898.
NAME_KEY_WEIGHT = 4.0
# A time zone as a timestamp writes it: in capitals, right after a clock time ("9 : 00 PM
# PDT", ECB+ 16_10ecbplus; "9 : 03am AEST", 8_7ecbplus; "1052 GMT ( 1852 HKT )", 18_1ecbplus:
# hours and minutes, spaced as ECB+ tokenises them, or an hour with its half of the day),
# after an opening bracket or not, and after a two-letter zone or not ("07 : 05 PM ET EDT",
# 4_8ecbplus); or in brackets after the zone's name ("Coordinated Universal Time ( UTC )",
# 30_2ecb). Content words have 3 letters or more. A clock time is hours and minutes with
# their colon or point, or an hour with am/pm; hours and minutes written together ("1052")
# only when the zone is closed by a bracket or a comma, as 18_1ecbplus writes it. A number
# that is part of a larger one is none: "2,000 WEST BANK HOMES", "100 CAT RESCUED" (review).
_NOT_IN_A_NUMBER = r"(?<![\d,.])\b"
_CLOCK = rf"{_NOT_IN_A_NUMBER}(?i:{datelines.ZONED_CLOCK})(?![\d,])"
_CLOCK_ZONE = re.compile(
    rf"(?:{_CLOCK}\s*\(?\s*(?:[A-Z]{{2}}\s+)?|\bTime\s*\(\s*)\b([A-Z]{{3,5}})\b"
    rf"|{_NOT_IN_A_NUMBER}\d{{3,4}}\s+([A-Z]{{3,5}})\b(?=\s*[(),])")
_ADDRESS = re.compile(r"^\s*(?:https?\b|www\.)", re.I)


def lead_text(article: Article) -> str:
    """The title and the first ``LEAD_SENTENCES`` sentences of the text, one a line."""
    parts = [article.title] if article.title else []
    found = 0
    for line in article.text.splitlines():
        if not line.strip() or _ADDRESS.match(line):
            continue
        for sentence in stories.sentences(line):
            parts.append(sentence)
            found += 1
            if found == LEAD_SENTENCES:
                return "\n".join(parts)
    return "\n".join(parts)


def lead_words(article: Article) -> frozenset[str]:
    """The content words of the lead (as ``stories.signature`` finds words), without the
    words that only date it: months, weekdays, timestamp labels, and the time zones of its
    clock times (``without_zones``)."""
    text = without_zones(lead_text(article))
    return frozenset(w for w in stories.content_words(text) if not is_date_word(w))


def without_zones(text: str) -> str:
    """``text`` with each time zone written right after a clock time blanked out (the tz
    database's abbreviations, ``entities.time_zones``; ``_CLOCK_ZONE``), that occurrence
    only. A lead's timestamp line names one ("POSTED : 05 / 02 / 07 , 9 : 00 PM PDT", ECB+
    16_10ecbplus), and as a rare word it weighed as much as a name: on ECB+ topics 1-20
    streamed among other news (TempEval-3, MEANTIME), "pdt" alone related a deputy's killer
    sentenced (16) to a baseball signing (6), and "gmt" an office shooting (18) to a quake
    (20) and an election (11). Elsewhere the same letters are words: "WEST", "CAT", "EAT",
    "MET" are zones too, and an all-capitals headline writes them ("EAT LESS MEAT, SAYS WEST
    BANK CAT CHARITY")."""

    def blank(match: re.Match[str]) -> str:
        group = 1 if match.group(1) else 2
        if match.group(group) not in time_zones():
            return match.group(0)
        start, end = match.span(group)
        offset = match.start()
        whole = match.group(0)
        return whole[: start - offset] + " " * (end - start) + whole[end - offset:]

    return _CLOCK_ZONE.sub(blank, text)


@lru_cache(maxsize=100_000)
def is_date_word(word: str) -> bool:
    """A month, a weekday or a timestamp label ("updated", "posted"), as ``clean.datelines``
    reads them."""
    return word in MONTH_NUMBERS or datelines.LABELS.fullmatch(word) is not None


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The word's WordNet lemma, as a noun first (the lead of a headline is mostly nouns:
    "quakes" → "quake"), else as a verb ("died" → "die"), else the word itself (names, and
    words WordNet lacks: "rehab", "Qeshm"; ``morphy.lemma``)."""
    return morphy.lemma(word, "n") or morphy.lemma(word, "v") or word


@lru_cache(maxsize=100_000)
def terms(lead: frozenset[str]) -> frozenset[str]:
    """A lead's words as lemmas (``lemma``): what topics compare."""
    return frozenset(map(lemma, lead))


@lru_cache(maxsize=100_000)
def key_terms(lead: frozenset[str], names: frozenset[str]) -> tuple[str, ...]:
    """The lead's terms of weight ``KEY_WEIGHT`` or more, and its names (``is_name``) of
    ``NAME_KEY_WEIGHT`` or more that the article writes as a name (``names``: its name
    words, from the parse's entities once annotated, else its capitalised words mid-sentence;
    ``stories.signature``), the rarest ``KEY_TERMS`` (then alphabetical: the same terms
    whatever order the words came in). WordNet's silence alone made names of words it lacks:
    "doesn" and "didn" (of "doesn't", "didn't"), "rehab", "offseason", "baseman", written in
    lower case in every ECB+ and TempEval-3 report whose lead holds them (session 9)."""
    written = names | frozenset(map(lemma, names))
    rare = [t for t in terms(lead)
            if weight(t) >= KEY_WEIGHT or (is_key(t) and t in written)]
    rare.sort(key=lambda t: (-weight(t), t))
    return tuple(rare[:KEY_TERMS])


@lru_cache(maxsize=200_000)
def is_key(term: str) -> bool:
    """A term of weight ``KEY_WEIGHT``, or a name (``is_name``) of ``NAME_KEY_WEIGHT``."""
    rarity = weight(term)
    return rarity >= KEY_WEIGHT or (rarity >= NAME_KEY_WEIGHT and is_name(term))


@lru_cache(maxsize=200_000)
def is_name(term: str) -> bool:
    """Whether WordNet knows ``term`` only as a name: every noun sense an instance (one
    named person or place: "Fulton", "Athens"), or not at all ("Nichols", "Palin", and
    words it lacks: "rehab"), and never as a verb, adjective or adverb ("injure", "hefty",
    "fatally": the kind or manner of an event, which chains topics of one kind). WordNet
    lists base forms only, so an inflected word is known by its base (``morphy.lemma``):
    "deadliest" is "deadly", "heaviest" "heavy", "busiest" "busy" (review: as unknown words
    these superlatives of disaster reports were names). A word with a hyphen or a digit
    ("quake-hit", "7.6-magnitude", "covid-19") is no name: the compounds news makes for an
    event's kind (lead words are letters only, ``stories.content_words``, so this guards
    other callers)."""
    if not term.isalpha():
        return False
    net = wordnet.load()
    for pos in ("v", "a", "r"):
        base = morphy.lemma(term, pos)
        if base is not None and net.lists(base, pos):
            return False
    noun = morphy.lemma(term, "n") or term
    return all(map(net.is_instance, net.synsets(noun, "n")))


# WordNet's classes of what happens (a noun's first sense): "temblor", "aftershock",
# "mudslide" (noun.event), "arson" (noun.act), "typhoon" (noun.phenomenon), "blaze"
# (noun.process). The kind of an event, not which event (``names_a_kind``).
KIND_LEXNAMES = frozenset({"noun.event", "noun.act", "noun.phenomenon", "noun.process"})


@lru_cache(maxsize=100_000)
def names_a_kind(term: str) -> bool:
    """Whether ``term`` says what kind of thing happened rather than to whom or where:
    WordNet knows it as a verb ("erupt", "ricochet", "stampede"), or its first noun sense is
    an event, act, phenomenon or process (``KIND_LEXNAMES``: "temblor", "aftershock",
    "mudslide"). Such a word can be as rare as a name and still be shared by two reports of
    different events of one kind (``related.TOPIC_KEYED``). Words WordNet lacks are no kind
    ("pinup", "Qeshm"), nor things and people ("rioter", "schoolteacher", "parolee")."""
    net = wordnet.load()
    verb = morphy.lemma(term, "v")
    if verb is not None and net.lists(verb, "v"):
        return True
    senses = net.synsets(morphy.lemma(term, "n") or term, "n")
    return bool(senses) and net.synset(senses[0]).lexname in KIND_LEXNAMES


@lru_cache(maxsize=100_000)
def lead_keys(lead: frozenset[str], names: frozenset[str]) -> tuple[int, ...]:
    """One signed 64-bit key per key term (``key_terms``), hashed apart from band keys (a
    band key hashes "<band>:<values>", a lead key "lead:<term>")."""
    return tuple(map(term_key, key_terms(lead, names)))


@lru_cache(maxsize=100_000)
def term_key(term: str) -> int:
    """The signed 64-bit key a key term is posted under."""
    digest = hashlib.blake2b(f"lead:{term}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
