"""Sentences never end inside a titled name ("said Sgt. John Smith")."""

from __future__ import annotations

import pytest

from storydesk.annotate import nlp as nlp_module
from storydesk.options import Options


@pytest.mark.parametrize("text", [
    # polygraph.info (Zyte set, 1ee91d1fce): split after "Cmdr." before the fix
    "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation "
    "against Islamic State in Iraq and Syria, said the camp was open.",
    # theparadigmng.com (Zyte set, 0dd1357045): split after "Hon." twice
    "Senate Leader, Ahmad Lawan raises a motion on the deaths of former Speaker of the House of "
    "Representatives Rt. Hon. B. U. Nzeribe and Hon. Funke Adedoyin.",
    "The shooting was confirmed by police, said Sgt. John Smith of the county sheriff's office.",
])
def test_a_titled_name_stays_in_its_sentence(text: str) -> None:
    doc = nlp_module.load(Options.load())(text)
    assert [s.text for s in doc.sents] == [text]


def test_sentences_still_end_where_they_end() -> None:
    doc = nlp_module.load(Options.load())("Police arrested a man on Main St. The man was 32.")
    assert len(list(doc.sents)) == 2
