"""Named entities from spaCy, mapped to the sentence they stand in."""

from __future__ import annotations

from spacy.tokens import Doc

from storydesk.article import Article, Entity

# Labels a news reader cares about when reconciling who and where.
KEPT_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT"}


class EntityAnnotator:
    name = "entities"
    requires: tuple[str, ...] = ("text", "sentence_spans")
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, article: Article, doc: Doc) -> None:
        article.entities = [
            Entity(
                text=_trim(ent.text),
                type=ent.label_,
                sentence=article.sentence_at(ent.start_char),
                start=ent.start_char,
                end=ent.start_char + len(_trim(ent.text)),
            )
            for ent in doc.ents
            if ent.label_ in KEPT_LABELS and _trim(ent.text)
        ]


def _trim(text: str) -> str:
    """Drop a trailing possessive and stray punctuation the tokenizer left on a name."""
    text = text.strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(" ,.;:–—-\"“”‘’")
