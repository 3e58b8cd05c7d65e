"""The words around and inside people's names: titles, surname particles, suffixes.

One home for them (STYLE habit 13): the entity annotator reads particles to keep a name whole,
linking reads titles to strip them into roles, and speaker resolution may read the same sets.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that introduce or qualify a person's title; stripped from a mention and kept as a role.
ROLE_HEADS = wordset(
    """president minister secretary envoy spokesperson spokeswoman spokesman adviser advisor
    ambassador chancellor mayor governor general senator representative rep sen gov chief
    commander director leader negotiator aide head premier king queen prince princess pope
    judge officer sheriff chairman chairwoman chair ceo founder diplomat lawmaker official
    prosecutor attorney lieutenant colonel captain sergeant admiral marshal inspector detective
    coach manager publicist actor actress singer star rapper dr mr mrs ms sir lord lady
    dame deputy vp comedian host anchor lawyer doctor author writer producer model inmate
    suspect victim reporter correspondent editor analyst economist spokesman cop trooper
    clerk det atty sgt lt capt col cmdr supt insp prof rev"""
)
# Titles as abbreviated before a name: "Det. Colin Orpe", "Dist. Atty. Steve Cooley" (an LA
# crime report, ECB+ 16). The tagger cuts a sentence at their period, leaving them alone;
# the tokenizer learns them (annotate.abbreviations). Also seen on Zyte pages: polygraph.info
# ("Cmdr. Sean Robertson, a spokesperson ..."), theparadigmng.com ("Rt. Hon. B. U. Nzeribe").
TITLE_ABBREVIATIONS = wordset(
    """det atty dist sgt lt capt col cmdr supt insp prof rev cpl pvt maj brig amb cllr hon gen
    gov sen rep dr adm mr mrs ms rt"""
)
# Titles written as their initials, folded ("D.A." is "da"): "D.A. Will Now Seek Death
# Penalty", "the D.A.'s release says" (an LA crime report, ECB+ 16: "D.A" was a person of
# the cast); an assistant D.A. is "A.D.A.".
TITLE_INITIALS = wordset("da ada")
# Words that join a title's parts ("Secretary of State", "Minister for Foreign Affairs").
CONNECTORS = wordset("of the and for")
ROLE_MODIFIERS = CONNECTORS | wordset(
    """special foreign prime vice press state national security defense defence army navy
    interior finance former top senior first lead chief assistant executive general us u.s
    uk white house deputy affairs principal acting interim district dist"""
)
# More words a speaker's name is written after (PolNeAR and the example: "Ukrainian President
# Volodymyr Zelensky", "EU envoy", "Health Secretary", "Justice", "the late"): whose office,
# ranks, honorifics. Quote attribution strips them with the role words (``TITLES``).
TITLE_EXTRAS = wordset(
    """justice professor major speaker delegate late economy health home commission eu
    european u.s. american british french german russian ukrainian"""
)
# Every word that may stand before a person's name as (part of) a title, without the words
# that only join a title's parts: speaker attribution (annotate.speaker_names) strips and
# skips these.
TITLES = ROLE_HEADS | (ROLE_MODIFIERS - CONNECTORS) | TITLE_ABBREVIATIONS | TITLE_EXTRAS
# Surname particles stay with the surname ("von der Leyen", "de Gaulle").
PARTICLES = wordset("von van der den de da di du del della la le al el bin ibn ter")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
LEADING_NOISE = frozenset({"the", "a", "an"})
# The honorifics among the titles that say a person's gender ("Mr. Dimon", "Ms. Hiller"):
# speaker resolution skips a "he"/"she" antecedent of the other gender (annotate.speaker_gender).
HONORIFICS = {
    **dict.fromkeys(("mr", "sir", "lord"), "male"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "dame", "lady"), "female"),
}
