# Two entry points for people: `make demo` and `make test`. Both build .venv first.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
EXAMPLE := examples/ukraine-peace-plan-2025-11-25

.PHONY: demo test lint eval eval-ci bench bench-store bench-desk clean browser-deps wordnet-deps postgres-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip 2>&1 | { grep -v "is ignored: it is neither" || true; }
	$(PY) -m pip install --quiet -e ".[dev,ray]" 2>&1 | { grep -v "is ignored: it is neither" || true; }
	touch $(STAMP)

demo: $(STAMP) wordnet-deps
	$(VENV)/bin/storydesk analyze $(EXAMPLE) --format text

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks eval
	$(VENV)/bin/mypy

browser-deps:
	@bash scripts/browser-deps.sh

# Figure measurement reads WordNet (Debian's wordnet-base): installed when run as root.
wordnet-deps:
	@bash scripts/wordnet-deps.sh

postgres-deps:
	@bash scripts/postgres-deps.sh

# The quality gate runs before pytest so that pytest's summary is the closing line.
test: $(STAMP) browser-deps wordnet-deps postgres-deps
	$(MAKE) --no-print-directory lint
	$(PY) eval/gate.py --quick
	$(PY) -m pytest -q

eval: $(STAMP) wordnet-deps
	$(PY) eval/gate.py

# Issue 13's figures, each a ratio measured in one run (CPU time) on real articles from
# ../shared/datasets (larger sizes: renamed copies or variations, see benchmarks/corpus.py).
# Long (the 10,000-article end-to-end run and 100,000-article clustering take the most).
bench: $(STAMP) wordnet-deps
	$(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_annotate.py
	$(PY) benchmarks/bench_story.py
	$(PY) benchmarks/bench_clustering.py
	$(PY) benchmarks/bench_batch.py
	$(PY) benchmarks/bench_end_to_end.py
	$(PY) benchmarks/bench_analyze.py
	$(PY) benchmarks/bench_stream.py

# Time per added article at 1,000 and 10,000 stored articles, SQLite and PostgreSQL (minutes).
bench-store: $(STAMP) wordnet-deps postgres-deps
	$(PY) benchmarks/bench_store.py

# The web desk under load: 50 clients for 30 s on a store of 10,000 real articles and variants
# (made once and kept in ~/.cache/storydesk/bench: about an hour and a half on two cores).
bench-desk: $(STAMP) wordnet-deps
	$(PY) benchmarks/bench_desk_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
