"""Documents a figure counts or belongs to: "plan" in "28-point plan", "the US's initial
peace plan" (the example), "bill", "package", "contract" (MEANTIME)."""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate.clauses import clause_subjects

# Nouns naming a document that can have versions (the example: plan, proposal, framework,
# draft, deal, text, version; MEANTIME: bill, package, contract, agreement).
DOCUMENT_NOUNS = frozenset(
    {"plan", "proposal", "framework", "draft", "deal", "agreement", "accord", "text",
     "version", "document", "treaty", "bill", "package", "blueprint", "roadmap", "contract",
     "settlement", "resolution", "offer"}
)  # fmt: skip
# Parts a document is counted in: "a 28-point plan", "the 20 articles of the treaty".
DOCUMENT_PARTS = frozenset({"point", "article", "clause", "provision", "section", "page",
                            "chapter", "paragraph", "item", "step"})  # fmt: skip


def document_token(number: Token, noun: Token | None) -> Token | None:
    """The document noun a figure counts or is mentioned in: "plan" in "28-point plan",
    "600,000 troops mentioned in the US's initial peace plan"."""
    for token in (noun, noun.head if noun is not None else None, number.head):
        if token is not None and token.lemma_.lower() in DOCUMENT_NOUNS:
            return token
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("acl", "prep"):
                found = next((t for t in child.subtree if t.lemma_.lower() in DOCUMENT_NOUNS
                              and t.i - noun.i <= 8), None)  # fmt: skip
                if found is not None:
                    return found
    return None


def document_of(number: Token, noun: Token | None) -> str | None:
    """The document a figure counts or belongs to: "plan" in "28-point plan"."""
    token = document_token(number, noun)
    if token is not None:
        return token.lemma_.lower()
    for child in clause_subjects(number):
        if child.lemma_.lower() in DOCUMENT_NOUNS:
            return child.lemma_.lower()
    return None
