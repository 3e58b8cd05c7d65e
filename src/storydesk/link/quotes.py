"""Link quotes: the same statement across articles, in its wordings.

Staged like any cross-document work: each quote gets a cheap signature (normalised words and
content stems), candidate pairs come from an inverted index of content stems, and only those
pairs get the expensive comparison. Matching pairs are joined with union-find.

Decisions (documented in docs and tests):
- Every quote is in exactly one group; a quote only one article carries is a group of one,
  so coverage can list "quotes only this outlet reports".
- Only quotes from different articles are compared. Two quotes of one article end in one
  group only through other articles (one outlet split a sentence that another gave whole).
- Two quotes are one statement when one holds the other's words in order: trimmed,
  elided ("… is FINAL"), or with a word or two changed (most of the shorter's words, in
  order). A rewording that keeps a distinctive run of words ("… and we remain optimistic")
  joins at a lower overall similarity. Sharing a speaker and a few words is not enough: a
  re-translation that reorders words ("a fundamentally different situation") joins only for
  the same speaker and when it holds nearly all of the shorter wording's content words.
- Quotes are compared piece by piece too: a statement an outlet breaks up ("erased… key
  understandings … the situation will be fundamentally different") matches another
  outlet's quote of one of its pieces.
- ``speakers_disagree`` only when two articles give the statement to two different
  resolved people (entity ids): a name without an entity, or a description, is no claim.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from storydesk.article import Quote
from storydesk.ids import stable_id
from storydesk.link.textnorm import STOPWORDS, content_stems, normalised, stem
from storydesk.options import Options
from storydesk.story import QuoteGroup, Story

ELLIPSIS = re.compile(r"…|\.\.\.|\[\.\.\.\]")
# A stem in more quotes than this gives too many pairs to be worth indexing; quotes that
# really match share rarer stems as well.
MAX_POSTING = 60
# Share of the shorter wording's words that the longer holds in the same order for two
# quotes to be one sentence in two wordings, whoever said them ("a few remaining points of
# disagreement / contention": 5 of 6).
IN_ORDER_SHARE = 0.8
# For a quote both articles give to the same person, two words in six may change.
SAME_SPEAKER_SHARE = 0.65
# A re-worded quote that keeps a distinctive run of words ("… and we remain optimistic") is
# the same statement at a lower overall similarity (rapidfuzz ratio over words, 0-100).
SHARED_RUN_RATIO = 60.0
# A re-translation by the same speaker that reorders words ("the situation will be
# fundamentally different" / "a fundamentally different situation", the example's Lavrov).
REORDERED_SHORT_SHARE = 0.75
REORDERED_LONG_SHARE = 0.3
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
    firsts, articles = _join_copies(signatures, parents)
    for left, right in candidate_pairs(signatures, firsts, articles):
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


def _join_copies(
    signatures: list[QuoteSignature], parents: list[int]
) -> tuple[list[int], list[frozenset[str]]]:
    """Join every quote to the first one of another article with the very same wording (a
    wire copy), by a hash of the wording instead of by comparison: in a story of syndicated
    copies every stem of a quote is in more than MAX_POSTING quotes, so the copies would never
    be compared (a benchmark story of 1,600 copies of ECB+ topic 1's 39 reports gave 1,209
    groups). Returns the quotes left to compare (the firsts), and the articles each stands for."""
    by_words: dict[str, int] = {}
    articles = [frozenset({sig.article}) for sig in signatures]
    firsts = []
    for index, sig in enumerate(signatures):
        first = by_words.setdefault(sig.words, index)
        copy = first != index and sig.article not in articles[first]
        if copy and same_statement(signatures[first], sig):
            _union(parents, first, index)
            articles[first] |= {sig.article}
            continue
        firsts.append(index)
    return firsts, articles


def candidate_pairs(
    signatures: list[QuoteSignature],
    indices: list[int] | None = None,
    articles: list[frozenset[str]] | None = None,
) -> Iterator[tuple[int, int]]:
    """Pairs of ``indices`` (default: all) that share a content stem and stand for quotes of
    at least two articles, each once."""
    chosen = range(len(signatures)) if indices is None else indices
    sources = articles or [frozenset({sig.article}) for sig in signatures]
    postings: dict[str, list[int]] = defaultdict(list)
    for index in chosen:
        for content_stem in signatures[index].content:
            postings[content_stem].append(index)
    seen: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for left, right in combinations(members, 2):
            if len(sources[left] | sources[right]) > 1 and (left, right) not in seen:
                seen.add((left, right))
                yield left, right


def same_statement(a: QuoteSignature, b: QuoteSignature) -> bool:
    """Whether two quotes are one statement: as wholes, or one piece of each."""
    relation = _speaker_relation(a.speaker, b.speaker)
    if _same_wording(a.words, b.words, relation) or _elided(a, b) or _elided(b, a):
        return True
    if len(a.pieces) == 1 and len(b.pieces) == 1:
        return False
    return any(
        _same_wording(left, right, relation)
        for left in a.pieces
        for right in b.pieces
        if (left, right) != (a.words, b.words)
    )


def _same_wording(left: str, right: str, relation: str) -> bool:
    short, long = sorted((left.split(), right.split()), key=len)
    short_content = [w for w in short if w not in STOPWORDS]
    if len(short) < 2 or not short_content:
        return False
    if _contains(" ".join(short), " ".join(long)):
        # Same words, trimmed: one statement even if the speakers differ (flagged then).
        return len(short_content) >= 2 or relation == "same"
    if relation == "different" or len(short_content) < 3:
        return False
    # Most of the shorter wording, in order: "fundamentally" / "radically different".
    common = LCSseq.similarity(short, long)
    if common / len(short) >= IN_ORDER_SHARE and common >= 3:
        return True
    content_in_order = LCSseq.similarity(short_content, [w for w in long if w not in STOPWORDS])
    if relation == "same" and common / len(short) >= SAME_SPEAKER_SHARE and content_in_order >= 2:
        return True  # "the situation will be fundamentally / would be radically different"
    similarity = fuzz.ratio(short, long)
    if similarity >= SHARED_RUN_RATIO and bool(_runs(short) & _runs(long)):
        return True
    return relation == "same" and _reordered(short, long)


def _reordered(short: list[str], long: list[str]) -> bool:
    """A re-translation that reorders the words: nearly all of the shorter wording's content
    stems, and a fair share of the longer's (not three words lost in a long speech)."""
    short_stems = {stem(w) for w in short if w not in STOPWORDS}
    long_stems = {stem(w) for w in long if w not in STOPWORDS}
    shared = len(short_stems & long_stems)
    return (
        shared >= 3
        and shared / len(short_stems) >= REORDERED_SHORT_SHARE
        and shared / len(long_stems) >= REORDERED_LONG_SHARE
    )


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    """Runs of ``RUN_LENGTH`` words holding at least two content words: "we remain optimistic"."""
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
    if len(short.pieces) < 2 or sum(len(p.split()) for p in short.pieces) < 3:
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
    # Two articles giving the words to two different resolved people; a surname or a
    # description without an entity is no claim about who spoke.
    by_article = {(m.article, m.quote.speaker_entity) for m in members if m.quote.speaker_entity}
    disagree = (
        len({entity for _, entity in by_article}) > 1
        and len({article for article, _ in by_article}) > 1
    )
    return QuoteGroup(
        id=group_id,
        speaker=entities.most_common(1)[0][0] if entities else None,
        quotes=[m.quote.id for m in members],
        speakers_disagree=disagree,
    )


