"""Link facts: figures aligned through their measurements, with a status a reader can use.

Staged (STYLE 5): every figure with a measurement (``Figure.quantity``) is blocked by its
quantity class and whether it is background (another event or time: never compared with
the story's own); within a block, figures join one fact when nothing says they differ
(another subject, another place of the event, another version of a document's size,
differently dated sentences) and there is positive evidence that they measure one thing
(``ties``, on ``evidence``; the same subject or event place counts). Ids come from the
fact's key.

Statuses, the most telling first (``fact_status``):
- ``conflict``: the same quantity of the same subject in the same scope, incompatible
  values reported by different articles;
- ``disputed``: a source denies a figure ("it's inaccurate to report 19");
- ``changed``: the values differ between versions of a document (a troop cap of 600,000 in
  the original draft, 800,000 in the revised plan);
- ``update``: a later report revises a lower-bound count ("at least 6" then 7 a day later);
- ``approximate``: consistent within a stated approximation or rounding ("roughly 20" and
  19; "$13 billion" and "$13.2 billion");
- ``agree``: the same value from several independent sources; ``single``: one source only
  (one article, or near-verbatim copies of one report: ``link.syndication``; six papers
  running one AFP sentence do not agree, they repeat it).

A false conflict is worse than a missed one (the brief states each as "Reports differ"),
so different values share a fact only on strong evidence, checked between every such pair.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from storydesk.annotate.documents import DOCUMENT_PARTS
from storydesk.annotate.frames import concept
from storydesk.annotate.noun_classes import kindred
from storydesk.ids import stable_id, unique_ids
from storydesk.link import labels
from storydesk.link.evidence import reading, strong
from storydesk.link.fact_joins import cluster_block
from storydesk.link.fact_status import status
from storydesk.link.lone_counts import join_lone_counts
from storydesk.link.slots import DESCRIBING, FigureContext, contexts
from storydesk.link.syndication import originals
from storydesk.link.ties import alike, distinctive, separate, sized
from storydesk.options import Options
from storydesk.story import Fact, FactValue, Story

# Largest count of people or things kept as a fact when one article alone gives it.
TRIVIAL_AT_MOST = 5
STATUS_ORDER = {
    "conflict": 0, "disputed": 1, "changed": 2, "update": 3, "approximate": 4, "agree": 5,
    "single": 6,
}  # fmt: skip


def align(story: Story, options: Options) -> Story:
    # Clustering and merging take the first fit, so they read the figures in one order
    # whatever the articles' order: by article id (from its content) and place (review:
    # "seven AK-47 assault rifles" with no verb joined whichever of "seized seven" and
    # "stole seven" came first).
    found = sorted(contexts(story), key=lambda c: (c.article.id, c.figure.start, c.figure.end))
    clusters = [part for block in _blocks(found).values()
                for cluster in cluster_block(block)
                for part in split_by_value(cluster)]  # fmt: skip
    facts: list[Fact] = []
    for cluster in join_lone_counts(merge_unverbed(merge_kinds(clusters)), found):
        facts.extend(_fact(part) for part in split_by_value(cluster))
    facts = [fact for fact in facts if not trivial(fact)]
    one_source(facts, originals(story))
    # the values' articles last: equal keys get their ids in one order whatever the
    # articles' order (review: "-2" went to whichever fact came first)
    facts.sort(key=lambda f: (f.background, STATUS_ORDER[f.status],
                              -len({v.article for v in f.values}), f.slot,
                              sorted((v.article, v.value) for v in f.values)))  # fmt: skip
    ids = unique_ids([stable_id("f", *fact_key(fact)) for fact in facts])
    for fact, fact_id in zip(facts, ids, strict=True):
        fact.id = fact_id
    story.facts = facts
    return story


def one_source(facts: list[Fact], source_of: dict[str, str]) -> None:
    """An agreement whose values all come from copies of one report (``story.copies``:
    the AP report of a Klitschko fight carried by seven sites in ECB+ 7) is one source
    repeated: ``single``, never ``agree``. Other statuses stay: an edited copy that changes
    a figure still differs from its original."""
    for fact in facts:
        if (
            fact.status == "agree"
            and len({source_of.get(v.article, v.article) for v in fact.values}) == 1
        ):
            fact.status = "single"


def trivial(fact: Fact) -> bool:
    """A small count of people or things one article alone gives is narrative, not a fact
    to reconcile (the example: "the two men", "two top envoys", "the three parties"); given
    by several reports it is one ("two guards" taken hostage, ECB+ 3)."""
    if fact.status != "single" or fact.version:
        return False
    counted = fact.quantity.startswith(("count:", "people"))
    described = all(DESCRIBING.fullmatch(v.text) for v in fact.values)
    if counted and described and fact.quantity[6:] not in DOCUMENT_PARTS:
        return True  # "a nine-story building" in one report: what the building is like
    return counted and fact.range[1] <= TRIVIAL_AT_MOST


def fact_key(fact: Fact) -> tuple[str, ...]:
    """The typed key a fact's id comes from (STYLE 14): quantity, subject, scope, version."""
    return (fact.quantity, fact.subject or "", fact.scope or "", fact.version or "",
            "background" if fact.background else "")  # fmt: skip


