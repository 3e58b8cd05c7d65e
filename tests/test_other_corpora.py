"""Invariants of the whole pipeline on real stories other than the bundled example.

Hidden corpora of other stories and outlets check the same behaviours as expected.json does
for the example, so whatever must hold for ANY input is checked here on real news: a MEANTIME
topic (Wikinews, with publication dates) and an ECB+ topic (two events, no dates), rebuilt as
text files by ``corpora_builders``. Each ``check_*`` returns the violations it found so a
failure names every bad item at once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from corpora_builders import write_ecbplus_topic, write_meantime_topic
from shared_data import shared_path

Json = dict[str, Any]
MEANTIME_TOPIC = ("meantime", "intra-doc_annotation", "corpus_airbus")
MEANTIME_DOCUMENTS = 8
ECBPLUS_TOPIC = ("ecbplus", "ECB+", "1")
ECBPLUS_DOCUMENTS = 10


def analyse_folder(folder: Path) -> Json:
    """The JSON report of ``storydesk analyze folder``, run in-process through the CLI."""
    from storydesk import cli

    out = folder.parent / f"{folder.name}.json"
    code = cli.main(["analyze", str(folder), "--format", "json", "--out", str(out), "--quiet"])
    assert code == cli.EXIT_OK
    report: Json = json.loads(out.read_text(encoding="utf-8"))
    return report


# ---- the invariants ------------------------------------------------------------------------


def sentence_spans(article: Json) -> list[tuple[int, int]] | None:
    """Where each sentence sits in the text, found in order (None when one is not there)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in article["sentences"]:
        start = article["text"].find(sentence, cursor)
        if start < 0:
            return None
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return spans


def check_sentences(story: Json) -> list[str]:
    return [
        f"{a['source']}: a sentence is not in the text in order"
        for a in story["articles"]
        if sentence_spans(a) is None
    ]


def check_citations(story: Json) -> list[str]:
    articles = {a["id"]: a for a in story["articles"]}
    problems = []
    for part in ("brief", "timeline"):
        for item in story[part]:
            if not item["citations"] and not item.get("generated"):
                problems.append(f"{part}: uncited {item['text']!r}")
            for citation in item["citations"]:
                article = articles.get(citation["article"])
                if article is None or not 0 <= citation["sentence"] < len(article["sentences"]):
                    problems.append(f"{part}: citation {citation} points nowhere")
    return problems


def cited_sentences(story: Json, item: Json) -> list[str]:
    articles = {a["id"]: a for a in story["articles"]}
    found = []
    for citation in item["citations"]:
        article = articles.get(citation["article"])
        if article and 0 <= citation["sentence"] < len(article["sentences"]):
            found.append(article["sentences"][citation["sentence"]])
    return found


def check_brief_verbatim(story: Json) -> list[str]:
    """A line is its first citation's sentence, but for the names it respells."""
    problems = []
    for line in story["brief"]:
        if line["generated"]:
            continue
        written = line["text"]
        for as_written, shown in line.get("respelled", []):
            written = written.replace(shown, as_written, 1)
        if written not in cited_sentences(story, line)[:1]:
            problems.append(f"brief sentence not verbatim in its citations: {line['text']!r}")
    return problems


def check_brief_leads_with_the_widest(story: Json) -> list[str]:
    """Issue 11: the first line is the one the most sources report; every line stands alone
    (its sentence leans on no other) and is a report or a statement, never analysis."""
    lines = [b for b in story["brief"] if not b["generated"]]
    if not lines:
        return []
    reach = [len({c["article"] for c in b["citations"]}) for b in lines]
    problems = [] if reach[0] == max(reach) else [f"lead reach {reach[0]} < {max(reach)}"]
    articles = {a["id"]: a for a in story["articles"]}
    for line in lines:
        first = line["citations"][0]
        roles = articles[first["article"]].get("roles", [])
        role = roles[first["sentence"]] if first["sentence"] < len(roles) else {}
        if role.get("leans_on") or role.get("kind") not in ("report", "statement"):
            problems.append(f"brief line does not stand alone ({role}): {line['text']!r}")
    return problems


def check_timeline_once(story: Json) -> list[str]:
    """No line twice, and no week or month shown as a day."""
    seen = Counter((t["date"], t["text"]) for t in story["timeline"])
    problems = [f"timeline line twice: {key}" for key, n in seen.items() if n > 1]
    problems += [f"{t['granularity']} dated as a day: {t['date']}" for t in story["timeline"]
                 if t["granularity"] in ("month", "year") and len(t["date"]) == 10]
    return problems


