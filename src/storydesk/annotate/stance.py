"""Who stands behind a figure and for which version: the version of a document it belongs
to (original / revised / other) and its stance (asserted, denied, estimated, background)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from storydesk.annotate.clauses import anchor, governing_verb
from storydesk.annotate.documents import DOCUMENT_NOUNS, DOCUMENT_PARTS, document_token
from storydesk.article import Article

VERSION_WORDS = {
    **dict.fromkeys(("original", "initial", "earlier", "previous", "prior", "old", "first",
                     "leaked", "former"), "original"),
    **dict.fromkeys(("revised", "new", "updated", "amended", "refined", "modified", "latest",
                     "trimmed", "current", "final", "now"), "revised"),
    **dict.fromkeys(("separate", "alternative", "rival", "competing", "counter"), "other"),
}  # fmt: skip


# Verbs that give a document's changed value after "to" ("raises the cap to 800,000") and
# its old value after "from".
CHANGE_VERBS = frozenset(
    {"raise", "lift", "increase", "cut", "reduce", "lower", "pare", "par", "trim", "shrink",
     "expand",
     "change", "revise", "amend", "bring", "boost", "slash", "double", "halve"}
)  # fmt: skip


# Words whose clause states that a figure is wrong (Newslooks: "it's inaccurate to report
# that it now stands at 19 points"; ECB+: "police denied that …").
DENIALS = frozenset(
    {"deny", "dispute", "refute", "reject", "dismiss", "inaccurate", "false", "untrue",
     "incorrect", "wrong", "erroneous", "misleading", "exaggerated", "contradict"}
)  # fmt: skip


# Adverbs on a figure's verb that make it a first report since replaced (``_superseded``).
SUPERSEDED = frozenset({"originally", "initially"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "’ll"})
ESTIMATING = frozenset({"estimate", "expect", "project", "forecast", "predict", "believe"})


APPROXIMATE = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to",
     "an estimated", "estimated", "up to", "as many as"}
)  # fmt: skip


# A clause dated this long before the article describes another time (the 2004 tsunami;
# in the example, Russia's 2022 proposal and the Gaza plan of an October call), not the
# story's own figure; "last week"'s deadline is the story's own.
BACKGROUND_DAYS = 21


COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj"})
# Qualifiers that make a value a lower or an upper bound: the one home of these words
# (link/fact_status reads bounds with them; ``_condition`` a condition to be met, "can only be
# declared valid with a turnout more than 50 percent", ECB+ 11_1ecb).
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
BOUNDS = LOWER_BOUNDS | UPPER_BOUNDS
REQUIRING = frozenset({"need", "require", "necessary", "needed", "required"})
# Modals that, with "only", make their clause a condition ("can only be declared valid");
# not ``measure.POSSIBLE``, which makes an event only possible and leaves "can" out.
PERMITTING = frozenset({"can", "could", "may", "might"})
# Words that open a period lasting until now: a date after them is no earlier time.
OPEN_PERIOD = frozenset({"since"})
# ... when the period starts inside the story's window: "Since December GM and Chrysler have
# received US$ 17.4 billion" (MEANTIME gm 123881, four months before) is the story's own; "Since
# 1990, earthquakes have killed more than 60,000 people in Iran" is a toll of decades beside
# this week's quake (issue 8: a false conflict with another report's 50,000).
OPEN_PERIOD_DAYS = 366


def version_of(number: Token, noun: Token | None, document: str | None) -> str | None:
    """original / revised / other, from the words the document or the clause carries."""
    changed = _change_target(number)
    if changed is not None:
        return changed
    candidates: list[Token] = []
    found = document_token(number, noun)
    if found is not None:
        candidates.append(found)
    verb = governing_verb(number)
    if verb is not None:
        candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.lemma_.lower() in DOCUMENT_NOUNS]  # fmt: skip
        counts_parts = noun is not None and noun.lemma_.lower() in DOCUMENT_PARTS
        if any(c.lower_ == "now" for c in verb.children) and (document or counts_parts):
            return "revised"  # "it now stands at 19 points"
    for candidate in candidates:
        for child in candidate.children:
            if child.dep_ in ("amod", "compound", "advmod") and child.lower_ in VERSION_WORDS:
                return VERSION_WORDS[child.lower_]
    return None


def carried_version(number: Token) -> str | None:
    """ "other" for a figure whose sentence names no document, right after a sentence of
    its paragraph that introduced a separate one: the figure describes that proposal
    ("Britain, France and Germany … announced an alternative peace deal …. European
    partners also said the number of troops … should be limited to 800,000", the example's
    Al Arabiya report). Only a separate document is carried: the next sentence after "the
    revised plan" is as often about the story's plan in general."""
    sentence = number.sent
    if sentence.start == 0 or any(t.lemma_.lower() in DOCUMENT_NOUNS for t in sentence):
        return None
    before = number.doc[sentence.start - 1].sent
    if "\n" in number.doc.text[before.end_char : sentence.start_char]:
        return None  # another paragraph
    for token in before:
        if token.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        marks = (VERSION_WORDS.get(c.lower_) for c in token.children
                 if c.dep_ in ("amod", "compound"))  # fmt: skip
        if "other" in marks:
            return "other"
    return None


