"""Developments: what the outlets report, each with every source that reports it.

Every sentence that can stand alone in a brief (``annotate.roles``: a report or a statement
that leans on no sentence before it, whole, of news length, not only about the past the
story recalls) is a candidate. Its cluster is,
in every other article, the sentence most similar to it (cosine over the story's sentence
index, where entity mentions are their story entity; similar pairs come from the inverted
index, never from comparing all pairs), so "Trump said he will send his envoy Witkoff to
meet Putin in Moscow" gathers the five outlets' wordings of that news. The reach of a
candidate is the independent sources of its cluster (``sources``). Candidates are taken in
order of reach, each skipping what an earlier pick already says: a sentence of its cluster,
a similar sentence, another statement of the same speaker or of the same quote group (one
Truth Social post is one line). Two sentences that each report what someone said are one
development only when the same person does what they report (``_same_agent``): shared names
and words are not enough.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from storydesk.article import Article, Entity, SentenceRole
from storydesk.reconcile.similarity import (
    CANDIDATE,
    SUPPORT,
    SentenceIndex,
    SentenceRef,
    entity_terms,
)
from storydesk.reconcile.sources import Corroboration, Sources
from storydesk.reconcile.timeline_dates import is_background, story_start
from storydesk.story import Fact, Story

REDUNDANT = 0.3  # cosine at which a candidate repeats a line already chosen
MUTUAL_SLACK = 0.05  # a supporter's match may fall this short of its best in the article
FACT_BONUS = 0.3  # per further article that reports a figure the sentence gives
MIN_WORDS, MAX_WORDS = 8, 55
KIND_ORDER = {"report": 0, "statement": 1}
# Without a parse (articles built by hand, reports from before roles existed), openings that
# lean on an earlier sentence are told by their first word.
LEANING_OPENINGS = re.compile(
    r"^(?:he|she|it|they|this|that|these|those|but|and|also|however|meanwhile|still,|yet|"
    r"his|her|their|its)\b", re.IGNORECASE)


@dataclass(slots=True)
class Development:
    row: int  # the sentence's row in the SentenceIndex
    article: Article
    sentence: int
    kind: str  # report | statement
    members: list[SentenceRef]  # the sentence first, then the closest of each other article
    reach: Corroboration
    quality: float
    speaker: str | None = None  # story entity (or name) of a statement's speaker
    groups: set[str] = field(default_factory=set)  # quote groups the sentence quotes from
    rows: set[int] = field(default_factory=set)  # index rows of the members
    act: tuple[str, str] | None = None  # who does what it reports someone said (``_agents``)


def rank(story: Story, index: SentenceIndex, sources: Sources) -> list[Development]:
    """Every candidate with its cluster, most independent sources first, a report before a
    statement, then the better placed (early in its article, central, giving figures)."""
    articles = {a.id: a for a in story.articles}
    figures = corroborated_figures(story)
    names = entity_terms(story)
    speakers = _speakers(story, names)
    agents = _agents(story, names)
    first = story_start(story)
    rows = [n for n, ref in enumerate(index.refs)
            if standalone(articles[ref.article], ref.sentence, index.texts[n])
            and not background(articles[ref.article], ref.sentence, first)]
    position = {ref: n for n, ref in enumerate(index.refs)}
    similar_to = _similar(index)
    best_in: dict[int, dict[str, float]] = {}  # row -> article -> its best score there
    found: list[Development] = []
    for number in rows:
        similar = similar_to[number]
        ref = index.refs[number]
        article = articles[ref.article]
        best: dict[str, tuple[float, int]] = {}
        for other, score in similar.items():
            owner = index.refs[other].article
            if owner == ref.article or not _supports(articles[owner], index.refs[other].sentence,
                                                     index.texts[other]):
                continue
            if score > best.get(owner, (0.0, -1))[0]:
                best[owner] = (score, other)
        # Reciprocal best matches only: the other outlet's sentence must have no closer
        # sentence in this article ("Umerov said Zelensky hopes to finalise a deal" is not
        # the closest of "Trump said he hopes to meet Zelensky and Putin" in its article).
        # An article whose closest sentence is another person's statement is left out, not
        # searched for a weaker match (``_same_agent``).
        others = sorted((score, other) for score, other in best.values()
                        if _same_agent(ref, index.refs[other], agents)
                        and score + MUTUAL_SLACK >= _best_in(similar_to, other, best_in, index)
                        .get(ref.article, 0.0))
        others.reverse()
        members = [ref, *(index.refs[o] for _, o in others)]
        lead = 1.0 / (1.0 + ref.sentence / 4.0)
        centrality = min(sum(similar.values()), 3.0)
        facts = figures.get((ref.article, ref.sentence), {})
        bonus = FACT_BONUS * (max(facts.values()) - 1) if facts else 0.0
        found.append(Development(
            number, article, ref.sentence, _kind(article, ref.sentence), members,
            sources.of(m.article for m in members), 0.8 * lead + 0.2 * centrality + bonus,
            speakers.get((ref.article, ref.sentence)),
            {q.group for q in article.quotes if q.sentence == ref.sentence and q.group},
            {position[m] for m in members if m in position},
            agents.get(ref),
        ))
    return sorted(found, key=lambda d: (-d.reach.independent, -d.reach.outlets,
                                        KIND_ORDER.get(d.kind, 2), -d.quality, d.row))


def choose(ranked: list[Development], index: SentenceIndex, count: int,
           stated: list[set[SentenceRef]] | None = None,
           restated: dict[SentenceRef, set[SentenceRef]] | None = None) -> list[Development]:
    """The best ``count`` developments that do not repeat one another. ``stated``: for each
    figure the brief states in a line of its own ("Reports differ on the number of people
    killed"), the sentences that give it; the widest-reported development among them is
    taken first, so the stated line follows the news it is about. ``restated``
    (``restating``): a development that only restates such a line is never taken."""
    chosen: list[Development] = []
    state = _Picked()
    position = {ref: n for n, ref in enumerate(index.refs)}
    said = restated or {}
    for refs in stated or []:
        rows = {position[r] for r in refs if r in position}
        match = next((d for d in ranked if d.kind == "report" and d.rows & rows
                      and not _restates(d, said)), None)
        if match is not None and len(chosen) < count and state.fresh(match, index, chosen):
            state.take(match, chosen)
    for candidate in ranked:
        if len(chosen) >= count:
            break
        if candidate not in chosen and not _restates(candidate, said) and state.fresh(
                candidate, index, chosen):
            state.take(candidate, chosen)
    return sorted(chosen, key=ranked.index)


def restating(story: Story, facts: list[Fact]) -> dict[SentenceRef, set[SentenceRef]]:
    """Sentence -> the sentences of a stated fact (one the brief writes a line of its own
    for) whose figure is the sentence's main claim: the figure's verb is one of the verbs of
    the sentence's main clause (``SentenceRole.claims``). "The updated proposal removes
    previous amnesty guarantees … and raises Ukraine's troop cap to 800,000 soldiers" says
    what "Troop cap for Ukraine changed from 600,000 … to 800,000" says (the example);
    "Russia launched overnight missile and drone attacks on … Kyiv, killing at least seven
    people" has its own news (the toll is in a clause of its own) and is kept."""
    found: dict[SentenceRef, set[SentenceRef]] = {}
    for fact in facts:
        refs = {SentenceRef(v.article, v.sentence) for v in fact.values}
        for value in fact.values:
            article = story.article(value.article)
            role = _role(article, value.sentence) if article is not None else None
            if article is None or role is None or not role.claims:
                continue
            frames = [f.frame for f in article.figures
                      if f.sentence == value.sentence and f.text == value.text]
            if any(set(frame) & set(role.claims) for frame in frames):
                found.setdefault(SentenceRef(value.article, value.sentence), set()).update(refs)
    return found


def _restates(candidate: Development, restated: dict[SentenceRef, set[SentenceRef]]) -> bool:
    """The candidate's sentence restates a stated fact, and the fact's line cites every
    source the candidate would: a second line would say the same with fewer sources."""
    own = SentenceRef(candidate.article.id, candidate.sentence)
    return own in restated and all(m in restated[own] for m in candidate.members)


@dataclass(slots=True)
class _Picked:
    """What the developments chosen so far cover."""

    covered: set[int] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)

    def fresh(self, candidate: Development, index: SentenceIndex,
              chosen: list[Development]) -> bool:
        rows = candidate.rows
        if candidate.row in self.covered or 2 * len(rows & self.covered) > len(rows):
            return False  # its news is already a line
        # A chosen line that close in words already tells it; the same person doing the same
        # reported act needs only shared words (CANDIDATE < REDUNDANT): one news ("Donald
        # Trump said he will send his special envoy Steve Witkoff …" and Newslooks' summary
        # "… President Donald Trump announced he is sending two top envoys …", whose page
        # fields keep it under REDUNDANT; the example)
        if any(index.cosine(candidate.row, c.row)
               >= (CANDIDATE if candidate.act and c.act == candidate.act else REDUNDANT)
               for c in chosen):
            return False
        return candidate.kind != "statement" or not (
            (candidate.speaker and candidate.speaker in self.speakers)
            or candidate.groups & self.groups)  # one line per speaker's statement

    def take(self, candidate: Development, chosen: list[Development]) -> None:
        chosen.append(candidate)
        self.covered |= candidate.rows
        self.groups |= candidate.groups
        if candidate.kind == "statement" and candidate.speaker:
            self.speakers.add(candidate.speaker)