def _blocks(found: Iterable[FigureContext]) -> dict[tuple[str, str, bool], list[FigureContext]]:
    found = list(found)
    verbs = action_groups({item.figure.action for item in found if item.figure.action})
    blocks: dict[tuple[str, str, bool], list[FigureContext]] = defaultdict(list)
    for item in found:
        action = item.figure.action
        blocks[(item.thing, verbs[action] if action else "", item.background)].append(item)
    return blocks


def action_groups(actions: set[str]) -> dict[str, str]:
    """The story's verbs done to counted things, grouped when one is among the other's
    WordNet synonyms (``frames.concept``): "confiscated 14 AK-47 rifles" and "six AK 47
    rifles … were seized" (ECB+ 12ecbplus) are one seizure; "fired" and "downed" drones
    stay two. Each verb maps to its group's first verb in sorted order."""
    root: dict[str, str] = {action: action for action in actions}

    def find(action: str) -> str:
        while root[action] != action:
            action = root[action]
        return action

    for action in sorted(actions):
        prefix, _, verb = action.rpartition(":")  # "part:land": parts meet parts only
        for synonym in concept(verb, "v")[1:] if verb else ():
            other = f"{prefix}:{synonym}" if prefix else synonym
            if other in root:
                low, high = sorted((find(action), find(other)))
                root[high] = low
    return {action: find(action) for action in actions}


def merge_kinds(clusters: list[list[FigureContext]]) -> list[list[FigureContext]]:
    """Clusters of one distinctive value of one quantity are one fact whatever the verb or
    the noun around them: "32 million viewers" and "about 32 million people" (ECB+ 2), "12
    Somalis" and "12 Somali nationals" (ECB+ 12); "20,000 people marched" and "20,000 people
    joined the demonstrations" (ECB+ 8), "58 wins" and "Klitschko's 58th victory" (ECB+ 7:
    kindred classes, ``noun_classes.kindred``). The verb (``Figure.action``) keeps differing
    values apart (460 drones fired, 249 downed); an equal distinctive value says the same
    thing. A small whole number recurs for different things ("two boats", "five years"), so
    it crosses only under one verb (or none) and with the evidence equal values need
    (``ties.alike``): "close five factories" / "close five plants" (MEANTIME gm 121134,
    123881).
    Looked up by value, never all pairs."""
    merged: list[list[FigureContext]] = []
    by_value: dict[tuple[bool, float], list[list[FigureContext]]] = defaultdict(list)
    for cluster in clusters:
        first = cluster[0]
        amounts = {c.amount for c in cluster}
        if len(amounts) != 1 or sized(first):
            merged.append(cluster)
            continue  # a document's size has versions: ``cluster_block`` decided on them
        targets = by_value[(first.background, first.amount)]
        target = next((t for t in targets if _mergeable(cluster, t)), None)
        if target is not None:
            target.extend(cluster)
            continue
        targets.append(cluster)
        merged.append(cluster)
    return merged