def _change_target(number: Token) -> str | None:
    """ "raises the troop cap to 800,000": revised; "cut from 28 points": original."""
    phrase = anchor(number)
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("to", "from"):
        return None
    verb = phrase.head.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "pared down to": through the particle
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    return "revised" if phrase.head.lower_ == "to" else "original"


def stance_of(
    article: Article, number: Token, qualifier: str | None, dates: list[str],
    version: str | None,
) -> str:  # fmt: skip
    if _denied(number):
        return "denied"
    if version is None and _before(article.published, dates) and not _planned(number):
        return "background"
    if _superseded(number) or _condition(number, qualifier):
        return "background"
    if (qualifier or "").lower() in APPROXIMATE or _estimated(number):
        return "estimated"
    return "asserted"


def _condition(number: Token, qualifier: str | None) -> bool:
    """A bound that something needs, not a measure of anything: "parliamentary elections
    can only be declared valid with a turnout more than 50 percent of eligible voters"
    (ECB+ 11_1ecb: stated as a rival to the 93.87 percent turnout the others report), "needs
    at least 60 votes". A bound qualifier ("more than", "at
    least") and, on the way up to the clause's verb, a verb of requiring or a modal with
    "only" (a condition). A cap a plan sets ("limited to 600,000") has no bound qualifier."""
    if (qualifier or "").lower() not in BOUNDS:
        return False
    below = number
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            below = verb
            continue
        # Not its subject: "At least 50 people required hospital treatment", "More than 300
        # firefighters were needed to put out the blaze" report who needed (reviews, session 10).
        if verb.lemma_.lower() in REQUIRING and below.dep_ not in ("nsubj", "nsubjpass"):
            return True
        only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
        if only and any(c.dep_ == "aux" and c.lower_ in PERMITTING for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "acomp"):
            return False
        below = verb
    return False


def open_periods(article: Article, clause: list[Token]) -> set[str]:
    """Dates of the clause that open a period lasting until now: "Since December GM and
    Chrysler have received US$ 17.4 billion government loans" (MEANTIME gm 123881: the
    loans so far, not December's; the figure was background)."""
    starts = {t.idx: t for t in clause}
    found: set[str] = set()
    for mention in article.dates:
        token = starts.get(mention.start)
        if token is None or not _recent(article.published, mention.date):
            continue
        if any(a.lower_ in OPEN_PERIOD for a in [token, *token.ancestors]):
            found.add(mention.date)
    return found


def _recent(published: str | None, value: str) -> bool:
    """The date starts at most ``OPEN_PERIOD_DAYS`` before the article (any date when the
    article has none: then no date makes a figure background)."""
    if not published:
        return True
    try:
        day = date.fromisoformat(published)
        start = date.fromisoformat(f"{value}-01-01"[:10])  # "1990", "2008-12": the first day
    except ValueError:
        return True
    return (day - start).days <= OPEN_PERIOD_DAYS


def _denied(number: Token) -> bool:
    """A denial word governs the number through a clause ("inaccurate to report that …")."""
    current, through_clause = number, False
    while current.head.i != current.i:
        if current.dep_ in ("advcl", "relcl", "parataxis"):
            return False  # "while the original plan has been trimmed, it's inaccurate …"
        through_clause = through_clause or current.dep_ in COMPLEMENTS
        current = current.head
        if not through_clause:
            continue
        words = [current, *(c for c in current.children if c.dep_ in ("acomp", "attr"))]
        if any(w.lemma_.lower() in DENIALS for w in words):
            return True
    return False


def _superseded(number: Token) -> bool:
    """A report the text says came first and was replaced: "Local evening news originally
    reported that two of the three victims died" (ECB+ 18, one died): an earlier state of
    the story, not a rival figure."""
    return any(
        c.dep_ == "advmod" and c.lower_ in SUPERSEDED and not _to_come(t)
        for t in number.ancestors
        for c in t.children
    )


def _planned(number: Token) -> bool:
    """A figure in a clause told in the future is the story's own plan, whatever earlier
    date its clause names: "Ford … will cut 30,000 jobs and 14 plants as part of a
    restructuring plan … after a US$ 1.6 billion loss last year" (MEANTIME gm 31706: the
    cut was background, apart from the same cut in the headline)."""
    verb = governing_verb(number)
    return verb is not None and _to_come(verb)


def _to_come(verb: Token) -> bool:
    """ "The new Airbus will initially be sold in two versions: …, able to carry 555
    passengers" (MEANTIME airbus 8951): what is planned first is no earlier report."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _estimated(number: Token) -> bool:
    return any(t.lemma_.lower() in ESTIMATING for t in number.ancestors)


def _before(published: str | None, dates: list[str]) -> bool:
    """Every date of the clause ends well before the article was published."""
    if not published or not dates:
        return False
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return False
    limit = day - timedelta(days=BACKGROUND_DAYS)
    return all(_end_of(d) < limit for d in dates)


def _end_of(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], parts[1], parts[2])
