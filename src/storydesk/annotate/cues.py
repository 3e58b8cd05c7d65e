"""The verbs that attribute speech: what cues a quote.

The one home of the speech-verb vocabulary (quote marks are paired in ``quote_marks``, the
speaker is chosen in ``speakers``). Everything here works on spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

# Lemmas of verbs that introduce what someone said or wrote. "According to" is handled apart
# because it is a preposition, not a verb.
CUE_LEMMAS = frozenset(
    {
        "acknowledge", "add", "admit", "affirm", "allege", "announce", "answer", "argue",
        "ask", "assert", "bark", "beam", "blast", "boast", "boom", "call", "caution",
        "charge", "chime", "claim", "comment", "complain", "concede", "conclude", "confirm",
        "contend", "counter", "declare", "denounce", "deny", "describe", "echo",
        "emphasise", "emphasize", "exclaim", "explain", "express", "insist", "interject",
        "joke", "label", "lament", "maintain", "note", "observe", "pledge", "point", "post",
        "praise", "predict", "proclaim", "promise", "quip", "recall", "recount",
        "reiterate", "remark", "repeat", "reply", "report", "respond", "retort", "say",
        "speak", "state", "stress", "suggest", "tell", "testify", "thank", "tweet", "urge",
        "vow", "warn", "write",
    }
)

# Surface forms used when no parse is at hand (the baseline and quick text checks).
CUE_WORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "warned",
        "warns", "declared", "declares", "stated", "states", "explained", "explains",
        "noted", "notes", "insisted", "insists", "argued", "argues", "asked", "asks",
        "replied", "replies", "responded", "tweeted", "posted", "claimed",
        "stressed", "urged", "recalled", "acknowledged", "admitted", "announced",
        "suggested", "concluded", "commented", "remarked", "conceded", "saying", "writing",
        "adding", "telling", "warning", "declaring",
    }
)

# Verbs that report what someone said when the quote is what they called a thing: "Trump
# dismissed the incident as “standard negotiation”" (the flagship example), and in PolNeAR
# train: "slammed the proposal as “reprehensible, prejudiced and divisive.”", "dismissed the
# whole kerfuffle as “absurd.”", "dismissing O'Donnell as "a disgruntled former employee."".
# Only a cue with the quote inside its "as" phrase.
CHARACTERISING_LEMMAS = frozenset(
    {"dismiss", "slam", "brand", "hail", "decry", "deride", "tout", "characterize",
     "characterise", "condemn", "criticize", "criticise", "reject", "denounce", "blast",
     "describe", "label", "praise", "call"}
)


def characterises(verb: Token, child: Token) -> bool:
    """"dismissed X as “…”": ``child`` is the "as" phrase of a characterising verb."""
    return (
        verb.lemma_.lower() in CHARACTERISING_LEMMAS
        and child.dep_ == "prep"
        and child.lower_ == "as"
    )


def is_cue(token: Token) -> bool:
    """A verb of saying, or the "according" of "according to"."""
    if is_according(token):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.text in ("-", "–") and not previous.whitespace_:
        return False  # "so-called", "self-described": part of an adjective
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS:
        return True
    if token.pos_ == "VERB" and _phrasal_cue(token):
        return True
    # The small model tags "writing," as a noun; a cue word with no article before it is
    # still a cue.
    determined = previous is not None and previous.pos_ in ("DET", "PRON")
    return token.text in CUE_WORDS and not determined


def is_according(token: Token) -> bool:
    return (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
    )


def _phrasal_cue(token: Token) -> bool:
    """"went on", "shot back", "continued" (not "continued preparing")."""
    children = {c.dep_ for c in token.children}
    if token.lemma_ in ("shoot", "fire", "hit") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    ):
        return True
    if token.lemma_ == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children) and not (
            children & {"xcomp", "prep"}
        )
    return token.lemma_ == "continue" and not children & {"xcomp", "dobj"}


def cue_text(token: Token) -> str:
    return "according to" if is_according(token) else token.text.lower()