def merge_unverbed(clusters: list[list[FigureContext]]) -> list[list[FigureContext]]:
    """A count whose clause names no verb joins a fact of the same class that holds its
    value under a verb, when the two agree (``ties.alike``) and nothing separates them: "seven
    AK-47 assault rifles" in a list of arms and "seized seven AK-47 assault rifles" (ECB+
    12ecb), "two boats" and "two boats were closing in". The verb blocks figures
    (``_blocks``) because differing values under two verbs are two counts (460 drones fired,
    249 downed); a missing verb is unknown, not different, but it is no tie between
    differing values either, so only an equal value crosses. Looked up by value. A count
    that agrees with two such facts ("seized seven rifles", "stole seven rifles") joins
    neither, and every choice is made against the facts as the verbs formed them, so the
    result does not hang on the order of the articles (review)."""
    targets: dict[tuple[str, bool, float], list[list[FigureContext]]] = defaultdict(list)
    for cluster in clusters:
        first = cluster[0]
        action = first.figure.action
        if action and not action.startswith("part:"):  # a part is not the whole
            for value in {c.amount for c in cluster}:
                targets[(first.thing, first.background, value)].append(cluster)
    joins: list[tuple[list[FigureContext], list[FigureContext]]] = []
    merged: list[list[FigureContext]] = []
    for cluster in clusters:
        first = cluster[0]
        amounts = {c.amount for c in cluster}
        if len(amounts) == 1 and not any(c.figure.action for c in cluster):
            key = (first.thing, first.background, first.amount)
            agreeing = [t for t in targets.get(key, ()) if _agrees(cluster, t)]
            if len(agreeing) == 1:
                joins.append((agreeing[0], cluster))
                continue
        merged.append(cluster)
    for target, cluster in joins:  # after every choice: no choice sees another's join
        target.extend(cluster)
    return merged


def _agrees(cluster: list[FigureContext], target: list[FigureContext]) -> bool:
    value = cluster[0].amount
    if any(separate(a, b) for a in cluster for b in target):
        return False
    return any(alike(a, b) for a in cluster for b in target if b.amount == value)


def _mergeable(cluster: list[FigureContext], target: list[FigureContext]) -> bool:
    if not kindred(cluster[0].thing, target[0].thing):
        return False
    # a quote's "20-point plan" may be another plan than the reporting's 20 (the example)
    if any(separate(a, b) or a.quoted != b.quoted for a in cluster for b in target):
        return False
    if distinctive(cluster[0]):
        return True
    actions = {c.figure.action for c in cluster + target} - {None}
    if len(actions) > 1:
        return False
    if cluster[0].thing.startswith("people") and cluster[0].thing != target[0].thing:
        # "two people familiar with the meeting" and "two top envoys" (the example) are
        # two pairs: different nouns of people need the words around them to agree
        return any(strong(a, b) for a in cluster for b in target)
    return any(alike(a, b) for a in cluster for b in target)