def _excerpt_of(excerpt: str, sentence: str) -> bool:
    """True when every piece of ``excerpt`` between ellipses is in ``sentence``, in order."""
    cursor = 0
    for piece in (p.strip() for p in excerpt.split("…")):
        found = sentence.find(piece, cursor)
        if found < 0:
            return False
        cursor = found + len(piece)
    return True


def check_timeline_from_cited(story: Json) -> list[str]:
    """A timeline entry's words come from the sentence it cites (shortened with ellipses)."""
    return [
        f"timeline text not in its cited sentence: {t['text']!r}"
        for t in story["timeline"]
        if not any(_excerpt_of(t["text"], s) for s in cited_sentences(story, t))
    ]


def check_nothing_from_removed(story: Json) -> list[str]:
    removed = [r["text"] for a in story["articles"] for r in a["removed"]]
    texts = [b["text"] for b in story["brief"] if not b["generated"]]
    texts += [t["text"] for t in story["timeline"]]
    return [
        f"brief/timeline text from a removed line: {text!r}"
        for text in texts
        if len(text) > 20 and any(text in line for line in removed)
    ]


def check_removed_reasons(story: Json) -> list[str]:
    return [
        f"{a['source']}: removed without a reason: {r['text'][:60]!r}"
        for a in story["articles"]
        for r in a["removed"]
        if not r["reason"].strip()
    ]


def _mention_problems(article: Json, kind: str, mention: Json) -> list[str]:
    spans = sentence_spans(article) or []
    index = mention["sentence"]
    where = f"{article['source']} {kind} {mention['text'][:50]!r}"
    if not 0 <= index < len(article["sentences"]):
        return [f"{where}: sentence {index} out of range"]
    start, end = mention.get("start", -1), mention.get("end", -1)
    if start < 0:
        return []
    problems = []
    sliced = article["text"][start:end]
    if kind == "quote":  # verbatim pieces (spans), the text is them joined by an ellipsis
        pieces = [article["text"][s:e] for s, e in mention["spans"]]
        inside = all(start <= s for s, _ in mention["spans"])
        if mention["text"] != " … ".join(pieces) or not inside:
            problems.append(f"{where}: spans give {pieces!r}")
    elif sliced != mention["text"]:
        problems.append(f"{where}: offsets give {sliced!r}")
    if spans and not spans[index][0] <= start < spans[index][1]:
        problems.append(f"{where}: starts outside sentence {index}")
    return problems


def check_mentions(story: Json) -> list[str]:
    problems = []
    for article in story["articles"]:
        for kind in ("entities", "quotes", "figures", "dates"):
            for mention in article[kind]:
                problems += _mention_problems(article, kind.rstrip("s"), mention)
    return problems


def check_quote_groups(story: Json) -> list[str]:
    quotes = {q["id"]: q for a in story["articles"] for q in a["quotes"]}
    entities = {e["id"] for e in story["entities"]}
    membership = Counter(q for g in story["quote_groups"] for q in g["quotes"])
    problems = [f"quote {q} is in {n} groups" for q, n in membership.items() if n > 1]
    for group in story["quote_groups"]:
        if not group["quotes"]:
            problems.append(f"{group['id']} is empty")
        problems += [
            f"{group['id']}: unknown quote {q}" for q in group["quotes"] if q not in quotes
        ]
        problems += [
            f"{group['id']}: quote {q} says group {quotes[q]['group']}"
            for q in group["quotes"]
            if q in quotes and quotes[q]["group"] != group["id"]
        ]
        if group["speaker"] is not None and group["speaker"] not in entities:
            problems.append(f"{group['id']}: unknown speaker entity {group['speaker']}")
    problems += [
        f"quote {q['id']} speaker entity {q['speaker_entity']} unknown"
        for q in quotes.values()
        if q["speaker_entity"] is not None and q["speaker_entity"] not in entities
    ]
    return problems


def check_fact_values(story: Json) -> list[str]:
    figures = {
        (a["id"], f["sentence"], f["text"]): f for a in story["articles"] for f in a["figures"]
    }
    problems = []
    for fact in story["facts"]:
        low, high = fact["range"]
        for value in fact["values"]:
            figure = figures.get((value["article"], value["sentence"], value["text"]))
            if figure is None:
                problems.append(f"{fact['id']} {fact['slot']!r}: no figure {value['text']!r}")
            elif figure["value"] != value["value"]:
                problems.append(f"{fact['id']}: {value['text']!r} valued {value['value']}")
            if not low <= value["value"] <= high:
                problems.append(f"{fact['id']}: {value['value']} outside range {fact['range']}")
    return problems


