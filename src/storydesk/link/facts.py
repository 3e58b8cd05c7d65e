"""Link facts: figures aligned through their measurements, with a status a reader can use.

Staged (STYLE 5): every figure with a measurement (``Figure.quantity``) is blocked by its
quantity class and whether it is background (another event or time: never compared with
the story's own); within a block, figures join one fact when nothing says they differ
(another subject, another place of the event, another version of a document's size,
differently dated sentences) and there is positive evidence that they measure one thing
(``evidence``; the same subject or event place counts). Ids come from the fact's key.

Statuses, the most telling first:
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
from storydesk.annotate.stance import APPROXIMATE
from storydesk.ids import stable_id, unique_ids
from storydesk.link import labels
from storydesk.link.evidence import apart, one_series, period_differs, strong, weak
from storydesk.link.series import CONVERSION_SHARE
from storydesk.link.slots import DESCRIBING, FigureContext, contexts
from storydesk.link.syndication import originals
from storydesk.options import Options
from storydesk.story import Fact, FactValue, Story

LOWER_BOUNDS = frozenset(
    {"at least", "more than", "over", "at minimum", "no fewer than", "no less than",
     "upwards of", "in excess of"}
)  # fmt: skip
# Words that make a value an upper bound: with a lower bound at or below it and no exact
# value beside them, the two say one thing ("at speeds of more than 100 mph" and "at speeds
# up to 120 mph", one chase in ECB+ 18).
UPPER_BOUNDS = frozenset(
    {"up to", "as many as", "no more than", "not more than", "less than", "fewer than",
     "under", "at most", "a maximum of"}
)  # fmt: skip
# Approximate values this close (relative to the larger) are one value said loosely.
APPROXIMATE_TOLERANCE = 0.1
# A round figure ("$13 billion") and a precise one ("$13.2 billion") this close are one
# amount rounded; further apart ("1,000" and "1,100 dealerships") they disagree.
ROUNDING_SHARE = 0.05
# Classes specific enough that, with no other subject, place, version or date between them,
# two figures of the same story measure one thing (the troop cap of the example in six
# wordings); counts of things, money and shares need words in common as well.
# Classes whose differing values are not one thing when only one says what it is of: a
# length of time or an age is of something or someone ("a 14-week strike" and "11 days
# after it ended"); with neither, the words around them decide ("hospitalized for three /
# four weeks", ECB+ 4).
NEED_SUBJECT = frozenset({"duration", "age"})
# Classes whose figures measure many different predicates in one story: differing values
# are one thing only when the predicate they measure is ("hospitalized for three weeks" and
# "hospitalized for four weeks", ECB+ 4; a 40-hour deliberation is not a 12-hour flight).
NEED_FRAME = frozenset({"duration"})
# Lengths and speeds are not among them: a story gives many ("10 miles off the coast", "277
# km from Mogadishu", "30 miles" of a chase, ECB+ 12 and 18 in the development gold).
SPECIFIC = frozenset({"troops", "age", "magnitude", "mass", "area", "frequency", "volume"})
# Whole numbers up to this recur for different things of one class in a story ("two boats",
# "five years"); equal values above it agree without more evidence (``distinctive``).
DISTINCTIVE_ABOVE = 10
# Largest count of people or things kept as a fact when one article alone gives it.
TRIVIAL_AT_MOST = 5
STATUS_ORDER = {
    "conflict": 0, "disputed": 1, "changed": 2, "update": 3, "approximate": 4, "agree": 5,
    "single": 6,
}  # fmt: skip


def align(story: Story, options: Options) -> Story:
    clusters = [cluster for block in _blocks(contexts(story)).values()
                for cluster in _cluster(block)]  # fmt: skip
    facts: list[Fact] = []
    for cluster in merge_unverbed(merge_kinds(clusters)):
        facts.extend(_fact(part) for part in split_by_value(cluster))
    facts = [fact for fact in facts if not trivial(fact)]
    one_source(facts, originals(story))
    facts.sort(key=lambda f: (f.background, STATUS_ORDER[f.status],
                              -len({v.article for v in f.values}), f.slot))  # fmt: skip
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


def _cluster(block: list[FigureContext]) -> list[list[FigureContext]]:
    """Greedy: figures with a version or subject seed facts first, the rest join the best fit.

    A figure joins a fact when nothing separates it from any member, it is tied to every
    member of a different value (a conflict needs direct evidence, never a chain), and it is
    tied to at least one member of its own value.
    """
    clusters: list[list[FigureContext]] = []
    ordered = sorted(block, key=lambda c: (c.version is None, c.subject is None,
                                           c.article.id, c.figure.start))  # fmt: skip
    for item in ordered:
        fits = [c for c in clusters if _joins(item, c)]
        if fits:
            max(fits, key=lambda c: _fit(item, c)).append(item)
        else:
            clusters.append([item])
    return clusters


def merge_kinds(clusters: list[list[FigureContext]]) -> list[list[FigureContext]]:
    """Clusters of one distinctive value of one quantity are one fact whatever the verb or
    the noun around them: "32 million viewers" and "about 32 million people" (ECB+ 2), "12
    Somalis" and "12 Somali nationals" (ECB+ 12); "20,000 people marched" and "20,000 people
    joined the demonstrations" (ECB+ 8), "58 wins" and "Klitschko's 58th victory" (ECB+ 7:
    kindred classes, ``noun_classes.kindred``). The verb (``Figure.action``) keeps differing
    values apart (460 drones fired, 249 downed); an equal distinctive value says the same
    thing. A small whole number recurs for different things ("two boats", "five years"), so
    it crosses only under one verb (or none) and with the evidence equal values need
    (``_alike``): "close five factories" / "close five plants" (MEANTIME gm 121134, 123881).
    Looked up by value, never all pairs."""
    merged: list[list[FigureContext]] = []
    by_value: dict[tuple[bool, float], list[list[FigureContext]]] = defaultdict(list)
    for cluster in clusters:
        first = cluster[0]
        amounts = {c.amount for c in cluster}
        if len(amounts) != 1 or _sized(first):
            merged.append(cluster)
            continue  # a document's size has versions: ``_cluster`` decided on them
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
    value under a verb, when the two agree (``_alike``) and nothing separates them: "seven
    AK-47 assault rifles" in a list of arms and "seized seven AK-47 assault rifles" (ECB+
    12ecb), "two boats" and "two boats were closing in". The verb blocks figures
    (``_blocks``) because differing values under two verbs are two counts (460 drones fired,
    249 downed); a missing verb is unknown, not different, but it is no tie between
    differing values either, so only an equal value crosses. Looked up by value."""
    targets: dict[tuple[str, bool, float], list[list[FigureContext]]] = defaultdict(list)
    for cluster in clusters:
        first = cluster[0]
        action = first.figure.action
        if action and not action.startswith("part:"):  # a part is not the whole
            for value in {c.amount for c in cluster}:
                targets[(first.thing, first.background, value)].append(cluster)
    merged: list[list[FigureContext]] = []
    for cluster in clusters:
        first = cluster[0]
        amounts = {c.amount for c in cluster}
        if len(amounts) == 1 and not any(c.figure.action for c in cluster):
            key = (first.thing, first.background, first.amount)
            target = next((t for t in targets.get(key, ()) if _agrees(cluster, t)), None)
            if target is not None:
                target.extend(cluster)
                continue
        merged.append(cluster)
    return merged


