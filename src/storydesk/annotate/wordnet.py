"""Princeton WordNet 3.0, read from its database files (Debian's ``wordnet-base``).

Figures use it to tell what a counted noun is (a person, a military unit, a unit of money)
and which event a verb or noun names (``murder`` is a kind of ``kill``), so that different
wordings of one quantity share a class without a growing hand list of words.

Why this reader and not a library: the Python readers either download their data at run
time (``wn``), or refuse Debian's folder (NLTK 3.10 wants a ``lexnames`` file Debian does
not ship and a registered data root). The database format is fixed since 2006 (wndb(5)):
an index line per lemma lists its synsets in sense order; a data line per synset lists its
words and typed pointers. ``make test`` installs the package when run as root
(``scripts/wordnet-deps.sh``); elsewhere set ``STORYDESK_WORDNET`` to any WordNet 3.0
``dict`` folder. Without it, analysis stops with an error that says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from storydesk.errors import ModelError

DEFAULT_DIR = "/usr/share/wordnet"
# The lexicographer files, by number (lexnames(5)); a synset's coarse class.
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
    "adj.ppl",
)  # fmt: skip
HYPERNYMS = ("@", "@i")  # hypernym, instance hypernym
FILES = {"n": "noun", "v": "verb"}
# Adjectives and adverbs: read only to tell whether WordNet lists a lemma (``lists``).
LISTED_ONLY = {"a": "adj", "r": "adv"}


@dataclass(frozen=True, slots=True)
class Synset:
    key: str  # "n:08274354"
    lexname: str
    words: tuple[str, ...]
    hypernyms: tuple[str, ...]
    related: tuple[str, ...]  # derivationally related forms ("death" → "die")


class WordNet:
    """Lemma → synsets (most frequent sense first) and synset → hypernyms, read lazily."""

    def __init__(self, root: Path) -> None:
        missing = [f"{kind}.{name}" for name in FILES.values() for kind in ("index", "data")
                   if not (root / f"{kind}.{name}").is_file()]  # fmt: skip
        if missing:
            raise ModelError(
                f"WordNet database not found in {root} (missing {', '.join(missing)}): install "
                "Debian's wordnet-base (apt-get install wordnet-base) or set STORYDESK_WORDNET "
                "to a WordNet 3.0 dict folder"
            )
        self.root = root
        self._index: dict[str, dict[str, tuple[str, ...]]] = {}
        self._data = {pos: (root / f"data.{name}").open("rb") for pos, name in FILES.items()}

    def synsets(self, lemma: str, pos: str = "n") -> tuple[str, ...]:
        if pos not in self._index:
            self._index[pos] = _read_index(self.root / f"index.{FILES[pos]}", pos)
        return self._index[pos].get(lemma.casefold().replace(" ", "_"), ())

    def synset(self, key: str) -> Synset:
        return _synset(self, key)

    def lists(self, lemma: str, pos: str) -> bool:
        """Whether WordNet lists ``lemma`` as ``pos``: "n", "v", "a" (an adjective: "hefty")
        or "r" (an adverb: "fatally")."""
        if pos in FILES:
            return bool(self.synsets(lemma, pos))
        if pos not in self._index:
            path = self.root / f"index.{LISTED_ONLY[pos]}"
            if not path.is_file():
                raise ModelError(f"WordNet index not found: {path} (install wordnet-base)")
            self._index[pos] = _read_index(path, pos)
        return lemma.casefold().replace(" ", "_") in self._index[pos]

    def is_instance(self, key: str) -> bool:
        """Whether the synset is an instance, one named person, place or thing ("Fulton",
        "Athens"): its hypernym pointer is ``@i``, where a common noun's is ``@``."""
        return " @i " in self.read_line(key).split(" | ", 1)[0]

    def frames(self, key: str) -> frozenset[int]:
        """A verb synset's sentence frames (wninput(5): 2 is "Somebody ----s", 1 "Something
        ----s", 8 "Somebody ----s something"), for any of its words."""
        return _frames(self, key)

    def ancestors(self, key: str) -> frozenset[str]:
        """The synset and every hypernym above it."""
        return _ancestors(self, key)

    def first_ancestors(self, lemma: str, pos: str = "n", senses: int = 1) -> frozenset[str]:
        """Ancestors of the ``senses`` most frequent senses of ``lemma``."""
        found: set[str] = set()
        for key in self.synsets(lemma, pos)[:senses]:
            found |= self.ancestors(key)
        return frozenset(found)

    def read_line(self, key: str) -> str:
        pos, offset = key.split(":")
        handle = self._data[pos]
        handle.seek(int(offset))
        return handle.readline().decode("utf-8")


def _read_index(path: Path, pos: str) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence header
            parts = line.split()
            pointers = int(parts[3])
            senses = int(parts[4 + pointers])
            offsets = parts[6 + pointers : 6 + pointers + senses]
            index[parts[0]] = tuple(f"{pos}:{offset}" for offset in offsets)
    return index


@lru_cache(maxsize=65536)
def _synset(wordnet: WordNet, key: str) -> Synset:
    fields = wordnet.read_line(key).split(" | ", 1)[0].split()
    lexname = LEXNAMES[int(fields[1])]
    count = int(fields[3], 16)
    words = tuple(fields[4 + 2 * i].lower() for i in range(count))
    at = 4 + 2 * count
    pointers = int(fields[at])
    hypernyms: list[str] = []
    related: list[str] = []
    for i in range(pointers):
        symbol, offset, pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        target = f"{'n' if pos == 'n' else 'v' if pos == 'v' else pos}:{offset}"
        if symbol in HYPERNYMS:
            hypernyms.append(target)
        elif symbol == "+" and pos in FILES:
            related.append(target)
    return Synset(key, lexname, words, tuple(hypernyms), tuple(related))


@lru_cache(maxsize=16384)
def _frames(wordnet: WordNet, key: str) -> frozenset[int]:
    if not key.startswith("v:"):
        return frozenset()
    fields = wordnet.read_line(key).split(" | ", 1)[0].split()
    at = 4 + 2 * int(fields[3], 16)
    at += 1 + 4 * int(fields[at])  # past the pointers: "f_cnt + f_num w_num ..."
    count = int(fields[at])
    return frozenset(int(fields[at + 2 + 3 * i]) for i in range(count))


@lru_cache(maxsize=65536)
def _ancestors(wordnet: WordNet, key: str) -> frozenset[str]:
    found = {key}
    for parent in wordnet.synset(key).hypernyms:
        found |= _ancestors(wordnet, parent)
    return frozenset(found)


@lru_cache(maxsize=1)
def _load(root: str) -> WordNet:
    return WordNet(Path(root))


def load() -> WordNet:
    """The WordNet of this machine (``STORYDESK_WORDNET``, else Debian's folder)."""
    return _load(os.environ.get("STORYDESK_WORDNET") or DEFAULT_DIR)
