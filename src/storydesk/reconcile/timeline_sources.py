"""Which sentences of a timeline line's event tell it alike across articles, and the sources
that report an event without its date."""

from __future__ import annotations

from collections.abc import Callable

from storydesk.article import Article, SentenceRole
from storydesk.reconcile.similarity import CANDIDATE, SUPPORT, SentenceIndex, SentenceRef, terms_of
from storydesk.reconcile.timeline_events import Event, bases
from storydesk.story import Story

Closest = dict[int, dict[str, tuple[float, int]]]  # row -> article -> (cosine, its row)


def closest(index: SentenceIndex, rows: list[int]) -> Closest:
    """For each of ``rows``, its closest sentence in every other article at cosine SUPPORT
    or more (candidates from the index's rarer terms: blocking, as the brief's)."""
    wanted = sorted({row for row in rows if row >= 0})
    if not wanted:
        return {}
    best: Closest = {}
    for row, others in index.scored(wanted, CANDIDATE, SUPPORT).items():
        own = index.refs[row].article
        found: dict[str, tuple[float, int]] = {}
        for other, score in others.items():
            article = index.refs[other].article
            if article != own and score > found.get(article, (0.0, -1))[0]:
                found[article] = (score, other)
        best[row] = found
    return best


def told_alike(index: SentenceIndex, best: Closest) -> set[frozenset[int]]:
    """Pairs of the sentences ``best`` holds (``closest`` of the dated sentences) from two
    articles where each is the other's closest sentence in its article at cosine SUPPORT or
    more: how the brief finds that two outlets report the same (reconcile/developments.py;
    pair precision 0.93 on ECB+'s event coreference, eval/README.md)."""
    pairs = set()
    for row, found in best.items():
        for _, other in found.values():
            back = best.get(other, {}).get(index.refs[row].article)
            if back is not None and back[1] == row:
                pairs.add(frozenset((row, other)))
    return pairs


def add_undated_sources(
    story: Story, index: SentenceIndex, events: list[Event], best: Closest
) -> None:
    """Every source that reports an event, also where it gives no date: a sentence with no
    date of its own that is, with a sentence of the line, each other's closest across their
    two articles (as ``told_alike``) reports that event, and the line cites it. The
    example's FT and Al Jazeera tell Trump's sending Witkoff to Moscow without "Tuesday":
    their sentences now count for the Tuesday line, as the brief counts them (5 of 5).
    Each such sentence goes to one line, its closest; a background line takes none.
    ``best``: ``closest`` of the dated sentences (every line's rows are among them)."""
    dated = {SentenceRef(a.id, d.sentence) for a in story.articles for d in a.dates}
    roles = {a.id: a.roles for a in story.articles}
    plain = {a.id: _plain_words(a) for a in story.articles}
    lines = [e for e in events if not e.background]
    position = {ref: number for number, ref in enumerate(index.refs)}
    offers: dict[int, tuple[float, Event]] = {}  # undated row -> (cosine, line)
    for event in lines:
        cited = {r.article for r in event.refs}
        for row in _rows(event, position):
            for article, (score, other) in best.get(row, {}).items():
                ref = index.refs[other]
                if article in cited or ref in dated or not _reports(roles[article], ref):
                    continue
                if not _tells_what(event, plain[article](ref.sentence, index.texts[other])):
                    continue
                if score > offers.get(other, (0.0, event))[0]:
                    offers[other] = (score, event)
    back = closest(index, list(offers))
    for other, (_, event) in offers.items():
        mine = {index.refs[row].article: row for row in _rows(event, position)}
        for article, row in mine.items():
            reply = back.get(other, {}).get(article)
            if reply is not None and reply[1] == row and index.refs[other] not in event.refs:
                event.refs.append(index.refs[other])
                break


# Share of what a line's event does (its words, names left out) that an undated sentence
# must say too. Two sentences about one person are close by the name alone: "Ursula von der
# Leyen, President of the European Commission, stressed the need for close coordination"
# (the example's FT) is no report of her Sunday statement on the US-led plan (Al Jazeera),
# 0.05; the five outlets' wordings of Trump sending Witkoff to Moscow share 0.17 to 0.4.
TELLS_WHAT = 0.15


def _tells_what(event: Event, words: set[str]) -> bool:
    """The sentence says what one of the line's clauses says was done."""
    for part in event.parts or [event]:
        total = sum(part.words.values())
        if total and sum(w for t, w in part.words.items() if t in words) >= TELLS_WHAT * total:
            return True
    return False


def _plain_words(article: Article) -> Callable[[int, str], set[str]]:
    """A sentence's words without the names in it, by base form."""
    def words(sentence: int, text: str) -> set[str]:
        for entity in article.entities:
            if entity.sentence == sentence:
                text = text.replace(entity.text, " ")
        return set(bases(terms_of(text, [])))
    return words


def _rows(event: Event, position: dict[SentenceRef, int]) -> list[int]:
    return [position[ref] for ref in event.refs if ref in position]


def _reports(roles: list[SentenceRole], ref: SentenceRef) -> bool:
    """Not a question or a fragment (a subheading): a sentence that can report an event."""
    role = roles[ref.sentence] if ref.sentence < len(roles) else None
    return role is None or role.kind not in ("question", "fragment")
