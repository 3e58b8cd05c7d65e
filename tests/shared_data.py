"""Paths to the bundled example and to ../shared, importable from any test folder.

(``pythonpath = ["tests"]`` in pyproject makes this module importable; conftest modules are
not, since every folder's conftest is named the same.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "ukraine-peace-plan-2025-11-25"
DATASETS = SHARED / "datasets"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is not beside the repo)")
    return path
