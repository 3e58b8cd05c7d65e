"""Whether two figures of one block are one thing: what keeps them apart and what ties them.

``link.facts`` clusters the figures of a block (one quantity class) with these tests:
``separate`` (something says they differ: another subject, another version, a time since
rather than a length, a running tally, or ``evidence.apart``), ``tied`` (enough evidence to
state that differing values are rival reports of one thing) and ``alike`` (enough evidence
that equal values agree). A false conflict is worse than a missed one, so ``tied`` asks more
than ``alike``.
"""

from __future__ import annotations

from functools import lru_cache

from storydesk.link.evidence import apart, far_apart, one_series, period_differs, strong, weak
from storydesk.link.figure_times import occasions_differ
from storydesk.link.figure_words import one_pollster
from storydesk.link.series import CONVERSION_SHARE
from storydesk.link.slots import FigureContext
from storydesk.link.subjects import one_organisation

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
SPECIFIC = frozenset({"troops", "age", "magnitude", "area", "frequency", "volume"})
# Masses are specific enough for equal values to agree ("weighs 250 pounds" twice), not for
# differing ones to be rivals: a story weighs many people and things ("the 6-foot-9,
# 260-pound Echenique" and "The 6-foot-8, 225-pound forward", McDermott, ECB+ 31_10ecbplus,
# 31_3ecbplus, were one weight in conflict); differing masses need a subject or words.
SPECIFIC_ALIKE = SPECIFIC | {"mass"}
# Distances from one place further apart than this share are rival reports of one distance;
# closer, in two units, they may be round figures of it (``_distances_differ``).
DISTANCE_SPREAD = 0.1
# Whole numbers up to this recur for different things of one class in a story ("two boats",
# "five years"); equal values above it agree without more evidence (``distinctive``).
DISTINCTIVE_ABOVE = 10

# The classes a company reports: its prices, profits, charges and dividends, shares of
# something ("net income rose 51%") and its own shares of stock ("the company will have
# more than 4.7 million shares outstanding", wsj_0752, against Oneida's 8.8 million,
# wsj_1040); ``other_organisations``.
COMPANY_CLASSES = ("money", "percent", "count:share")


def separate(left: FigureContext, right: FigureContext) -> bool:
    if other_subjects(left, right):
        return True
    same_subject = left.subject is not None and left.subject == right.subject
    if same_subject and occasions_differ(left.occasion, right.occasion):
        # one named person's values told of two occasions are two counts, equal or not
        # ("scored 14 points … on Saturday" / "On Tuesday, … scored 22 points"; review)
        return True
    if left.reference and right.reference and left.reference != right.reference:
        return True  # "25 miles east of Houston" and "25 miles northwest of where he escaped"
    if left.offset != right.offset:
        return True  # "a 14-week strike" and "11 days after the strike ended" (ECB+ 2)
    if left.relative != right.relative:
        return True  # "married three times" and "married two more times" (ECB+ 4)
    if left.pollster and right.pollster and not one_pollster(left.pollster, right.pollster):
        # two polls asked two questions, of two samples: Kathimerini's 68% who think the
        # government mishandled the crisis and Ethnos' 83.3% unhappy with its response
        # (ECB+ 19_14ecb, 19_7ecb) were stated as "Reports differ"
        return True
    if left.cumulative != right.cumulative and not (left.event or right.event):
        # one warship's running tally of rifles and one seizure's, however equal (ECB+
        # 12ecbplus: one report gave the tally's 14 for the seizure); a toll "so far" of
        # the quake's dead is the event's own, whichever figure it is
        return True
    if sized(left) and (left.amount == right.amount or
                         (left.version and right.version)):  # fmt: skip
        # "the original 28-point plan" and "a separate 28-point proposal" are two documents;
        # two mentions of one version's size are one, however the sentences are dated.
        return bool(left.version and right.version and left.version != right.version)
    if left.version and right.version and left.version != right.version:
        # one provision in two versions of a document: a change, not apart; a separate
        # proposal (the European one in the example) is another document
        return "other" in (left.version, right.version)
    return apart(left, right)


def other_subjects(left: FigureContext, right: FigureContext) -> bool:
    """Both figures are about someone or something, not the same (``separate``'s first
    test, and its cheapest: ``facts._joins`` asks it before any other)."""
    return bool(left.subject and right.subject and left.subject != right.subject)


