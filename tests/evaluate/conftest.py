"""Fixtures of the evaluation tests: the shared benchmark folders (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def shared_folder(*parts: str) -> Path:
    # The same rule as tests/shared_data.py's shared_path.
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is not beside the repo)")
    return path


@pytest.fixture
def shared_zyte() -> Path:
    return shared_folder("datasets", "zyte-article-extraction")


@pytest.fixture
def shared_fundus() -> Path:
    return shared_folder("datasets", "fundus-evaluation")
