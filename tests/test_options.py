"""Options: package defaults, then the user's file, then flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.errors import OptionsError
from storydesk.options import Options


def test_defaults_then_file_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "storydesk.toml"
    config.write_text('[storydesk]\nmodel = "en_core_web_sm"\nbrief_length = 6\n', encoding="utf-8")
    options = Options.load(config, brief_length=10, date=None)
    assert options.model == "en_core_web_sm"  # from the file
    assert options.brief_length == 10  # the flag wins
    assert options.http_timeout == Options().http_timeout  # default kept


def test_unknown_option_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("modle = 'x'\n", encoding="utf-8")
    with pytest.raises(OptionsError, match="modle"):
        Options.load(config)


def test_malformed_file_names_the_path(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("model = \n", encoding="utf-8")
    with pytest.raises(OptionsError, match=r"broken\.toml"):
        Options.load(config)


def test_missing_model_is_a_clear_error() -> None:
    from storydesk.annotate import nlp
    from storydesk.errors import ModelError

    with pytest.raises(ModelError, match="no_such_model"):
        nlp.load(Options(model="no_such_model"))
