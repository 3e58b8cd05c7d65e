"""Who and where a figure is about, as story entities: its subject ("Jeffs, 54,", "she" after
a name) and its places, resolved through the story's spellings so "Kiev" meets "Kyiv"."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from storydesk.annotate import wordnet
from storydesk.article import Article, Entity, Figure
from storydesk.link.orgs import abbreviates, org_key
from storydesk.link.textnorm import stem
from storydesk.story import Story

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# WordNet's lexicographer files of places: regions and cities (noun.location) and natural
# features, seas, rivers, mountains (noun.object: "Mediterranean, Mediterranean Sea").
PLACE_LEXNAMES = frozenset({"noun.location", "noun.object"})
# The entity type whose figures a business report gives: a company's price, profit, dividend.
ORGANISATION = "ORG"
# An organisation named in this share of an article's organisation mentions is the one it
# reports on (``topic_organisation``): a half (1 / 2).
TOPIC_SHARE = 2
SpellingIndex = dict[str, tuple[str, str, str]]  # spelling → (entity id, type, name)


def spelling_index(story: Story) -> SpellingIndex:
    """Case-folded spelling → (story entity id, entity type, entity name), for every story
    entity: places read the type and name, owners and actors the id ("GM" meets "General
    Motors"). Places WordNet gives as one location are one (``one_place``)."""
    index: SpellingIndex = {}
    same = one_place(story)
    for entity in story.entities:
        entry = same.get(entity.id, (entity.id, entity.type, entity.name))
        for variant in [entity.name, *(v.text for v in entity.variants)]:
            index.setdefault(variant.casefold(), entry)
        for written in entity.variants:  # one spelling may name two entities in two articles
            for article_id in written.articles:
                index[in_article(article_id, written.text)] = entry
    return index


def one_place(story: Story) -> dict[str, tuple[str, str, str]]:
    """Place entities of the story whose names are one location in WordNet, each mapped to
    the first of them (entity id, type, name): "Salonika" and "Thessaloniki" (ECB+ 8ecbplus:
    "in Salonika where … 50,000 people marched" against "20,000 people marched" in
    Thessaloniki), "Burma" and "Myanmar". The cast keeps them apart as written; a figure's
    place is where it was measured, whatever the name. Only a name's first sense counts,
    and only when it is a location (WordNet's noun.location) and the name's only one: WordNet
    gives "Congo" first to the Democratic Republic, then to the Republic of the Congo, so a
    story naming "Congo" beside "the Democratic Republic of the Congo" means the other one
    (review: one name of two places says nothing of which one a report meant)."""
    net = wordnet.load()
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for entity in story.entities:
        if entity.type not in PLACE_TYPES:
            continue
        senses = net.synsets(_wordnet_name(entity.name, keep_article=True)) or net.synsets(
            _wordnet_name(entity.name)
        )
        places = [key for key in senses if net.synset(key).lexname in PLACE_LEXNAMES]
        if places and places[0] == senses[0] and len(places) == 1:
            groups.setdefault(senses[0], []).append((entity.id, entity.type, entity.name))
    return {
        entity_id: min(group)
        for group in groups.values() if len(group) > 1
        for entity_id, _, _ in group
    }  # fmt: skip


def _wordnet_name(name: str, keep_article: bool = False) -> str:
    """A name as WordNet lists it: lower case, words joined by "_", without a leading article
    ("the Mediterranean Sea") unless ``keep_article`` (WordNet lists "the_hague"; review)."""
    folded = name.casefold()
    if folded.startswith("the ") and not keep_article:
        folded = folded[4:]
    return folded.replace(" ", "_")


def in_article(article_id: str, spelling: str) -> str:
    """The spelling index's key for a spelling as one article uses it (``spelling_index``)."""
    return f"{article_id}\n{spelling.casefold()}"


def subject_key(article: Article, figure: Figure, index: SpellingIndex) -> str | None:
    """The story entity a figure is about. An age given to a pronoun or to a description
    ("She was 85.", "the troubled actress, 26,", "the 40-year-old American" in ECB+ 4, 1
    and 7) is the age of the nearest name before it that is one of the story's people
    (``Figure.referents``): news names someone, then goes on with "she" or a description.
    A figure of any other quantity has referents when its subject is a pronoun ("he had
    been shot seven times", ECB+ 19ecbplus) and is resolved the same way.
    The story's entities, typed by all their mentions, say who is a person (the small
    model types "Klitschko" a nationality)."""
    if not figure.subject:
        return None
    bare = bare_name(figure.subject)
    # The spelling as resolved in this article first: "the 41-year-old American" is the
    # American this article names (Bowe in ECB+ 7_10ecb), not the story's other one.
    entity_id, kind, _ = index.get(
        in_article(article.id, bare), index.get(bare.casefold(), ("", "", ""))
    )
    if not figure.referents or (kind == "PERSON" and not _descriptor(bare)):
        return entity_id or _surname_key(bare, index) or common_key(bare)
    for name in figure.referents:
        referent_id, referent_kind, _ = index.get(bare_name(name).casefold(), ("", "", ""))
        if referent_kind == "PERSON":
            return referent_id
    return entity_id or _surname_key(bare, index) or common_key(bare)


def organisations(
    article: Article, figure: Figure, index: SpellingIndex, topic: str | None
) -> frozenset[str]:
    """The organisations a figure may be of, as folded names without corporate suffix
    (``orgs.org_key``): those its sentence names before the number ("Compaq shares fell
    $1.625 to $108.625", "At EDS, third-quarter profit jumped 16%", TimeBank wsj_0904,
    wsj_0950; both companies of a deal, "Microsoft agreed to buy LinkedIn for $26.2
    billion"), else the article's ``topic`` ("Net income fell 37% to $32.9 million" in
    Amdahl's report, wsj_1039). A business report's prices, profits, dividends and shares
    are a company's; two companies' are two things, however alike the words around them
    ("closed at", "net income", "a share": ``ties.other_organisations``). Not among them: a
    dateline, who gives the figure ("As The Washington Post reported"), and a name after
    "in" or "on", where something happens rather than whose it is ("In New York Stock
    Exchange composite trading", which every price line of the Journal names)."""
    named: set[str] = set()
    if figure.start >= 0:
        for mention in article.entities:
            if (
                mention.type == ORGANISATION
                and mention.sentence == figure.sentence
                and mention.end <= figure.start
                and not _dateline(article, mention)
                and not _giver(article, figure, mention)
                and not _where(article, mention)
            ):
                named.add(_organisation_key(mention.text, index))
    if named:
        return frozenset(named)
    return frozenset({topic}) if topic else frozenset()


def topic_organisation(article: Article, index: SpellingIndex) -> str | None:
    """The organisation an article reports on: the one that holds at least half of its
    organisation mentions, counting a short form with its full name ("Amdahl Corp." and
    "Amdahl" three times of five in wsj_1039; "Coast Savings Financial Inc.", the only one
    wsj_0325 names), the first named on a tie. A roundup or a digest, a paragraph each on
    several companies, has none: its other paragraphs' figures are not the first company's.
    A dateline the tagger takes for a name ("MOSCOW (AP)_", APW19980227.0494) is none."""
    times: dict[str, int] = {}  # the first key of each organisation -> times named, in order
    for mention in article.entities:
        if mention.type != ORGANISATION or _dateline(article, mention):
            continue
        if _as_given(article, mention):
            continue  # "As The Washington Post reported": a source, not its subject
        key = _organisation_key(mention.text, index)
        group = next((named for named in times if one_organisation(named, key)), key)
        times[group] = times.get(group, 0) + 1
    best = max(times, key=times.__getitem__, default=None)  # the first named on a tie
    if best is None or times[best] * TOPIC_SHARE < sum(times.values()):
        return None
    return best


def one_organisation(left: str, right: str) -> bool:
    """Two keys name one organisation unless they are clearly two names: one key's words
    run inside the other's ("automatic data" of "Automatic Data Processing Inc.", "disney"
    of "Walt Disney Co.", "shell" of "Royal Dutch Shell"), or one is the other's initials
    (``orgs.abbreviates``: "gm" of "General Motors Corp."; review, session 11: these were two
    organisations and one company's two closes no conflict)."""
    short, long = sorted((left.split(), right.split()), key=len)
    if any(long[at : at + len(short)] == short for at in range(len(long) - len(short) + 1)):
        return True
    return len(short) == 1 and len(long) > 1 and abbreviates(short[0], " ".join(long))


def _organisation_key(text: str, index: SpellingIndex) -> str:
    """The story entity's name when the spelling is one ("GM" → "General Motors"), folded,
    without corporate suffix."""
    _, _, name = index.get(text.casefold(), ("", "", text))
    return org_key(name.casefold())


# "As The Washington Post reported," / "according to Reuters": who gives the figure.
_AS_GIVEN_BY = re.compile(r"\b(?:as|according\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _giver(article: Article, figure: Figure, mention: Entity) -> bool:
    """The organisation that gives the figure, not whose it is: its ``source``, or a name
    after "as" or "according to" ("As The Washington Post reported, … he would then need
    to win 55 percent of the remaining delegates", PolNeAR train, work part)."""
    if figure.source and mention.text.casefold() in figure.source.casefold():
        return True
    return _as_given(article, mention)


def _as_given(article: Article, mention: Entity) -> bool:
    """A name after "as" or "according to": a report's source, in a sentence or an article."""
    before = article.text[max(0, mention.start - 20) : mention.start]
    return bool(_AS_GIVEN_BY.search(before))


_WHERE = re.compile(r"\b(?:in|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _where(article: Article, mention: Entity) -> bool:
    """A name after "in" or "on": a place of trading or a holding ("in New York Stock
    Exchange composite trading", "on the New York Stock Exchange", "a stake in Octel")."""
    return bool(_WHERE.search(article.text[max(0, mention.start - 10) : mention.start]))


def _dateline(article: Article, mention: Entity) -> bool:
    """A name in brackets ("(AP)") or right before one or an underscore ("MOSCOW (AP)_",
    "WASHINGTON _"): a dateline, not an organisation the report is about."""
    before = article.text[max(0, mention.start - 1) : mention.start]
    after = article.text[mention.end : mention.end + 3].lstrip(" ")
    return before == "(" or after.startswith(("(", "_"))


def common_key(written: str) -> str:
    """The key of a subject no story entity names: its words folded and stemmed, so one
    noun in the singular and the plural is one subject ("after 30 hours of deliberation",
    "more than 30 hours of deliberations", ECB+ 3_6ecb and 3_9ecb: they were apart)."""
    return " ".join(stem(word) for word in bare_name(written).casefold().split())


def _descriptor(word: str) -> bool:
    """A word that describes a person rather than names one: "the 41-year-old American"
    (ECB+ 7_10ecb, Riddick Bowe) is an American the article named before, whatever story
    entity the word also stands for elsewhere (the story's other American, Hasim Rahman, 36:
    read as his age, it was a false conflict). WordNet's first sense of the word is a kind
    of person; names are not in WordNet, or are something else there ("Brand", "Page")."""
    net = wordnet.load()
    senses = net.synsets(word.casefold()) if " " not in word else ()
    return bool(senses) and net.synset(senses[0]).lexname == "noun.person"


def _surname_key(name: str, index: SpellingIndex) -> str | None:
    """ "Deputy Ortiz", 'Luis Gerardo "Jerry" Ortiz': a name the story spells otherwise,
    found by its last word when that is a spelling of one story person."""
    words = name.split()
    if len(words) < 2:
        return None
    entity_id, kind, _ = index.get(words[-1].strip('"“”').casefold(), ("", "", ""))
    return entity_id if kind == "PERSON" else None


def scope_of(
    figure: Figure, index: SpellingIndex, mention_types: dict[str, str]
) -> list[tuple[str, str]]:
    """The figure's places (``Figure.places``, most specific first) as (story entity id,
    name), keeping those the story knows as places (the model types a city a person in one
    sentence; the story entity, typed by all its mentions, is the better judge); a name no
    story entity has counts when its own mention is typed a place (``mention_types``: the
    article's mentions, folded text → type)."""
    found: list[tuple[str, str]] = []
    for text in figure.places:
        bare = bare_name(text)
        entity_id, story_type, name = index.get(bare.casefold(), ("", "", ""))
        if not entity_id:
            entity_id, name = bare.casefold(), bare
            story_type = mention_types.get(bare.casefold(), "")
        if story_type in PLACE_TYPES and (entity_id, name) not in found:
            found.append((entity_id, name))
    return found


def sentence_places(article: Article, sentence: int, index: SpellingIndex) -> dict[str, str]:
    """Places named in the sentence: story-entity id (or folded name) → display name."""
    found: dict[str, str] = {}
    for mention in article.entities:
        if mention.sentence != sentence:
            continue
        entity_id, story_type, name = index.get(mention.text.casefold(), ("", "", ""))
        # The small model calls "Kyiv" a person in one sentence; the story entity, typed
        # by all its mentions, is the better judge.
        if (story_type or mention.type) in PLACE_TYPES:
            found[entity_id or mention.text.casefold()] = name or mention.text
    return found


def bare_name(text: str) -> str:
    """ "Kyiv’s Dniprovskyi" → "Kyiv’s Dniprovskyi"; "Kyiv's" → "Kyiv"."""
    return re.sub(r"['’]s?$", "", text.strip())


# What follows a length that is a distance from a place: its unit's bracketed conversion, a
# compass direction, then "of" or "from" ("64 kilometres north of Anchorage", "1,150
# kilometers ( 700 miles ) southeast of Tehran", "35 miles southwest of the port of Bandar
# Abbas", "277km from Aden": ECB+ 13ecb, 20ecbplus, 12ecb).
_TOWARDS = re.compile(
    r"\s*(?:\)\s*|\([^()]{0,30}\)\s*)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west))?\s+|away\s+)?"
    r"(?:of|from)\s",
    re.IGNORECASE,
)
# How far after "of" the place may start: "south of the capital , Tehran", "of the port of".
PLACE_REACH = 25


def reference_place(article: Article, figure: Figure, index: SpellingIndex) -> str | None:
    """The place a distance is measured from, as a story entity id: "Tehran" in "1,500
    kilometers south of Tehran". Two reports' distances from one place, about one thing,
    are one fact however the words around them differ (ECB+ 20ecbplus: Qeshm is 1,500 km
    from Tehran in two reports, 1,150 km in a third; 13ecb: Wasilla "64 kilometres north of
    Anchorage" and "about 40 miles north of Anchorage")."""
    if figure.end < 0:
        return None
    towards = _TOWARDS.match(article.text, figure.end)
    if towards is None:
        return None
    after = [m for m in article.entities if m.sentence == figure.sentence
             and towards.end() <= m.start <= towards.end() + PLACE_REACH]  # fmt: skip
    if not after:
        return None
    # the first name after "of" only: "of Bandar Abbas in Iran" is from Bandar Abbas
    first = min(after, key=lambda m: m.start)
    entity_id, story_type, _ = index.get(first.text.casefold(), ("", "", ""))
    return entity_id or first.text.casefold() if (story_type or first.type) in PLACE_TYPES else None


# A name in apposition to a distance, with no other clause between: "Qeshm, located 1,150
# kilometers (700 miles) southeast of Tehran", "Qeshm, a 1,500-square-kilometer island …
# and 1,500 kilometers south of Tehran" (ECB+ 20ecbplus; the small model tags no entity
# there, so the capitalised words are read), "the town of Qom, 140 kilometers south of
# Tehran", "Conroe, about 30 miles north of Houston" (reviewer's sentences, session 8).
# Or the subject of "lies", "is located" (20_2ecbplus / 20_4ecbplus). A comma or point
# inside a number is no break.
_SITED = r"\s+(?:is|was|lies|lay|sits|(?:is\s+)?(?:located|situated))\b"  # "Qeshm lies 1,500 km"
_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=(?:\s+[a-z]+)?\s*,|" + _SITED + ")"
)
_APPOSED = re.compile(
    r"(?:(?:\s+[a-z]+)?\s*,|" + _SITED + r")(?:[^,;:().]|[,.](?=\d)){0,120}$"
)
LOCATED_REACH = 160


def located_place(article: Article, figure: Figure, index: SpellingIndex) -> str | None:
    """The name a distance is in apposition to, as a story entity id (or folded name):
    "Qom" in "the town of Qom, 140 kilometers south of Tehran". None when the sentence does
    not say what stands there ("The earthquake struck 100 kilometers south of Tehran")."""
    if figure.start < 0:
        return None
    begin = max(0, figure.start - LOCATED_REACH)
    names = [m for m in _NAME.finditer(article.text, begin, figure.start)
             if m.group().split()[0].casefold() not in STOP_WORDS
             and _APPOSED.match(article.text, m.end(), figure.start)]  # fmt: skip
    if not names:
        return None
    name = names[-1].group().casefold()
    return index.get(name, (name, "", ""))[0] or name
