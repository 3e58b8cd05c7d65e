"""MEANTIME entity evaluation: the reader of REFERS_TO instances and the shared scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.evaluate.entities_meantime import evaluate
from storydesk.evaluate.meantime import read_topic
from storydesk.options import Options

# Two articles of one corpus. Mentions: (m_id, syntactic_type, token numbers), instances:
# (m_id, ent_type, instance_id or ""), links: (instance m_id, mention m_ids).
ARTICLES = {
    "1_gm.xml": (
        ["General Motors named Mary Barra chief .", "Later GM moved to Detroit ."],
        [("1", "NAM", [1, 2]), ("2", "NAM", [4, 5]), ("3", "NAM", [9]), ("4", "NAM", [12])],
        [("50", "ORG", "ORG1"), ("51", "PER", "PER1"), ("52", "LOC", "")],
        [("50", ["1", "3"]), ("51", ["2"]), ("52", ["4"])],
    ),
    "2_gm.xml": (
        ["American carmaker GM said Barra will lead it ."],
        [("1", "PRE.NAM", [1]), ("2", "NAM", [3]), ("3", "NAM", [5]), ("4", "", [8])],
        [("50", "LOC", "LOC1"), ("51", "ORG", "ORG1"), ("52", "PER", "PER1")],
        [("50", ["1"]), ("51", ["2", "4"]), ("52", ["3"])],
    ),
}


def _xml(sentences: list[str], mentions: list, instances: list, links: list) -> str:
    lines = ['<Document doc_name="d">']
    number = 0
    for index, sentence in enumerate(sentences):
        for word in sentence.split():
            number += 1
            lines.append(f'<token t_id="{number}" sentence="{index}">{word}</token>')
    lines.append("<Markables>")
    for m_id, kind, tokens in mentions:
        lines.append(f'<ENTITY_MENTION m_id="{m_id}" syntactic_type="{kind}">')
        lines += [f'<token_anchor t_id="{t}"/>' for t in tokens]
        lines.append("</ENTITY_MENTION>")
    for m_id, kind, instance in instances:
        lines.append(f'<ENTITY m_id="{m_id}" ent_type="{kind}" instance_id="{instance}"/>')
    lines.append("</Markables><Relations>")
    for r_id, (target, sources) in enumerate(links):
        lines.append(f'<REFERS_TO r_id="{r_id}">')
        lines += [f'<source m_id="{s}"/>' for s in sources]
        lines.append(f'<target m_id="{target}"/></REFERS_TO>')
    lines.append("</Relations></Document>")
    return "\n".join(lines)


def write_corpus(root: Path) -> Path:
    folder = root / "corpus_gm"
    folder.mkdir(parents=True)
    for name, parts in ARTICLES.items():
        (folder / name).write_text(_xml(*parts), encoding="utf-8")
    return root


def test_reader_links_mentions_to_cross_document_instances(tmp_path: Path) -> None:
    first, second = read_topic(write_corpus(tmp_path) / "corpus_gm", written=True)
    linked = {(first.mention_text(m), m.tag, m.instance) for m in first.mentions}
    assert linked == {
        ("General Motors", "ORG", "ORG1"),
        ("Mary Barra", "PER", "PER1"),
        ("GM", "ORG", "ORG1"),
        ("Detroit", "LOC", None),  # an instance without instance_id is not cross-document
    }
    # "American" of "American carmaker" is a premodifier: not a name of the United States.
    assert "American" not in {second.mention_text(m) for m in second.mentions}
    assert first.topic == "corpus_gm"
    assert first.text.splitlines()[1] == "Later GM moved to Detroit."


def test_evaluate_scores_cross_document_pairs(tmp_path: Path) -> None:
    result = evaluate(write_corpus(tmp_path), Options.load())
    assert result.documents == 2
    # Gold pairs across the two articles: ORG1 {General Motors, GM} x {GM} -> 2 ("it" is not a
    # name); PER1 {Mary Barra} x {Barra} -> 1. Exact spelling joins only GM/GM.
    assert result.baselines["recall"] == pytest.approx(1 / 3)
    assert result.scores["precision"] == pytest.approx(1.0)
    assert result.scores["recall"] >= result.baselines["recall"]


def test_missing_folder_is_unavailable(tmp_path: Path) -> None:
    assert not evaluate(tmp_path / "absent", Options.load()).available
