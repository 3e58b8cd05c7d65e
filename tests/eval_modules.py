"""The modules of eval/ (scripts beside the gate, not a package), loaded by path for tests.

(``pythonpath = ["tests"]`` in pyproject makes this module importable from any test folder.)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[1] / "eval"


def load(name: str) -> ModuleType:
    """eval/NAME.py as a module, loaded once (``storydesk_eval_NAME`` in sys.modules, where
    dataclasses look their module up by name)."""
    key = f"storydesk_eval_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module
