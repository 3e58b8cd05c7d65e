"""What a figure measures: the counted thing, the version of the object, the places.

Two figures can only be one fact when they count the same thing ("people killed") about
the same object or event. The counted thing comes from the annotator's ``counts``; the
version ("original" / "revised" plan) from marker words next to the number; the places from
the sentence's place entities, resolved through story entities so "Kiev" meets "Kyiv".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from storydesk.annotate.documents import DOCUMENT_PARTS
from storydesk.annotate.frames import OFFSET
from storydesk.annotate.measure import EVENT_QUANTITIES
from storydesk.article import Article, Figure
from storydesk.link.figure_times import cumulative, occasion
from storydesk.link.figure_words import (
    CONTEXT_WORDS,
    NEAR_WORDS,
    context_stems,
    nearest,
    pollster,
    relative,
    sentence_bounds,
    whole,
)
from storydesk.link.holders import HolderKey, holder_key
from storydesk.link.owners import OwnerIndex, owner_of
from storydesk.link.series import amount, converted, listed_series, restates
from storydesk.link.subjects import (
    SpellingIndex,
    bare_name,
    common_key,
    located_place,
    organisations,
    reference_place,
    scope_of,
    sentence_places,
    spelling_index,
    subject_key,
    topic_organisation,
)
from storydesk.story import Story

# A figure's whole text when it is a count hyphenated to its noun ("nine-story", "300-seat").
DESCRIBING = re.compile(r"[\w.,]+-[A-Za-z]+")
# Who a sentence is about: a figure among other actors than another figure's is about them.
ACTOR_TYPES = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})


@dataclass(slots=True)
class ArticleView:
    """One article with what the contexts of its figures read, computed once per article
    rather than once per figure (benchmarks/bench_facts.py)."""

    article: Article
    index: SpellingIndex  # the story's spellings
    owners: OwnerIndex  # spelling → story entity id
    names: dict[str, str]  # story entity id → its name
    mention_types: dict[str, str]  # folded mention → entity type
    actors: dict[int, frozenset[str]]  # sentence → the organisations and people it names
    _topic_read: bool = False
    _topic: str | None = None

    def topic(self) -> str | None:
        """The organisation the article reports on (``subjects.topic_organisation``), read
        the first time a figure's ``organisations`` are: a tenth of the figures of
        bench_facts' story are money or shares, and reading every article's topic was a
        tenth of ``align`` there."""
        if not self._topic_read:
            self._topic, self._topic_read = topic_organisation(self.article, self.index), True
        return self._topic


# Not slotted: the features at its end are computed when first read (``cached_property``
# keeps them in the instance's dict). Not frozen: a frozen dataclass sets each of its 30-odd
# fields through ``object.__setattr__``, which made building one 4x dearer (bench_facts);
# nothing assigns to a field (``replace`` makes a new one).
@dataclass
class FigureContext:
    """A figure with the features slotting needs.

    The features read only when two figures are compared (the words around the number,
    its owner, whether it is relative, cumulative, a whole, a poll's finding, its occasion
    and organisations) are computed when first read: a figure alone in its block, or kept
    apart by its subject or value first, never pays for them. On bench_facts' story each
    is never read for 20-50% of the figures (400 to 100 articles), and computing them all
    for every figure was the larger part of ``contexts``, itself most of ``align``.
    """

    article: Article
    figure: Figure
    view: ArticleView = field(repr=False, compare=False)  # what the lazy features read
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
    # magazines and about 300 rounds": magazines and rounds for the rifles): ``listed_series``.
    listed: frozenset[str] = frozenset()
    # A count of a document's parts, which names its version ("28-point plan"): a field,
    # read in every tie of a large block (benchmarks/bench_facts.py).
    sized: bool = False
    # The amount a sum of money converts, when it stands in brackets right after it in
    # another currency: 110e9 for "$143 billion" in "€110 billion ($143 billion)".
    converts: float | None = None
    # The place a distance is measured from ("1,500 kilometers south of Tehran"), when it is
    # the article's only distance from that place (``reference_place``; ``contexts``).
    reference: str | None = None
    # What stands at that distance: the name the distance is in apposition to ("the town of
    # Qom, 140 kilometers south of Tehran"); two distances from one place are one fact only
    # when this is the same (``ties.tied``; ``located_place``).
    located: str | None = None
    # Whose reading a share or a sum is, folded ("Smith won 52 percent":
    # ``holders.holder_key``, typed data), and the act it measures: ``evidence.apart``.
    holder: HolderKey | None = None
    holder_verb: str | None = None

    @cached_property
    def owner(self) -> str | None:
        """Who has or is measured: "GM" in "GM has 6,246 dealers". An event is identified by
        its place, not by whose attack it was; a common noun is no owner ("a 28-year veteran"
        and "a 20-year veteran" are two veterans, ECB+ 8)."""
        if self.event:
            return None
        bounds = sentence_bounds(self.article, self.figure)
        return (self.subject if self.named else None) or owner_of(
            self.article, self.figure, bounds, self.view.owners
        )

    @cached_property
    def _stems(self) -> tuple[list[str], list[str]]:
        """The content stems before and after the number (``context_stems``)."""
        return context_stems(self.article, self.figure, self.thing)

    @cached_property
    def context(self) -> frozenset[str]:
        """The content stems around the number."""
        return nearest(*self._stems, CONTEXT_WORDS)

    @cached_property
    def near(self) -> frozenset[str]:
        """The few of them closest to the number."""
        return nearest(*self._stems, NEAR_WORDS)

    @cached_property
    def lead(self) -> str | None:
        """The content word right before it: "group" in "group of 30"."""
        before = self._stems[0]
        return before[-1] if before else None

    @cached_property
    def relative(self) -> bool:
        """The value adds to another count or measures a gap to it rather than giving one
        ("married two more times", "two games behind the eighth seed"): ``relative``."""
        return relative(self.article, self.figure)

    @cached_property
    def cumulative(self) -> bool:
        """A running total over several events ("so far", "since September")."""
        return cumulative(self.article, self.figure)

    @cached_property
    def pollster(self) -> str | None:
        """The name of the poll, survey or study that found the value ("An opinion poll for
        the respected Kathimerini newspaper found that 68 per cent", ECB+ 19_14ecb): two
        pollsters' findings are two measurements, never rival values of one
        (``ties.separate``)."""
        return pollster(self.article, self.figure)

    @cached_property
    def whole(self) -> bool:
        """The whole a part given right before it is taken from ("10 of the Saints' 16
        games"): ``figure_words.whole``."""
        return whole(self.article, self.figure)

    @cached_property
    def organisations(self) -> frozenset[str]:
        """The organisations whose figure it may be (``subjects.organisations``): the company
        of a price, a profit, a dividend; two companies' differing values are no conflict.
        ``ties`` reads it for money and shares only."""
        return organisations(self.article, self.figure, self.view.index, self.view.topic())

    @cached_property
    def occasion(self) -> frozenset[str]:
        """The days and periods its sentence names (``figure_times.occasion``):
        ``ties.separate`` reads it for two figures of one subject only."""
        return occasion(self.article, self.figure)


def contexts(story: Story) -> list[FigureContext]:
    """Every figure that measures something (``Figure.quantity``), with its context."""
    place_ids = spelling_index(story)
    owners = {spelling: entity_id for spelling, (entity_id, _, _) in place_ids.items()}
    names = {entity.id: entity.name for entity in story.entities}
    found: list[FigureContext] = []
    for article in story.articles:
        view = ArticleView(
            article, place_ids, owners, names,
            mention_types={m.text.casefold(): m.type for m in article.entities},
            actors=_actors(article, owners),
        )  # fmt: skip
        amounts: dict[tuple[str, str], set[float]] = {}
        for figure in article.figures:
            if figure.quantity:
                key = (figure.quantity, figure.action or "")
                amounts.setdefault(key, set()).add(amount(figure))
        series = listed_series(article)
        previous: Figure | None = None
        for index, figure in enumerate(article.figures):
            restated = previous is not None and restates(article, previous, figure)
            before, previous = previous, figure
            if figure.quantity and not restated:
                alone = len(amounts[(figure.quantity, figure.action or "")]) == 1
                item = _context(view, figure, alone)
                listed, converts = series.get(index), converted(article, before, figure)
                if listed or converts is not None:  # rare: a copy only then (bench_facts)
                    item = replace(item, listed=listed or frozenset(), converts=converts)
                found.append(item)
    home = central_place(found)
    return [
        replace(item, home=home) if item.event and not item.places and not item.background
        else item
        for item in _one_distance_each(found)
    ]  # fmt: skip


def _one_distance_each(found: list[FigureContext]) -> list[FigureContext]:
    """A report giving two distances from one place measures two places from it ("about
    940 miles south of Tehran" for Qeshm, "602 miles southeast of Tehran" for Zarand, ECB+
    20_3ecbplus): neither says by its place alone which thing it is the distance of."""
    amounts: dict[tuple[str, str], set[float]] = {}
    for item in found:
        if item.reference:
            amounts.setdefault((item.article.id, item.reference), set()).add(item.amount)
    return [
        replace(item, reference=None)
        if item.reference and len(amounts[(item.article.id, item.reference)]) > 1 else item
        for item in found
    ]  # fmt: skip


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


def _actors(article: Article, owners: OwnerIndex) -> dict[int, frozenset[str]]:
    """The organisations and people each sentence names (``ACTOR_TYPES``), as story entity
    ids where the story has them."""
    found: dict[int, set[str]] = {}
    for mention in article.entities:
        if mention.type in ACTOR_TYPES:
            folded = mention.text.casefold()
            found.setdefault(mention.sentence, set()).add(owners.get(folded, folded))
    return {sentence: frozenset(actors) for sentence, actors in found.items()}


def _context(view: ArticleView, figure: Figure, alone: bool) -> FigureContext:
    article, index = view.article, view.index
    thing = figure.quantity
    event = thing in EVENT_QUANTITIES
    scope = scope_of(figure, index, view.mention_types)
    places = {key: name for key, name in scope} or sentence_places(article, figure.sentence, index)
    subject = subject_key(article, figure, index)
    written = figure.subject or ""
    named = subject is not None and (
        subject != common_key(written) or written[:1].isupper()
    )
    return FigureContext(
        article=article,
        figure=figure,
        view=view,
        amount=amount(figure),
        thing=thing,
        event=event,
        version=figure.version,
        places=frozenset(places),
        place_names=places,
        compound=figure.document,
        subject=subject,
        named=named,
        holder=holder_key(article, figure, index),
        holder_verb=figure.holder_verb,
        subject_name=view.names.get(subject or "")
        or (bare_name(figure.subject) if figure.subject else None)  # most figures: none
        or None,
        scope=tuple(key for key, _ in scope),
        background=figure.stance == "background",
        quoted=any(q.start <= figure.start < q.end for q in article.quotes if q.start >= 0),
        dates=frozenset(figure.dates),  # the dates of its own clause (annotate.measure)
        actors=view.actors.get(figure.sentence, frozenset()),
        alone=alone,
        describing=bool(
            thing.startswith(("count:", "people"))
            and thing[6:] not in DOCUMENT_PARTS
            and DESCRIBING.fullmatch(figure.text)
        ),
        sized=thing.startswith("count:") and thing[6:] in DOCUMENT_PARTS,
        frame=frozenset(word for word in figure.frame if word != OFFSET),
        # a distance in time only for a length of time: "shot eleven times after police
        # said he pulled out a revolver" (ECB+ 19_8ecbplus) counts shots, not a time since
        offset=OFFSET in figure.frame and thing == "duration",
        reference=reference_place(article, figure, index) if thing == "length" else None,
        located=located_place(article, figure, index) if thing == "length" else None,
    )
