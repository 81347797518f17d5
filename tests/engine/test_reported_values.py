"""Rules over rounded, approximate, ranged, open-ended and unit-converted facts, and over
dates, judged against the exact oracles of ``tests/strategies.py``."""

from __future__ import annotations

from hypothesis import given, settings

from factcheck.api.model import Meaning
from factcheck.engine.expr import compile_rule, evaluate
from factcheck.engine.values import resolve
from tests.strategies import date_oracle, dated, oracle, related


def _value(entry: dict):
    meaning = entry.get("meaning")
    return resolve(entry["value"], entry.get("unit"), Meaning(meaning) if meaning else None,
                   None, entry.get("tolerance"))


@settings(deadline=None)  # unit conversions load pint on first use
@given(related())
def test_sum_of_parts_against_the_exact_oracle(case):
    parts, total, op = case
    env = {f"p{i}": _value(p.entry) for i, p in enumerate(parts)}
    env["total"] = _value(total.entry)
    rule = f"{' + '.join(f'p{i}' for i in range(len(parts)))} {op} total"
    assert evaluate(compile_rule(rule), env).verdict == oracle(parts, total, op), rule


@given(dated())
def test_days_between_against_the_calendar(case):
    a, b, op, n = case
    env = {"a": resolve(a, None, None, None, None), "b": resolve(b, None, None, None, None)}
    rule = f"days_between(a, b) {op} {n}"
    assert evaluate(compile_rule(rule), env).verdict == date_oracle(a, b, op, n), (a, b, rule)
