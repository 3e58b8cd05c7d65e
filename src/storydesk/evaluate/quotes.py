"""Direct quotes and speakers scored on PolNeAR (brat standoff attributions).

A split folder holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``; when
several annotators did one article, the first file in name order is used. Rules:

* A gold **direct quote** is an attribution whose content (its first span, leading spaces
  skipped) starts with a double quote mark (“ or "). Contents that only contain a quoted
  phrase inside reported speech are paraphrase, not direct quotes, and are left out.
* A gold quote is **found** when one predicted quote's character range overlaps the content
  spans by at least half of the content's length. ``quote_recall`` = found / gold.
* ``speaker_accuracy`` is over found quotes whose annotated source names someone: one of
  its comma-separated parts (parentheses dropped) ends in a capitalised word that is not a
  pronoun ("Gov. John Kasich (R-OH)", "her adviser, Jake Sullivan"). PolNeAR does not link
  "he" or "the Christie supporter" to a name, so those sources cannot be checked and are
  counted in the notes only. A prediction is right when the last word of the predicted
  speaker (the surname, or an organisation's last word) occurs in the source span, ignoring
  case; None is wrong. A quote with no speaker name but the text's own description of its
  source (``speaker_descriptor``) is judged by that description the same way ("the Illinois
  Board of Elections"): it is what the report shows as the source.
* Since 2026-11 (issue 9) a part of the source names someone only when its head does: the
  words before its first preposition or clause ("a person close to the Clintons", "a
  reporter for Agence France-Presse", "the base chief known as Bob" name nobody), and a lone
  capitalised word that the text also writes in lower case is a common noun
  ("Respondents", "Others"). The rule of 2026-11-21 (any part ending in a capitalised word,
  speaker names only) is still computed and given in the notes for comparison.
* ``narrative_free`` checks that no returned quote is narrative: a returned quote that takes
  in the cue of a gold attribution lying outside every gold content ("she said.", "Zahar
  said.", a cue clause swallowed by a quote left open) is narrative; the score is the share
  of returned quotes that are not, and the notes give the count with examples.
* The baseline pairs quote marks with a regular expression and takes as speaker the PERSON
  entity nearest to the quote in its sentence (from the same spaCy pass).

Parts: PolNeAR's **train** split is cut once, by a hash of the file name
(``quotes_held.held_part``), into a part rules are tuned on and a held part nobody looks
at while tuning; ``quotes-train`` scores both apart (``storydesk.evaluate.quotes_train``).
The cut was fixed before any tuning on train (2026-11, issue 9); held documents read since
are moved to the tuned part (``quotes_held.READ_FROM_HELD``, each with why).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.annotate import annotate
from storydesk.annotate.entities import EntityAnnotator
from storydesk.annotate.quotes import QuoteAnnotator
from storydesk.article import Article, content_id
from storydesk.evaluate.base import EvalResult
from storydesk.options import Options

PARENTHESES = re.compile(r"\([^)]*\)")
QUOTE_OPENERS = ("“", '"')
BASELINE_QUOTES = re.compile(r"“[^”\n]+”|\"[^\"\n]+\"")
# Words that end the head of a source phrase: what follows describes it.
HEAD_ENDS = frozenset(
    {"of", "for", "to", "from", "at", "in", "with", "by", "who", "whose", "whom", "which",
     "that", "known", "close", "going", "on", "about", "under", "like", "as", "than",
     "familiar", "representing", "speaking"}
)
NOT_NAMES = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their",
     "its", "our", "this", "that", "these", "those", "some", "many", "one", "who"}
)
# Generational suffixes after a surname ("Robert P. Casey Jr."): not the surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class GoldQuote:
    spans: tuple[tuple[int, int], ...]
    source: str | None

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.spans)

    def overlap(self, start: int, end: int) -> int:
        return sum(max(0, min(end, e) - max(start, s)) for s, e in self.spans)


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    speaker: str | None
    text: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # the quoted pieces; (start, end) when empty
    descriptor: str | None = None

    @property
    def source(self) -> str | None:
        """What the report gives as the source: the name, else the description."""
        return self.speaker or self.descriptor

    def pieces(self) -> tuple[tuple[int, int], ...]:
        return self.spans or ((self.start, self.end),)


@dataclass(slots=True)
class Tally:
    gold: int = 0
    found: int = 0
    named: int = 0
    right: int = 0
    unnamed_sources: int = 0
    named_2026_11_21: int = 0  # the earlier rule, for comparison
    right_2026_11_21: int = 0
    returned: int = 0
    narrative: list[str] = field(default_factory=list)  # returned quotes that are narrative

    def add(
        self, gold: list[GoldQuote], predicted: list[Predicted],
        cues: tuple[tuple[int, int], ...] = (), text: str = "",
    ) -> None:
        self.returned += len(predicted)
        self.narrative += [p.text for p in predicted if _holds_cue(p, cues)]
        for quote in gold:
            self.gold += 1
            match = _best_match(quote, predicted)
            if match is None:
                continue
            self.found += 1
            if names_someone_2026_11_21(quote.source):
                self.named_2026_11_21 += 1
                self.right_2026_11_21 += speaker_matches(match.speaker, quote.source)
            if not names_someone(quote.source, text):
                self.unnamed_sources += 1
                continue
            self.named += 1
            self.right += speaker_matches(match.source, quote.source)

    def scores(self) -> dict[str, float]:
        return {
            "quote_recall": self.found / self.gold if self.gold else 0.0,
            "speaker_accuracy": self.right / self.named if self.named else 0.0,
            "narrative_free": 1 - len(self.narrative) / self.returned if self.returned else 1.0,
        }

    def notes(self, label: str = "", examples_shown: bool = True) -> list[str]:
        """What the scores rest on; examples of narrative quotes only where errors may be
        read (never for a held part, whose errors nobody should look at while tuning)."""
        examples = "; ".join(repr(t[:60]) for t in self.narrative[:5]) if examples_shown else ""
        return [
            f"{label}{self.gold} direct quotes in gold, {self.found} found",
            f"{label}speaker accuracy under the 2026-11-21 rule: "
            f"{self.right_2026_11_21 / max(self.named_2026_11_21, 1):.3f} "
            f"of {self.named_2026_11_21}",
            f"{label}speaker checked on {self.named} found quotes with a named source; "
            f"{self.unnamed_sources} had a pronoun, role or no source and were not checked",
            f"{label}{len(self.narrative)} of {self.returned} returned quotes are narrative"
            + (f" ({examples})" if examples else ""),
        ]


@dataclass(slots=True)
class Document:
    name: str
    text: str
    gold: list[GoldQuote] = field(default_factory=list)
    cues: tuple[tuple[int, int], ...] = ()  # attribution cues outside every gold content


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    documents = read_split(Path(data), limit)
    if not documents:
        return EvalResult(name="quotes", available=False, notes=[f"no PolNeAR data in {data}"])
    ours, baseline = score(documents, options)
    return EvalResult(
        name="quotes",
        scores=ours.scores(),
        baselines=baseline.scores(),
        documents=len(documents),
        notes=ours.notes(),
    )


def score(documents: list[Document], options: Options) -> tuple[Tally, Tally]:
    """Annotate the documents once; tally storydesk's quotes and the baseline's."""
    articles = [
        Article(id=content_id(d.text), source=d.name, text=d.text) for d in documents
    ]
    annotate(articles, options, [EntityAnnotator(), QuoteAnnotator()])
    ours, baseline = Tally(), Tally()
    for document, article in zip(documents, articles, strict=True):
        ours.add(document.gold, predicted_quotes(article), document.cues, document.text)
        baseline.add(document.gold, baseline_quotes(article), document.cues, document.text)
    return ours, baseline


def read_split(folder: Path, limit: int | None = None) -> list[Document]:
    """Documents of one split folder that have both a text and an attribution file."""
    documents: list[Document] = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        annotations = _annotation_file(folder / "attributions", text_path.stem)
        if annotations is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        standoff = annotations.read_text(encoding="utf-8")
        documents.append(
            Document(text_path.name, text, direct_quotes(standoff, text), narrative_cues(standoff))
        )
        if limit is not None and len(documents) >= limit:
            break
    return documents


def _annotation_file(folder: Path, stem: str) -> Path | None:
    candidates = sorted(folder.glob(f"{stem}_*.ann")) or sorted(folder.glob(f"{stem}.ann"))
    return candidates[0] if candidates else None


def direct_quotes(standoff: str, text: str) -> list[GoldQuote]:
    """Attributions of a brat file whose content starts with a quote mark."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    relations: list[dict[str, str]] = []
    for line in standoff.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(_role(arg) for arg in parts[1].split() if ":" in arg))
    quotes: list[GoldQuote] = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        if not content or not text[content[0][0] : content[0][1]].lstrip().startswith(
            QUOTE_OPENERS
        ):
            continue
        source = spans.get(roles.get("Source", ""))
        source_text = " ".join(text[s:e] for s, e in source) if source else None
        quotes.append(GoldQuote(content, source_text))
    return quotes