def ordered(chosen: list[Development]) -> list[Development]:
    """The lead (most sources), then the other developments, then reactions (statements),
    each by reach."""
    if not chosen:
        return []
    lead = chosen[0]  # ``rank`` put the widest-reported first
    rest = [d for d in chosen[1:]]
    by_reach = sorted(rest, key=lambda d: (KIND_ORDER.get(d.kind, 2), -d.reach.independent,
                                           -d.reach.outlets, -d.quality))
    return [lead, *by_reach]


def _similar(index: SentenceIndex) -> dict[int, dict[int, float]]:
    """Sentence -> the sentences similar to it (cosine >= SUPPORT). Candidates come from the
    index's rarer terms (``SentenceIndex.scored``: blocking), and are scored on every term:
    a story's own names ("Lohan", "rehab" in a story of Lindsay Lohan's rehab, ECB+ topic 1)
    are in too many sentences to block on, yet they are what two wordings share."""
    return index.scored(range(len(index.refs)), CANDIDATE, SUPPORT)


def _supports(article: Article, sentence: int, text: str) -> bool:
    """A sentence that can count as reporting something: not a question or a fragment
    ("What was your initial plan?", a subheading)."""
    role = _role(article, sentence)
    return len(text.split()) >= MIN_WORDS // 2 and (
        role is None or role.kind not in ("question", "fragment"))


