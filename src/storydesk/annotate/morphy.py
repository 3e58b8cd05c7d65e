"""Base forms of English words, by WordNet's own morphology ("morphy", morphy(7WN)).

Two outlets tell one event in different inflections ("strikes" / "strike", "sending" /
"sent" / "send", "envoys" / "envoy"); comparing base forms lets them match. Morphy is the
rule WordNet documents: a word in the exception lists (``noun.exc``, ``verb.exc``: "sent" →
"send", "men" → "man") takes its listed form; a word WordNet knows is its own base;
otherwise the detachment rules are tried, and the first result WordNet knows is the base.
A word it cannot reduce stays as it is.

The one reader of WordNet's inflections: ``lemma`` for one part of speech (topics' lead
terms, ``link.leads``), ``base_form`` for either (verb first: the timeline's actions). Words
of ``MIN_LETTERS`` or fewer are left as they are ("is" would lose its "s" to "i", "us" to
"u"; "ran", "led" keep their spelling).
"""

from __future__ import annotations

from functools import lru_cache

from storydesk.annotate import wordnet

RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    # Comparatives and superlatives (WordNet lists only base forms: "safest" → "safe"); the
    # irregular ones are in adj.exc ("deadliest" → "deadly"). Adverbs have no rules, only
    # adv.exc ("hardest" → "hard").
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
MIN_LETTERS = 3


@lru_cache(maxsize=131072)
def base_form(word: str) -> str:
    """The base form of ``word`` (lower case), as a verb first, else as a noun, or the word
    itself."""
    return _morphy(word.casefold(), ("v", "n")) or word.casefold()


@lru_cache(maxsize=131072)
def lemma(word: str, pos: str) -> str | None:
    """The lemma WordNet lists for ``word`` as a noun (``pos`` "n"), a verb ("v"), an
    adjective ("a") or an adverb ("r"): "died" → "die", "quakes" → "quake", "fled" → "flee",
    "deadliest" → "deadly"; None when WordNet lists none ("rehab");
    the word itself, lower-cased, when it is too short to reduce or not all letters."""
    return _morphy(word.casefold(), (pos,))


def _morphy(lowered: str, parts: tuple[str, ...]) -> str | None:
    """Morphy over ``parts`` in order: an exception list entry, else the word when WordNet
    knows it, else the first detachment rule giving a known word; a short or non-alphabetic
    word is itself."""
    if len(lowered) <= MIN_LETTERS or not lowered.isalpha():
        return lowered
    for pos in parts:
        listed = _exceptions(pos).get(lowered)
        if listed is not None:
            return listed
    net = wordnet.load()
    if any(net.lists(lowered, pos) for pos in parts):
        return lowered
    for pos in parts:
        for suffix, replacement in RULES[pos]:
            if lowered.endswith(suffix) and len(lowered) - len(suffix) >= MIN_LETTERS - 1:
                candidate = lowered[: len(lowered) - len(suffix)] + replacement
                if net.lists(candidate, pos):
                    return candidate
    return None


@lru_cache(maxsize=2)
def _exceptions(pos: str) -> dict[str, str]:
    """Irregular form → its base, from WordNet's exception list of ``pos`` (``ran run``; a form
    listed twice keeps its last line, as ``base_form`` always read it); none when the file is
    missing."""
    found: dict[str, str] = {}
    name = {**wordnet.FILES, **wordnet.LISTED_ONLY}[pos]
    path = wordnet.load().root / f"{name}.exc"
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                if len(parts) >= 2:
                    found[parts[0].replace("_", " ")] = parts[1].replace("_", " ")
    return found
