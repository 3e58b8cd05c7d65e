"""Entity evaluation on ECB+: cross-document merging of named people and places.

Choices, so the numbers can be read (and reproduced):

* Gold mentions: tags HUMAN_PART_PER (people) and LOC_GEO, LOC_FAC (places) that take part in
  a CROSS_DOC_COREF relation (the annotated cross-document instances) and are proper names
  (``is_named``): pronouns and common-noun descriptions ("the actress", "police") are left out,
  and so is a one-word mention the topic's documents also write in lower case ("Host").
* Our system: each topic's documents are one story; the tokens become an Article laid out as
  written (one sentence a line, ``ecbplus.lay_out``), spaCy's entity annotator runs, then
  ``link.entities``.
* A gold mention maps to the one entity that has its folded text among its variants in that
  document; else to the entity of our mention it overlaps most (character spans), for a gold
  person our person first (since 2026-11-30: a gold span with a title, "Ford Motor Company
  CEO Alan Mulally", is our Mulally, not our Ford). Our mentions are the model's and, since
  2026-11-30 05:30, the names the gazetteer pass found where the model missed them
  (``link.gazetteer``), which before counted only where no mention of the model overlapped
  ("the Stiles Unit in Beaumont, Texas" went to the Beaumont inside it), and, for a gold
  person, since 2026-11-30 (session 6), the titles we read beside a person's name
  (``Resolution.titles``: "Prime Minister of Canada" of "Stephen Harper, Prime Minister of
  Canada,", which MEANTIME annotates as a mention of Harper). The notes give
  each part's scores by the earlier matchings (``EARLIER``). Else to the one entity in the
  topic with that variant; else to nothing (it merges with no one).
* Scores: pairwise precision and recall of "same entity" over pairs of gold mentions in
  different documents of one topic, summed over topics (micro average); the same again for
  each split of ``SPLITS`` (``tuned_*``: topics 1-20, where the rules were written;
  ``untouched_*``: topics 21-35, kept for measuring, see eval/README.md).
* Baseline (same keys): two mentions are one entity when their folded texts are equal.

``score_topics`` is the scorer; ``entities_meantime`` runs it on MEANTIME.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from storydesk.annotate import annotate
from storydesk.annotate.entities import EntityAnnotator
from storydesk.article import Article
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.ecbplus import (
    EcbDocument,
    GoldMention,
    no_topics,
    read_topic,
    topic_folders,
)
from storydesk.evaluate.metrics import PRF, prf
from storydesk.link.entities import Resolution, link_entities
from storydesk.link.surface import form_key
from storydesk.options import Options

NAMED_TAGS = frozenset({"HUMAN_PART_PER", "LOC_GEO", "LOC_FAC"})
PERSON_TAGS = frozenset({"HUMAN_PART_PER", "PER"})  # ECB+'s and MEANTIME's
PRONOUNS = frozenset(
    {"i", "me", "my", "he", "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our"}
    | {"they", "them", "their", "you", "your", "who", "whom", "this", "that", "these", "those"}
    | {"himself", "herself", "themselves", "one"}
)
_FUNCTION = frozenset(
    {"of", "the", "and", "de", "la", "del", "von", "van", "da", "di", "du", "le", "al", "el"}
    | {"for", "in", "on", "at", "'s"}
)


@dataclass(slots=True)
class PairCounts:
    """Pair counts over mentions in different documents, summed over topics."""

    gold: int = 0
    predicted: int = 0
    both: int = 0

    def add(self, other: PairCounts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.both += other.both

    @property
    def score(self) -> PRF:
        return prf(self.both, self.predicted, self.gold)


# A scored mention: (document, gold instance, predicted entity or None).
Scored = tuple[str, str, Hashable | None]


# Parts of ECB+ scored apart: the topics the linking rules were tuned on and the ones kept
# untouched for measuring (ECB+'s own held-out topics 36-45 are not in the shared dataset).
SPLITS: dict[str, tuple[str, ...]] = {
    "tuned": tuple(str(n) for n in range(1, 21)),
    "untouched": tuple(str(n) for n in range(21, 36)),
}

Topic = tuple[str, list[EcbDocument]]  # topic name, its documents


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    folders = topic_folders(data, limit)
    if not folders:
        return no_topics("entities", data)
    topics = [(folder.name, read_topic(folder, written=True)) for folder in folders]
    return score_topics("entities", topics, NAMED_TAGS, options, SPLITS)


def score_topics(
    name: str,
    topics: list[Topic],
    tags: frozenset[str],
    options: Options,
    splits: dict[str, tuple[str, ...]] | None = None,
) -> EvalResult:
    """Each topic one story; pair counts summed over topics, and over each split's topics
    (``splits``: part name -> the names of its topics)."""
    result = EvalResult(name=name)
    ours, baseline = PairCounts(), PairCounts()
    parts = {part: (PairCounts(), PairCounts()) for part in splits or {}}
    earlier = {(part, m): PairCounts() for part in ["all", *(splits or {})] for m in EARLIER}
    for topic, documents in topics:
        result.documents += len(documents)
        common = lower_case_words(documents)
        gold = [(d, m) for d in documents for m in d.mentions if is_gold_name(d, m, common, tags)]
        scored, before = _predict(documents, gold, options)
        counts = pair_counts(scored)
        exact = pair_counts([(d.name, str(m.instance), _exact(d, m)) for d, m in gold])
        ours.add(counts)
        baseline.add(exact)
        in_parts = [part for part, numbers in (splits or {}).items() if topic in numbers]
        for matching, matched in before.items():
            counted = pair_counts(matched)
            for part in ["all", *in_parts]:
                earlier[(part, matching)].add(counted)
        for part in in_parts:
            parts[part][0].add(counts)
            parts[part][1].add(exact)
    result.scores = _scores(ours)
    result.baselines = _scores(baseline)
    result.notes.extend(_by_matching("all", m, earlier[("all", m)]) for m in EARLIER)
    for part, (counts, exact) in parts.items():
        if counts.gold:
            result.notes.extend(_by_matching(part, m, earlier[(part, m)]) for m in EARLIER)
            result.scores.update({f"{part}_{k}": v for k, v in _scores(counts).items()})
            result.baselines.update({f"{part}_{k}": v for k, v in _scores(exact).items()})
            names = (splits or {})[part]
            span = f"{names[0]}-{names[-1]}" if names[0].isdigit() else ", ".join(names)
            result.notes.append(f"{part}: topics {span}, {counts.gold} gold pairs")
    result.notes.append(f"{ours.gold} gold cross-document same-entity pairs")
    return result


def _by_matching(part: str, matching: str, counts: PairCounts) -> str:
    score = counts.score
    return (
        f"{part}: P {score.precision:.4f} R {score.recall:.4f} with gold mentions matched by "
        f"{matching}"
    )


def _scores(counts: PairCounts) -> dict[str, float]:
    return asdict(counts.score)


def _exact(document: EcbDocument, mention: GoldMention) -> str:
    return form_key(document.mention_text(mention))


def lower_case_words(documents: Iterable[EcbDocument]) -> frozenset[str]:
    """Words the topic writes in lower case at least as often as capitalised: common nouns
    ("host", "man"), not names ("Thompson" may turn up lower case in a web address)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for document in documents:
        for _, text in document.tokens.values():
            (lower if text.islower() else upper)[text.casefold()] += 1
    return frozenset(word for word, count in lower.items() if count >= upper[word])