def _best_in(similar_to: dict[int, dict[int, float]], row: int,
             memo: dict[int, dict[str, float]], index: SentenceIndex) -> dict[str, float]:
    """Article -> the best score of ``row``'s similar sentences in it (once per row: a
    story of wire copies asks it of every copy)."""
    if row not in memo:
        best: dict[str, float] = {}
        for other, score in similar_to[row].items():
            article = index.refs[other].article
            if score > best.get(article, 0.0):
                best[article] = score
        memo[row] = best
    return memo[row]


def standalone(article: Article, sentence: int, text: str) -> bool:
    """A sentence a brief can quote alone: whole, of news length, a report or a statement
    that leans on nothing before it."""
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    stripped = text.rstrip()
    if stripped.endswith("?") or not stripped.endswith((".", "!", "”", '"', "’")):
        return False  # headlines, list items and labels are not sentences of a report
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False  # a quote cut by a paragraph break reads as half a sentence
    role = _role(article, sentence)
    if role is None:
        return LEANING_OPENINGS.match(text.lstrip("“\"‘'")) is None
    return role.kind in KIND_ORDER and role.leans_on is None


def background(article: Article, sentence: int, first: dt.date | None) -> bool:
    """A sentence all of whose dates lie well before the story's first report tells the past
    the story recalls ("The actress spent time at the Betty Ford Center in 2010", ECB+
    topic 1), not a development."""
    dates = [d for d in article.dates if d.sentence == sentence]
    return bool(dates) and all(is_background(d.date, d.granularity, first) for d in dates)