def tied(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence that differing values measure one thing."""
    early = _tied_before_frame(left, right)
    if early is not None:
        return early
    if left.thing in NEED_FRAME and not left.frame & right.frame:
        # "hospitalized for three weeks" / "a heart attack almost three weeks ago" (ECB+ 4);
        # a figure whose clause gave no frame says nothing of what it is the length of.
        # A shared frame alone does not tie differing values: it holds the clause's nouns
        # too ("jury"), and as a tie it stated 3 more false conflicts on the dev gold.
        return False
    if left.thing in NEED_SUBJECT and (left.subject is None) != (right.subject is None):
        return False  # "a 14-week strike" and "11 days after it ended" (ECB+ 2)
    if (
        left.alone and right.alone and left.scope and right.scope and same_place(left, right)
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
        return not sized(left)
    return strong(left, right)


def frame_bound(item: FigureContext) -> bool:
    """Whether ``tied`` can tie this figure (as ``left``) to a differing value only through a
    frame word they share: a length of time (``NEED_FRAME``) that none of the ties read
    before the frame can tie. ``fact_joins.cluster_block`` then tries only the facts
    holding its value or one of its frame words: a story has many durations (bench_facts:
    326 of 2,377 figures on 400 articles, 30,088 of 50,015 tries of a join)."""
    return item.thing in NEED_FRAME and not _may_tie_before_frame(item)


def _may_tie_before_frame(left: FigureContext) -> bool:
    """What each tie of ``_tied_before_frame`` needs of the left figure, in its order: a
    named subject, an event, a reference place, a series, a conversion, a size (a tie added
    there adds its need here; tests/link/test_facts_speed.py checks the two on real pairs)."""
    return bool(
        (left.subject and left.named)
        or left.event
        or left.reference
        or left.listed
        or left.converts is not None
        or left.sized
    )


def _tied_before_frame(left: FigureContext, right: FigureContext) -> bool | None:
    """The ties and vetoes ``tied`` reads before the frame, in order; None when none decides."""
    if left.subject and left.subject == right.subject and left.named:
        return not (left.event and not same_place(left, right))
    if left.event and same_place(left, right):
        return True
    if left.whole != right.whole and not (left.event or right.event):
        # "10 of the Saints' 16 games" / "limited him to only six games"; an event's whole is
        # its toll, which other reports give ("Two of the 40 passengers killed" / "42
        # passengers were killed": a real conflict; review)
        return False
    if left.reference and left.reference == right.reference and not far_apart(left, right):
        # two reports' distances from one place ("1,500 kilometers south of Tehran" and
        # "1,150 kilometers ( 700 miles ) southeast of Tehran", ECB+ 20ecbplus); values far
        # apart are distances of two things ("about 15 miles north of Detroit" for the
        # office building, "50 miles north of Detroit" where a motorist saw the car, 18ecbplus).
        # Only distances of one named thing: "struck 100 kilometers south of Tehran" and "the
        # town of Qom, 140 kilometers south of Tehran" locate two things (reviewer, session 8).
        if left.located and left.located == right.located:
            return _distances_differ(left, right)
        return _converted(left, right)  # one distance in two units may still agree
    if left.listed and one_series(left, right):
        return True  # "six rifles, 12 magazines and 300 rounds" / "14 rifles, 31 magazines …"
    if left.converts is not None and left.converts == right.converts:
        return True  # "€110 billion ($143 billion)" / "€110 billion ($158 billion)": one sum
    if other_organisations(left, right):
        return False
    if left.describing or right.describing:
        # "a three-game losing streak", "the 300-seat parliament": a property of an object,
        # differing only when both name the same one; the words around them say too
        # little (one story gives several streaks, several bodies).
        return False
    if left.event and presumed_one_event(left, right):
        return True
    if sized(left) and left.version and left.version == right.version:
        return True  # "roughly 20 points" and "the revised 19-point plan"
    return None


def other_organisations(left: FigureContext, right: FigureContext) -> bool:
    """Two organisations' figures (``FigureContext.organisations``): differing values of two
    companies are two things, not rival reports of one. Business reports word every
    company's figures alike, so the words around the numbers tied them: "Compaq shares fell
    $1.625 to $108.625" / "Du Pont's stock rose $2.50 a share to close at $117.375" /
    "Armco shares closed unchanged at $10.625", all "in New York Stock Exchange composite
    trading"; Compaq's net income "rose 51%" / Bethlehem's "dropped 8%" (TimeBank wsj_0904,
    wsj_0918, wsj_1003, read together as one story: every conflict stated across two
    companies there was false). Only sums of money and percentages (``COMPANY_CLASSES``):
    the people, things and points of an event or a game are counted by organisations on
    several sides (navies, police, teams), and a report's organisation says nothing of whose
    count it is (marchers 20,000 / 50,000, ECB+ 8ecbplus; "2,302 points" / "2,301 career
    points", 31ecb: both real conflicts, lost when every class was kept apart this way)."""
    if not left.thing.startswith(COMPANY_CLASSES):
        return False
    if not (left.organisations and right.organisations):
        return False
    # One side's organisations all among the other's: one deal's, whichever each report
    # names first ("Microsoft Corp. agreed to buy LinkedIn Corp. for $26.2 billion" /
    # "LinkedIn Corp. agreed to be acquired by Microsoft Corp. for $25 billion": a real
    # conflict; review). Merely one in common is not enough: a regulator or an adviser both
    # name ("The Securities and Exchange Commission fined Goldman Sachs … $550 million" /
    # "… fined Citigroup … $285 million") ties no two companies (review).
    return not (_within(left.organisations, right.organisations)
                or _within(right.organisations, left.organisations))  # fmt: skip


# Cached: a story's figures name few sets of organisations, compared pair by pair in a
# block of money (bench_facts: 4,114 calls on 400 articles, a tenth of ``tied``'s time).
@lru_cache(maxsize=4096)
def _within(some: frozenset[str], others: frozenset[str]) -> bool:
    """Every organisation of ``some`` is one of ``others``."""
    return all(any(one_organisation(mine, theirs) for theirs in others) for mine in some)


def alike(left: FigureContext, right: FigureContext) -> bool:
    """Enough evidence that equal values agree."""
    if left.subject and left.subject == right.subject:
        return True
    if left.pollster and right.pollster and one_pollster(left.pollster, right.pollster):
        # one poll's finding: "An opinion poll for the respected Kathimerini newspaper found
        # that 68 per cent" / "Another survey, in Kathimerini daily, put disapproval of the
        # government at 68 percent" (ECB+ 19_14ecb, 19_8ecb)
        return True
    if left.reference and left.reference == right.reference:
        return True  # the same distance from one place ("15 miles north of Detroit")
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
    if left.thing in SPECIFIC_ALIKE and not left.event:
        return True
    if sized(left) and left.version and left.version == right.version:
        return True
    if left.thing == "duration" and left.near & right.near:
        # equal lengths of time with a word next to both: "battled by firefighters for
        # nearly eight hours" / "… for about eight hours … the church" (ECB+ 13ecb), "with the
        # gang enforcement team for the last five years" / "its anti-gang unit for the past
        # five years" (16ecbplus). Development: +2 agreements, nothing wrong; the same for
        # every class: +2 more, but held agreements one fewer (scores only), left out.
        return True
    return weak(left, right)


def _distances_differ(left: FigureContext, right: FigureContext) -> bool:
    """Two distances from one place are one fact when one is the other converted ("64
    kilometres" and "about 40 miles" north of Anchorage, ECB+ 13ecb) or when they clearly
    differ (1,500 and 1,150 km from Tehran); a few percent apart in two units they may be
    round figures of one distance or two measures ("35 miles", "about 58km" and "60km"
    southwest of Bandar Abbas, 20ecbplus, all one in the gold): neither tied nor stated."""
    return _converted(left, right) or _gap(left, right) > DISTANCE_SPREAD


def _converted(left: FigureContext, right: FigureContext) -> bool:
    """One value written in two units ("64 kilometres" / "about 40 miles")."""
    return left.figure.unit != right.figure.unit and _gap(left, right) <= CONVERSION_SHARE


def _gap(left: FigureContext, right: FigureContext) -> float:
    low, high = sorted((abs(left.amount), abs(right.amount)))
    return (high - low) / high if high else 0.0


def distinctive(item: FigureContext) -> bool:
    """A value unlikely to measure two things of one class in one story: not a small whole
    number ("two boats", "five years" recur for different things; "13 homers", "485 years",
    "$160 million", "15.9 points" do not). Shares are left out: "fell 3%", "up 20%" recur
    in any market story (MEANTIME)."""
    value = abs(item.figure.value)
    if item.thing == "percent":
        return False
    return value > DISTINCTIVE_ABOVE or not float(value).is_integer()


def same_place(left: FigureContext, right: FigureContext) -> bool:
    """The events' most specific places are one, or one lies in the other ("Kyiv" and
    "Ukraine's capital, Kyiv"; the text gave the containment)."""
    if not left.scope or not right.scope:
        return bool(left.places & right.places)
    return left.scope[0] in right.scope or right.scope[0] in left.scope


def presumed_one_event(left: FigureContext, right: FigureContext) -> bool:
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


def sized(item: FigureContext) -> bool:
    """A count of a document's parts names its version ("28-point plan")."""
    return item.sized