def is_gold_name(
    document: EcbDocument,
    mention: GoldMention,
    common: frozenset[str] = frozenset(),
    tags: frozenset[str] = NAMED_TAGS,
) -> bool:
    """A mention of one of ``tags`` linked across documents and written as a proper name."""
    return (
        mention.tag in tags
        and mention.instance is not None
        and is_named(document, mention.tokens, common)
    )


def is_named(
    document: EcbDocument, token_ids: list[str], common: frozenset[str] = frozenset()
) -> bool:
    """Every content word capitalised, no pronoun ("I'm" too); one word that the topic also
    writes in lower case is a common noun ("Host", "MAN"); a lone sentence-initial word must
    be capitalised somewhere mid-sentence in the document ("Police said" is not a name)."""
    words = [document.tokens[t][1] for t in token_ids if t in document.tokens]
    content = [w for w in words if w.casefold() not in _FUNCTION and any(c.isalpha() for c in w)]
    if not content or any(re.split("['’]", w.casefold())[0] in PRONOUNS for w in words):
        return False
    if len(content) == 1 and content[0].casefold() in common:
        return False
    if not all(w[:1].isupper() for w in content):
        return False
    if len(content) == 1 and _sentence_initial(document, token_ids[0]):
        return _capitalised_mid_sentence(document, content[0])
    return True


def _sentence_initial(document: EcbDocument, t_id: str) -> bool:
    ids = list(document.tokens)
    position = ids.index(t_id) if t_id in document.tokens else 0
    return position == 0 or document.tokens[ids[position - 1]][0] != document.tokens[t_id][0]


def _capitalised_mid_sentence(document: EcbDocument, word: str) -> bool:
    ids = list(document.tokens)
    return any(
        document.tokens[t][1] == word and not _sentence_initial(document, t) for t in ids[1:]
    )


# The matchings used before, printed in the notes beside the current one: (people first,
# the gazetteer's hits compete by overlap, a person's titles beside the name count).
EARLIER: dict[str, tuple[bool, bool, bool]] = {
    "without titles beside names (the matching before 2026-11-30, session 6)": (
        True,
        True,
        False,
    ),
    "our model's mentions only, people first (the matching before 2026-11-30 05:30)": (
        True,
        False,
        False,
    ),
    "longest overlap alone (the matching before 2026-11-30)": (False, False, False),
}


