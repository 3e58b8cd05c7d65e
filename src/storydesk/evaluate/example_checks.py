"""One checker per kind of expectation in expected.json, each reading only the JSON report.

A checker returns None when the expectation is met, else a short reason for the notes.
Text comparisons fold case, punctuation and whitespace, because outlets differ in quote
marks and dashes while the words are what the expectation is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

Json = dict[str, Any]
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Casefolded words joined by single spaces: 'He said: “Yes.”' -> 'he said yes'."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def contains(outer: str, inner: str) -> bool:
    folded = fold(inner)
    return bool(folded) and f" {folded} " in f" {fold(outer)} "


def surname(name: str) -> str:
    return fold(name).split(" ")[-1] if fold(name) else ""


@dataclass(slots=True)
class Report:
    """The report's parts, indexed for the checkers; several stories are read as one."""

    articles: dict[str, Json] = field(default_factory=dict)  # expected key -> article
    key_of: dict[str, str] = field(default_factory=dict)  # article id -> expected key
    quotes: dict[str, Json] = field(default_factory=dict)  # quote id -> quote (+ "article")
    entities: list[Json] = field(default_factory=list)
    facts: list[Json] = field(default_factory=list)
    quote_groups: list[Json] = field(default_factory=list)

    @classmethod
    def build(cls, report: Json, files: dict[str, str]) -> Report:
        key_by_name = {name: key for key, name in files.items()}
        view = cls()
        for story in report.get("stories", []):
            for article in story.get("articles", []):
                key = key_by_name.get(PurePath(article.get("source", "")).name)
                if key is not None:
                    view.articles[key] = article
                    view.key_of[article["id"]] = key
                for quote in article.get("quotes", []):
                    view.quotes[quote["id"]] = {**quote, "article": article["id"]}
            view.entities += story.get("entities", [])
            view.facts += story.get("facts", [])
            view.quote_groups += story.get("quote_groups", [])
        return view

    def entity(self, entity_id: str | None) -> Json | None:
        return next((e for e in self.entities if e.get("id") == entity_id), None)

    def variant_texts(self, entity: Json) -> list[str]:
        return [v.get("text", "") for v in entity.get("variants", [])]


Checker = Callable[[Report, Any], str | None]


def check_boilerplate(view: Report, item: tuple[str, str]) -> str | None:
    key, text = item
    article = view.articles.get(key)
    if article is None:
        return f"article {key} not in report"
    if contains(article.get("text", ""), text):
        return f"{key}: '{text}' still in the text"
    if not any(contains(r.get("text", ""), text) for r in article.get("removed", [])):
        return f"{key}: '{text}' not among removed lines"
    return None


def speaker_matches(view: Report, quote: Json, speaker: str) -> bool:
    entity = view.entity(quote.get("speaker_entity"))
    names = [quote.get("speaker") or ""]
    if entity is not None:
        names += [entity.get("name", ""), *view.variant_texts(entity)]
    wanted = surname(speaker)
    return any(wanted and wanted in fold(name).split(" ") for name in names)


def quote_text_matches(found: str, wanted: str) -> bool:
    """Either text holds the other, so a quote split or trimmed differently still counts;
    a found fragment must be at least half the wanted words to count."""
    if contains(found, wanted):
        return True
    return contains(wanted, found) and 2 * len(fold(found).split()) >= len(fold(wanted).split())


def check_quote(view: Report, item: Json) -> str | None:
    article = view.articles.get(item["source"])
    if article is None:
        return f"article {item['source']} not in report"
    matching = [q for q in article.get("quotes", []) if quote_text_matches(q["text"], item["text"])]
    if not matching:
        return f"{item['source']}: quote '{item['text'][:50]}' not found"
    if not any(speaker_matches(view, q, item["speaker"]) for q in matching):
        given = sorted({str(q.get("speaker")) for q in matching})
        return f"{item['source']}: '{item['text'][:40]}' given to {given}, not {item['speaker']}"
    return None


def check_date(view: Report, item: Json) -> str | None:
    article = view.articles.get(item["source"])
    if article is None:
        return f"article {item['source']} not in report"
    overlapping = [
        d
        for d in article.get("dates", [])
        if contains(item["text"], d["text"]) or contains(d["text"], item["text"])
    ]
    if not overlapping:
        return f"{item['source']}: no date found in '{item['text']}'"
    if not any(d.get("date") == item["date"] for d in overlapping):
        got = sorted({str(d.get("date")) for d in overlapping})
        return f"{item['source']}: '{item['text']}' resolved to {got}, not {item['date']}"
    return None