def split_by_value(cluster: list[FigureContext]) -> list[list[FigureContext]]:
    """One article giving two values for one fact, neither of them marked as another
    version, is evidence that they are two things (the 28-point and Gaza's 20-point plan),
    and the fact is split by value; but an article giving the two from two different
    sources gives rival readings of one thing, the conflict to state: "Tehran's seismologic
    center put the quake's magnitude at 5.9, but the U.S. Geological Survey … said it was
    6.1" (ECB+ 20_11ecbplus), and so does another report naming both values (20_3ecbplus,
    its sources unread). Rival values stay one fact when no article gives them as two
    things; every other value is split off (the February quake's 6.4, 20_1ecbplus: values
    that merely clash with nothing are not known to be one thing once the fact is split)."""
    if len({c.amount for c in cluster}) < 2:
        return [cluster]  # most clusters: one value (benchmarks/bench_facts.py)
    clashes, rivals = _clashes(cluster)
    if not clashes:
        return [cluster]
    by_value: dict[float, list[FigureContext]] = defaultdict(list)
    for item in cluster:
        by_value[item.amount].append(item)
    parts: list[list[float]] = []
    for value in sorted(by_value):
        part = next((p for p in parts
                     if any(frozenset((value, other)) in rivals for other in p)
                     and not any(frozenset((value, other)) in clashes for other in p)),
                    None)  # fmt: skip
        if part is None:
            parts.append([value])
        else:
            part.append(value)
    return [[item for value in part for item in by_value[value]] for part in parts]


def _clashes(cluster: list[FigureContext]) -> tuple[set[frozenset[float]], set[frozenset[float]]]:
    """Pairs of values some article gives for one fact as two things ("clashes"), less the
    rivals: pairs some article gives from two named sources, each as that source's reading
    of the thing (``evidence.reading``: "put … at", "said it was"; never two pollsters'
    findings, which are two measurements); ``split_by_value`` keeps rivals in one fact."""
    per_article: dict[str, list[FigureContext]] = defaultdict(list)
    for item in cluster:
        per_article[item.article.id].append(item)
    clashes: set[frozenset[float]] = set()
    rivals: set[frozenset[float]] = set()
    for items in per_article.values():
        if len({c.amount for c in items}) < 2 or len({c.version for c in items}) > 1:
            continue
        for left in items:
            for right in items:
                if left.amount < right.amount:
                    pair = frozenset((left.amount, right.amount))
                    clashes.add(pair)
                    sources = {left.figure.source, right.figure.source}
                    named = len(sources) == 2 and None not in sources
                    if named and reading(left) and reading(right):
                        rivals.add(pair)
    return clashes - rivals, rivals


def _fact(slot: list[FigureContext]) -> Fact:
    versions = infer_versions(slot)
    values = [
        FactValue(
            value=c.figure.value,
            qualifier=c.figure.qualifier,
            article=c.article.id,
            sentence=c.figure.sentence,
            text=c.figure.text,
            stance=c.figure.stance,
            version=versions[index],
            source=c.figure.source,
        )
        for index, c in enumerate(slot)
    ]
    numbers = [v.value for v in values]
    first = slot[0]
    of_size = sized(first)
    version = _most_common(v.version for v in values) if of_size else None
    if not of_size and {v.version for v in values} == {"other"}:
        version = "other"  # a provision of a separate proposal only
    scope = _most_common(c.scope[0] for c in slot if c.scope) if first.event else None
    return Fact(
        id="",
        slot=labels.label(slot, version, scope),
        status=status(slot, versions),
        conservative=min(numbers),
        range=(min(numbers), max(numbers)),
        values=values,
        quantity=first.thing,
        subject=_most_common(c.subject for c in slot),
        scope=scope,
        version=version,
        background=first.background,
    )


def infer_versions(slot: list[FigureContext]) -> list[str | None]:
    """Each value's version: its own marker, else the one version its value has elsewhere
    in the fact (the FT's unmarked 800,000 is the revised plan's 800,000)."""
    known: dict[float, Counter[str]] = defaultdict(Counter)
    for item in slot:
        if item.version:
            known[item.amount][item.version] += 1
    return [
        item.version or (known[item.amount].most_common(1)[0][0]
                         if known[item.amount] else None)
        for item in slot
    ]  # fmt: skip


def _most_common(items: Iterable[str | None]) -> str | None:
    """The item given most often, the first given on a tie (as ``Counter.most_common``,
    without building a Counter: three per fact, bench_facts)."""
    counted: dict[str, int] = {}
    for item in items:
        if item:
            counted[item] = counted.get(item, 0) + 1
    return max(counted, key=counted.__getitem__) if counted else None