def _agrees(cluster: list[FigureContext], target: list[FigureContext]) -> bool:
    value = cluster[0].amount
    if any(_separate(a, b) for a in cluster for b in target):
        return False
    return any(_alike(a, b) for a in cluster for b in target if b.amount == value)


def _mergeable(cluster: list[FigureContext], target: list[FigureContext]) -> bool:
    if not kindred(cluster[0].thing, target[0].thing):
        return False
    # a quote's "20-point plan" may be another plan than the reporting's 20 (the example)
    if any(_separate(a, b) or a.quoted != b.quoted for a in cluster for b in target):
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
    return any(_alike(a, b) for a in cluster for b in target)


def _joins(item: FigureContext, cluster: list[FigureContext]) -> bool:
    # The cheap vetoes first: most clusters of a large block hold another value with nothing
    # tying it to this one (measured in benchmarks/bench_facts.py).
    amount = item.amount
    same: list[FigureContext] = []
    for member in cluster:
        if member.amount == amount:
            same.append(member)
        elif not _tied(item, member):
            return False
    if same and not any(_alike(item, member) for member in same):
        return False
    return not any(_separate(item, member) for member in cluster)


def _separate(left: FigureContext, right: FigureContext) -> bool:
    if left.subject and right.subject and left.subject != right.subject:
        return True
    if left.offset != right.offset:
        return True  # "a 14-week strike" and "11 days after the strike ended" (ECB+ 2)
    if left.relative != right.relative:
        return True  # "married three times" and "married two more times" (ECB+ 4)
    if left.cumulative != right.cumulative and not (left.event or right.event):
        # one warship's running tally of rifles and one seizure's, however equal (ECB+
        # 12ecbplus: one report gave the tally's 14 for the seizure); a toll "so far" of
        # the quake's dead is the event's own, whichever figure it is
        return True
    if _sized(left) and (left.amount == right.amount or
                         (left.version and right.version)):  # fmt: skip
        # "the original 28-point plan" and "a separate 28-point proposal" are two documents;
        # two mentions of one version's size are one, however the sentences are dated.
        return bool(left.version and right.version and left.version != right.version)
    if left.version and right.version and left.version != right.version:
        # one provision in two versions of a document: a change, not apart; a separate
        # proposal (the European one in the example) is another document
        return "other" in (left.version, right.version)
    return apart(left, right)