def check_entity_variants(story: Json) -> list[str]:
    owners: dict[str, list[str]] = {}
    for entity in story["entities"]:
        for variant in entity["variants"]:
            owners.setdefault(variant["text"], []).append(f"{entity['id']}/{entity['type']}")
    ids = Counter(e["id"] for e in story["entities"])
    problems = [f"entity id {i} used {n} times" for i, n in ids.items() if n > 1]
    return problems + [
        f"variant {text!r} in {owned}" for text, owned in owners.items() if len(owned) > 1
    ]


def _overlapping(mentions: list[Json]) -> list[tuple[str, str]]:
    spans = sorted((m["start"], m["end"], m["text"]) for m in mentions if m.get("start", -1) >= 0)
    return [(a[2], b[2]) for a, b in pairwise(spans) if b[0] < a[1]]


def check_mentions_disjoint(story: Json) -> list[str]:
    """Two mentions of one kind never claim the same characters (a figure counted twice)."""
    return [
        f"{article['source']}: {kind} {first!r} overlaps {second!r}"
        for article in story["articles"]
        for kind in ("entities", "quotes", "figures", "dates")
        for first, second in _overlapping(article[kind])
    ]


def _mention_types(story: Json, variant: Json) -> Counter[str]:
    types: Counter[str] = Counter()
    for article in story["articles"]:
        if article["id"] in variant["articles"]:
            types.update(
                m["type"] for m in article["entities"] if m["text"].strip() == variant["text"]
            )
    return types


# The labels linking gives a kind the story's evidence decided against every mention's label
# ("in Kherson", "Ms Page", "the Xinhua news agency"): link.entities.KIND_LABELS.
EVIDENCE_LABELS = {"PERSON", "GPE", "ORG"}


def check_entity_types(story: Json) -> list[str]:
    """An entity's type is one that at least one of its mentions carries, or the plain label
    of the kind the story's evidence gave it: linking may pick among the NER labels or
    follow the evidence, never invent another label (an organisation made a FAC, an EVENT)."""
    problems = []
    for entity in story["entities"]:
        overall = sum((_mention_types(story, v) for v in entity["variants"]), Counter())
        allowed = set(overall) | EVIDENCE_LABELS
        if overall and entity["type"] not in allowed:
            problems.append(f"{entity['id']} {entity['name']!r} is {entity['type']}: {overall}")
    return problems


def check_coverage(story: Json) -> list[str]:
    facts = {f["id"] for f in story["facts"]}
    quotes = {q["id"] for a in story["articles"] for q in a["quotes"]}
    articles = {a["id"] for a in story["articles"]}
    problems = [
        f"coverage of unknown article {c['article']}"
        for c in story["coverage"]
        if c["article"] not in articles
    ]
    for entry in story["coverage"]:
        problems += [f"coverage: unknown fact {f}" for f in entry["facts"] if f not in facts]
        problems += [f"coverage: unknown quote {q}" for q in entry["quotes"] if q not in quotes]
    return problems


CHECKS: dict[str, Callable[[Json], list[str]]] = {
    "sentences": check_sentences,
    "citations": check_citations,
    "brief_verbatim": check_brief_verbatim,
    "brief_lead": check_brief_leads_with_the_widest,
    "timeline_once": check_timeline_once,
    "timeline_from_cited": check_timeline_from_cited,
    "nothing_from_removed": check_nothing_from_removed,
    "removed_reasons": check_removed_reasons,
    "mentions": check_mentions,
    "quote_groups": check_quote_groups,
    "fact_values": check_fact_values,
    "entity_variants": check_entity_variants,
    "coverage": check_coverage,
    "mentions_disjoint": check_mentions_disjoint,
    "entity_types": check_entity_types,
}


# ---- the tests -----------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["meantime", "ecbplus"])
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Json:
    folder = tmp_path_factory.mktemp("corpora") / request.param
    if request.param == "meantime":
        write_meantime_topic(shared_path("datasets", *MEANTIME_TOPIC), folder, MEANTIME_DOCUMENTS)
    else:
        write_ecbplus_topic(shared_path("datasets", *ECBPLUS_TOPIC), folder, ECBPLUS_DOCUMENTS)
    return analyse_folder(folder)


def test_report_validates_against_schema(report: Json) -> None:
    from storydesk.report import json_report

    json_report.validate(report)
    assert report["skipped"] == []
    sizes = {MEANTIME_DOCUMENTS, ECBPLUS_DOCUMENTS}
    # every document read, none dropped (an ECB+ topic holds two events: maybe two stories)
    assert sum(len(story["articles"]) for story in report["stories"]) in sizes


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_invariant(report: Json, name: str) -> None:
    assert report["stories"]
    assert [problem for story in report["stories"] for problem in CHECKS[name](story)] == []