def _predict(
    documents: list[EcbDocument], gold: list[tuple[EcbDocument, GoldMention]], options: Options
) -> tuple[list[Scored], dict[str, list[Scored]]]:
    """Each gold mention's entity, and by each earlier matching (``EARLIER``)."""
    articles = [d.article() for d in documents]
    annotate(articles, options, annotators=[EntityAnnotator()])
    resolution = link_entities(articles, options)
    by_name = {a.id: a for a in articles}
    lookup = _variant_lookup(resolution)

    def matched(how: tuple[bool, bool, bool]) -> list[Scored]:
        return [
            (d.name, str(m.instance), _entity_of(d, m, by_name[d.name], resolution, lookup, how))
            for d, m in gold
        ]

    return matched(NOW), {name: matched(how) for name, how in EARLIER.items()}


NOW = (True, True, True)  # people first, the gazetteer's hits, titles beside names


def _variant_lookup(resolution: Resolution) -> dict[str, dict[str, set[str]]]:
    """folded variant -> {article id -> entity ids}, for gold mentions the model missed."""
    lookup: dict[str, dict[str, set[str]]] = {}
    for entity in resolution.entities:
        for variant in entity.variants:
            per_article = lookup.setdefault(form_key(variant.text), {})
            for article in variant.articles:
                per_article.setdefault(article, set()).add(entity.id)
    return lookup


def _entity_of(
    document: EcbDocument,
    mention: GoldMention,
    article: Article,
    resolution: Resolution,
    lookup: dict[str, dict[str, set[str]]],
    how: tuple[bool, bool, bool] = (True, True, True),
) -> str | None:
    per_article = lookup.get(_exact(document, mention), {})
    here = per_article.get(article.id, set())
    if len(here) == 1:  # the same words as one of ours in this document: that entity
        return next(iter(here))
    start, end = document.mention_span(mention)
    people_first, with_found, with_titles = how
    person = people_first and mention.tag in PERSON_TAGS
    best = _overlapping(start, end, person, article, resolution, with_found, with_titles)
    if best is not None:
        return best
    for found in resolution.found:  # a name the model missed here and the gazetteer found
        if found.article == article.id and min(end, found.end) > max(start, found.start):
            return found.entity
    anywhere = set().union(*per_article.values()) if per_article else set()
    return next(iter(anywhere)) if len(anywhere) == 1 else None


def _overlapping(
    start: int,
    end: int,
    person: bool,
    article: Article,
    resolution: Resolution,
    with_found: bool = True,
    with_titles: bool = True,
) -> str | None:
    """The entity of our mention that overlaps the gold span most; for a gold person, our
    person inside the span first: "President of the United States Barack Obama", "Ford
    Motor Company CEO Alan Mulally" (MEANTIME gm) are Obama and Mulally, not the longer
    country or company of the title. Our mentions are the model's and, ``with_found``, the
    names the gazetteer found where the model missed them (``Resolution.found``): "the
    Stiles Unit in Beaumont, Texas" (ECB+ 3) is the Stiles Unit the gazetteer found there,
    not the Beaumont the model tagged inside it. For a gold person, ``with_titles``, the
    titles we read beside a person's name are that person's too (``Resolution.titles``):
    MEANTIME annotates "Prime Minister of Canada" of "Stephen Harper, Prime Minister of
    Canada," and "US President" of "US President Barack Obama" as mentions of the person
    (gm), which by overlap alone went to our Canada and our United States."""
    people = {e.id for e in resolution.entities if e.type == "PERSON"} if person else set()
    spans = [
        (entity.start, entity.end, resolution.mention_entity.get((article.id, index)))
        for index, entity in enumerate(article.entities)
    ]
    if with_found:
        spans += [(f.start, f.end, f.entity) for f in resolution.found if f.article == article.id]
    if person and with_titles:
        spans += [(f.start, f.end, f.entity) for f in resolution.titles if f.article == article.id]
    best: dict[bool, tuple[int, str | None]] = {True: (0, None), False: (0, None)}
    for span_start, span_end, found in spans:
        overlap = min(end, span_end) - max(start, span_start)
        if overlap > 0 and found is not None and overlap > best[found in people][0]:
            best[found in people] = (overlap, found)
    return best[True][1] or best[False][1]


def pair_counts(scored: Iterable[Scored]) -> PairCounts:
    """Same-entity pairs across documents, counted by cluster sizes (never all pairs)."""
    items = list(scored)
    gold_key: Callable[[Scored], Hashable] = lambda s: s[1]  # noqa: E731
    pred_key: Callable[[Scored], Hashable | None] = lambda s: s[2]  # noqa: E731
    return PairCounts(
        gold=_cross_pairs(items, gold_key),
        predicted=_cross_pairs([s for s in items if s[2] is not None], pred_key),
        both=_cross_pairs([s for s in items if s[2] is not None], lambda s: (s[1], s[2])),
    )


def _cross_pairs(items: list[Scored], key: Callable[[Scored], Hashable]) -> int:
    """Pairs in the same cluster minus the pairs inside one document."""
    clusters: Counter[Hashable] = Counter(key(s) for s in items)
    within: Counter[tuple[Hashable, str]] = Counter((key(s), s[0]) for s in items)
    return sum(n * (n - 1) // 2 for n in clusters.values()) - sum(
        n * (n - 1) // 2 for n in within.values()
    )
