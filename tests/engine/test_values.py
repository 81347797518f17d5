"""How reported numbers become intervals (statcheck/GRIM-style rounding)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.engine.interval import Interval
from factcheck.engine.values import date_interval, inferred_precision, number_interval


@pytest.mark.parametrize(("x", "p"), [(1300, 100), (500, 100), (114, 1), (15, 1), (150, 10), (3, 1),
                                      (2.5, 0.1), (10000, 10000), (0.25, 0.01)])
def test_inferred_precision(x, p):
    assert inferred_precision(x) == pytest.approx(p)


@pytest.mark.parametrize(("value", "meaning", "precision", "tol", "expected"), [
    (114, None, None, None, (114, 114)),
    (1300, "rounded", None, None, (1250, 1350)),
    (1300, "estimated", None, None, (1250, 1350)),
    (1300, "rounded", 10, None, (1295, 1305)),
    (15, "approx", None, None, (14.5, 15.5)),
    (15, "approx", None, "20%", (12, 18)),
    (15, "approx", None, 1, (14, 16)),
    ([10000, 12000], "range", None, None, (10000, 12000)),
    (45, "at_least", None, None, (45, float("inf"))),
])
def test_number_interval(value, meaning, precision, tol, expected):
    assert number_interval(value, meaning, precision, tol) == Interval(*expected)


def test_dates_are_day_intervals():
    day = date_interval(dt.date(2025, 4, 26))
    assert day.is_point and day.lo == dt.date(2025, 4, 26).toordinal()
    month = date_interval("2024-08")
    assert month == Interval(dt.date(2024, 8, 1).toordinal(), dt.date(2024, 8, 31).toordinal())
