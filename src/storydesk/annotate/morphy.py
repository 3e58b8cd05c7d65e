"""Base forms of English words, by WordNet's own morphology ("morphy", morphy(7WN)).

Two outlets tell one event in different inflections ("strikes" / "strike", "sending" /
"sent" / "send", "envoys" / "envoy"); comparing base forms lets them match. Morphy is the
rule WordNet documents: a word in the exception lists (``noun.exc``, ``verb.exc``: "sent" →
"send", "men" → "man") takes its listed form; a word WordNet knows is its own base;
otherwise the detachment rules are tried, verb rules first, and the first result WordNet
knows is the base. A word it cannot reduce stays as it is.
"""

from __future__ import annotations

from functools import lru_cache

from storydesk.annotate import wordnet

NOUN_RULES = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
              ("shes", "sh"), ("men", "man"), ("ies", "y"))  # fmt: skip
VERB_RULES = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
              ("ing", "e"), ("ing", ""))  # fmt: skip
MIN_LETTERS = 3


@lru_cache(maxsize=131072)
def base_form(word: str) -> str:
    """The base form of ``word`` (lower case), or the word itself."""
    lowered = word.casefold()
    if len(lowered) <= MIN_LETTERS or not lowered.isalpha():
        return lowered
    exceptions = _exceptions()
    if lowered in exceptions:
        return exceptions[lowered]
    net = wordnet.load()
    if net.synsets(lowered, "v") or net.synsets(lowered, "n"):
        return lowered
    for pos, rules in (("v", VERB_RULES), ("n", NOUN_RULES)):
        for suffix, replacement in rules:
            if lowered.endswith(suffix) and len(lowered) - len(suffix) >= MIN_LETTERS - 1:
                candidate = lowered[: len(lowered) - len(suffix)] + replacement
                if net.synsets(candidate, pos):
                    return candidate
    return lowered


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    """Irregular forms from WordNet's exception lists; a verb's form wins over a noun's."""
    found: dict[str, str] = {}
    root = wordnet.load().root
    for name in ("noun.exc", "verb.exc"):
        path = root / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                if len(parts) >= 2:
                    found[parts[0].replace("_", " ")] = parts[1].replace("_", " ")
    return found