def _tied(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence that differing values measure one thing."""
    if left.subject and left.subject == right.subject and left.named:
        return not (left.event and not _same_place(left, right))
    if left.event and _same_place(left, right):
        return True
    if left.listed and one_series(left, right):
        return True  # "six rifles, 12 magazines and 300 rounds" / "14 rifles, 31 magazines …"
    if left.converts is not None and left.converts == right.converts:
        return True  # "€110 billion ($143 billion)" / "€110 billion ($158 billion)": one sum
    if left.describing or right.describing:
        # "a three-game losing streak", "the 300-seat parliament": a property of an object,
        # differing only when both name the same one; the words around them say too
        # little (one story gives several streaks, several bodies).
        return False
    if left.event and _presumed_one_event(left, right):
        return True
    if _sized(left) and left.version and left.version == right.version:
        return True  # "roughly 20 points" and "the revised 19-point plan"
    if left.thing in NEED_FRAME and not left.frame & right.frame:
        # "hospitalized for three weeks" / "a heart attack almost three weeks ago" (ECB+ 4);
        # a figure whose clause gave no frame says nothing of what it is the length of.
        # A shared frame alone does not tie differing values: it holds the clause's nouns
        # too ("jury"), and as a tie it stated 3 more false conflicts on the dev gold.
        return False
    if left.thing in NEED_SUBJECT and (left.subject is None) != (right.subject is None):
        return False  # "a 14-week strike" and "11 days after it ended" (ECB+ 2)
    if (
        left.alone and right.alone and left.scope and right.scope and _same_place(left, right)
        and not (left.owner and right.owner and left.owner != right.owner)
    ):  # fmt: skip
        # Each report gives one value of this class, and both place it in the same place:
        # "565 shops in Athens … suffered serious damage" and "Athens' 355 damaged shops"
        # (ECB+ 19ecb). A place the sentence names elsewhere is not enough: "about 500
        # guests" at the first A380's delivery and "some 400 guests" at its first flight
        # both name Singapore (MEANTIME airbus). Owners known to differ stay apart: "GM
        # has 6,246 dealers" and "Saturn has 350 dealers across the U.S." (gm).
        return True
    if left.thing in SPECIFIC and not left.event:
        return True  # one troop cap, one quake's magnitude: nothing said they differ
    if (
        (left.compound or left.version)
        and (right.compound or right.version)
        and (left.version or right.version)
    ):
        # one provision of one document, in its versions; without a version, two documents
        # of one kind ("a three-year deal" and "a six-year deal", ECB+ 5) may be two deals
        return not _sized(left)
    return strong(left, right)


def _alike(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence that equal values agree."""
    if left.subject and left.subject == right.subject:
        return True
    if left.converts is not None and left.converts == right.converts:
        return True  # two reports converting one sum alike
    if left.quoted == right.quoted and (distinctive(left) or (left.alone and right.alone)):
        return True  # "54 games", "2.5 million people": one story rarely has two of these
    if left.frame & right.frame:
        # the same predicate measured by the same value: "deliberated for four days",
        # "after four days of deliberations" (ECB+ 3); "serving three life sentences" in a
        # quote and in the reporting (3ecbplus). On the development gold, equal values of
        # one block whose frames meet were one fact in every pair (56 pairs, none of two
        # facts); a quote's value joins on it too, as the predicate is the one measured.
        return True
    if (
        left.compound
        and right.compound
        and (left.version == right.version or not (left.version and right.version))
    ):
        return True  # "the initial 28-point plan", "the leaked 28-point proposal"
    if left.thing in SPECIFIC and not left.event:
        return True
    if _sized(left) and left.version and left.version == right.version:
        return True
    return weak(left, right)


def distinctive(item: FigureContext) -> bool:
    """A value unlikely to measure two things of one class in one story: not a small whole
    number ("two boats", "five years" recur for different things; "13 homers", "485 years",
    "$160 million", "15.9 points" do not). Shares are left out: "fell 3%", "up 20%" recur
    in any market story (MEANTIME)."""
    value = abs(item.figure.value)
    if item.thing == "percent":
        return False
    return value > DISTINCTIVE_ABOVE or not float(value).is_integer()


def _same_place(left: FigureContext, right: FigureContext) -> bool:
    """The events' most specific places are one, or one lies in the other ("Kyiv" and
    "Ukraine's capital, Kyiv"; the text gave the containment)."""
    if not left.scope or not right.scope:
        return bool(left.places & right.places)
    return left.scope[0] in right.scope or right.scope[0] in left.scope


def _presumed_one_event(left: FigureContext, right: FigureContext) -> bool:
    """Two counts of one casualty class in one story, neither placed elsewhere: the story's
    event (``FigureContext.home``), unless they were reported weeks apart (a later state).
    An unplaced count meets a placed one only when that place is the story's event's."""
    if left.home is None and right.home is None:
        return False
    if left.home is None or right.home is None:
        placed, unplaced = (right, left) if left.home is not None else (left, right)
        home = unplaced.home
        if not home or not (home in placed.places or home in placed.scope):
            return False
    return not period_differs(left, right)


def _sized(item: FigureContext) -> bool:
    """A count of a document's parts names its version ("28-point plan")."""
    return item.sized


def _fit(item: FigureContext, cluster: list[FigureContext]) -> tuple[bool, bool, int, int, int]:
    """Prefer the fact that holds this value in this version, then the one more articles
    give (an unmarked "28-point" deal is the original plan five outlets name, not the
    separate proposal one names), then shared places and words."""
    same_value = any(m.amount == item.amount for m in cluster)
    same_version = any(m.version == item.version and m.version for m in cluster)
    support = len({m.article.id for m in cluster})
    shared_places = max(len(item.places & m.places) for m in cluster)
    shared_words = max(len(item.context & m.context) for m in cluster)
    return same_value, same_version, support, shared_places, shared_words


def split_by_value(cluster: list[FigureContext]) -> list[list[FigureContext]]:
    """One article giving two values for one fact, neither of them marked as another
    version, is evidence that they are two things (the 28-point and Gaza's 20-point plan)."""
    per_article: dict[str, set[tuple[float, str | None]]] = defaultdict(set)
    for item in cluster:
        per_article[item.article.id].add((item.amount, item.version))
    clashes = any(len({v for v, _ in values}) > 1 and len({w for _, w in values}) < 2
                  for values in per_article.values())  # fmt: skip
    if not clashes:
        return [cluster]
    by_value: dict[float, list[FigureContext]] = defaultdict(list)
    for item in cluster:
        by_value[item.amount].append(item)
    return list(by_value.values())


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
    sized = _sized(first)
    version = _most_common(v.version for v in values) if sized else None
    if not sized and {v.version for v in values} == {"other"}:
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


def status(slot: list[FigureContext], versions: list[str | None] | None = None) -> str:
    versions = versions if versions is not None else [c.version for c in slot]
    if len({c.article.id for c in slot}) == 1:
        return "single"
    if any(c.figure.stance == "denied" for c in slot):
        return "disputed"
    by_version: dict[str | None, list[FigureContext]] = defaultdict(list)
    for item, version in zip(slot, versions, strict=True):
        by_version[version].append(item)
    named = {v for v in by_version if v}
    if len(named) > 1 and all(_consistent(items) for items in by_version.values()):
        values = {v: {c.amount for c in items} for v, items in by_version.items() if v}
        if len({frozenset(found) for found in values.values()}) > 1:
            return "changed"
    if len({c.amount for c in slot}) == 1:
        return "agree"
    if _approximately_equal(slot):
        return "approximate"
    if _is_update(slot):
        return "update"
    return "approximate" if _within_bounds(slot) else "conflict"


def _bounds_meet(slot: list[FigureContext]) -> bool:
    """Only bounds, of both kinds, and every lower one at or below every upper one: "more
    than 100" and "up to 120" are one value between them, not two."""
    lower = [c.amount for c in slot if _qualifier(c) in LOWER_BOUNDS]
    upper = [c.amount for c in slot if _qualifier(c) in UPPER_BOUNDS]
    if not lower or not upper or len(lower) + len(upper) != len(slot):
        return False
    return max(lower) <= min(upper)


def _within_bounds(slot: list[FigureContext]) -> bool:
    """One exact value and bounds it satisfies, close to it: "54 charges" and "more than 50
    charges" (ECB+ 3), "13 shots" and "at least 12". The bound is the report's own
    approximation, not a rival count; far from the value ("more than 100" and 500) it says
    too little to agree."""
    exact = {c.amount for c in slot if _qualifier(c) not in LOWER_BOUNDS | UPPER_BOUNDS}
    if len(exact) != 1:
        return False
    [value] = exact
    for item in slot:
        qualifier = _qualifier(item)
        if qualifier in LOWER_BOUNDS and item.amount > value:
            return False
        if qualifier in UPPER_BOUNDS and item.amount < value:
            return False
    low = min(c.amount for c in slot)
    high = max(c.amount for c in slot)
    return high > 0 and (high - low) / high <= APPROXIMATE_TOLERANCE


def _consistent(items: list[FigureContext]) -> bool:
    return len({c.amount for c in items}) == 1 or _approximately_equal(items)


def _qualifier(item: FigureContext) -> str:
    return (item.figure.qualifier or "").casefold().strip()


def _approximately_equal(slot: list[FigureContext]) -> bool:
    """'roughly 20' and '19' agree: values close together, at most one of them exact; and
    '$13 billion' and '$13.2 billion': one is the other rounded to its own precision."""
    low = min(c.amount for c in slot)
    high = max(c.amount for c in slot)
    exact = {c.amount for c in slot if _qualifier(c) not in APPROXIMATE}
    if len(exact) <= 1 and high > 0 and (high - low) / high <= APPROXIMATE_TOLERANCE:
        return True
    units = {c.figure.unit for c in slot}
    if len(units) > 1 and high > 0 and (high - low) / high <= CONVERSION_SHARE:
        return True  # "40 miles (64 km)": one length, converted and rounded
    if _bounds_meet(slot):
        return True
    values = sorted({c.amount for c in slot})
    if len(values) != 2:
        return False
    return _rounds_to(values[1], values[0]) or _rounds_to(values[0], values[1])


def _rounds_to(precise: float, rounded: float) -> bool:
    """13.2e9 written as "13 billion": ``rounded`` ends in zeros from the thousands up and
    ``precise`` is within half a step of it and within ``ROUNDING_SHARE`` of it."""
    if rounded < 1000 or precise == rounded or not float(rounded).is_integer():
        return False
    text = str(int(rounded))
    step = 10 ** (len(text) - len(text.rstrip("0")))
    close = abs(precise - rounded) < step / 2 and abs(precise - rounded) / rounded <= ROUNDING_SHARE
    return step >= 1000 and close


def _is_update(slot: list[FigureContext]) -> bool:
    """Every lower value is a lower bound and a later article reports more."""
    high = max(c.amount for c in slot)
    for item in slot:
        if item.amount == high:
            continue
        if _qualifier(item) not in LOWER_BOUNDS:
            return False
        published = item.article.published or ""
        if not any(
            later.amount > item.amount and (later.article.published or "") > published
            for later in slot
        ):
            return False
    return True


def _most_common(items: Iterable[str | None]) -> str | None:
    counted = Counter(item for item in items if item)
    return counted.most_common(1)[0][0] if counted else None
