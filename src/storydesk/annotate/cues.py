"""The verbs that attribute speech: what cues a quote.

The one home of the speech-verb vocabulary (quote marks are paired in ``quote_marks``, the
speaker is chosen in ``speakers``). Everything here works on spaCy tokens only.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storydesk.annotate.wordnet import load as load_wordnet

# Lemmas of verbs that introduce what someone said or wrote. "According to" is handled apart
# because it is a preposition, not a verb. The first block is the list the project started
# with; the second was added from the cue verbs PolNeAR annotates on direct quotes in its
# train split (tuned part, 2026-11: read 11, chant 5, shout 4, yell 3, assure 3, cite 3,
# and mock 15, chide 7, bemoan 6 on all attributions).
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
    | {"read", "chant", "shout", "yell", "assure", "cite", "mock", "chide", "bemoan", "email",
       "retweet", "quote", "wonder", "muse"}
    # Cries: "a distraught elderly woman, who wept and cried "my child, my child."" (ECB+
    # topic 8); "scream" and "plead" in the same sense.
    | {"cry", "scream", "plead"}
)

# Surface forms, for text read without a parse (quote_marks, the baseline): every lemma
# above inflected, so that the two never disagree.
IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"), "read": (), "shoot": ("shot",), "plead": ("pleaded", "pled"),
}
DOUBLED = frozenset({"admit", "quip"})  # admitted, quipping


def _forms(lemma: str) -> set[str]:
    stem = lemma + lemma[-1] if lemma in DOUBLED else lemma.removesuffix("e")
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s")
    past = stem + ("d" if stem.endswith("e") else "ed")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    past_forms = IRREGULAR.get(lemma, (past,))
    return {lemma, third, stem + "ing", *past_forms}


CUE_WORDS = frozenset(form for lemma in CUE_LEMMAS for form in _forms(lemma))
IRREGULAR_FORMS = frozenset(form for forms in IRREGULAR.values() for form in forms)

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


# "a plan called “Way Forward”" (MEANTIME corpus_gm): a participle that gives a name.
NAMING_LEMMAS = frozenset({"call", "label", "dub", "name", "title", "nickname", "brand"})

# The verbs whose subject introduces the speaker of the next paragraph when that paragraph is
# a quote with no cue (``quote_groups.introduced``): WordNet's classes of perceiving, knowing
# and telling, by a lemma's most frequent sense. "Darin Schroeder … agreed with Salazar's
# decision. / “We are gratified …”" (ECB+ 9_7ecbplus, agree: communication); "T.J. Simons …
# also heard the blast. / "At first I thought …"" (8_7ecb, hear: perception). Never "died",
# "opened fire", "married" (change, competition, social): the person a sentence is about is
# not who speaks next. Not cues of a quote in their own sentence.
INTRODUCING_LEXNAMES = frozenset({"verb.perception", "verb.cognition", "verb.communication"})


@lru_cache(maxsize=4096)
def introduces_speaker(lemma: str) -> bool:
    """A verb of perceiving, knowing or telling by its most frequent WordNet sense."""
    senses = load_wordnet().synsets(lemma, "v")[:1]
    return any(load_wordnet().synset(key).lexname in INTRODUCING_LEXNAMES for key in senses)


# Nouns that carry what someone said, with the speaker as their possessor: "Romney's “47
# percent” comment", "his call for “a total and complete ban”". From the noun cues PolNeAR
# annotates on direct quotes in train (tuned part: statement 35, message 3) and the nouns
# of the verbs above.
SPEECH_NOUNS = frozenset(
    {"statement", "message", "comment", "remark", "call", "claim", "promise", "pledge", "vow",
     "warning", "slogan", "tweet", "assertion", "accusation", "allegation", "complaint",
     "criticism", "description", "response", "suggestion", "speech", "letter"}
)


def is_speech_noun(token: Token) -> bool:
    """A noun that reports speech and says whose: it has a possessor ("his call")."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in SPEECH_NOUNS
        and any(c.dep_ == "poss" for c in token.children)
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
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and token.lemma_ in NAMING_LEMMAS:
        return False  # "a plan called “Way Forward”": a name given, nobody speaking
    if token.lemma_.lower() == "quote" and any(c.lower_ == "i" for c in token.children):
        # "No wonder Trump said, and I quote, “We love the poorly educated.”" (PolNeAR train,
        # usa-today letters): the writer vouching for the words, not speaking them.
        return False
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS:
        return True
    if token.pos_ == "VERB" and _phrasal_cue(token):
        return True
    # The small model tags "writing," as a noun; a verb form that is no noun ("writing",
    # "added", "said") with no article before it is still a cue ("reports", "notes" are
    # nouns as often as verbs and need the tagger).
    determined = previous is not None and previous.pos_ in ("DET", "PRON")
    verb_form = token.text.endswith(("ing", "ed")) or token.text in IRREGULAR_FORMS
    return token.text in CUE_WORDS and verb_form and not determined


def is_according(token: Token) -> bool:
    return (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
    )


def _phrasal_cue(token: Token) -> bool:
    """"went on", "shot back", "continued" (not "continued preparing"), "put it"."""
    children = {c.dep_ for c in token.children}
    if token.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        # "as The New Yorker put it in a lengthy expose, “the operator.”" (PolNeAR dev,
        # politico); "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”" (train).
        return True
    if token.lemma_ in ("shoot", "fire", "hit") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    ):
        return True
    if token.lemma_ == "go":
        # "as Trump went on about “how the system is rigged,”" (PolNeAR dev, breitbart):
        # going on about something is talking about it; "went on to win" is not.
        about = any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children)
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children) and (
            about or not children & {"xcomp", "prep"}
        )
    return token.lemma_ == "continue" and not children & {"xcomp", "dobj"}


def cue_text(token: Token) -> str:
    return "according to" if is_according(token) else token.text.lower()