def check_entity_group(view: Report, item: Json) -> str | None:
    """One entity holds every listed form. A form counts as held when it is a variant of the
    entity or the whole-word tail or head of one: a list may name the surname alone
    ("Leavitt") where the articles only ever write the full name ("Karoline Leavitt")."""
    wanted = {fold(v) for v in item["variants"]}
    for entity in view.entities:
        held = {fold(t) for t in view.variant_texts(entity)}
        if all(_held(form, held) for form in wanted):
            return None
    return f"no entity holds all of {sorted(item['variants'])}"


def _held(form: str, variants: set[str]) -> bool:
    return form in variants or any(
        v.endswith(f" {form}") or v.startswith(f"{form} ") for v in variants
    )


def _holding(view: Report, name: str) -> list[str]:
    """Ids of entities with a variant containing ``name``'s surname as a word."""
    wanted = surname(name)
    return [
        e["id"]
        for e in view.entities
        if any(wanted in fold(t).split(" ") for t in view.variant_texts(e))
    ]


def check_must_not_merge(view: Report, pair: list[str]) -> str | None:
    first, second = _holding(view, pair[0]), _holding(view, pair[1])
    # An absent name would make the check pass vacuously (e.g. an empty cast): count it failed.
    if not first or not second:
        missing = [n for n, ids in zip(pair, (first, second), strict=True) if not ids]
        return f"{missing} not among the report's entities"
    if set(first) & set(second):
        return f"{pair[0]} and {pair[1]} merged into one entity"
    return None


def values_by_key(view: Report, fact: Json) -> dict[str, set[float]]:
    values: dict[str, set[float]] = {}
    for value in fact.get("values", []):
        key = view.key_of.get(value.get("article", ""))
        if key is not None:
            values.setdefault(key, set()).add(float(value["value"]))
    return values


def check_numeric_conflict(view: Report, item: Json) -> str | None:
    wanted = {key: {float(v)} for key, v in item["values"].items()}
    for fact in view.facts:
        if fact.get("status") != "conflict":
            continue
        found = values_by_key(view, fact)
        if all(found.get(key) == values for key, values in wanted.items()):
            return None
    return f"no conflict fact with {item['values']} ({item['slot']})"


def check_numeric_agreement(view: Report, item: Json) -> str | None:
    value = float(item["value"])
    for fact in view.facts:
        if fact.get("status") != "agree":
            continue
        found = values_by_key(view, fact)
        if all(value in found.get(key, set()) for key in item["sources"]):
            return None
    return f"no agreeing fact of {item['value']} from {item['sources']} ({item['slot']})"


def check_not_conflict(view: Report, item: Json) -> str | None:
    if not view.facts:
        return "the report has no facts (a not-conflict would pass vacuously)"
    wanted = {float(v) for v in item["values"]}
    for fact in view.facts:
        held = {float(v["value"]) for v in fact.get("values", [])}
        if fact.get("status") == "conflict" and wanted <= held:
            return f"{item['values']} reported as a conflict ({fact.get('slot')})"
    return None


def check_quote_group(view: Report, item: Json) -> str | None:
    wanted = surname(item["speaker"])
    for group in view.quote_groups:
        keys = {view.key_of.get(view.quotes.get(q, {}).get("article", "")) for q in group["quotes"]}
        if not set(item["sources"]) <= keys:
            continue
        entity = view.entity(group.get("speaker"))
        if entity is not None and wanted in fold(entity.get("name", "")).split(" "):
            return None
    return f"no group of {item['speaker']} quotes across {item['sources']} ({item['about']})"


CHECKERS: dict[str, Checker] = {
    "boilerplate": check_boilerplate,
    "quotes": check_quote,
    "dates": check_date,
    "entity_groups": check_entity_group,
    "must_not_merge": check_must_not_merge,
    "numeric_conflicts": check_numeric_conflict,
    "numeric_agreements": check_numeric_agreement,
    "not_conflicts": check_not_conflict,
    "quote_groups": check_quote_group,
}
