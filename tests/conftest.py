"""Shared fixtures: a throwaway project holding the seed article and its sheet."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas  # noqa: F401  (imported once: in-process pytester runs cannot re-import numpy)
import pytest
import yaml  # noqa: F401  (imported once: libyaml builds nodes of the classes it first saw)
from hypothesis import settings

# Fuzzing draws new examples on every run (failures are kept in .hypothesis/); under CI
# the draws are fixed so that a submission's CI is reproducible.
# No wall-clock limits in tests: hypothesis's per-example deadline (200 ms) fails on a
# loaded shared machine; timings belong in benchmarks/.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, deadline=None)
# `make mutate` runs the unit tests once per mutant: a fixed, smaller set of draws gives
# each mutant the same verdict on every run and keeps the run within the machine.
settings.register_profile("mutate", derandomize=True, max_examples=20, deadline=None,
                          database=None)
if os.environ.get("FACTCHECK_MUTATE"):
    settings.load_profile("mutate")
elif os.environ.get("CI"):
    settings.load_profile("ci")
else:
    settings.load_profile("local")

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutation():
    """Under `make mutate` every mutant runs in a process forked after the clean run, so
    a memoised function would answer from the clean run's cache and its mutants would
    never run: clear the cheap caches of the mutated packages before each test."""
    if os.environ.get("FACTCHECK_MUTATE"):
        from factcheck.crosssource import agreement
        from factcheck.engine import expr, units
        from factcheck.ground import attribution, grounding
        from factcheck.text import coverage, languages, normalize, nouns, numbers, written

        for fn in (units.parse_unit, units._pretty, expr.compile_rule, attribution._forms,
                   grounding._mentions, normalize._normalized_document, numbers._text2num,
                   nouns.singular, nouns.plural, nouns.builtin_aliases, nouns._alias_tables,
                   coverage._countable, languages.words, languages._digit_table,
                   languages.lemma_function, agreement._schema_for, written._mentions):
            if hasattr(fn, "cache_clear"):  # a function no longer memoised has no cache
                fn.cache_clear()
    yield

REPO = Path(__file__).resolve().parent.parent
SEED_DOC = "000_1973e27dd785980b.txt"
SEED_SHEET = REPO / "facts" / "000_1973e27dd785980b.yaml"


def copy_seed_data(root: Path) -> None:
    """The dataset the seed sheet compares its drone counts with."""
    shutil.copytree(REPO / "data" / "airforce-attacks", root / "data" / "airforce-attacks",
                    dirs_exist_ok=True)


def make_project(root: Path, sheet_text: str | None = None, name: str = "seed.yaml") -> Path:
    """A project dir with pyproject.toml, seeds/ and one sheet (the seed sheet by default)."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "facts").mkdir(exist_ok=True)
    shutil.copy(REPO / "seeds" / SEED_DOC, root / "seeds" / SEED_DOC)
    copy_seed_data(root)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    text = SEED_SHEET.read_text() if sheet_text is None else sheet_text
    (root / "facts" / name).write_text(text)
    return root / "facts" / name


@pytest.fixture
def project(tmp_path: Path) -> Path:
    make_project(tmp_path)
    return tmp_path


@pytest.fixture
def seed_text() -> str:
    return SEED_SHEET.read_text()