def narrative_cues(standoff: str) -> tuple[tuple[int, int], ...]:
    """Spans of attribution cues that lie outside every content span: narrative text that a
    quote must never take in ("she said", "according to")."""
    cues: list[tuple[int, int]] = []
    contents: list[tuple[int, int]] = []
    for line in standoff.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind = parts[1].split(" ", 1)[0]
            if kind == "Cue":
                cues.extend(_spans(parts[1]))
            elif kind == "Content":
                contents.extend(_spans(parts[1]))
    return tuple(
        (start, end) for start, end in sorted(cues)
        if not any(s <= start and end <= e for s, e in contents)
    )


def _holds_cue(predicted: Predicted, cues: tuple[tuple[int, int], ...]) -> bool:
    """Whether a quoted piece takes in a narrative cue (the cue between the two pieces of
    an interrupted quote is not inside either piece)."""
    return any(
        s <= start and end <= e for s, e in predicted.pieces() for start, end in cues
    )


def _spans(field_text: str) -> tuple[tuple[int, int], ...]:
    """"Content 315 448;463 553" → ((315, 448), (463, 553))."""
    _, _, ranges = field_text.partition(" ")
    pairs = (r.split() for r in ranges.split(";"))
    return tuple((int(p[0]), int(p[1])) for p in pairs if len(p) == 2)


