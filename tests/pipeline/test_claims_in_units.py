"""One claim reported in different units by different sheets: decimal figures, converted.

Oracle: exact decimal arithmetic (``decimal.Decimal``): the same length written as
kilometres in one sheet and metres in another agrees; a figure off by one in its last
written digit conflicts.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.pipeline import run
from factcheck.testing import write_project

DECIMALS = st.builds(lambda n, places: Decimal(n).scaleb(-places),
                     st.integers(1, 99_999), st.integers(0, 3))
SLOW = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("units")


def _sheet(value: Decimal, unit: str, noun: str, source: str) -> tuple[dict, str]:
    written = f"{value:f}"
    quote = f"The convoy stretched {written} {noun}"
    number = int(value) if value == value.to_integral_value() else float(written)
    return ({"document": f"seeds/{source}.txt",
             "sources": {source: {"name": source.title(), "kind": "official"}},
             "facts": {"convoy": {"value": number, "unit": unit, "source": source,
                                  "quote": quote, "key": "convoy/length"}}},
            f"{quote}, {source.title()} said.\n")


def _claim(root: Path, km: Decimal, m: Decimal) -> str:
    with tempfile.TemporaryDirectory(dir=root) as d:
        a, doc_a = _sheet(km, "km", "kilometers", "police")
        b, doc_b = _sheet(m, "m", "meters", "army")
        write_project(Path(d), a, doc_a, "a.yaml")
        write_project(Path(d), b, doc_b, "b.yaml")
        result = run([Path(d) / "facts"], Path(d))
    assert result.problems == [] and not [o for o in result.outcomes
                                         if o.kind == "grounding" and not o.passed]
    (claim,) = result.claims
    return claim.verdict


@SLOW
@given(DECIMALS)
def test_the_same_length_in_km_and_m_agrees(root, km):
    assert _claim(root, km, km * 1000) == "agree", km


@SLOW
@given(DECIMALS)
def test_a_length_off_by_a_metre_conflicts(root, km):
    assert _claim(root, km, km * 1000 + 1) == "conflict", km


def test_the_reviewed_case():
    """16.1 km and 16,100 m: 16.1 * 1000 is 16100.000000000002 in floats."""
    assert 16.1 * 1000 != 16100
    with tempfile.TemporaryDirectory() as d:
        assert _claim(Path(d), Decimal("16.1"), Decimal("16100")) == "agree"


def _temperature_claim(root: Path, c: str, f: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory(dir=root) as d:
        for name, value, unit, noun in (("met", c, "degC", "°C"), ("nws", f, "degF", "°F")):
            quote = f"The high was {value}{noun}"
            sheet = {"document": f"seeds/{name}.txt",
                     "sources": {name: {"name": name.upper(), "kind": "official"}},
                     "facts": {"high": {"value": float(value), "unit": unit, "source": name,
                                        "quote": quote, "key": "city/high"}}}
            write_project(Path(d), sheet, f"{quote}, {name.upper()} said.\n", f"{name}.yaml")
        result = run([Path(d) / "facts"], Path(d))
    (claim,) = result.claims
    return claim.verdict, claim.message


def test_a_temperature_in_celsius_and_fahrenheit_agrees_across_sheets(root):
    """A degree is 1 K, and 0 °C is 273.15 K: 35 °C is 95 °F, not 35 x 274.15 K."""
    assert _temperature_claim(root, "35", "95")[0] == "agree"
    verdict, message = _temperature_claim(root, "35", "90")
    assert verdict == "conflict" and "-9" not in message