def word_changes(reference: str, wording: str) -> list[tuple[str, str]]:
    """How ``wording`` differs from ``reference``, word by word, as (kind, words) runs:
    "same", "added" (only in the wording) and "removed" (only in the reference). Words
    compare as the grouping does (case, punctuation and brackets aside). What the wording
    leaves out with an ellipsis, or before and after an excerpt, is not a removed word."""
    theirs = [w for w in reference.split() if normalised(w)]
    ours: list[str] = []
    elided: set[int] = set()  # positions in ``ours`` that an ellipsis stands before
    for word in wording.split():
        if normalised(word):
            ours.append(word)
        if ELLIPSIS.search(word):
            elided.add(
                len(ours) if not normalised(word) or word.endswith(("…", "...")) else len(ours) - 1
            )
    matcher = SequenceMatcher(
        a=[normalised(w) for w in theirs], b=[normalised(w) for w in ours], autojunk=False
    )
    opcodes = matcher.get_opcodes()
    # An excerpt: the reference's words before and after it are not removed words.
    while opcodes and opcodes[0][0] == "delete":
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "delete":
        opcodes.pop()
    runs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag in ("delete", "replace"):
            runs.append(("same", "…") if j1 in elided else ("removed", " ".join(theirs[i1:i2])))
        if tag in ("insert", "replace"):
            runs.append(("added", " ".join(ours[j1:j2])))
        if tag == "equal":
            runs.append(("same", " ".join(ours[j1:j2])))
    return runs
