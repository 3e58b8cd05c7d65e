"""Fact evaluation against our own hand-labelled gold (``eval/gold/facts/``).

No public dataset says which figures of different reports measure the same thing, so the
gold is ours: for each event of ECB+ and each MEANTIME topic, the figures that measure one
quantity across documents, and whether they agree, conflict, update or change (how it was
made: ``eval/gold/facts/README.md``). ``--data`` is ``../shared/datasets``; the gold names
the documents it labels.

Each gold event becomes one story: its documents as articles (tokens joined by spaces, one
sentence a line, so a gold mention's token has an exact offset; MEANTIME's creation time is
the publication date), annotated and linked as a run would. A system value matches a gold
mention when the mention's number token starts inside the figure's text.

Scores (fact level, over the events read):
- ``conflict_recall``: gold conflicts for which some ``conflict`` fact holds two of its
  mentions with different values from different documents;
- ``agreement_recall``: gold agreements (equal or approximately equal values) for which
  some fact of a non-conflict status holds mentions of it from two documents;
- ``conflict_precision``: stated conflicts whose values all belong to one gold fact and
  really differ there (a stated conflict with a value the gold does not put in that fact
  is wrong).
``split`` picks ``dev`` (tuned on), ``held`` (never tuned on) or ``all``; the gate runs
both, reported apart. ``--limit N`` keeps the first N events of the split.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.ecbplus import EcbDocument, read_document
from storydesk.options import Options
from storydesk.story import Fact, Story

GOLD = Path(__file__).resolve().parents[3] / "eval" / "gold" / "facts"
AGREEING = ("agree", "approximate")


@dataclass(slots=True)
class GoldMention:
    doc: str
    sentence: int
    number: str  # the number's first token as written
    value: float
    start: int = -1  # character offset of that token in the document's text


@dataclass(slots=True)
class GoldFact:
    label: str
    status: str  # agree | approximate | conflict | update | changed
    mentions: list[GoldMention] = field(default_factory=list)


@dataclass(slots=True)
class GoldEvent:
    name: str  # "ecbplus/1/ecb", "meantime/corpus_gm"
    split: str
    documents: list[str]  # paths under --data
    facts: list[GoldFact] = field(default_factory=list)


@dataclass(slots=True)
class Counts:
    conflicts: int = 0
    conflicts_found: int = 0
    agreements: int = 0
    agreements_found: int = 0
    stated: int = 0
    stated_right: int = 0
    errors: list[str] = field(default_factory=list)


def load_gold(folder: Path = GOLD) -> list[GoldEvent]:
    events: list[GoldEvent] = []
    for path in sorted(folder.glob("*.json")):
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for item in data["events"]:
            facts = [
                GoldFact(f["label"], f["status"], [_mention(m) for m in f["mentions"]])
                for f in item["facts"]
            ]
            events.append(GoldEvent(item["event"], data["split"], item["documents"], facts))
    return events


def _mention(text: str) -> GoldMention:
    """ "1_17ecb.xml|3|33|33": document, sentence, the number's token (``five#2`` for the second
    "five" of the sentence), its value."""
    doc, sentence, number, value = text.split("|")
    return GoldMention(doc, int(sentence), number, float(value))


def evaluate(
    data: Path, options: Options, limit: int | None = None, split: str = "dev"
) -> EvalResult:
    name = "facts" if split == "dev" else f"facts-{split}"
    events = [e for e in load_gold() if split == "all" or e.split == split][:limit]
    if not events:
        return EvalResult(name=name, available=False, notes=[f"no gold events in {GOLD}"])
    counts = Counts()
    documents = 0
    for event in events:
        paths = [data / path for path in event.documents]
        docs = [(as_written(read_document(path)), path) for path in paths]
        documents += len(docs)
        _score(event, _story(docs, options), {d.name: d for d, _ in docs}, counts)
    result = EvalResult(name=name, documents=documents)
    result.scores = {
        "conflict_recall": _ratio(counts.conflicts_found, counts.conflicts),
        "agreement_recall": _ratio(counts.agreements_found, counts.agreements),
        "conflict_precision": _ratio(counts.stated_right, counts.stated),
    }
    result.notes.append(
        f"{len(events)} events: {counts.conflicts_found}/{counts.conflicts} conflicts found, "
        f"{counts.agreements_found}/{counts.agreements} agreements found, "
        f"{counts.stated_right}/{counts.stated} stated conflicts right"
    )
    result.notes.extend(counts.errors[:15])
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _story(docs: list[tuple[EcbDocument, Path]], options: Options) -> Story:
    from storydesk.annotate import annotate
    from storydesk.article import Article
    from storydesk.link import link

    articles = [
        Article(id=d.name, source=d.name, text=d.text, published=created(path)) for d, path in docs
    ]
    story = Story(id="s", title="t", articles=annotate(articles, options))
    return link(story, options)


# The ECB+ "plus" files split what outlets write as one word: "40 - year - old", "5 . 4 per
# cent", "22 , 000", "Klitschko ’ s". Joined with spaces, the text reads as no outlet writes
# it; these pairs are joined back (only in a document whose tokens show the split, so a dash
# written " - " in an ECB file stays a dash).
_WORDLIKE = re.compile(r"[\w$£€%]")
_SPLIT_SIGNS = {"-": re.compile(r"\w-\w"), ".": re.compile(r"\d\.\d"), ",": re.compile(r"\d,\d{3}")}
# A point the "plus" files split from the number it opens: ".38-caliber", ".357" (a calibre
# written without its leading zero); a sentence's full stop is never followed by one within
# its sentence.
_LEADING_POINT = re.compile(r"\d{2,3}(?:-[a-z]+)?")


def as_written(document: EcbDocument) -> EcbDocument:
    """The document's text with split words joined back, its token spans moved to match."""
    texts = [text for _, text in document.tokens.values()]
    kept_whole = {
        sign for sign, whole in _SPLIT_SIGNS.items() if any(whole.search(t) for t in texts)
    }
    items = list(document.tokens.items())
    glued: set[int] = set()  # indexes of tokens written right after the previous one
    for index in range(1, len(items) - 1):
        (_, (sentence, text)), (_, (_, before)), (_, (after_sentence, after)) = (
            items[index],
            items[index - 1],
            items[index + 1],
        )
        if after_sentence != sentence or items[index - 1][1][0] != sentence:
            continue
        joins = text in _SPLIT_SIGNS and text not in kept_whole and _joins(text, before, after)
        if joins or (text in ("’", "'") and after == "s" and _WORDLIKE.search(before[-1:])):
            glued.update((index, index + 1))
        elif text == "." and "." not in kept_whole and _LEADING_POINT.fullmatch(after):
            glued.add(index + 1)  # ". 38-caliber", ". 357 caliber" (19ecbplus): a calibre
        elif text == "." and _initial(before) and (
            _initial(after) or (index > 2 and items[index - 2][1][1] == "."
                                and _initial(items[index - 3][1][1]))
        ):  # fmt: skip
            # "the U . S . Geological Survey" (20_11ecbplus): the initials as written, so
            # the parser does not end a sentence at "U ." (s8-facts-annotate's note)
            glued.add(index)
            if _initial(after):
                glued.add(index + 1)
        elif text == "." and after == "," and before.isalpha():
            glued.add(index)  # "Golden , Colo . , said" (20_11ecbplus): no full stop
    parts: list[str] = []
    offset = 0
    for index, (t_id, (sentence, text)) in enumerate(items):
        if index:
            separator = "\n" if sentence != items[index - 1][1][0] else " "
            if index not in glued or separator == "\n":
                parts.append(separator)
                offset += 1
        document.spans[t_id] = (offset, offset + len(text))
        parts.append(text)
        offset += len(text)
    document.text = "".join(parts)
    return document


