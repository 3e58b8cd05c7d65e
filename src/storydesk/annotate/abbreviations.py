"""Titles abbreviated with a full stop stay one token, so no sentence ends inside a name.

spaCy's English tokenizer keeps "Dr." or "Gen." whole but splits "Sgt." into "Sgt" and ".",
and the parser then often ends a sentence there: "... said Sgt." | "John Smith of the sheriff's
office." A full stop that is part of a token ends no sentence, so the tokenizer learns every
abbreviated title of the titles vocabulary (``name_words.TITLE_ABBREVIATIONS``), in the
cases news writes them ("Sgt.", "SGT."). Setting ``is_sent_start`` before the parser is not
enough: the parser overrides a preset ``False``.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from storydesk.annotate.name_words import TITLE_ABBREVIATIONS


def add_title_abbreviations(nlp: Language) -> Language:
    """Teach ``nlp``'s tokenizer the abbreviated titles; running it twice changes nothing."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a custom tokenizer keeps its own rules
    for title in sorted(TITLE_ABBREVIATIONS):
        for form in (title.capitalize(), title.upper()):
            written = f"{form}."
            if written not in tokenizer.rules:
                tokenizer.add_special_case(written, [{ORTH: written}])
    return nlp
