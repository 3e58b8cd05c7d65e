"""What a figure measures: the counted thing, the version of the object, the places.

Two figures can only be one fact when they count the same thing ("people killed") about
the same object or event. The counted thing comes from the annotator's ``counts``; the
version ("original" / "revised" plan) from marker words next to the number; the places from
the sentence's place entities, resolved through story entities so "Kiev" meets "Kyiv".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storydesk.annotate import wordnet
from storydesk.annotate.documents import DOCUMENT_PARTS
from storydesk.annotate.frames import OFFSET
from storydesk.annotate.measure import EVENT_QUANTITIES
from storydesk.article import Article, Figure
from storydesk.link.owners import OwnerIndex, owner_of
from storydesk.link.textnorm import content_stems, stem, tokens, words
from storydesk.story import Story

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A figure's whole text when it is a count hyphenated to its noun ("nine-story", "300-seat").
DESCRIBING = re.compile(r"[\w.,]+-[A-Za-z]+")
# Words right before or after a number that say which version of a thing it belongs to.
VERSION_MARKERS: dict[str, str] = {
    **dict.fromkeys(words("original initial earlier previous prior old first leaked"), "original"),
    **dict.fromkeys(
        words(
            "revised new updated amended refined modified latest trimmed raises raised raise "
            "increased increases lifted reduced lowered cut pared"
        ),
        "revised",
    ),
    **dict.fromkeys(words("separate alternative another rival competing counter"), "other"),
}
WORDS_BEFORE = 8
WORDS_AFTER = 3
# Content words either side of a number that describe what it measures.
CONTEXT_WORDS = 12
# The closest of them: words right next to both numbers ("hospitalized for N weeks for
# pneumonia") tie two figures even in long, otherwise different sentences.
NEAR_WORDS = 4
NEUTRAL = frozenset(
    stem(w)
    for w in words(
        "said says say saying told tell tells according reported reports report added "
        "statement official officials also just would could still now last next year years "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday week "
        "mr mrs ms new around over under out off while whether like near up down into "
        "through during since until per via amid amidst among first day days time ago later "
        "after before"
    )
)
# Who a sentence is about: a figure among other actors than another figure's is about them.
ACTOR_TYPES = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})
# One canonical word per event, so "dead", "died" and "killed" meet.
EVENT_WORDS: dict[str, str] = {
    **dict.fromkeys(words("kill killed killing dead die died death deaths toll"), "killed"),
    **dict.fromkeys(words("injur injured injuring wound wounded wounding hurt"), "injured"),
    **dict.fromkeys(words("missing displaced evacuated arrested detained"), "affected"),
}
EVENT_THINGS = frozenset(EVENT_WORDS.values())
PERSON_WORDS = frozenset(words("people person persons others civilians residents"))
MONTHS = frozenset(
    words(
        "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april "
        "june july august september october november december"
    )
)
BENCHMARKS = frozenset(words("low lows high highs record"))
NOUN_MODIFIERS = frozenset(words("peace draft ceasefire trade security aid"))
_WORD = re.compile(r"[\w’'-]+")
# Where the words about a number end. After it, "and" starts the next item or clause ("11
# seasons and served as …"); before it, words ahead of "and" still frame the whole list
# ("seized seven rifles and 13 magazines").
_CLAUSE_BEFORE = re.compile(r"\b(?:but|while|whereas)\b|;", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
INCREMENT_REACH = 12  # characters after a number searched for "more" (``_relative``)
# Words after a count that make it a gap to another ("two games … behind the eighth seed")
# and how many words after the counted thing they may stand.
GAP_WORDS = frozenset(words("behind ahead"))
GAP_REACH = 6
GAP_CHARACTERS = 60  # the text those words are looked for in
NUMBER_MARK = "#"  # where a number stood among the context words
# Between a figure and its conversion: "58km (36 miles)", "1,150 kilometers ( 700 miles".
_BRACKET_BETWEEN = re.compile(r"\s*[(\[]\s*")
# The same amount written in two units differs by the rounding of the conversion: "40 miles",
# "64 kilometres" (ECB+ 13); "48km" and "30 miles" (18); "58km (36 miles)", 57.9 km (20).
CONVERSION_SHARE = 0.03
_SPACED = re.compile(r"[^\s\"“”‘(\[]+")
# The number after any spaces (``\s`` is what ``str.lstrip`` strips): ``_relative``.
_SPACED_AFTER = re.compile(r"\s*[^\s\"“”‘(\[]+")
# Between two items of one series of counts: a comma or "and", and at most two words of the
# next item's own ("14 AK-47 rifles, 31 magazines and 923 rounds", "six AK 47 rifles, 12
# magazines and about 300 rounds", ECB+ 12_7ecbplus and 12_11ecbplus).
_SERIES_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w-]+\s+){0,2}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FigureContext:
    """A figure with the features slotting needs."""

    article: Article
    figure: Figure
    thing: str  # the quantity class (``Figure.quantity``): "deaths", "count:point", …
    event: bool  # counts casualties or another event: then places identify it
    version: str | None  # original | revised | other | None
    places: frozenset[str]  # story-entity ids (or case-folded names)
    place_names: dict[str, str]  # place id → display name (the story entity's name)
    compound: str | None  # the noun a hyphenated figure names: "plan" in "28-point plan"
    subject: str | None = None  # story entity id (or folded words) the figure is about
    subject_name: str | None = None  # its name as the story spells it (for the label)
    # The subject is someone or something the story names ("Dalembert", "the Qeshm quake"
    # resolved to a story entity), not a common noun ("a 28-year veteran", "a three-year
    # deal": two veterans, two deals in ECB+ 8 and 5).
    named: bool = False
    scope: tuple[str, ...] = ()  # its places, most specific first (story entity ids)
    background: bool = False  # about another event or time: never compared with the story's
    owner: str | None = None  # who has or is measured: "GM" in "GM has 6,246 dealers"
    context: frozenset[str] = frozenset()  # content stems around the number
    near: frozenset[str] = frozenset()  # the few of them closest to the number
    lead: str | None = None  # the content word right before it: "group" in "group of 30"
    quoted: bool = False  # the number stands inside a direct quote
    dates: frozenset[str] = frozenset()  # dates the sentence names (YYYY[-MM[-DD]])
    actors: frozenset[str] = frozenset()  # organisations and people the sentence names
    # The predicate the number measures, with synonyms (``annotate.frames``), and whether
    # it is a time since or until something rather than a length ("11 days after").
    frame: frozenset[str] = frozenset()
    offset: bool = False
    # The article gives no other value of this class: "seven seasons" twice and nothing
    # else counted in seasons (one thing, most likely, in each article that says it).
    alone: bool = False
    # The value in its class's common unit (km, days, the currency): "40 miles" and "64 km"
    # are compared as 64.4 and 64. A field, not a property: read a million times when a
    # 400-article story is aligned (benchmarks/bench_facts.py).
    amount: float = 0.0
    # An event count whose sentence names no place (``places`` empty) is presumed to be
    # about the story's own event: ``home`` is that event's place (``central_place``), ""
    # when the story has none. None for every other figure.
    home: str | None = None
    # A count joined by a hyphen to the noun it counts, describing another noun ("a
    # three-game losing streak", "the 300-seat parliament"): ``facts.DESCRIBING``.
    describing: bool = False
    # The classes of the other counts listed with it in one series ("six AK 47 rifles, 12
    # magazines and about 300 rounds": magazines and rounds for the rifles): ``_listed``.
    listed: frozenset[str] = frozenset()
    # The value adds to another count or measures a gap to it rather than giving one
    # ("married two more times", "two games behind the eighth seed"): ``_relative``.
    relative: bool = False
    # The amount a sum of money converts, when it stands in brackets right after it in
    # another currency: 110e9 for "$143 billion" in "€110 billion ($143 billion)".
    converts: float | None = None


def contexts(story: Story) -> list[FigureContext]:
    """Every figure that measures something (``Figure.quantity``), with its context."""
    place_ids = _spelling_index(story)
    owners = {spelling: entity_id for spelling, (entity_id, _, _) in place_ids.items()}
    names = {entity.id: entity.name for entity in story.entities}
    found: list[FigureContext] = []
    for article in story.articles:
        mention_types = {m.text.casefold(): m.type for m in article.entities}
        amounts: dict[tuple[str, str], set[float]] = {}
        for figure in article.figures:
            if figure.quantity:
                key = (figure.quantity, figure.action or "")
                amounts.setdefault(key, set()).add(_amount(figure))
        series = _listed(article)
        previous: Figure | None = None
        for index, figure in enumerate(article.figures):
            restated = previous is not None and _restates(article, previous, figure)
            before, previous = previous, figure
            if figure.quantity and not restated:
                alone = len(amounts[(figure.quantity, figure.action or "")]) == 1
                item = _context(article, figure, place_ids, owners, mention_types, alone, names)
                listed, converts = series.get(index), _converted(article, before, figure)
                if listed or converts is not None:  # rare: a copy only then (bench_facts)
                    item = replace(item, listed=listed or frozenset(), converts=converts)
                found.append(item)
    home = central_place(found)
    return [
        replace(item, home=home) if item.event and not item.places and not item.background
        else item
        for item in found
    ]  # fmt: skip


def _restates(article: Article, before: Figure, figure: Figure) -> bool:
    """A report's own conversion in brackets right after a figure: "about 58km (36 miles)",
    "1,150 kilometers (700 miles)" (ECB+ 20). It is the same value in another unit, rounded
    apart: compared as a value of its own, its rounding reads as a disagreement."""
    if before.quantity != figure.quantity or before.unit == figure.unit or before.end < 0:
        return False
    if not _BRACKET_BETWEEN.fullmatch(article.text[before.end : figure.start]):
        return False
    low, high = sorted((abs(_amount(before)), abs(_amount(figure))))
    return high > 0 and (high - low) / high <= CONVERSION_SHARE


def _converted(article: Article, before: Figure | None, figure: Figure) -> float | None:
    """The amount a sum of money in brackets converts: "? 110-billion ( $143-billion )",
    "euro110 billion ($141 billion)", "����110 billion ( $158 billion )" (ECB+ 8ecbplus:
    each outlet converted the bailout at its own rate). The amount before the bracket is
    read as a number even when its currency sign was lost; a bare magnitude word
    ("billion" of "euro110 billion") is no amount."""
    if before is None or not figure.quantity.startswith("money:") or before.end < 0:
        return None
    if before.quantity == figure.quantity or not before.text[:1].isdigit():
        return None
    if not _BRACKET_BETWEEN.fullmatch(article.text[before.end : figure.start]):
        return None
    return _amount(before)


def _listed(article: Article) -> dict[int, frozenset[str]]:
    """Counts listed in one series, by their index in ``article.figures``: each with the
    classes of the other items. Reports of one seizure list the same things, whatever the
    numbers ("six AK 47 rifles, 12 magazines and 300 rounds" / "14 AK-47 rifles, 31
    magazines and 923 rounds", ECB+ 12ecbplus): the series says which haul a count is of."""
    series: dict[int, frozenset[str]] = {}
    group: list[int] = []
    figures = article.figures

    def close() -> None:
        things = {figures[i].quantity for i in group}
        for i in group:
            others = frozenset(things - {figures[i].quantity})
            if others:
                series[i] = others

    for index, figure in enumerate(figures):
        counted = figure.quantity.startswith(("count:", "people")) and figure.start >= 0
        if not counted:
            continue
        last = figures[group[-1]] if group else None
        if (
            last is not None
            and last.sentence == figure.sentence
            and _SERIES_BETWEEN.fullmatch(article.text[last.end : figure.start])
        ):
            group.append(index)
            continue
        close()
        group = [index]
    close()
    return series


def central_place(found: list[FigureContext]) -> str:
    """The place of the story's own event: the one the most articles give their casualty
    counts (deaths, injuries, arrests) as the most specific place, when two or more do.

    News states the place of its event once or twice and then goes on counting without it
    ("Police said 18 people had been injured in the violence", ECB+ 8; "As many as 80 people
    were also wounded", ECB+ 20): within one story such a count is about the story's event
    unless something marks another scope (another place, a date, background)."""
    articles: dict[str, set[str]] = {}
    for item in found:
        if item.event and not item.background and item.scope:
            articles.setdefault(item.scope[0], set()).add(item.article.id)
    if not articles:
        return ""
    best = max(sorted(articles), key=lambda place: len(articles[place]))
    return best if len(articles[best]) >= 2 else ""


def _amount(figure: Figure) -> float:
    return figure.base if figure.base is not None else figure.value


SpellingIndex = dict[str, tuple[str, str, str]]  # spelling → (entity id, type, name)


def _context(
    article: Article, figure: Figure, index: SpellingIndex, owners: OwnerIndex,
    mention_types: dict[str, str], alone: bool = False, names: dict[str, str] | None = None,
) -> FigureContext:  # fmt: skip
    thing = figure.quantity
    event = thing in EVENT_QUANTITIES
    scope = _scope(figure, index, mention_types)
    places = {key: name for key, name in scope} or _places(article, figure.sentence, index)
    before, after = context_stems(article, figure, thing)
    subject = _subject_key(article, figure, index)
    named = subject is not None and (
        subject != _bare(figure.subject or "").casefold() or (figure.subject or "")[:1].isupper()
    )
    # An event is identified by its place, not by whose attack it was; a common noun is no
    # owner ("a 28-year veteran" and "a 20-year veteran" are two veterans, ECB+ 8).
    owner = None
    if not event:
        owner = subject if named else None
        owner = owner or owner_of(article, figure, _sentence_bounds(article, figure), owners)
    return FigureContext(
        article=article,
        figure=figure,
        amount=_amount(figure),
        thing=thing,
        event=event,
        version=figure.version,
        places=frozenset(places),
        place_names=places,
        compound=figure.document,
        subject=subject,
        named=named,
        subject_name=(names or {}).get(subject or "") or _bare(figure.subject or "") or None,
        scope=tuple(key for key, _ in scope),
        background=figure.stance == "background",
        owner=owner,
        context=_nearest(before, after, CONTEXT_WORDS),
        near=_nearest(before, after, NEAR_WORDS),
        lead=before[-1] if before else None,
        quoted=any(q.start <= figure.start < q.end for q in article.quotes if q.start >= 0),
        dates=frozenset(figure.dates),  # the dates of its own clause (annotate.measure)
        actors=frozenset(
            owners.get(m.text.casefold(), m.text.casefold())
            for m in article.entities
            if m.sentence == figure.sentence and m.type in ACTOR_TYPES
        ),
        alone=alone,
        describing=bool(
            thing.startswith(("count:", "people"))
            and thing[6:] not in DOCUMENT_PARTS
            and DESCRIBING.fullmatch(figure.text)
        ),
        relative=_relative(article, figure),
        frame=frozenset(word for word in figure.frame if word != OFFSET),
        # a distance in time only for a length of time: "shot eleven times after police
        # said he pulled out a revolver" (ECB+ 19_8ecbplus) counts shots, not a time since
        offset=OFFSET in figure.frame and thing == "duration",
    )


def _relative(article: Article, figure: Figure) -> bool:
    """A count that adds to one given before, or a gap between two: "She married two more
    times" after a first marriage (ECB+ 4_8ecb: three marriages in all, not two); "the
    Sixers are still just two games in the loss column behind the eighth seed" (ECB+ 5_7ecb,
    against "their eighth loss in 10 games"). Compared with a total it reads as a
    disagreement; it is compared only with other such values. "more" right after the number
    says so ("another five people" and "five other bank workers", ECB+ 8, are one count of
    others), or "behind"/"ahead" a few words after the counted thing."""
    if figure.start < 0:
        return False
    start = figure.start
    qualifier = figure.qualifier or ""
    folded = qualifier.casefold()
    # Only as many characters as the folded qualifier: folding never shortens a character,
    # so this is the text's folded start, without copying the rest of the article.
    if folded and article.text[start : start + len(folded)].casefold().startswith(folded):
        start += len(qualifier)  # "no more than 600,000" (the example): its own "more"
    number = _SPACED_AFTER.match(article.text, start)
    if number is None:
        return False
    following = _WORD.findall(article.text[number.end() : number.end() + INCREMENT_REACH])
    if following and following[0].casefold() == "more":
        return True
    _, sentence_end = _sentence_bounds(article, figure)
    end = min(sentence_end, figure.end + GAP_CHARACTERS)
    after = _WORD.findall(article.text[figure.end : end])[:GAP_REACH]
    return any(word.casefold() in GAP_WORDS for word in after)


def context_stems(article: Article, figure: Figure, thing: str) -> tuple[list[str], list[str]]:
    """Content stems before and after the number in its sentence, in text order, without
    the counted thing itself.

    Reporting words ("said", "according") and calendar words are in nearly every news
    sentence: sharing them says nothing about what two numbers measure. The words stop at
    the neighbouring numbers and clauses: in "11 seasons and served as an assistant coach
    for seven", "assistant coach" describes the seven, not the 11.
    """
    if figure.start < 0:
        return [], []
    start, end = _between_neighbours(article, figure)
    ignored = {*thing.split(), *(_canonical(w) for w in tokens(figure.counts))}

    def kept(text: str) -> list[str]:
        return [
            word if word.isalpha() else NUMBER_MARK
            for word in content_stems(_common_words(text))
            if not word.isalpha() or (word not in ignored and word not in NEUTRAL
                                      and word not in MONTHS)
        ]  # fmt: skip

    words_before = kept(_CLAUSE_BEFORE.split(article.text[start : figure.start])[-1])
    words_after = kept(_CLAUSE_AFTER.split(article.text[figure.end : end])[0])
    if NUMBER_MARK in words_before:
        words_before = words_before[len(words_before) - words_before[::-1].index(NUMBER_MARK) :]
    if NUMBER_MARK in words_after:
        words_after = words_after[: words_after.index(NUMBER_MARK)]
    return words_before, words_after


def _nearest(before: list[str], after: list[str], reach: int) -> frozenset[str]:
    """The ``reach`` stems closest to the number on either side."""
    return frozenset((*before[-reach:], *after[:reach]))


def _scope(
    figure: Figure, index: SpellingIndex, mention_types: dict[str, str]
) -> list[tuple[str, str]]:
    """The figure's places (``Figure.places``, most specific first) as (story entity id,
    name), keeping those the story knows as places (the model types a city a person in one
    sentence; the story entity, typed by all its mentions, is the better judge); a name no
    story entity has counts when its own mention is typed a place (``mention_types``: the
    article's mentions, folded text → type)."""
    found: list[tuple[str, str]] = []
    for text in figure.places:
        bare = _bare(text)
        entity_id, story_type, name = index.get(bare.casefold(), ("", "", ""))
        if not entity_id:
            entity_id, name = bare.casefold(), bare
            story_type = mention_types.get(bare.casefold(), "")
        if story_type in PLACE_TYPES and (entity_id, name) not in found:
            found.append((entity_id, name))
    return found


def _bare(text: str) -> str:
    """ "Kyiv’s Dniprovskyi" → "Kyiv’s Dniprovskyi"; "Kyiv's" → "Kyiv"."""
    return re.sub(r"['’]s?$", "", text.strip())


def _subject_key(article: Article, figure: Figure, index: SpellingIndex) -> str | None:
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
    bare = _bare(figure.subject)
    # The spelling as resolved in this article first: "the 41-year-old American" is the
    # American this article names (Bowe in ECB+ 7_10ecb), not the story's other one.
    entity_id, kind, _ = index.get(
        _in_article(article.id, bare), index.get(bare.casefold(), ("", "", ""))
    )
    if not figure.referents or (kind == "PERSON" and not _descriptor(bare)):
        return entity_id or _surname_key(bare, index) or bare.casefold()
    for name in figure.referents:
        referent_id, referent_kind, _ = index.get(_bare(name).casefold(), ("", "", ""))
        if referent_kind == "PERSON":
            return referent_id
    return entity_id or _surname_key(bare, index) or bare.casefold()


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


def _entity_key(text: str, index: SpellingIndex) -> str:
    entity_id = index.get(_bare(text).casefold(), ("", "", ""))[0]
    return entity_id or _bare(text).casefold()


def _places(article: Article, sentence: int, index: SpellingIndex) -> dict[str, str]:
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


def counted_thing(figure: Figure, window: tuple[list[str], list[str]]) -> str | None:
    """Canonical form of ``figure.counts``, or None when the figure counts nothing we can slot."""
    words = figure.counts.split()
    if not words or (not words[0][:1].islower() and not words[0][:1].isdigit()):
        return None  # empty, or a proper noun ("Article 21", "Nov. 27"): not a count
    canonical = [_canonical(w) for w in tokens(figure.counts)]
    if not canonical or any(w in MONTHS for w in canonical) or not canonical[0].isalpha():
        return None
    if "old" in canonical or _is_age(window[1]) or _is_benchmark(figure, window[1]):
        return None
    if set(canonical) <= {"people"}:
        # "killing six people": the event word sits next to the number, not in ``counts``.
        before, after = window
        events = [EVENT_WORDS[w] for w in (*after, *reversed(before)) if w in EVENT_WORDS]
        if events:
            canonical.append(events[0])
    return " ".join(dict.fromkeys(canonical))


def _between_neighbours(article: Article, figure: Figure) -> tuple[int, int]:
    """The sentence around ``figure``, cut at the figures before and after it."""
    start, end = _sentence_bounds(article, figure)
    for other in article.figures:
        if other is figure or other.sentence != figure.sentence or other.start < 0:
            continue
        if other.end <= figure.start:
            start = max(start, other.end)
        elif other.start >= figure.end:
            end = min(end, other.start)
    return start, end


def _common_words(text: str) -> str:
    """The text without capitalised words.

    Names say what a sentence is about, not what its number measures: in a story about one
    coach every sentence names him and his team, whatever it counts. Owners and actors
    carry the names; the words around a number should say what is measured.
    """
    return " ".join(word for word in _SPACED.findall(text) if not word[:1].isupper())


def _is_age(after: list[str]) -> bool:
    """'90-year-old': an age describes a person, it is not a count to reconcile."""
    return bool(after) and after[0].endswith(("-old", "-olds"))


def _is_benchmark(figure: Figure, after: list[str]) -> bool:
    """'a 20 year low': a span of time naming a record, not a count to reconcile."""
    counted = set(tokens(figure.counts))
    following = [word for word in after if word not in counted]
    return bool(following) and following[0] in BENCHMARKS


def _canonical(word: str) -> str:
    if word in PERSON_WORDS:
        return "people"
    if word in EVENT_WORDS:
        return EVENT_WORDS[word]
    stemmed = stem(word)
    return EVENT_WORDS.get(stemmed, stemmed)


def version_of(article: Article, figure: Figure) -> str | None:
    """The nearest version marker around the number, if any."""
    before, after = _window(article, figure)
    for word in (*reversed(before), *after):
        if word in VERSION_MARKERS:
            return VERSION_MARKERS[word]
    return None


def _window(article: Article, figure: Figure) -> tuple[list[str], list[str]]:
    """Lower-cased words just before and just after the figure, within its sentence."""
    start, end = _sentence_bounds(article, figure)
    if figure.start < 0:
        return [], []
    before = _WORD.findall(article.text[start : figure.start].casefold())
    after = _WORD.findall(article.text[figure.end : end].casefold())
    return before[-WORDS_BEFORE:], after[:WORDS_AFTER]


def _sentence_bounds(article: Article, figure: Figure) -> tuple[int, int]:
    if 0 <= figure.sentence < len(article.sentence_spans):
        return article.sentence_spans[figure.sentence]
    return 0, len(article.text)


def _compound_noun(article: Article, figure: Figure) -> str | None:
    """'plan' for '28-point plan': hyphenated figures name an object rather than measure one."""
    if figure.start < 0:
        return None
    match = re.match(r"[\w,.]+-\w+\s+([a-z]+)(?:\s+([a-z]+))?", article.text[figure.start :])
    if not match:
        return None
    # "19-point peace plan": a noun used as a modifier is not the object itself.
    if match.group(1) in NOUN_MODIFIERS and match.group(2):
        return match.group(2)
    return match.group(1)


def _spelling_index(story: Story) -> SpellingIndex:
    """Case-folded spelling → (story entity id, entity type, entity name), for every story
    entity: places read the type and name, owners and actors the id ("GM" meets "General
    Motors")."""
    index: SpellingIndex = {}
    for entity in story.entities:
        for variant in [entity.name, *(v.text for v in entity.variants)]:
            index.setdefault(variant.casefold(), (entity.id, entity.type, entity.name))
        for written in entity.variants:  # one spelling may name two entities in two articles
            for article_id in written.articles:
                index[_in_article(article_id, written.text)] = (entity.id, entity.type, entity.name)
    return index


def _in_article(article_id: str, spelling: str) -> str:
    """The spelling index's key for a spelling as one article uses it (``_spelling_index``)."""
    return f"{article_id}\n{spelling.casefold()}"
