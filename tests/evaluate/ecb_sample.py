"""Tiny ECB+-format documents written into a tmp folder, for exact arithmetic checks."""

from __future__ import annotations

from pathlib import Path

# (file name, sentences, mentions: (m_id, tag, [token numbers, 1-based over the document],
# cross-document instance or None))
Mention = tuple[str, str, list[int], str | None]
DOCUMENTS: list[tuple[str, list[str], list[Mention]]] = [
    (
        "1_1ecb.xml",
        ["Actress Tara Reid entered rehab in Malibu .", "Reid 's publicist said so ."],
        [
            ("1", "HUMAN_PART_PER", [2, 3], "HUM1"),
            ("2", "LOC_GEO", [7], "LOC1"),
            ("3", "HUMAN_PART_PER", [9], "HUM1"),
            ("4", "HUMAN_PART_PER", [11], None),
        ],
    ),
    (
        "1_2ecb.xml",
        ["Tara Reid checked into a clinic in Malibu .", "She is fine , her publicist said ."],
        [
            ("1", "HUMAN_PART_PER", [1, 2], "HUM1"),
            ("2", "LOC_GEO", [8], "LOC1"),
            ("3", "HUMAN_PART_PER", [10], "HUM1"),
        ],
    ),
    (
        "1_1ecbplus.xml",
        ["Lindsay Lohan left rehab in Malibu on Monday ."],
        [("1", "HUMAN_PART_PER", [1, 2], "HUM2"), ("2", "LOC_GEO", [6], "LOC1")],
    ),
    (
        "2_1ecb.xml",
        ["A storm hit Florida on Sunday ."],
        [("1", "LOC_GEO", [4], "LOC9")],
    ),
]


def write_sample(root: Path) -> Path:
    for name, sentences, mentions in DOCUMENTS:
        folder = root / "ECB+" / name.split("_")[0]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(_xml(name, sentences, mentions), encoding="utf-8")
    return root


def _xml(name: str, sentences: list[str], mentions: list[Mention]) -> str:
    lines = [f'<Document doc_name="{name}" doc_id="D{name}">']
    number = 0
    for index, sentence in enumerate(sentences):
        for position, word in enumerate(sentence.split()):
            number += 1
            lines.append(
                f'<token t_id="{number}" sentence="{index}" number="{position}">{word}</token>'
            )
    lines.append("<Markables>")
    for m_id, tag, tokens, _ in mentions:
        lines.append(f'<{tag} m_id="{m_id}" >')
        lines += [f'  <token_anchor t_id="{t}"/>' for t in tokens]
        lines.append(f"</{tag}>")
    lines.append("</Markables>\n<Relations>")
    for m_id, _, _, instance in mentions:
        if instance:
            lines.append(f'<CROSS_DOC_COREF r_id="r{m_id}" note="{instance}" >')
            lines.append(f'  <source m_id="{m_id}" />\n  <target m_id="99" />')
            lines.append("</CROSS_DOC_COREF>")
    lines.append("</Relations>\n</Document>")
    return "\n".join(lines)