def _initial(token: str) -> bool:
    return len(token) == 1 and token.isupper()


def _joins(sign: str, before: str, after: str) -> bool:
    if sign == "-":
        return bool(_WORDLIKE.search(before[-1:]) and _WORDLIKE.search(after[:1]))
    if sign == ".":
        return before[-1:].isdigit() and after.isdigit()
    return bool(re.fullmatch(r"\$?\d{1,3}", before) and re.fullmatch(r"\d{3}", after))


def created(path: Path) -> str | None:
    """MEANTIME's document creation time (ECB+ has none): the publication date, ISO.

    One MEANTIME file writes it day first ("03-02-2009", corpus_gm 120578, an article on
    January's sales published in February); it is read as such."""
    for timex in ET.parse(path).getroot().iter("TIMEX3"):
        value = timex.get("value", "")
        if timex.get("functionInDocument") != "CREATION_TIME":
            continue
        if re.match(r"\d{4}-\d\d-\d\d", value):
            return value[:10]
        day_first = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
        if day_first:
            return f"{day_first[3]}-{day_first[2]}-{day_first[1]}"
    return None


def _score(event: GoldEvent, story: Story, docs: dict[str, EcbDocument], counts: Counts) -> None:
    where = _gold_index(event, docs)
    system = [_mentions(story, fact, where) for fact in story.facts]
    for gold_number, gold in enumerate(event.facts):
        if len({m.doc for m in gold.mentions}) < 2:
            continue
        if gold.status == "conflict":
            counts.conflicts += 1
            found = any(
                fact.status == "conflict" and _differing_pair(gold_number, found, event)
                for fact, found in zip(story.facts, system, strict=True)
            )
            counts.conflicts_found += found
            if not found:
                counts.errors.append(f"missed conflict: {event.name}: {gold.label}")
        elif gold.status in AGREEING:
            counts.agreements += 1
            found = any(
                # "single" with two documents: copies of one report (``link.syndication``),
                # aligned as the gold aligns them and counted as one source
                fact.status != "conflict" and _two_documents(gold_number, found)
                for fact, found in zip(story.facts, system, strict=True)
            )
            counts.agreements_found += found
            if not found:
                counts.errors.append(f"missed agreement: {event.name}: {gold.label}")
    for fact, located in zip(story.facts, system, strict=True):
        if fact.status != "conflict":
            continue
        counts.stated += 1
        right = _stated_right(located, event)
        counts.stated_right += right
        if not right:
            values = ", ".join(f"{v.value:g}" for v in fact.values)
            counts.errors.append(f"false conflict: {event.name}: {fact.slot} ({values})")


