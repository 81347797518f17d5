"""What a reported value allows, at its edges: open ends, tolerances, dates, formatting.

Oracles: decimal arithmetic on the written digits, ``calendar``/``datetime`` for dates.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.api.model import Meaning
from factcheck.engine.interval import Interval
from factcheck.engine.units import NONE, parse_unit
from factcheck.engine.values import (
    decimal_precision,
    describe,
    fmt,
    inferred_precision,
    number_interval,
    resolve,
)

COUNT = parse_unit("drone")
KM = parse_unit("km")
inf = math.inf


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (45, COUNT, (0, 45)),            # "up to 45 drones": a count is never negative
    (45, KM, (-inf, 45)),            # a measure has no floor
    (45, NONE, (-inf, 45)),
    (-5, COUNT, (-inf, -5)),         # a negative bound is kept as written
    (0, COUNT, (0, 0)),
])
def test_at_most(value, unit, expected):
    assert number_interval(value, "at_most", None, None, unit) == Interval(*expected)


def test_at_least_is_open_above_whatever_the_unit():
    assert number_interval(-3, "at_least", None, None, COUNT) == Interval(-3, inf)


@pytest.mark.parametrize(("value", "meaning", "precision", "tol", "expected"), [
    (114, "exact", None, 2, (112, 116)),         # exact with a tolerance
    (114, "exact", None, "50%", (57, 171)),
    (-20, "exact", None, "10%", (-22, -18)),    # a percentage of a negative value
    (1300, "approx", 100, None, (1250, 1350)),  # approx with a precision and no tolerance
    (1300, "approx", 100, 10, (1290, 1310)),    # a tolerance outranks the precision
    (2.5, "rounded", None, None, (2.45, 2.55)),
    (1300, None, None, None, (1300, 1300)),     # no meaning: exact
])
def test_number_interval_edges(value, meaning, precision, tol, expected):
    got = number_interval(value, meaning, precision, tol)
    assert (got.lo, got.hi) == pytest.approx(expected, rel=1e-12)


@given(st.integers(1, 10**6), st.integers(0, 4))
def test_rounded_interval_is_half_the_last_written_digit(n, zeros):
    """Oracle: the last non-zero digit of the written number, by decimal arithmetic."""
    value = n * 10**zeros
    d = Decimal(value).normalize()
    unit = Decimal(1).scaleb(max(d.as_tuple().exponent, 0))
    iv = number_interval(value, "rounded", None, None)
    assert (iv.lo, iv.hi) == (float(value - unit / 2), float(value + unit / 2))
    assert inferred_precision(value) == float(unit)


@given(st.integers(1, 10**6), st.integers(1, 4))
def test_decimal_precision_counts_decimals_only(n, places):
    x = float(Decimal(n).scaleb(-places))
    exp = Decimal(str(x)).normalize().as_tuple().exponent
    assert decimal_precision(x) == pytest.approx(10.0**min(exp, 0))
    assert decimal_precision(n * 100) == 1.0


def test_inferred_precision_of_zero_and_decimals():
    assert inferred_precision(0) == 1.0
    assert inferred_precision(0.5) == pytest.approx(0.1)
    assert inferred_precision(12.25) == pytest.approx(0.01)


@given(st.dates(dt.date(1600, 1, 1), dt.date(2400, 12, 31)))
def test_month_and_year_intervals_against_the_calendar(day):
    month = resolve(f"{day.year}-{day.month:02d}", None, None, None, None)
    first = day.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    assert month.is_date and month.interval == Interval(first.toordinal(), nxt.toordinal() - 1)
    year = resolve(str(day.year), None, None, None, None)
    assert year.interval == Interval(dt.date(day.year, 1, 1).toordinal(),
                                     dt.date(day.year + 1, 1, 1).toordinal() - 1)
    one = resolve(day, None, None, None, None)
    assert one.interval == Interval.point(day.toordinal()) and one.reported == day.isoformat()


def test_resolve_names_the_meaning_and_the_written_form():
    rng = resolve([10000, 12000], "troop", None, None, None)
    assert (rng.meaning, rng.reported) == ("range", "[10000, 12000]")
    assert rng.interval == Interval(10000, 12000) and rng.unit == parse_unit("troop")
    est = resolve(1300, "km**2", Meaning.estimated, None, None)
    assert (est.meaning, est.reported, est.interval) == ("estimated", "1300",
                                                        Interval(1250, 1350))
    exact = resolve(114, "drone", None, None, None)
    assert (exact.meaning, exact.is_date) == ("exact", False)
    day = resolve(dt.date(2025, 4, 26), None, Meaning.approx, None, None)
    assert day.meaning == "approx" and day.unit == NONE
    most = resolve(45, "drone", Meaning.at_most, None, None)
    assert most.interval == Interval(0, 45)


@pytest.mark.parametrize(("x", "text"), [
    (97, "97"), (97.0, "97"), (482.6, "482.6"), (1e20, "1e+20"), (inf, "inf"), (-inf, "-inf"),
    (-3, "-3"), (0.00012, "0.00012"), (0.000012345, "1.23e-05"), (1234567.891, "1.23457e+06"),
    (True, "True"), (999_999_999_999_999, "999999999999999"), (1e15, "1e+15"),
])
def test_fmt(x, text):
    assert fmt(x) == text


def test_describe():
    assert describe(Interval.point(97)) == "97"
    assert describe(Interval(1250, 1350), KM) == "[1250, 1350] km"
    assert describe(Interval(3, 4), COUNT) == "[3, 4]"  # count nouns are named by the caller
    day = dt.date(2025, 4, 26).toordinal()
    assert describe(Interval.point(day), is_date=True) == "2025-04-26"
    assert describe(Interval(day, inf), is_date=True) == "[2025-04-26, inf]"
    assert resolve(1300, "km**2", Meaning.rounded, None, None).describe() == "[1250, 1350] km²"
