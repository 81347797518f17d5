# Two entry points: `make run` checks facts/ and writes reports/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench mutate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/factcheck check

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -p no:cacheprovider -n 2

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# Mutation testing (mutmut, under nice -n 19) of engine/, ground/, text/, validators/,
# crosssource/ and checks.py with their own unit tests: a seeded sample of SAMPLE mutants per
# package (about an hour on a shared 2-core machine); SAMPLE=0 runs all of them (hours).
# CHANGED=<git revision>: only the mutants of functions changed since then (e.g. after a
# merge; SAMPLE then samples those). NAMES=<file> [FIRST=N]: the mutants listed in a file
# (a frozen sample; FIRST: its first N). Scores and survivors: benchmarks/mutation-survivors.md.
SAMPLE ?= 150
CHANGED ?=
NAMES ?=
FIRST ?= 0
mutate: $(STAMP)
	$(BIN)/python benchmarks/mutation_score.py --run --pending --sample $(SAMPLE) \
		$(if $(CHANGED),--changed-since $(CHANGED)) $(if $(NAMES),--names $(NAMES) --first $(FIRST))

clean:
	rm -rf $(VENV)