Located = tuple[int | None, str, float]  # (gold fact index or None, document, value)


def _gold_index(event: GoldEvent, docs: dict[str, EcbDocument]) -> dict[tuple[str, int], int]:
    """(document, character offset of a gold number token) → gold fact index."""
    index: dict[tuple[str, int], int] = {}
    for number, fact in enumerate(event.facts):
        for mention in fact.mentions:
            start = _token_start(docs[mention.doc], mention)
            if start >= 0:
                index[(mention.doc, start)] = number
    return index


def _token_start(doc: EcbDocument, mention: GoldMention) -> int:
    """The mention's token: "five" is the first "five" of its sentence, "five#2" the second."""
    number, _, nth = mention.number.partition("#")
    seen = 0
    for t_id, (sentence, text) in doc.tokens.items():
        if sentence == mention.sentence and text == number:
            seen += 1
            if seen == int(nth or 1):
                return doc.spans[t_id][0]
    return -1


def _mentions(story: Story, fact: Fact, where: dict[tuple[str, int], int]) -> list[Located]:
    found: list[Located] = []
    for value in fact.values:
        article = story.article(value.article)
        figure = next((f for f in (article.figures if article else [])
                       if f.sentence == value.sentence and f.text == value.text), None)  # fmt: skip
        gold = None
        if figure is not None:
            inside = (number for (doc, start), number in where.items()
                      if doc == value.article and figure.start <= start < figure.end)  # fmt: skip
            gold = next(inside, None)
        found.append((gold, value.article, value.value))
    return found


def _differing_pair(gold_number: int, found: list[Located], event: GoldEvent) -> bool:
    mine = [(doc, value) for number, doc, value in found if number == gold_number]
    return any(a[0] != b[0] and a[1] != b[1] for a in mine for b in mine)


def _two_documents(gold_number: int, found: list[Located]) -> bool:
    return len({doc for number, doc, _ in found if number == gold_number}) >= 2


def _stated_right(found: list[Located], event: GoldEvent) -> bool:
    numbers = {number for number, _, _ in found}
    if len(numbers) != 1:
        return False
    [number] = numbers
    if number is None or event.facts[number].status in AGREEING:
        return False
    return len({value for _, _, value in found}) > 1