def _role(argument: str) -> tuple[str, str]:
    role, _, target = argument.partition(":")
    return role, target


def _best_match(quote: GoldQuote, predicted: list[Predicted]) -> Predicted | None:
    scored = [(quote.overlap(p.start, p.end), p) for p in predicted]
    best = max(scored, key=lambda pair: pair[0], default=None)
    if best is None or quote.length == 0 or best[0] * 2 < quote.length:
        return None
    return best[1]


def names_someone(source: str | None, text: str = "") -> bool:
    """A source names someone when the head of one of its comma-separated parts is a
    capitalised word: "Pat Caddell", "her adviser, Jake Sullivan", "the Philippine Star" do;
    "he", "the Christie supporter", "a person close to the Clintons" do not, nor a lone
    "Respondents" when ``text`` also writes "respondents"."""
    if not source:
        return False
    for part in PARENTHESES.sub(" ", source).split(","):
        words = re.findall(r"[\w’'.-]+", part)
        cut = next((i for i, w in enumerate(words) if i and w.lower() in HEAD_ENDS), len(words))
        head = words[:cut]
        if not head or not head[-1][:1].isupper() or head[-1].lower() in NOT_NAMES:
            continue
        lower = head[-1].lower()
        if len(head) == 1 and re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", text):
            continue
        return True
    return False


def names_someone_2026_11_21(source: str | None) -> bool:
    """The rule before issue 9: any comma-separated part ending in a capitalised word."""
    if not source:
        return False
    for part in PARENTHESES.sub(" ", source).split(","):
        words = re.findall(r"[\w’'.-]+", part)
        if words and words[-1][:1].isupper() and words[-1].lower() not in NOT_NAMES:
            return True
    return False


def speaker_matches(speaker: str | None, source: str | None) -> bool:
    """The speaker's last word (before a suffix: "Robert P. Casey Jr" → Casey) is a word of
    the source, full stops ignored ("Jr." and "Jr" are one word)."""
    if not speaker or not source:
        return False
    words = [w.strip(".").lower() for w in speaker.split()]
    words = [w for w in words if w] or [""]
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    surname = words[-1]
    return surname in {w.strip(".").lower() for w in re.findall(r"[\w’'.-]+", source)} or (
        surname in source.lower() and len(surname) > 3
    )


def predicted_quotes(article: Article) -> list[Predicted]:
    return [
        Predicted(q.start, q.end, q.speaker, q.text, tuple(q.spans), q.speaker_descriptor)
        for q in article.quotes
    ]


def baseline_quotes(article: Article) -> list[Predicted]:
    """Quote-mark regex; speaker = the PERSON entity nearest to the quote in its sentence."""
    predicted: list[Predicted] = []
    for match in BASELINE_QUOTES.finditer(article.text):
        sentence = article.sentence_at(match.start())
        persons = [
            e for e in article.entities
            if e.type == "PERSON" and e.sentence == sentence
            and not match.start() <= e.start < match.end()
        ]
        nearest = min(persons, key=lambda e: _distance(e.start, e.end, match), default=None)
        predicted.append(
            Predicted(match.start(), match.end(), nearest.text if nearest else None, match[0])
        )
    return predicted


def _distance(start: int, end: int, match: re.Match[str]) -> int:
    return match.start() - end if end <= match.start() else start - match.end()