def corroborated_figures(story: Story) -> dict[tuple[str, int], dict[str, int]]:
    """(article, sentence) -> {fact id: how many articles report it} for the figures that
    sentence gives, among the facts the sources agree on (conflicts get their own line)."""
    support: dict[tuple[str, int], dict[str, int]] = {}
    for fact in story.facts:
        if fact.status in ("conflict", "single") or fact.background:
            continue
        articles = len({v.article for v in fact.values})
        for value in fact.values:
            support.setdefault((value.article, value.sentence), {})[fact.id] = articles
    return support


def _role(article: Article, sentence: int) -> SentenceRole | None:
    return article.roles[sentence] if 0 <= sentence < len(article.roles) else None


def _kind(article: Article, sentence: int) -> str:
    role = _role(article, sentence)
    return role.kind if role is not None else "report"


def _agents(story: Story, names: dict[tuple[str, str], str]) -> dict[SentenceRef, tuple[str, str]]:
    """Sentence -> (who, does what) of what a sentence reports someone to have said, as the
    parse gave it (``SentenceRole.agent_start`` and ``action``, ``annotate.doers``): in
    "Rustem Umerov said via social media that Zelensky hopes to finalize a deal", Zelensky
    hoping; in "Trump also said he hopes to meet both Zelensky and Putin", Trump hoping; in
    "King announced that Maurice Cheeks has been hired" (ECB+ 5_4ecbplus), Cheeks hired. Only
    where the agent's word is in the name of a person or of an entity of the story: "Trump
    said Army Secretary Dan Driscoll ... will meet" is Driscoll's meeting, never "Army"'s.
    ``names``: (article, mention text) -> story entity (``similarity.entity_terms``)."""
    agents: dict[SentenceRef, tuple[str, str]] = {}
    for article in story.articles:
        for number, role in enumerate(article.roles):
            if role.agent_start < 0 or not role.action:
                continue
            mention = next((m for m in article.entities
                            if m.start <= role.agent_start < m.end), None)
            if mention is not None and _agent_name(mention, article.id, names):
                who = names.get((article.id, mention.text), mention.text)
                agents[SentenceRef(article.id, number)] = (who, role.action)
    return agents


def _agent_name(found: Entity, article: str, names: dict[tuple[str, str], str]) -> bool:
    """Whether a mention names who acts: a person, or a name the story knows as one of its
    entities (not an organisation fragment the story has no entity for)."""
    return found.type == "PERSON" or (article, found.text) in names


def _same_agent(left: SentenceRef, right: SentenceRef,
                agents: dict[SentenceRef, tuple[str, str]]) -> bool:
    """Two sentences that each report what someone said are one development unless they
    report the same act done by different people: "Umerov said Zelensky hopes to finalise a
    deal with Trump" and "Trump said he hopes to meet Zelensky and Putin" share names and
    words, not who hopes (the example, three outlets). Different acts leave it to the
    wording: "Trump said Driscoll will meet Ukrainian officials" and "Trump announced he is
    sending … Driscoll to Kyiv" tell one news from two sides."""
    if left not in agents or right not in agents:
        return True
    (who, act), (other, other_act) = agents[left], agents[right]
    return who == other or act != other_act


def _speakers(story: Story, names: dict[tuple[str, str], str]) -> dict[tuple[str, int], str]:
    """(article, sentence) -> who speaks in it: its quotes' speaker, else the story entity
    its subject names (``names``: ``similarity.entity_terms``)."""
    found: dict[tuple[str, int], str] = {}
    for article in story.articles:
        for quote in article.quotes:
            speaker = quote.speaker_entity or quote.speaker
            if speaker:
                found.setdefault((article.id, quote.sentence), speaker)
        for number, role in enumerate(article.roles):
            if (article.id, number) in found or role.kind != "statement" or not role.subject:
                continue
            for mention in article.entities:
                if mention.sentence == number and mention.text in role.subject:
                    found[(article.id, number)] = names.get((article.id, mention.text),
                                                            mention.text)
                    break
    return found
