"""Link quotes: the same statement across articles, in its wordings.

Staged like any cross-document work: each quote gets a cheap signature (normalised words and
content stems), candidate pairs come from an inverted index of content stems, and only those
pairs get the expensive comparison. Matching pairs are joined with union-find.

Decisions (documented in docs and tests):
- Every quote is in exactly one group; a quote only one article carries is a group of one,
  so coverage can list "quotes only this outlet reports".
- Only quotes from different articles are compared. Two quotes of one article end in one
  group only through other articles (one outlet split a sentence that another gave whole).
- Different speakers with the same words still group, flagged ``speakers_disagree``; looser
  matches (re-translations, paraphrased fragments) need the speakers not to differ.
- A re-worded quote joins when it keeps a run of three words with two content words ("we
  remain optimistic") and is still broadly similar (word ratio >= 60): outlets rephrase the
  start of a spokesman's line and keep its distinctive end.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from storydesk.article import Quote
from storydesk.ids import stable_id
from storydesk.link.textnorm import STOPWORDS, content_stems, normalised
from storydesk.options import Options
from storydesk.story import QuoteGroup, Story

ELLIPSIS = re.compile(r"…|\.\.\.|\[\.\.\.\]")
# A stem in more quotes than this gives too many pairs to be worth indexing; quotes that
# really match share rarer stems as well.
MAX_POSTING = 60
# Word-sequence similarity (rapidfuzz ratio over words, 0-100) above which two quotes are
# one sentence in two wordings ("fundamentally" / "radically different": 83).
REWORDING_RATIO = 80.0
# A re-worded quote that keeps a distinctive run of words ("… and we remain optimistic") is
# the same statement at a lower overall similarity.
SHARED_RUN_RATIO = 60.0
RUN_LENGTH = 3
RUN_CONTENT_WORDS = 2


@dataclass(frozen=True, slots=True)
class QuoteSignature:
    """What comparison needs of one quote, computed once."""

    quote: Quote
    article: str
    words: str  # normalised wording, space-joined
    pieces: tuple[str, ...]  # normalised stretches between ellipses ("the deal … is final")
    content: frozenset[str]  # content-word stems
    speaker: str | None  # entity id, or "name:<surname>" when only a name is known


def group(story: Story, options: Options) -> Story:
    signatures = [
        signature(article.id, quote) for article in story.articles for quote in article.quotes
    ]
    parents = list(range(len(signatures)))
    for left, right in candidate_pairs(signatures):
        if same_statement(signatures[left], signatures[right]):
            _union(parents, left, right)
    story.quote_groups = _build_groups(signatures, parents)
    return story


def signature(article_id: str, quote: Quote) -> QuoteSignature:
    return QuoteSignature(
        quote=quote,
        article=article_id,
        words=normalised(quote.text),
        pieces=tuple(p for p in (normalised(t) for t in ELLIPSIS.split(quote.text)) if p),
        content=frozenset(content_stems(quote.text)),
        speaker=speaker_key(quote),
    )


def speaker_key(quote: Quote) -> str | None:
    if quote.speaker_entity:
        return quote.speaker_entity
    # Without entity linking a surname is the best cross-article key; descriptions
    # ("the US president") are not names and stay unknown.
    words = (quote.speaker or "").split()
    if words and words[-1][:1].isupper():
        return "name:" + words[-1].casefold()
    return None


def candidate_pairs(signatures: list[QuoteSignature]) -> Iterator[tuple[int, int]]:
    """Index pairs from different articles that share a content stem, each once."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, sig in enumerate(signatures):
        for stem in sig.content:
            postings[stem].append(index)
    seen: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for left, right in combinations(members, 2):
            if signatures[left].article != signatures[right].article and (left, right) not in seen:
                seen.add((left, right))
                yield left, right


def same_statement(a: QuoteSignature, b: QuoteSignature) -> bool:
    """Whether two quotes are one statement: same words, trimmed, or reworded."""
    smallest = min(len(a.content), len(b.content))
    if smallest == 0:
        return False
    if smallest >= 2 and (_contains(a.words, b.words) or _elided(a, b) or _elided(b, a)):
        return True  # same words, trimmed or elided: groups even if speakers differ
    relation = _speaker_relation(a.speaker, b.speaker)
    if relation == "different" or smallest < 3:
        return False
    shared = len(a.content & b.content) / smallest
    if shared >= _containment_needed(smallest, relation):
        return True
    # Word-level edit similarity: one sentence with a word or two swapped.
    similarity = fuzz.ratio(a.words.split(), b.words.split())
    if similarity >= REWORDING_RATIO:
        return True
    return similarity >= SHARED_RUN_RATIO and bool(_runs(a.words) & _runs(b.words))


def _runs(wording: str) -> set[tuple[str, ...]]:
    """Runs of ``RUN_LENGTH`` words holding at least two content words: "we remain optimistic"."""
    words = wording.split()
    return {
        run
        for run in zip(*(words[i:] for i in range(RUN_LENGTH)), strict=False)
        if sum(word not in STOPWORDS for word in run) >= RUN_CONTENT_WORDS
    }


def _contains(left: str, right: str) -> bool:
    short, long = sorted((left, right), key=len)
    return f" {short} " in f" {long} "


def _elided(short: QuoteSignature, long: QuoteSignature) -> bool:
    """Every piece of ``short`` (cut by ellipses) stands in ``long``, in order."""
    if len(short.pieces) < 2:
        return False
    position = 0
    padded = f" {long.words} "
    for piece in short.pieces:
        found = padded.find(f" {piece} ", position)
        if found < 0:
            return False
        position = found + len(piece) + 1
    return True


def _speaker_relation(left: str | None, right: str | None) -> str:
    if left is None or right is None:
        return "unknown"
    return "same" if left == right else "different"


def _containment_needed(content_words: int, relation: str) -> float:
    """Share of the shorter quote's content stems the longer must hold.

    Short quotes need near-total overlap; the same speaker lowers the bar because a
    re-translation changes a word or two of a sentence we already know came from them.
    """
    if relation == "same":
        return 0.6
    if content_words <= 3:
        return 1.0
    return 0.75 if content_words < 10 else 0.6


def _find(parents: list[int], index: int) -> int:
    while parents[index] != index:
        parents[index] = parents[parents[index]]
        index = parents[index]
    return index


def _union(parents: list[int], left: int, right: int) -> None:
    root_left, root_right = _find(parents, left), _find(parents, right)
    if root_left != root_right:
        parents[max(root_left, root_right)] = min(root_left, root_right)


def _build_groups(signatures: list[QuoteSignature], parents: list[int]) -> list[QuoteGroup]:
    members: dict[int, list[QuoteSignature]] = defaultdict(list)
    for index, sig in enumerate(signatures):
        members[_find(parents, index)].append(sig)
    groups: list[QuoteGroup] = []
    for root in sorted(members):
        group_id = stable_id("q", min(sig.quote.id for sig in members[root]))
        for sig in members[root]:
            sig.quote.group = group_id
        groups.append(_quote_group(group_id, members[root]))
    return groups


def _quote_group(group_id: str, members: list[QuoteSignature]) -> QuoteGroup:
    entities = Counter(m.quote.speaker_entity for m in members if m.quote.speaker_entity)
    speakers = {m.speaker for m in members if m.speaker}
    return QuoteGroup(
        id=group_id,
        speaker=entities.most_common(1)[0][0] if entities else None,
        quotes=[m.quote.id for m in members],
        speakers_disagree=len(speakers) > 1,
    )