# ---- odd inputs beside a good one ----------------------------------------------------------

GOOD = (
    "---\ntitle: Flood hits town\npublished: 2024-03-02\n---\n"
    "Heavy rain flooded the town of Exampleton on Friday, officials said.\n"
    "At least 12 people were evacuated, the mayor, Jane Doe, said.\n"
)
ODD_FILES: dict[str, bytes] = {
    "utf16.txt": GOOD.replace("Exampleton", "Sampleville").encode("utf-16"),  # with BOM
    "marks.txt": ('""""""\n“”“”‘’‘’\n"\n' * 40).encode(),
    "pdf.html": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
    "empty.warc.gz": b"",
    "crlf.txt": GOOD.replace("Exampleton", "Crlfton").replace("\n", "\r\n", 3).encode(),
}


@pytest.fixture(scope="module")
def odd_report(tmp_path_factory: pytest.TempPathFactory) -> Json:
    folder = tmp_path_factory.mktemp("odd") / "inputs"
    deep = folder.joinpath(*[f"level{i}" for i in range(60)])
    deep.mkdir(parents=True)
    (deep / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in ODD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "x").symlink_to(folder / "y")
    (folder / "y").symlink_to(folder / "x")
    return analyse_folder(folder)


def _sources(report: Json) -> dict[str, str]:
    """File name -> the article's text, for every article of every story."""
    return {Path(a["source"]).name: a["text"] for s in report["stories"] for a in s["articles"]}


def test_odd_inputs_do_not_stop_the_run(odd_report: Json) -> None:
    articles = _sources(odd_report)
    assert "Exampleton" in articles["good.txt"]  # found 60 folders down, through a symlink loop
    assert "\r" not in articles["crlf.txt"]
    skipped = {Path(s["source"]).name: s["reason"] for s in odd_report["skipped"]}
    assert {"pdf.html", "empty.warc.gz"} <= set(skipped)


def test_utf16_with_bom_is_read_as_text(odd_report: Json) -> None:
    assert "Sampleville" in _sources(odd_report).get("utf16.txt", "")


def test_text_of_only_quote_marks_is_skipped(odd_report: Json) -> None:
    skipped = {Path(s["source"]).name for s in odd_report["skipped"]}
    assert "marks.txt" in skipped and "marks.txt" not in _sources(odd_report)


@pytest.mark.slow
def test_oversized_text_beside_a_good_one(tmp_path: Path) -> None:
    """A text past the NLP model's length limit is skipped with a reason (or cut), not fatal."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    sentence = "Heavy rain flooded the town on Friday, officials said. "
    (folder / "huge.txt").write_text(sentence * (1_050_000 // len(sentence)), encoding="utf-8")
    report = analyse_folder(folder)
    assert "good.txt" in _sources(report)
    skipped = {Path(s["source"]).name for s in report["skipped"]}
    assert "huge.txt" in skipped or "huge.txt" in _sources(report)


# ---- the same article as HTML and as text ---------------------------------------------------

PARAGRAPHS = [
    "The European Parliament approved a plan to restore nature on Tuesday, after months of "
    "farmer protests across the bloc.",
    "Lawmakers voted 329-275 in favour, with 24 abstentions, officials said in Strasbourg.",
    "“Today is an important day for Europe,” said legislator César Luena, who led the bill.",
    "Follow AP’s climate coverage at https://apnews.com/climate-and-environment",
    "AP NFL: https://apnews.com/hub/nfl",
]


def test_html_and_text_of_one_article_clean_alike(tmp_path: Path) -> None:
    """Boilerplate rules apply whatever the input kind: the trailing 'Follow ... at <url>'
    lines go from the HTML page exactly as from the same article saved as text."""
    from storydesk.clean import clean
    from storydesk.options import Options
    from storydesk.pipeline import read

    body = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    (tmp_path / "page.html").write_text(
        "<html><head><title>EU nature law passes</title></head><body><nav><a href='/'>Home"
        f"</a></nav><article><h1>EU nature law passes</h1>\n{body}</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "page.txt").write_text(
        "---\ntitle: EU nature law passes\n---\n" + "\n".join(PARAGRAPHS) + "\n", encoding="utf-8"
    )
    options = Options.load()
    texts = {}
    for name in ("page.html", "page.txt"):
        articles, skipped = read([str(tmp_path / name)], options)
        assert skipped == []
        texts[name] = clean(articles, options)[0].text.split("\n")
    assert texts["page.txt"] == PARAGRAPHS[:3]  # the text path already drops the two lines
    assert texts["page.html"] == texts["page.txt"]
