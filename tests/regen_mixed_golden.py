"""Regenerate tests/golden/mixed_folders.json: python tests/regen_mixed_golden.py"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from mixed_folders import FOLDERS, GOLDEN, summary, write_folder
from shared_data import DATASETS

if __name__ == "__main__":
    golden = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, parts in FOLDERS.items():
            folder = Path(tmp) / name
            write_folder(DATASETS / "ecbplus", parts, folder)
            golden[name] = summary(folder)
    GOLDEN.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
