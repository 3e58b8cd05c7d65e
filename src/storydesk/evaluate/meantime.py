"""Reading MEANTIME's cross-document entities into the documents the ECB+ scorer reads.

MEANTIME (NewsReader, Wikinews) is written in the same CAT XML as ECB+: tokens with their
sentence, ``ENTITY_MENTION`` markables over tokens, and ``ENTITY`` instances. In the
``intra_cross-doc_annotation`` folder an instance that is one thing across the corpus carries
an ``instance_id`` (shared by every document that names it) and an ``ent_type`` (PER, LOC,
ORG, PRO, FIN, MIX); ``REFERS_TO`` relations join mentions (sources) to their instance
(target). Each corpus folder (``corpus_airbus`` …) is a topic: 30 articles about one
company or market over several years.

A mention becomes a ``GoldMention`` with ``tag`` = the instance's ``ent_type`` and
``instance`` = its ``instance_id``; mentions of instances without one (linked inside their
document only) keep ``instance=None``, as unlinked ECB+ mentions do. Premodifier mentions
(``syntactic_type="PRE.NAM"``: "American" in "American automaker", "EADS-led") are left out:
they are adjectives of a name, which a cast list does not list as names.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from storydesk.evaluate.ecbplus import EcbDocument, GoldMention, lay_out, read_tokens

PREMODIFIER = "PRE.NAM"


def topic_folders(data: Path, limit: int | None = None) -> list[Path]:
    """Corpus folders (``corpus_*``) in name order; ``limit`` keeps the first N."""
    if not data.is_dir():
        return []
    folders = sorted(p for p in data.iterdir() if p.is_dir() and any(p.glob("*.xml")))
    return folders[:limit] if limit else folders


def read_topic(folder: Path, written: bool = False) -> list[EcbDocument]:
    return [read_document(path, folder.name, written) for path in sorted(folder.glob("*.xml"))]


def read_document(path: Path, topic: str, written: bool = False) -> EcbDocument:
    root = ET.parse(path).getroot()
    document = EcbDocument(name=path.name, topic=topic, event=topic, tokens=read_tokens(root))
    lay_out(document, written)
    document.mentions = _mentions(root)
    return document


def _mentions(root: ET.Element) -> list[GoldMention]:
    markables = root.find("Markables")
    mentions: dict[str, GoldMention] = {}
    instances: dict[str, tuple[str, str | None]] = {}  # m_id -> (ent_type, instance_id)
    for element in markables if markables is not None else []:
        m_id = element.get("m_id", "")
        if element.tag == "ENTITY":
            instances[m_id] = (element.get("ent_type", ""), element.get("instance_id") or None)
        elif element.tag == "ENTITY_MENTION" and element.get("syntactic_type") != PREMODIFIER:
            anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
            if anchors:
                mentions[m_id] = GoldMention(m_id, "", anchors)
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        instance = instances.get(target.get("m_id", "") if target is not None else "")
        if instance is None:
            continue
        for source in relation.findall("source"):
            mention = mentions.get(source.get("m_id", ""))
            if mention is not None:
                mention.tag, mention.instance = instance
    return [m for m in mentions.values() if m.tag]
