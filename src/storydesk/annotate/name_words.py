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
# crime report, ECB+ 16). The tagger cuts a sentence at their period, leaving them alone.
TITLE_ABBREVIATIONS = wordset("det atty dist sgt lt capt col cmdr supt insp prof rev")
ROLE_MODIFIERS = wordset(
    """special foreign prime vice press state national security defense defence army navy
    interior finance former top senior first lead chief assistant executive general us u.s
    uk white house deputy of the and for affairs principal acting interim district dist"""
)
# Surname particles stay with the surname ("von der Leyen", "de Gaulle").
PARTICLES = wordset("von van der den de da di du del della la le al el bin ibn ter")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
LEADING_NOISE = frozenset({"the", "a", "an"})
