"""Whole sheets of hedged figures through the one engine: every quote grounds, and each
check's verdict is the exact oracle's (``tests/strategies.py``), not just "passes"."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from factcheck.pipeline import check_sheet
from factcheck.testing import write_project
from tests.strategies import date_oracle, dated, oracle, related

PLACES = ["in the north", "in the south", "near the river", "along the coast",
          "in the capital", "across the region", "at the border"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SLOW = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hedged")


def _run(root: Path, facts: dict, sentences: list[str], checks: dict):
    sheet = {"document": "seeds/article.txt", "published": dt.date(2025, 4, 26),
             "sources": {"officials": {"name": "Officials", "kind": "official"}},
             "facts": facts, "checks": checks}
    document = "KYIV (2025-04-26) - " + " ".join(sentences) + "\n"
    with tempfile.TemporaryDirectory(dir=root) as d:
        result = check_sheet(write_project(Path(d), sheet, document), Path(d))
    assert result.problems == [], result.problems
    ungrounded = [(o.name, o.message) for o in result.grounding if o.verdict != "grounded"]
    assert ungrounded == [], (ungrounded, document)
    return {o.name: o for o in result.checks}


@SLOW
@given(case=related())
def test_hedged_figures_ground_and_their_checks_match_the_oracle(root, case):
    parts, total, op = case
    facts, sentences = {}, []
    for i, rep in enumerate([*parts, total]):
        name = "total" if i == len(parts) else f"part_{i}"
        sentence = f"Officials said {rep.words} were recorded {PLACES[i]}"
        facts[name] = {**rep.entry, "source": "officials", "quote": sentence}
        sentences.append(sentence + ".")
    rule = f"{' + '.join(f'part_{i}' for i in range(len(parts)))} {op} total"
    checks = _run(root, facts, sentences, {"relation": rule})
    assert checks["relation"].verdict == oracle(parts, total, op), (rule, facts)


def _words(value) -> str:
    if isinstance(value, dt.date):
        return f"on {MONTHS[value.month - 1]} {value.day}, {value.year}"
    if "-" in value:
        year, month = value.split("-")
        return f"in {MONTHS[int(month) - 1]} {year}"
    return f"in {value}"


@SLOW
@given(case=dated())
def test_dated_facts_ground_and_days_between_matches_the_calendar(root, case):
    a, b, op, n = case
    facts, sentences = {}, []
    for name, value, place in (("start", a, PLACES[0]), ("end", b, PLACES[1])):
        sentence = f"Officials said fighting {place} was reported {_words(value)}"
        facts[name] = {"value": value, "source": "officials", "quote": sentence}
        sentences.append(sentence + ".")
    checks = _run(root, facts, sentences, {"gap": f"days_between(start, end) {op} {n}"})
    assert checks["gap"].verdict == date_oracle(a, b, op, n), (facts, op, n)
